#!/usr/bin/env python3
"""Precision on real history: paramguard over each of the newest first-parent commits of real repositories.

    python3 scripts/history_precision.py --binary .build/release/paramguard -n 400 REPO [REPO ...]

REPO is a path to a git directory (bare or not), such as a snapshot brought in with the search
tool's `fetch`. For each of the newest N first-parent commits, oldest first, the script runs
`paramguard check-diff --format json PARENT..COMMIT`, as a push of that one commit would be
checked, and records the findings, the statistics and the time taken. Commits on a well-tested main
branch almost never break their callers, so every finding is either a real latent break or a false
alarm; a person reads each one and records the verdict in the triage file (default:
scripts/history_triage.json, next to this script), and later runs report only findings that have
no verdict yet.

The triage file is JSON: {"findings": {KEY: {"verdict": "true" | "false", "why": "..."}}}, where
KEY is "REPO-NAME COMMIT PATH:LINE KIND LABEL" exactly as this script prints it.

Each repository is cloned with `git clone --bare --shared` into a temporary folder (objects are
borrowed, not copied), so paramguard's caches never land in the snapshot itself. The first commit
of a run fills the caches, as the first push to a server would; the others run warm, as later
pushes do. Per-commit times are reported as p50 and p90 over all commits of a repository.

The script exits 1 when a finding has no verdict, or is triaged a false alarm, so a run tells at
once whether anything needs reading; 0 otherwise.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def git(repo, *arguments):
    return subprocess.run(["git", "--git-dir", repo, *arguments], check=True, capture_output=True, text=True).stdout


def repository_name(path):
    # Snapshots arrive as /…/OWNER+NAME/repo: name them OWNER/NAME.
    path = os.path.abspath(path).rstrip("/")
    base = os.path.basename(path)
    if base in ("repo", ".git"):
        base = os.path.basename(os.path.dirname(path))
    return base.replace("+", "/")


def finding_key(name, commit, finding):
    return f"{name} {commit[:12]} {finding['path']}:{finding['line']} {finding['kind']} {finding['old_label']}"


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def add_counts(total, counts):
    for reason, count in (counts or {}).items():
        total[reason] = total.get(reason, 0) + count


def run_repository(binary, source, count, triage, log):
    name = repository_name(source)
    work = tempfile.mkdtemp(prefix="paramguard-history-")
    clone = os.path.join(work, "repo.git")
    subprocess.run(["git", "clone", "-q", "--bare", "--shared", source, clone], check=True, capture_output=True)
    try:
        commits = git(clone, "rev-list", "--first-parent", f"--max-count={count}", "HEAD").split()
        commits.reverse()
        times, findings, failures = [], [], []
        totals = {"calls_checked": 0, "unresolved_calls": 0, "unverifiable_calls": 0, "changed_files": 0}
        open_reasons, unresolved_reasons = {}, {}
        for commit in commits:
            parents = git(clone, "rev-list", "--parents", "-n", "1", commit).split()[1:]
            if not parents:
                continue
            started = time.perf_counter()
            result = subprocess.run([binary, "-C", clone, "check-diff", "--format", "json", f"{parents[0]}..{commit}"],
                                    capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            record = {"repository": name, "commit": commit, "seconds": round(elapsed, 4), "exit": result.returncode}
            if result.returncode not in (0, 1):
                failures.append((commit, result.stderr.strip()))
                record["error"] = result.stderr.strip()
            else:
                document = json.loads(result.stdout)
                stats = document["stats"]
                for field in totals:
                    totals[field] += stats.get(field, 0)
                add_counts(open_reasons, stats.get("open_calls_by_reason"))
                add_counts(unresolved_reasons, stats.get("unresolved_calls_by_reason"))
                record["stats"] = stats
                record["findings"] = document["findings"]
                for finding in document["findings"]:
                    key = finding_key(name, commit, finding)
                    verdict = triage.get(key)
                    findings.append((key, finding, verdict))
            log.write(json.dumps(record) + "\n")
        return {"name": name, "commits": len(times), "times": times, "findings": findings, "failures": failures,
                "totals": totals, "open": open_reasons, "unresolved": unresolved_reasons}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/paramguard")
    parser.add_argument("-n", "--commits", type=int, default=400, help="newest first-parent commits per repository")
    parser.add_argument("--triage", default=os.path.join(HERE, "history_triage.json"))
    parser.add_argument("--log", help="write one JSON line per checked commit here")
    parser.add_argument("repositories", nargs="+")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"history_precision.py: no paramguard binary at {binary}; build it with "
              "`swift build -c release --product paramguard` or pass --binary", file=sys.stderr)
        return 2
    triage = {}
    if os.path.exists(args.triage):
        with open(args.triage) as handle:
            triage = json.load(handle).get("findings", {})
    log = open(args.log, "w") if args.log else open(os.devnull, "w")
    results = []
    with log:
        for source in args.repositories:
            results.append(run_repository(binary, source, args.commits, triage, log))

    needs_reading = 0
    print("| repository | commits | p50 | p90 | calls checked | open | unresolved | findings | true | false | untriaged |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    all_times, all_open, all_unresolved = [], {}, {}
    summed = {"commits": 0, "checked": 0, "open": 0, "unresolved": 0, "findings": 0, "true": 0, "false": 0, "new": 0}
    for result in results:
        verdicts = [verdict["verdict"] if verdict else None for _, _, verdict in result["findings"]]
        true, false, new = verdicts.count("true"), verdicts.count("false"), verdicts.count(None)
        needs_reading += false + new
        all_times += result["times"]
        add_counts(all_open, result["open"])
        add_counts(all_unresolved, result["unresolved"])
        totals = result["totals"]
        row = {"commits": result["commits"], "checked": totals["calls_checked"], "open": totals["unverifiable_calls"],
               "unresolved": totals["unresolved_calls"], "findings": len(verdicts), "true": true, "false": false, "new": new}
        for field, value in row.items():
            summed[field] += value
        print(f"| {result['name']} | {row['commits']} | {percentile(result['times'], 0.5):.3f} s | "
              f"{percentile(result['times'], 0.9):.3f} s | {row['checked']} | {row['open']} | {row['unresolved']} | "
              f"{row['findings']} | {true} | {false} | {new} |")
    print(f"| all | {summed['commits']} | {percentile(all_times, 0.5):.3f} s | {percentile(all_times, 0.9):.3f} s | "
          f"{summed['checked']} | {summed['open']} | {summed['unresolved']} | {summed['findings']} | {summed['true']} | "
          f"{summed['false']} | {summed['new']} |")
    for title, counts in (("open calls by reason", all_open), ("unresolved calls by reason", all_unresolved)):
        if counts:
            print(f"\n{title}:")
            for reason, count in sorted(counts.items(), key=lambda item: -item[1]):
                print(f"  {count:7d}  {reason}")
    for result in results:
        for commit, error in result["failures"]:
            print(f"\nFAILED {result['name']} {commit[:12]}: {error}")
            needs_reading += 1
        for key, finding, verdict in result["findings"]:
            if verdict and verdict["verdict"] == "true":
                continue
            label = "FALSE ALARM" if verdict else "UNTRIAGED"
            print(f"\n{label} {key}\n  {finding['message']}")
            if verdict:
                print(f"  why: {verdict['why']}")
    return 1 if needs_reading else 0


if __name__ == "__main__":
    sys.exit(main())
