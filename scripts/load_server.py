#!/usr/bin/env python3
"""Load on the server hook: concurrent pushes, and one very large push.

    python3 scripts/load_server.py --binary .build/release/paramguard [--pushes 20]

Both parts use real bare repositories over the local file protocol, with paramguard installed as
their pre-receive hook, in a temporary folder removed afterwards.

1. Concurrent pushes. A shared repository of a small Python package; PUSHES clones each add a module
   with a function taking one keyword and a caller, on their own branch, and push at the same time.
   Every other pusher's caller uses a keyword the function does not take (a stale call), so half
   the pushes must be rejected and half accepted. Afterwards the server's cache must read back
   (a check on the server gives the same verdict, no temporary file is left over).
2. A big push. A tree of 10,000 Python files calling each other with keywords is pushed, then
   10,000 commits on top of it in one push. Each must finish inside the server's budget (default
   4 s) or take the configured failure path; the hook's time and peak memory are printed.

Exits 1 when a verdict is wrong or the cache does not read back; 0 otherwise.
"""
import argparse, concurrent.futures, os, shutil, subprocess, sys, tempfile, time

ENV = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e", GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@e")


def git(directory, *arguments, **options):
    return subprocess.run(["git", "-C", directory, *arguments], capture_output=True, env=ENV, **options)


def server_repository(root, binary, timing=None):
    server = os.path.join(root, "server.git")
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", server], check=True)
    hook = os.path.join(server, "hooks", "pre-receive")
    prefix = "/usr/bin/time -f '%%e s, %%M KB' -a -o %s " % timing if timing else ""
    with open(hook, "w") as out:
        out.write("#!/bin/sh\nexec %s%s pre-receive\n" % (prefix, binary))
    os.chmod(hook, 0o755)
    return server


def concurrent_pushes(root, binary, pushes):
    server = server_repository(root, binary)
    seed = os.path.join(root, "seed")
    subprocess.run(["git", "init", "-q", "-b", "main", seed], check=True)
    os.makedirs(os.path.join(seed, "app"))
    open(os.path.join(seed, "app/__init__.py"), "w").close()
    with open(os.path.join(seed, "app/context.py"), "w") as out:
        out.write("class Context:\n    def __init__(self, user_id, connection_id=''):\n        pass\n")
    for i in range(50):
        with open(os.path.join(seed, f"app/caller{i}.py"), "w") as out:
            out.write("from app.context import Context\n\ndef make(u, c):\n    return Context(user_id=u, connection_id=c)\n")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "base")
    git(seed, "remote", "add", "origin", server)
    pushed = git(seed, "push", "-q", "origin", "main")
    assert pushed.returncode == 0, pushed.stderr

    def push(n):
        clone = os.path.join(root, f"clone{n}")
        subprocess.run(["git", "clone", "-q", server, clone], check=True, env=ENV)
        stale = n % 2 == 0
        with open(os.path.join(clone, f"app/mod{n}.py"), "w") as out:
            out.write(f"def f{n}(*, new_{n}=1):\n    return new_{n}\n")
        with open(os.path.join(clone, f"app/use{n}.py"), "w") as out:
            out.write(f"from app.mod{n} import f{n}\nf{n}({'old' if stale else 'new'}_{n}=2)\n")
        git(clone, "add", "-A")
        git(clone, "commit", "-q", "-m", f"change {n}")
        started = time.perf_counter()
        result = git(clone, "push", "origin", f"HEAD:refs/heads/b{n}")
        return n, stale, result.returncode, time.perf_counter() - started, result.stderr.decode(errors="replace")

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(pushes) as pool:
        results = list(pool.map(push, range(pushes)))
    wall = time.perf_counter() - started
    wrong = [(n, stale, code, stderr) for n, stale, code, _, stderr in results if (code != 0) != stale]
    print(f"{pushes} concurrent pushes: {pushes - len(wrong)} right verdicts, {len(wrong)} wrong; "
          f"wall {wall:.1f} s; slowest push {max(r[3] for r in results):.2f} s")
    for n, stale, code, stderr in wrong:
        print(f"  push {n} ({'stale' if stale else 'clean'}) exited {code}: {stderr[-400:]}")
    # The cache afterwards: a check on the server reads it and gives the accepted branches' verdict.
    accepted = [n for n, stale, code, _, _ in results if code == 0]
    recheck = subprocess.run([binary, "check-diff", f"main..b{accepted[0]}"], cwd=server, capture_output=True, text=True) if accepted else None
    files = []
    for folder, _, names in os.walk(os.path.join(server, "paramguard")):
        files += [os.path.join(folder, name) for name in names]
    leftovers = [f for f in files if ".tmp" in os.path.basename(f)]
    cache_ok = recheck is not None and recheck.returncode == 0 and not leftovers
    print(f"cache afterwards: {len(files)} files, {len(leftovers)} temporary leftovers; "
          f"a check on the server {'agrees' if recheck is not None and recheck.returncode == 0 else 'DISAGREES'}")
    return not wrong and cache_ok


