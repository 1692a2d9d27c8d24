import Foundation
import ParamGuardTestSupport
import Testing

/// `git push` to a real bare repository whose pre-receive hook is the one in `hooks/`.
@Suite struct PreReceiveHookTests {
    /// A bare server with the shipped pre-receive hook, and a clone to push from.
    func serverAndClone() throws -> (server: GitSandbox, clone: GitSandbox) {
        let server = try GitSandbox(bare: true)
        let hook = server.path + "/hooks/pre-receive"
        try FileManager.default.createDirectory(atPath: server.path + "/hooks", withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuiltProducts.packageRoot().appendingPathComponent("hooks/pre-receive"), to: URL(fileURLWithPath: hook))
        let clone = try GitSandbox()
        try clone.git(["remote", "add", "origin", server.path])
        return (server, clone)
    }

    func push(_ clone: GitSandbox, _ arguments: [String]) throws -> GitSandbox.Result {
        try clone.gitWithHooks(["push"] + arguments)
    }

    @Test func branchUpdatesAreCheckedAndABreakingPushIsRejected() throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        let first = try push(clone, ["-q", "origin", "main"])
        #expect(first.status == 0, "the first push of a clean tree is accepted: \(first.output)")

        let breaking = try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        let rejected = try push(clone, ["origin", "main"])
        #expect(rejected.status != 0)
        #expect(rejected.output.contains("app/caller.py:4:31: error:"), "\(rejected.output)")
        #expect(rejected.output.contains("push rejected"))
        #expect(rejected.output.contains("paramguard: refs with calls that no longer match: refs/heads/main."))
        #expect(rejected.output.contains("can be marked on its line with `# paramguard: ignore[<kind>]`"))
        let serverMain = try server.git(["rev-parse", "main"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(serverMain != breaking, "the server's branch did not move")

        try clone.commit(["app/caller.py": Scenario.caller("client_id")], message: "migrate")
        let accepted = try push(clone, ["-q", "origin", "main"])
        #expect(accepted.status == 0, "the combined change old..new is a complete migration: \(accepted.output)")
    }

    /// A push that renames a parameter and adds its migration record in the same push is accepted, the
    /// calls it leaves listed; the rejection of the same push without the record says how to declare it.
    /// A records file that tries to switch the check to warn is refused: none of its records apply.
    @Test func aMigrationRecordInThePushDeclaresTheChange() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)

        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        let rejected = try push(clone, ["origin", "main"])
        #expect(rejected.status != 0)
        #expect(rejected.output.contains("is declared in .paramguard.toml with a migration record"), "\(rejected.output)")
        #expect(rejected.output.contains("callable = \"app.context.Context\""))

        try clone.commit([".paramguard.toml": "mode = \"warn\"\n" + Scenario.record], message: "declare, and try to switch the check off")
        let refused = try push(clone, ["origin", "main"])
        #expect(refused.status != 0, "\(refused.output)")
        #expect(refused.output.contains(".paramguard.toml:1: warning: 'mode' cannot be set here"), "\(refused.output)")

