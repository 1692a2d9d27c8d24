#!/usr/bin/env python3
"""How long the pre-commit hook takes on a large real repository, as ratios against `git grep`.

    python3 Benchmarks/hook_speed.py [--binary .build/release/paramguard] [--commits 1000]
                                     [--against OTHER_PARAMGUARD]

Without --binary, it uses .build/release/paramguard, and builds it first as install.sh does
(`swift build -c release --static-swift-stdlib --product paramguard` on Linux) if it is not there.

It commits every .py file of this machine's standard library and site-packages (about 13,000
files) and the Swift sources of the local Swift package copies (about 12,600 files, under swift/, see
scripts/swift_corpus.py) into a git repository in a temporary folder, packs it (automatic gc is off,
so nothing repacks it in the background while it is timed), then measures, in the same run:

- rename: `os.makedirs(..., exist_ok=...)` renamed in the staged os.py. paramguard pre-commit must
  find the callers that still pass `exist_ok=`. The baseline is `git grep -F exist_ok --cached`
  over the same index.
- new call: a new file calls `os.makedirs(p, exists_ok=True)`, and paramguard pre-commit must
  flag it. The baseline is the same git grep.
- Swift rename: `Logger.init(label:)` of swift-log gets the label `name:` (the other overloads keep
  `label:`). paramguard pre-commit must find the one-argument `Logger(label: ...)` calls in every
  package that imports Logging. The baseline is `git grep -F -c label --cached -- '*.swift'`.
- Swift new call: a new file calls `Logger(lable: "app")`; the baseline is the same git grep.
- range: `paramguard check-diff` over a range of N commits (made with git fast-import), each
  editing one file, in wall-clock seconds.

For each case it prints paramguard's time with a cold cache (cleared before the run) and a warm
one (filled by the run before), each as a ratio to git grep, and paramguard's peak resident memory
(the larger of one more cold and one more warm run, measured by /usr/bin/time). Each time is the
best of --rounds runs.

With --against, another paramguard binary (an earlier build, say) is timed on the same cases in the
same rounds, interleaved with --binary: each round runs one binary cold then warm (its own cache
filled by its cold run), then the other. It prints a second table with both times and their ratio,
and whether the two binaries' findings (`check-diff --format json`) are identical on each case.
On a shared machine whose speed drifts by tens of percent over minutes, two separate runs of this
script cannot be compared; interleaved rounds can.
"""
import argparse, json, os, shutil, subprocess, sys, sysconfig, tempfile, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
import swift_corpus  # noqa: E402


def python_files():
    roots = sorted({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]})
    seen = {}
    for root in roots:
        for directory, _, names in os.walk(root):
            for name in names:
                if name.endswith(".py"):
                    path = os.path.join(directory, name)
                    relative = os.path.relpath(path, roots[0])
                    seen.setdefault(relative, path)
    return seen


def git(repo, *arguments, **options):
    return subprocess.run(["git", "-C", repo, *arguments], check=True, capture_output=True, **options)


def baseline(command, cwd, rounds):
    """The git grep time; git grep exits 0 (matches) or 1 (none), anything else is a broken baseline."""
    elapsed, code, output = timed(command, cwd, rounds)
    if code not in (0, 1):
        raise RuntimeError(f"baseline failed ({code}): {output[:300]}")
    return elapsed


def timed(command, cwd, rounds):
    """Best wall time of `rounds` runs, the last exit code, and the last run's output."""
    best, code, output = float("inf"), None, b""
    for _ in range(rounds):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = process.stdout.read()
        _, status = os.waitpid(process.pid, 0)
        best = min(best, time.perf_counter() - start)
        code = os.waitstatus_to_exitcode(status)
    return best, code, output.decode(errors="replace")