def big_push(root, binary):
    timing = os.path.join(root, "hook-times")
    server = server_repository(root, binary, timing)
    source = os.path.join(root, "source")
    subprocess.run(["git", "init", "-q", "-b", "main", source], check=True)
    git(source, "config", "gc.auto", "0")

    def module(i, note=""):
        following = (i + 1) % 10000
        return (f"from p{following // 100}.m{following % 100} import f{following}\n\n"
                f"def f{i}(*, key_{i}=0):\n    return f{following}(key_{following}=1) if key_{i} else 0\n{note}").encode()

    stream = [b"commit refs/heads/main\ncommitter t <t@e> 1700000000 +0000\ndata 4\nbase\n"]
    for i in range(10000):
        body = module(i)
        stream.append(f"M 100644 inline p{i // 100}/m{i % 100}.py\ndata {len(body)}\n".encode() + body + b"\n")
    for package in range(100):
        stream.append(f"M 100644 inline p{package}/__init__.py\ndata 0\n\n".encode())
    git(source, "fast-import", "--quiet", input=b"".join(stream))
    git(source, "remote", "add", "origin", server)
    started = time.perf_counter()
    first = git(source, "push", "-q", "origin", "main")
    print(f"push of a 10,000-file tree: exit {first.returncode}, {time.perf_counter() - started:.1f} s wall")
    stream = []
    for n in range(10000):
        i = (n * 7919) % 10000
        body = module(i, f"# edit {n}\n")
        stream.append(f"commit refs/heads/main\ncommitter t <t@e> {1700000001 + n} +0000\ndata 4\nedit\n".encode())
        if n == 0:
            stream.append(b"from refs/heads/main^0\n")
        stream.append(f"M 100644 inline p{i // 100}/m{i % 100}.py\ndata {len(body)}\n".encode() + body + b"\n")
    git(source, "fast-import", "--quiet", input=b"".join(stream))
    started = time.perf_counter()
    second = git(source, "push", "-q", "origin", "main")
    print(f"push of 10,000 commits on it: exit {second.returncode}, {time.perf_counter() - started:.1f} s wall")
    with open(timing) as times:
        print("the hook, per push (time, peak memory):", " | ".join(line.strip() for line in times if line.strip()))
    # Both pushes are clean: each is accepted, within the budget or (past it) by the failure path the
    # server's default closed policy gives, which would reject: so acceptance means within budget.
    return first.returncode == 0 and second.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--pushes", type=int, default=20)
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    root = tempfile.mkdtemp(prefix="paramguard-load-")
    try:
        for part in ("concurrent", "big"):
            os.makedirs(os.path.join(root, part))
        ok = concurrent_pushes(os.path.join(root, "concurrent"), binary, arguments.pushes)
        ok = big_push(os.path.join(root, "big"), binary) and ok
    finally:
        shutil.rmtree(root, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