        try clone.commit([".paramguard.toml": Scenario.record], message: "declare the rename")
        let accepted = try push(clone, ["origin", "main"])
        #expect(accepted.status == 0, "\(accepted.output)")
        #expect(accepted.output.contains("app/caller.py:4:31: note: "), "\(accepted.output)")
        #expect(accepted.output.contains("(app/caller.py is the v1 handler, deleted with the v1 API)"))
    }

    /// A force push is checked as what the new tip brings that the old tip did not (their trees
    /// compared): rewinding past a migration brings the stale callers back, and is rejected; rewriting
    /// a commit without changing what it holds is accepted.
    @Test func aForcePushIsCheckedAgainstTheTipItReplaces() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        try clone.commit(["app/caller.py": Scenario.caller("client_id")], message: "migrate")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0, "rename and migration together")

        try clone.git(["reset", "-q", "--hard", "HEAD~1"])
        let rewound = try push(clone, ["--force", "origin", "main"])
        #expect(rewound.status != 0, "the rename without its migration is the tip again: \(rewound.output)")
        #expect(rewound.output.contains("app/caller.py:4:31: error:"), "\(rewound.output)")

        try clone.git(["reset", "-q", "--hard", "origin/main"])
        try clone.git(["commit", "-q", "--amend", "-m", "migrate the callers"])
        let amended = try push(clone, ["--force", "origin", "main"])
        #expect(amended.status == 0, "the same tree under another commit: \(amended.output)")
    }

    /// `paramguard.maxFileSize` on the server: a larger file is skipped unread and listed by path (its
    /// calls are not checked, by the server's choice); a value that is not a size follows onFailure.
    /// (A summary an earlier run cached under a larger limit is still used: the limit bounds what a run
    /// reads, and reading a cached summary costs nothing.)
    @Test func filesOverTheServersSizeLimitAreSkippedAndListed() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        var files = Scenario.base
        files["app/big.py"] = Scenario.caller("connection_id") + String(repeating: "# padding\n", count: 200)
        try server.git(["config", "paramguard.maxFileSize", "1k"])
        try clone.commit(files, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try clone.commit(["app/context.py": Scenario.contextAfter, "app/caller.py": Scenario.caller("client_id")], message: "rename")

        let skipped = try push(clone, ["origin", "main"])
        #expect(skipped.status == 0, "the only stale caller is in a file over the limit: \(skipped.output)")
        #expect(skipped.output.contains("app/big.py") && skipped.output.contains("larger than 1 KiB (paramguard.maxFileSize)"), "\(skipped.output)")

        try clone.commit(["app/other.py": "x = 1\n"], message: "more")
        try server.git(["config", "paramguard.maxFileSize", "lots"])
        let misconfigured = try push(clone, ["origin", "main"])
        #expect(misconfigured.status != 0)
        #expect(misconfigured.output.contains("paramguard.maxFileSize must be a number of bytes"), "\(misconfigured.output)")

        try server.git(["config", "--unset", "paramguard.maxFileSize"])
        let grown = files["app/big.py"]! + "late = Context(user_id=1, connection_id=2)\n"
        try clone.commit(["app/big.py": grown], message: "a new stale call in the big file")
        // Read under the default limit: the new call is found, and blocks: the file had the same stale
        // call before this push (unread then), and now holds one more.
        let checked = try push(clone, ["origin", "main"])
        #expect(checked.status != 0)
        #expect(checked.output.contains("app/big.py:205:27: error:"), "\(checked.output)")
        #expect(!checked.output.contains("paramguard.maxFileSize"), "\(checked.output)")
    }

    /// A push of several refs ties each finding to the ref it is in, and names only the refs with one.
    @Test func aMultiRefPushNamesTheRefOfEachFinding() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try clone.git(["checkout", "-q", "-b", "feature"])
        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        try clone.git(["checkout", "-q", "main"])
        try clone.commit(["notes.py": "x = 1\n"], message: "unrelated")
        let rejected = try push(clone, ["origin", "main", "feature"])
        #expect(rejected.status != 0)
        #expect(rejected.output.contains("refs/heads/feature: app/caller.py:4:31: error:"), "\(rejected.output)")
        #expect(!rejected.output.contains("refs/heads/main: app/"))
        #expect(rejected.output.contains("refs with calls that no longer match: refs/heads/feature."))
    }

    @Test func newBranchesAreCheckedFromTheirForkPoint() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)

        try clone.git(["checkout", "-q", "-b", "feature"])
        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        let rejected = try push(clone, ["origin", "feature"])
        #expect(rejected.status != 0, "\(rejected.output)")
        #expect(rejected.output.contains("app/caller.py:4:31"))

        try clone.git(["checkout", "-q", "main"])
        try clone.git(["checkout", "-q", "-b", "clean"])
        try clone.commit(["app/extra.py": "from app.context import Context\nContext(user_id='u')\n"], message: "extra")
        let accepted = try push(clone, ["-q", "origin", "clean"])
        #expect(accepted.status == 0, "\(accepted.output)")
    }

    @Test func deletionsAndTagsAreNotChecked() throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try clone.git(["branch", "doomed"])
        #expect(try push(clone, ["-q", "origin", "doomed"]).status == 0)
        let deleted = try push(clone, ["-q", "origin", "--delete", "doomed"])
        #expect(deleted.status == 0, "\(deleted.output)")
        #expect(!(try server.git(["branch", "--list"]).contains("doomed")))
        try clone.git(["tag", "v1"])
        let tagged = try push(clone, ["-q", "origin", "v1"])
        #expect(tagged.status == 0, "\(tagged.output)")
    }

    @Test func malformedInputIsAnErrorNotAPass() throws {
        let server = try GitSandbox(bare: true)
        let result = try server.paramguard(["pre-receive"], input: "not a ref line\n")
        #expect(result.status == 2)
        #expect(result.output.contains("expects '<old> <new> <refname>'"))
    }

    /// Blank lines, runs of spaces and a carriage return at the end of a line are read past; git never
    /// writes them, but a wrapper script might.
    @Test func oddlySpacedInputIsReadLikeGitsOwn() throws {
        let (server, clone) = try serverAndClone()
        defer { withExtendedLifetime(server) {} }
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        let old = try clone.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let new = try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        try server.git(["config", "paramguard.mode", "warn"])
        #expect(try push(clone, ["-q", "origin", "HEAD:refs/heads/side"]).status == 0, "brings the commit to the server")
        try server.git(["config", "--unset", "paramguard.mode"])
        let result = try server.paramguard(["pre-receive"], input: "\n  \(old)   \(new)  refs/heads/main \r\n\n")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("app/caller.py:4:31: error:"), "\(result.output)")
    }

    /// `paramguard.mode = warn` on the server: the findings reach the pusher, the push goes through.
    @Test func warnModeShowsTheFindingsAndAcceptsThePush() throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try server.git(["config", "paramguard.mode", "warn"])
        let breaking = try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        let warned = try push(clone, ["origin", "main"])
        #expect(warned.status == 0, "\(warned.output)")
        #expect(warned.output.contains("app/caller.py:4:31: error:"), "\(warned.output)")
        #expect(warned.output.contains("warn mode"))
        #expect(try server.git(["rev-parse", "main"]).trimmingCharacters(in: .whitespacesAndNewlines) == breaking)
    }

    /// Past `paramguard.budget` the push is rejected (`onFailure = closed`, the default) or accepted
    /// (`open`), with a message either way; a policy value that cannot be read fails the same way.
    @Test(arguments: [("closed", false), ("open", true)])
    func aCheckPastItsBudgetFollowsTheFailurePolicy(onFailure: String, accepted: Bool) throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try server.git(["config", "paramguard.budget", "0.000001"])
        try server.git(["config", "paramguard.onFailure", onFailure])
        try clone.commit(["app/extra.py": "x = 1\n"], message: "clean")
        let result = try push(clone, ["origin", "main"])
        #expect((result.status == 0) == accepted, "\(result.output)")
        #expect(result.output.contains("the time budget (paramguard.budget)"), "\(result.output)")
        #expect(result.output.contains("paramguard.onFailure = \(onFailure)"))

        try server.git(["config", "paramguard.budget", "4"])
        try server.git(["config", "paramguard.mode", "strict"])
        try clone.commit(["app/more.py": "y = 2\n"], message: "clean again")
        let misconfigured = try push(clone, ["origin", "main"])
        #expect((misconfigured.status == 0) == accepted, "\(misconfigured.output)")
        #expect(misconfigured.output.contains("paramguard.mode must be 'enforce' or 'warn', not 'strict'"), "\(misconfigured.output)")
    }

    /// `paramguard.refs` names the refs the server checks: with `refs/tags/*` added, a pushed
    /// annotated tag is checked as the commit it names, from its fork point with the default branch.
    @Test func tagsAreCheckedWhenTheServerListsThem() throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try server.git(["config", "--add", "paramguard.refs", "refs/heads/*"])
        try server.git(["config", "--add", "paramguard.refs", "refs/tags/*"])
        try clone.git(["checkout", "-q", "-b", "side"])
        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        try clone.git(["tag", "-a", "v2", "-m", "v2"])
        let rejected = try push(clone, ["origin", "v2"])
        #expect(rejected.status != 0, "\(rejected.output)")
        #expect(rejected.output.contains("app/caller.py:4:31"), "\(rejected.output)")
        #expect(!(try server.git(["tag", "--list"]).contains("v2")))
    }

    /// A new branch is checked over the commits no existing ref holds: forked from a branch the server
    /// already has (which broke a caller and was let through in warn mode), it is not blamed for that.
    @Test func aNewBranchIsCheckedOverTheCommitsNoRefHolds() throws {
        let (server, clone) = try serverAndClone()
        try clone.commit(Scenario.base, message: "base")
        #expect(try push(clone, ["-q", "origin", "main"]).status == 0)
        try clone.git(["checkout", "-q", "-b", "feature"])
        try clone.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        try server.git(["config", "paramguard.mode", "warn"])
        #expect(try push(clone, ["-q", "origin", "feature"]).status == 0)
        try server.git(["config", "paramguard.mode", "enforce"])
        try clone.git(["checkout", "-q", "-b", "feature2"])
        try clone.commit(["notes.py": "x = 1\n"], message: "unrelated")
        let accepted = try push(clone, ["origin", "feature2"])
        #expect(accepted.status == 0, "only the commit feature2 adds is checked: \(accepted.output)")
        try clone.commit(["app/more.py": "from app.context import Context\nContext(user_id='u', connection_id='w')\n"], message: "stale")
        let rejected = try push(clone, ["origin", "feature2"])
        #expect(rejected.status != 0, "\(rejected.output)")
    }
}
