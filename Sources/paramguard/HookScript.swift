/// The hook scripts `paramguard install` writes. The same text is in the repository's `hooks/`
/// folder for people who install hooks by hand; a test keeps the two identical.
enum HookScript {
    /// Marks a hook file as paramguard's own, so `install` can update it instead of chaining it.
    static let marker = "paramguard-hook"

    static let preCommit = """
        #!/bin/sh
        # paramguard-hook: pre-commit
        # Runs a pre-commit hook that was installed before paramguard (if any), then paramguard.
        # The binary is found as $PARAMGUARD, else on the PATH. Without it the commit is refused
        # (fail closed): install paramguard, or bypass once with `git commit --no-verify`.
        hook_dir=$(dirname "$0")
        if [ -x "$hook_dir/pre-commit.before-paramguard" ]; then
            "$hook_dir/pre-commit.before-paramguard" "$@" || exit $?
        fi
        paramguard=${PARAMGUARD:-paramguard}
        if ! command -v "$paramguard" >/dev/null 2>&1; then
            echo "paramguard: '$paramguard' not found on PATH; run ./install.sh from the paramguard repository, or set PARAMGUARD to the binary" >&2
            exit 2
        fi
        exec "$paramguard" pre-commit

        """

    static let preReceive = """
        #!/bin/sh
        # paramguard-hook: pre-receive
        # Server side: rejects a push whose branches break callers. Copy into the bare repository's
        # hooks/ folder. Without the binary every push is refused (fail closed).
        paramguard=${PARAMGUARD:-paramguard}
        if ! command -v "$paramguard" >/dev/null 2>&1; then
            echo "paramguard: '$paramguard' not found on PATH of the server; install it or set PARAMGUARD" >&2
            exit 2
        fi
        exec "$paramguard" pre-receive

        """
}
