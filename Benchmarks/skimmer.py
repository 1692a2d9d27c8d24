#!/usr/bin/env python3
"""Skimmer throughput against CPython's ast.parse, measured in one run over the same files.

    swift build -c release --product skimmer-benchmark
    python3 Benchmarks/skimmer.py [--sample N] [--rounds R] [PATH ...]

Both sides read the files into memory first and run on one core; each reports its best of R rounds.
Without PATH it uses the standard library and site-packages of this Python (files that ast.parse
rejects are left out of both sides).
"""
import argparse, ast, json, os, random, subprocess, sys, sysconfig, tempfile, time


def python_files(roots):
    for root in roots:
        for directory, _, names in os.walk(root):
            for name in names:
                if name.endswith(".py"):
                    yield os.path.join(directory, name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/skimmer-benchmark")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    roots = args.paths or sorted({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]})
    files = sorted(set(python_files(roots)))
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
    sources = {}
    for path in files:
        data = open(path, "rb").read()
        try:
            ast.parse(data)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        sources[path] = data
    total = sum(len(d) for d in sources.values())
    best_ast = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        for data in sources.values():
            ast.parse(data)
        best_ast = min(best_ast, time.perf_counter() - start)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(sources))
    try:
        result = subprocess.run(["taskset", "-c", "0", args.binary, listing.name, str(args.rounds)],
                                capture_output=True, text=True, check=True)
    finally:
        os.unlink(listing.name)
    swift = json.loads(result.stdout)
    mb = total / 1e6
    print(f"files: {len(sources)}, {mb:.1f} MB")
    print(f"ast.parse:        {best_ast:8.3f} s  {mb / best_ast:7.1f} MB/s")
    print(f"paramguard skim:  {swift['best_seconds']:8.3f} s  {mb / swift['best_seconds']:7.1f} MB/s")
    print(f"ratio: paramguard skims {best_ast / swift['best_seconds']:.1f}x as fast as ast.parse")


if __name__ == "__main__":
    sys.exit(main())
