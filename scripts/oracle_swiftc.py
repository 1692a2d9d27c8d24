#!/usr/bin/env python3
"""paramguard's Swift findings against the Swift compiler's errors, on real packages, in both
directions: one argument label of a declaration renamed at a time, and one label of an existing call
mistyped at a time.

    python3 scripts/oracle_swiftc.py --binary .build/release/paramguard [--mutations 12] [--seed 1]
        [--directions declarations,calls] [--packages OWNER/NAME@VERSION,...]

It checks out packages from the local Swift package copies (/opt/swift-packages, the copies SwiftPM
resolves from on this kind of machine) into a temporary git repository each, builds them once with
`swift build --build-tests`, and then, for each mutation, renames the external label of one parameter
of an `init` or `func` that the package calls with that label (the internal name is kept, so the body
still compiles), stages it, and compares:

- `paramguard check-diff --format json` on the staged change, and
- the compiler's errors from `swift build --build-tests`. SwiftPM stops at the first module that fails,
  so the errors are repaired where the compiler reports them (old label → new label on that line) and
  the build is repeated until it passes: the union is every call the compiler rejects, in every module.

Both sides are counted in call sites: an error or a finding belongs to the outermost call whose lines
hold it (a statement's errors cascade through the call around it), as `paramguard inspect` reads the
calls. Errors that are not at a call (the mutated declaration itself, a type whose synthesized
conformance fails, an implementation that no longer matches a protocol requirement) are listed apart.
A paramguard-only site inside `#if` is marked: a Linux build may never compile it. Prints precision and recall and every disagreement with its source line.

Call-site mutations: one labeled argument of a call, in the package's own sources or tests, whose
callee's name the package declares with that label, is changed the way a developer mistypes a label
(its last letter dropped, or `s` added to a short one), as an edit of that call alone. paramguard
checks the edited call against its callee's overloads (a call the change adds or edits); the
compiler's errors are the truth. Such a call is counted only when the compiler rejects it (a
mistyped label that another overload takes is no error) or paramguard reports it.
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile

PACKAGES = [
    ("apple/swift-argument-parser", "1.8.2"), ("apple/swift-log", "1.16.2"), ("JohnSundell/Ink", "0.6.0"),
    ("davecom/SwiftGraph", "4.0.0"), ("mxcl/Version", "2.2.1"), ("swiftcsv/SwiftCSV", "0.10.0"),
]
COPIES = "/opt/swift-packages"
SUFFIX = "Renamed"
ERROR = re.compile(r"^(/[^:]+\.swift):(\d+):(\d+): error: (.*)$")


def run(command, cwd=None, check=True):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stdout[-2000:]}{result.stderr[-2000:]}")
    return result


def git(repo, *arguments):
    return run(["git", "-c", "user.name=oracle", "-c", "user.email=oracle@example.invalid", *arguments], cwd=repo)


def checkout(work, package, version):
    repo = os.path.join(work, package.split("/")[1])
    os.makedirs(repo)
    archive = subprocess.run(["git", "-C", f"{COPIES}/{package}.git", "archive", version], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", repo], input=archive.stdout, check=True)
    git(repo, "init", "-q", "-b", "main")
    with open(os.path.join(repo, ".git", "info", "exclude"), "a") as exclude:
        exclude.write(".build/\nPackage.resolved\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", package)
    return repo


def build_errors(repo, target=None):
    command = ["swift", "build", "--build-tests"] if target is None else ["swift", "build", "--target", target]
    result = run(command, cwd=repo, check=False)
    errors = set()
    for line in (result.stdout + result.stderr).splitlines():
        match = ERROR.match(line.strip())
        if match:
            path = os.path.relpath(match.group(1), repo)
            errors.add((path, int(match.group(2)), int(match.group(3)), match.group(4)))
    return result.returncode, errors


def inspect(binary, repo, paths):
    out = run([binary, "inspect", *paths], cwd=repo).stdout
    summaries = {}
    for line in out.splitlines():
        entry = json.loads(line)
        summaries[entry["path"]] = entry["summary"]
    return summaries


def call_ranges(summaries):
    """Per file, the line range of every call: errors and findings are compared by call site."""
    return {path: [(call["location"]["line"], call["endLine"]) for call in summary["calls"]]
            for path, summary in summaries.items()}


def site(ranges, path, line):
    """The outermost call around a line (a statement's errors cascade through it), or the line itself."""
    around = [(start, end) for start, end in ranges.get(path, []) if start <= line <= end]
    if not around:
        return (path, line, line)
    start = min(start for start, _ in around)
    end = max(end for s, end in around if s == start)
    return (path, start, end)


def candidates(binary, repo):
    """Labeled parameters of written declarations under Sources/ that some call in the package passes,
    and the call ranges of every file."""
    paths = [p for p in run(["git", "ls-files", "-z", "*.swift"], cwd=repo).stdout.split("\0") if p]
    if len(paths) == 1:
        paths.append(paths[0])  # inspect prints JSON Lines only for several files
    summaries = inspect(binary, repo, paths)
    passed = set()
    for summary in summaries.values():
        for call in summary["calls"]:
            name = call["callee"].split(".")[-1]
            for label in call.get("argumentLabels") or []:
                if label:
                    passed.add((name, label))
    found = []
    for path, summary in sorted(summaries.items()):
        if not path.startswith("Sources/"):
            continue
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
        for callable_ in summary["callables"]:
            swift = callable_.get("swift") or {}
            if callable_["source"] != "declaration" or swift.get("isProtocolRequirement"):
                continue
            declaration = lines[callable_["location"]["line"] - 1]
            if "override" in declaration or "@objc" in declaration:
                continue
            parts = callable_["name"].split(".")
            names = {parts[-1]} if parts[-1] != "init" else {parts[-2], "init"} if len(parts) > 1 else set()
            for parameter in callable_["parameters"]:
                if parameter["kind"] != "keyword_only":
                    continue
                if any((name, parameter["name"]) in passed for name in names):
                    found.append((path, callable_["name"], parameter))
    return found, call_ranges(summaries)


def mutate(repo, path, parameter):
    """Renames the external label, keeping the internal name."""
    file = os.path.join(repo, path)
    lines = open(file, encoding="utf-8").read().split("\n")
    line = lines[parameter["location"]["line"] - 1].encode()
    column = parameter["location"]["column"] - 1
    label = parameter["name"].encode()
    if line[column:column + len(label)] != label:
        return None
    new = parameter["name"] + SUFFIX
    replacement = new.encode() if parameter.get("internalName") else f"{new} {parameter['name']}".encode()
    lines[parameter["location"]["line"] - 1] = (line[:column] + replacement + line[column + len(label):]).decode()
    with open(file, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return new


def call_candidates(binary, repo):
    """Labeled arguments of calls whose callee's name the package declares with that label: the
    calls a developer edits."""
    paths = [p for p in run(["git", "ls-files", "-z", "*.swift"], cwd=repo).stdout.split("\0") if p]
    if len(paths) == 1:
        paths.append(paths[0])
    summaries = inspect(binary, repo, paths)
    declared = set()
    for summary in summaries.values():
        for callable_ in summary["callables"]:
            parts = callable_["name"].split(".")
            names = {parts[-1]} if parts[-1] != "init" else ({parts[-2]} if len(parts) > 1 else set())
            for parameter in callable_["parameters"]:
                if parameter["kind"] == "keyword_only":
                    declared |= {(name, parameter["name"]) for name in names}
    found = []
    for path, summary in sorted(summaries.items()):
        if not (path.startswith("Sources/") or path.startswith("Tests/")):
            continue
        for call in summary["calls"]:
            if call.get("isReference") or call.get("wrappedType") is not None:
                continue
            name = call["callee"].split(".")[-1]
            for keyword in call["keywords"]:
                if (name, keyword["name"]) in declared and len(keyword["name"]) > 2:
                    found.append((path, call, keyword))
    return found


def mistype(repo, path, keyword):
    """Mistypes one label of a call where it is written: its last letter dropped, or `s` added to a
    short one. Returns the wrong label, or None when the text is not where the summary says."""
    file = os.path.join(repo, path)
    lines = open(file, encoding="utf-8").read().split("\n")
    line = lines[keyword["location"]["line"] - 1].encode()
    column = keyword["location"]["column"] - 1
    label = keyword["name"].encode()
    if line[column:column + len(label)] != label:
        return None
    wrong = keyword["name"][:-1] if len(keyword["name"]) > 4 else keyword["name"] + "s"
    lines[keyword["location"]["line"] - 1] = (line[:column] + wrong.encode() + line[column + len(label):]).decode()
    with open(file, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return wrong


def compiler_truth(repo, old, new, ranges):
    """Every error of the mutated package, repairing the calls the compiler reports (old label → new
    label over the call's lines) until the build passes."""
    seen = set()
    for _ in range(8):
        code, errors = build_errors(repo)
        fresh = errors - seen
        seen |= errors
        if code == 0 or not fresh:
            break
        repaired = False
        for path, line, _, _ in sorted(fresh):
            file = os.path.join(repo, path)
            lines = open(file, encoding="utf-8").read().split("\n")
            _, start, end = site(ranges, path, line)
            for number in range(start, end + 1):
                text = lines[number - 1]
                fixed = re.sub(rf"\b{re.escape(old)}:", f"{new}:", text)
                if fixed != text:
                    lines[number - 1] = fixed
                    repaired = True
            with open(file, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines))
        if not repaired:
            break
    if code != 0:
        # SwiftPM stops at the first module that fails: build every target on its own, so that a
        # module the failure kept from building still has its errors counted.
        for target in targets(repo):
            seen |= build_errors(repo, target)[1]
    return seen


def targets(repo):
    description = json.loads(run(["swift", "package", "describe", "--type", "json"], cwd=repo).stdout)
    return [target["name"] for target in description.get("targets", [])
            if target.get("type") in ("library", "executable", "test") and target.get("module_type") == "SwiftTarget"]


def passes_label(repo, site_key, label):
    """Whether the lines of a call site write `label:`: a stale call, not a follow-on error."""
    path, start, end = site_key
    try:
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
    except OSError:
        return False
    return any(re.search(rf"\b{re.escape(label)}\s*:", text) for text in lines[start - 1:end])


def in_conditional_block(repo, path, line):
    """Whether a line sits inside `#if ... #endif`: code a Linux build may never compile."""
    depth = 0
    try:
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
    except OSError:
        return False
    for text in lines[:line]:
        stripped = text.strip()
        if stripped.startswith("#if"):
            depth += 1
        elif stripped.startswith("#endif"):
            depth = max(0, depth - 1)
    return depth > 0


# Errors that a broken call causes elsewhere, not at a call: a type whose synthesized conformance
# fails, or an implementation that no longer matches a protocol's requirement.
NOT_A_CALL = ("does not conform to protocol", "required by protocol")


class Tally:
    """Call sites found by both sides, by one only, and the disagreements explained."""

    def __init__(self):
        self.both = self.only_paramguard = self.only_compiler = 0
        self.unbuilt_stale = self.follow_on = 0
        self.mutations = 0
        self.disagreements = []

    def compare(self, repo, package, name, label, compiler_sites, finding_sites):
        self.mutations += 1
        for key, message in sorted(finding_sites.items()):
            if key in compiler_sites:
                self.both += 1
            else:
                self.only_paramguard += 1
                where = ""
                if in_conditional_block(repo, key[0], key[1]) and passes_label(repo, key, label):
                    where = "inside #if, writes the old label"
                    self.unbuilt_stale += 1
                self.disagreements.append(("paramguard only", package, name, key[0], key[1], where, message))
        for key, message in sorted(compiler_sites.items()):
            if key not in finding_sites:
                self.only_compiler += 1
                where = ""
                if not passes_label(repo, key, label):
                    where = "follow-on: the statement does not write the old label"
                    self.follow_on += 1
                self.disagreements.append(("compiler only", package, name, key[0], key[1], where, message))

    def report(self, title):
        both, only_p, only_c = self.both, self.only_paramguard, self.only_compiler
        precision = both / (both + only_p) if both + only_p else 1.0
        recall = both / (both + only_c) if both + only_c else 1.0
        print(f"\n{title}: mutations {self.mutations}; broken calls found by both: {both}; paramguard only: {only_p}; "
              f"compiler only: {only_c}")
        print(f"  precision {precision:.1%}, recall {recall:.1%} (every disagreement counted against paramguard)")
        fair_precision = (both + self.unbuilt_stale) / (both + only_p) if both + only_p else 1.0
        fair_recall = both / (both + only_c - self.follow_on) if both + only_c - self.follow_on else 1.0
        print(f"  precision {fair_precision:.1%}, recall {fair_recall:.1%} (stale calls in unbuilt #if branches counted as "
              f"found, {self.unbuilt_stale}; follow-on errors in statements without the old label left out, {self.follow_on})")
        for item in self.disagreements:
            print("    " + " | ".join(str(part) for part in item))


def finding_sites_of(report, ranges):
    """Findings by call site; a stale conformance is reported at a declaration, not a call, and is
    compared with the compiler's conformance errors apart (left out here, as those are)."""
    sites = {}
    for finding in report["findings"]:
        if finding["kind"] == "stale-conformance":
            continue
        call_line = (finding.get("call") or finding)["line"]
        sites.setdefault(site(ranges, finding["path"], call_line), finding["message"])
    return sites


def mutate_declarations(binary, repo, package, count, seed, tally, declaration_errors):
    pool, ranges = candidates(binary, repo)
    random.Random(seed).shuffle(pool)
    done = 0
    for path, name, parameter in pool:
        if done == count:
            break
        new = mutate(repo, path, parameter)
        if new is None:
            continue
        git(repo, "add", "-A")
        report = json.loads(run([binary, "check-diff", "--format", "json"], cwd=repo, check=False).stdout)
        truth = compiler_truth(repo, parameter["name"], new, ranges)
        git(repo, "reset", "-q", "--hard")
        declaration_line = (path, parameter["location"]["line"])
        compiler_sites = {}
        for p_, l, _, m in sorted(truth):
            if (p_, l) == declaration_line or any(text in m for text in NOT_A_CALL):
                declaration_errors.append((package, name, p_, l, m))
                continue
            compiler_sites.setdefault(site(ranges, p_, l), m)
        finding_sites = finding_sites_of(report, ranges)
        if not compiler_sites and not finding_sites:
            continue  # a label only passed by calls of another overload: nothing to compare
        done += 1
        tally.compare(repo, package, name, parameter["name"], compiler_sites, finding_sites)
        print(f"{package} {name}({parameter['name']}:) → {new}: compiler {len(compiler_sites)} calls, "
              f"paramguard {len(finding_sites)} calls", flush=True)


def mutate_calls(binary, repo, package, count, seed, tally):
    pool = call_candidates(binary, repo)
    _, ranges = candidates(binary, repo)
    random.Random(seed).shuffle(pool)
    done = 0
    for path, call, keyword in pool:
        if done == count:
            break
        wrong = mistype(repo, path, keyword)
        if wrong is None:
            continue
        git(repo, "add", "-A")
        report = json.loads(run([binary, "check-diff", "--format", "json"], cwd=repo, check=False).stdout)
        _, errors = build_errors(repo)
        git(repo, "reset", "-q", "--hard")
        compiler_sites = {}
        for p_, l, _, m in sorted(errors):
            if not any(text in m for text in NOT_A_CALL):
                compiler_sites.setdefault(site(ranges, p_, l), m)
        finding_sites = finding_sites_of(report, ranges)
        if not compiler_sites and not finding_sites:
            continue  # another overload takes the mistyped label: no error to find
        done += 1
        # The file is restored by now: the site writes the label as it was, which tells a follow-on error.
        tally.compare(repo, package, call["callee"], keyword["name"], compiler_sites, finding_sites)
        print(f"{package} {path}:{keyword['location']['line']} {call['callee']}({keyword['name']}:) → {wrong}: "
              f"compiler {len(compiler_sites)} calls, paramguard {len(finding_sites)} calls", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--mutations", type=int, default=12, help="per package and direction")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--directions", default="declarations,calls")
    parser.add_argument("--packages", help="OWNER/NAME@VERSION,... (default: the six this script names)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    packages = PACKAGES if not arguments.packages else [tuple(item.split("@")) for item in arguments.packages.split(",")]
    directions = set(arguments.directions.split(","))
    work = tempfile.mkdtemp(prefix="paramguard-oracle-swift-")
    declarations, calls = Tally(), Tally()
    declaration_errors = []
    try:
        for package, version in packages:
            repo = checkout(work, package, version)
            code, errors = build_errors(repo)
            if code != 0:
                raise RuntimeError(f"{package} {version} does not build as checked out: {sorted(errors)[:3]}")
            if "declarations" in directions:
                mutate_declarations(binary, repo, package, arguments.mutations, arguments.seed, declarations, declaration_errors)
            if "calls" in directions:
                mutate_calls(binary, repo, package, arguments.mutations, arguments.seed, calls)
    finally:
        if not arguments.keep:
            shutil.rmtree(work, ignore_errors=True)
    total = Tally()
    for part in (declarations, calls):
        for field in ("both", "only_paramguard", "only_compiler", "unbuilt_stale", "follow_on", "mutations"):
            setattr(total, field, getattr(total, field) + getattr(part, field))
    if "declarations" in directions:
        declarations.report("declaration mutations")
    if "calls" in directions:
        calls.report("call-site mutations")
    total.report("both directions")
    if declaration_errors:
        print(f"errors that are not at a call (the declaration itself, conformances): {len(declaration_errors)}")
        for item in declaration_errors[:20]:
            print("  " + " | ".join(str(part) for part in item))


if __name__ == "__main__":
    main()