def peak_rss(command, cwd):
    """Peak resident memory (MiB) of one more run, measured by /usr/bin/time. The kernel keeps a
    process's high-water mark across exec, so a child forked from this Python process would report at
    least this process's own size (which made several cases read an identical 144 MB before)."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *command], cwd=cwd, capture_output=True)
        return int(report.read().split()[-1]) / 1024


def interleaved_row(name, binary, other, repo, rounds):
    """Cold and warm times of two binaries on what is staged, round by round: each round clears the
    cache and runs one binary cold, then warm, then does the same for the other (which one starts
    alternates). Then unstages it all."""
    best = {binary: [float("inf"), float("inf")], other: [float("inf"), float("inf")]}
    for number in range(rounds):
        for which in ((binary, other) if number % 2 == 0 else (other, binary)):
            subprocess.run([which, "cache", "clear"], cwd=repo, check=True, capture_output=True)
            cold, _, _ = timed([which, "pre-commit"], repo, 1)
            warm, _, _ = timed([which, "pre-commit"], repo, 1)
            best[which] = [min(best[which][0], cold), min(best[which][1], warm)]
    same = findings_json(binary, repo) == findings_json(other, repo)
    git(repo, "reset", "-q", "--hard")
    print(f"  measured: {name} (against)", flush=True)
    return (name, *best[binary], *best[other], "identical" if same else "DIFFERENT")


def findings_json(binary, repo):
    """The findings of `check-diff --staged --format json`, as JSON text: two binaries that should
    behave alike must give the same, finding for finding."""
    result = subprocess.run([binary, "check-diff", "--staged", "--format", "json"], cwd=repo, capture_output=True, text=True)
    return json.dumps(json.loads(result.stdout)["findings"], sort_keys=True)


def pre_commit_row(name, binary, grep, repo, rounds):
    """Times the hook on what is staged, cold (cache cleared before each run) and warm (cache filled
    by the run before), against git grep on the same index; then unstages it all."""
    grep_time = baseline(grep, repo, rounds)
    cold = float("inf")
    for _ in range(rounds):
        subprocess.run([binary, "cache", "clear"], cwd=repo, check=True, capture_output=True)
        elapsed, code, output = timed([binary, "pre-commit"], repo, 1)
        cold = min(cold, elapsed)
    subprocess.run([binary, "cache", "clear"], cwd=repo, check=True, capture_output=True)
    peak_cold = peak_rss([binary, "pre-commit"], repo)
    warm, _, _ = timed([binary, "pre-commit"], repo, rounds)
    peak_warm = peak_rss([binary, "pre-commit"], repo)
    findings = sum(1 for line in output.splitlines() if ": error: " in line)
    # Also deletes files the case added: they were staged, not committed.
    git(repo, "reset", "-q", "--hard")
    print(f"  measured: {name}", flush=True)
    return (name, cold, warm, grep_time, max(peak_cold, peak_warm), f"exit {code}, {findings} findings")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/paramguard")
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", help="another paramguard binary to time in the same rounds, interleaved")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark repository (as staged for the last case) for profiling")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary) and args.binary == parser.get_default("binary"):
        # A clean clone has no build yet: make the one install.sh makes.
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        static = ["--static-swift-stdlib"] if sys.platform.startswith("linux") else []
        subprocess.run(["swift", "build", "-c", "release", *static, "--product", "paramguard"], cwd=root, check=True)
        binary = os.path.join(root, args.binary)
    if not os.path.exists(binary):
        sys.exit(f"no paramguard binary at {binary}")
    work = tempfile.mkdtemp(prefix="paramguard-bench-")
    try:
        repo = os.path.join(work, "corpus")
        files = python_files()
        for relative, source in files.items():
            target = os.path.join(repo, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
        swift_files = swift_corpus.extract(os.path.join(repo, "swift"))
        git(repo, "init", "-q", "-b", "main")
        # No automatic gc: after a commit of 26,000 new objects git would pack them in a background
        # process, which competed for the CPU with the first cases and left some cases timed against
        # loose objects and others against a pack (git grep 0.56 s against 0.24 s for one command).
        # The repository is packed once, as a real one is, before anything is timed.
        git(repo, "config", "gc.auto", "0")
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "-m", "corpus")
        git(repo, "repack", "-a", "-d", "-q")
        size = sum(os.path.getsize(os.path.join(repo, r)) for r in files) / 1e6
        swift_size = sum(os.path.getsize(path) for path in swift_files) / 1e6
        print(f"corpus: {len(files)} Python files, {size:.0f} MB, and {len(swift_files)} Swift files, {swift_size:.0f} MB, in a git repository")

        rows = []
        against_rows = []
        grep = ["git", "grep", "--cached", "-F", "-c", "exist_ok", "--", "*.py"]
        swift_grep = ["git", "grep", "--cached", "-F", "-c", "label", "--", "*.swift"]

        def stage_python_rename():
            # Rename a widely used keyword parameter and stage only the definition.
            os_py = os.path.join(repo, "os.py")
            text = open(os_py).read()
            assert "def makedirs(name, mode=0o777, exist_ok=False):" in text
            open(os_py, "w").write(text.replace("def makedirs(name, mode=0o777, exist_ok=False):",
                                                "def makedirs(name, mode=0o777, exists_ok=False):")
                                         .replace("makedirs(head, exist_ok=exist_ok)", "makedirs(head, exists_ok=exists_ok)")
                                         .replace("if not exist_ok", "if not exists_ok"))
            git(repo, "add", "os.py")

        def stage_python_new_call():
            # A new call with a stale keyword.
            open(os.path.join(repo, "new_module.py"), "w").write("import os\n\ndef prepare(p):\n    os.makedirs(p, exists_ok=True)\n")
            git(repo, "add", "new_module.py")

        def stage_swift_rename():
            # Rename the label of one overload of a widely used initializer.
            logger = os.path.join(repo, "swift", "apple", "swift-log", "Sources", "Logging", "Logger.swift")
            text = open(logger).read()
            assert "    public init(label: String) {" in text
            open(logger, "w").write(text.replace("    public init(label: String) {", "    public init(name label: String) {", 1))
            git(repo, "add", logger)

        def stage_swift_new_call():
            # A new call with a label no overload takes.
            app = os.path.join(repo, "swift", "new-app", "Sources", "App")
            os.makedirs(app)
            open(os.path.join(app, "main.swift"), "w").write('import Logging\n\nlet logger = Logger(lable: "app")\n')
            git(repo, "add", app)

        cases = [
            ("rename exist_ok in os.makedirs", stage_python_rename, grep),
            ("new call with a stale keyword", stage_python_new_call, grep),
            ("Swift: rename label: of Logger.init", stage_swift_rename, swift_grep),
            ("Swift: new call, stale label", stage_swift_new_call, swift_grep),
        ]
        for name, stage, baseline_grep in cases:
            stage()
            rows.append(pre_commit_row(name, binary, baseline_grep, repo, args.rounds))
            if args.against:
                stage()
                against_rows.append(interleaved_row(name, binary, os.path.abspath(args.against), repo, args.rounds))

        # A long range, written with fast-import: each commit appends a line to one file.
        names = sorted(files)
        stream = []
        for number in range(args.commits):
            path = names[(number * 7919) % len(names)]
            body = open(os.path.join(repo, path), "rb").read() + f"\n# edit {number}\n".encode()
            stream.append(b"commit refs/heads/main\n")
            stream.append(f"committer bench <bench@example.invalid> {1700000000 + number} +0000\n".encode())
            stream.append(b"data 5\nedit\n")
            if number == 0:
                stream.append(b"from refs/heads/main^0\n")
            stream.append(f"M 100644 inline {path}\ndata {len(body)}\n".encode() + body + b"\n")
            open(os.path.join(repo, path), "wb").write(body)
        git(repo, "fast-import", "--quiet", input=b"".join(stream))
        git(repo, "reset", "-q", "--hard", "main")
        subprocess.run([binary, "cache", "clear"], cwd=repo, check=True, capture_output=True)
        elapsed, code, _ = timed([binary, "check-diff", f"main~{args.commits}..main"], repo, 1)
        subprocess.run([binary, "cache", "clear"], cwd=repo, check=True, capture_output=True)
        peak = peak_rss([binary, "check-diff", f"main~{args.commits}..main"], repo)
        rows.append((f"check-diff over {args.commits} commits", elapsed, None, None, peak, f"exit {code}"))

        print(f"{'case':34} {'cold':>8} {'warm':>8} {'git grep':>9} {'cold/grep':>9} {'warm/grep':>9} {'peak RSS':>9}  result")
        for name, cold, warm, grep_time, peak, result in rows:
            if grep_time:
                print(f"{name:34} {cold:7.3f}s {warm:7.3f}s {grep_time:8.3f}s {cold / grep_time:8.2f}x {warm / grep_time:8.2f}x {peak:6.0f} MB  {result}")
            else:
                print(f"{name:34} {cold:7.3f}s {'-':>8} {'-':>9} {'-':>9} {'-':>9} {peak:6.0f} MB  {result}")
        if against_rows:
            print(f"\nagainst {args.against}, interleaved, best of {args.rounds} rounds each:")
            print(f"{'case':34} {'cold':>8} {'other':>8} {'ratio':>7}   {'warm':>8} {'other':>8} {'ratio':>7}  findings (JSON)")
            for name, cold, warm, other_cold, other_warm, same in against_rows:
                print(f"{name:34} {cold:7.3f}s {other_cold:7.3f}s {cold / other_cold:6.2f}x   {warm:7.3f}s {other_warm:7.3f}s {warm / other_warm:6.2f}x  {same}")
        return 0
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
