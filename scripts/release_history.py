#!/usr/bin/env python3
"""False positives on real code: paramguard over the change between two releases of real packages.

    python3 scripts/release_history.py --binary .build/release/paramguard [NAME==OLD..NEW ...]

For each package it downloads the two wheels from PyPI (no dependencies), commits the old
release's sources and then the new one's into a temporary git repository, and runs
`paramguard check-diff HEAD~1..HEAD`. A published release's own calls were migrated along with
its definitions, so every finding is a false positive unless the release really broke itself; the
script prints each one for a person to judge. When PyPI cannot be reached it prints SKIPPED.
"""
import argparse, glob, json, os, shutil, subprocess, sys, tempfile, zipfile

PAIRS = [
    "click==8.0.0..8.1.7", "rich==12.0.0..13.9.4", "attrs==21.4.0..24.2.0", "packaging==21.3..24.2",
    "requests==2.25.0..2.32.3", "flask==2.0.0..3.0.3", "jinja2==3.0.0..3.1.4", "werkzeug==2.0.0..3.0.4",
]


def extract(wheel, into):
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith(".py") and ".dist-info/" not in name and ".data/" not in name:
                archive.extract(name, into)


def git(repo, *arguments):
    subprocess.run(["git", "-C", repo, "-c", "user.name=history", "-c", "user.email=history@example.invalid", *arguments],
                   check=True, capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/paramguard")
    parser.add_argument("pairs", nargs="*", default=PAIRS)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    work = tempfile.mkdtemp(prefix="paramguard-history-")
    total_findings = total_checked = 0
    try:
        for pair in args.pairs:
            name, versions = pair.split("==")
            old, new = versions.split("..")
            folder = os.path.join(work, f"{name}-{old}-{new}")
            wheels = []
            for version in (old, new):
                target = os.path.join(folder, version)
                fetched = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                                          "-d", target, f"{name}=={version}"], capture_output=True, text=True)
                if fetched.returncode != 0:
                    print(f"SKIPPED: cannot download {name}=={version} from PyPI")
                    return 0
                wheels.append(glob.glob(os.path.join(target, "*.whl"))[0])
            repo = os.path.join(folder, "repo")
            os.makedirs(repo)
            git(repo, "init", "-q", "-b", "main")
            extract(wheels[0], repo)
            git(repo, "add", "-A")
            git(repo, "commit", "-q", "-m", old)
            for entry in os.listdir(repo):
                if entry != ".git":
                    shutil.rmtree(os.path.join(repo, entry), ignore_errors=True)
                    if os.path.isfile(os.path.join(repo, entry)):
                        os.remove(os.path.join(repo, entry))
            extract(wheels[1], repo)
            git(repo, "add", "-A")
            git(repo, "commit", "-q", "-m", new)
            result = subprocess.run([binary, "check-diff", "HEAD~1..HEAD", "--format", "json"], cwd=repo, capture_output=True, text=True)
            if result.returncode not in (0, 1):
                print(f"{pair}: paramguard failed: {result.stderr.strip()}")
                return 1
            document = json.loads(result.stdout)
            stats = document["stats"]
            total_findings += len(document["findings"])
            total_checked += stats["calls_checked"]
            print(f"{pair}: {len(document['findings'])} findings; {stats['changed_files']} files changed, "
                  f"{stats['calls_checked']} calls checked, {stats['unresolved_calls']} unresolved")
            for finding in document["findings"]:
                print(f"  {finding['path']}:{finding['line']}: {finding['message']}")
        print(f"total: {total_findings} findings over {total_checked} checked calls in {len(args.pairs)} release pairs")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
