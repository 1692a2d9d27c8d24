#!/usr/bin/env python3
"""The Swift sources of the local package copies, as a folder of real code to test and measure on.

    python3 scripts/swift_corpus.py DEST             # extract, print the number of .swift files
    python3 scripts/swift_corpus.py DEST --inspect --binary .build/release/paramguard

Each package under /opt/swift-packages (bare git repositories, one per OWNER/NAME) is extracted at its
newest version tag into DEST/OWNER/NAME. Names that differ only in case are the same package and are
taken once. With --inspect, every .swift file goes through `paramguard inspect` (in batches); the script
fails if any batch crashes or prints something other than one JSON object per file, and reports how
many files the parser flagged with a syntax problem.
"""
import argparse, json, os, re, subprocess, sys

COPIES = "/opt/swift-packages"


def version_key(tag):
    return [int(part) if part.isdigit() else -1 for part in re.split(r"[.\-]", tag.lstrip("v"))]


def extract(dest):
    seen = set()
    for owner in sorted(os.listdir(COPIES)):
        for name in sorted(os.listdir(os.path.join(COPIES, owner))):
            if not name.endswith(".git") or (owner.lower(), name.lower()) in seen:
                continue
            seen.add((owner.lower(), name.lower()))
            repository = os.path.join(COPIES, owner, name)
            tags = subprocess.run(["git", "-C", repository, "tag"], capture_output=True, text=True).stdout.split()
            tags = [tag for tag in tags if re.match(r"^v?\d+(\.\d+)*$", tag)]
            if not tags:
                continue
            target = os.path.join(dest, owner, name[:-4])
            if os.path.isdir(target):
                continue
            os.makedirs(target)
            archive = subprocess.run(["git", "-C", repository, "archive", max(tags, key=version_key)], capture_output=True)
            subprocess.run(["tar", "-x", "-C", target], input=archive.stdout, check=True)
    files = []
    for root, _, names in os.walk(dest):
        files += [os.path.join(root, name) for name in names if name.endswith(".swift")]
    return sorted(files)


def inspect(binary, files, batch=200):
    problems = 0
    for start in range(0, len(files), batch):
        chunk = files[start:start + batch]
        result = subprocess.run([binary, "inspect", *chunk, *([chunk[0]] if len(chunk) == 1 else [])],
                                capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"inspect failed (exit {result.returncode}) on a batch starting at {chunk[0]}: {result.stderr[-500:]}")
        lines = result.stdout.splitlines()
        if len(lines) != len(chunk) + (1 if len(chunk) == 1 else 0):
            sys.exit(f"inspect printed {len(lines)} lines for {len(chunk)} files starting at {chunk[0]}")
        problems += sum(1 for line in lines if json.loads(line)["summary"].get("syntaxProblem"))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest")
    parser.add_argument("--inspect", action="store_true")
    parser.add_argument("--binary", default=".build/release/paramguard")
    arguments = parser.parse_args()
    files = extract(arguments.dest)
    size = sum(os.path.getsize(path) for path in files)
    print(f"{len(files)} .swift files, {size / 1e6:.1f} MB, in {arguments.dest}")
    if arguments.inspect:
        problems = inspect(os.path.abspath(arguments.binary), files)
        print(f"inspect: {len(files)} files read without a crash; {problems} with a syntax problem reported")


if __name__ == "__main__":
    main()
