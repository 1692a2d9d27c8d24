#!/usr/bin/env python3
"""The Swift frontend's cost over a bare swift-syntax parse, on the local package copies' sources.

    python3 Benchmarks/swift_frontend.py [--rounds 4] [--limit 0]

Builds `swift-frontend-benchmark` in release mode, extracts the Swift sources of the local package
copies (scripts/swift_corpus.py) into a temporary folder, and runs the benchmark over them: both sides
run in the same process on the same bytes already in memory, so the ratio does not depend on the disk
or on how fast this machine is. Each file is parsed and summarized back to back, in alternating order
from round to round, and each side's time is the sum over files of its fastest run of that file.
Bar: summarize ÷ parse ≤ 1.3.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import swift_corpus  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (0: all)")
    arguments = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "swift-frontend-benchmark"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "swift-frontend-benchmark")
    work = tempfile.mkdtemp(prefix="paramguard-swift-bench-")
    try:
        files = swift_corpus.extract(os.path.join(work, "corpus"))
        if arguments.limit:
            files = files[:arguments.limit]
        listing = os.path.join(work, "files.txt")
        with open(listing, "w") as handle:
            handle.write("\n".join(files) + "\n")
        result = json.loads(subprocess.run([binary, listing, str(arguments.rounds)], capture_output=True, text=True, check=True).stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    megabytes = result["bytes"] / 1e6
    print(f"files: {result['files']}, {megabytes:.1f} MB of Swift, fastest of {arguments.rounds} rounds per file")
    print(f"  bare Parser.parse:            {result['parse_seconds']:.2f} s  ({megabytes / result['parse_seconds']:.1f} MB/s)")
    print(f"  SwiftSummarizer.summarize:    {result['summarize_seconds']:.2f} s  ({megabytes / result['summarize_seconds']:.1f} MB/s)")
    print(f"  ratio (ours ÷ bare parse):    {result['ratio']:.2f}×  (bar: ≤ 1.3×)")


if __name__ == "__main__":
    main()
