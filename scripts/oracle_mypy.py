#!/usr/bin/env python3
"""paramguard's findings against mypy's, on real typed packages, in both directions: one parameter
renamed at a time, and one keyword of an existing call mistyped at a time.

    python3 scripts/oracle_mypy.py --binary .build/release/paramguard [--mutations 24] [--seed 1]
        [--directions declarations,calls] [PACKAGE==VERSION ...]

It downloads typed pure-Python packages from PyPI (wheels, no dependencies), commits their sources
into a temporary git repository, and installs mypy into a temporary virtual environment. Then:

- declarations: for each mutation it renames one keyword parameter of a callable that the packages
  call with that keyword, commits, and compares mypy's `Unexpected keyword argument "<old>"` errors
  over the packages with `paramguard check-diff HEAD~1..HEAD` findings for the old label;
- deletions (`--directions deletions`): for each mutation it deletes one module-level function or
  class that another module imports or reaches through its module, and that its own module does not
  mention elsewhere, commits, and compares mypy's `Module ... has no attribute "<name>"` errors (in
  other files) with paramguard's `deleted-callable` findings;
- calls: for each mutation it mistypes one keyword of one existing call whose callee's name the
  packages define with that parameter (the last letter dropped, or an `s` added to a short one), as
  an edit of that call alone, commits, and compares mypy's errors for the mistyped keyword with
  paramguard's findings for it (a call the change edits is checked against its callee's signature).
  A mistyped keyword that the callee takes anyway (`**kwargs`) is no error on either side.

A call counts as found by both when mypy's error line is the line where paramguard's call starts, or
the line of its keyword. The script prints precision and recall per direction and in all, and every
disagreement with its source line so that it can be classified. When PyPI cannot be reached it says
so and exits 0 without measuring anything (it prints SKIPPED).
"""
import argparse, ast, json, os, random, re, shutil, subprocess, sys, tempfile, zipfile

PACKAGES = [
    "click==8.1.7", "rich==13.9.4", "packaging==24.2", "attrs==24.2.0",
    "h11==0.14.0", "platformdirs==4.3.6", "more-itertools==10.5.0", "tomlkit==0.13.2",
]
MYPY = "mypy==1.13.0"
SUFFIX = "_renamed"


def run(command, cwd=None, check=True):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stdout}{result.stderr}")
    return result


def prepare(work, packages):
    """Virtual environment with mypy, and a git repository holding the packages' sources."""
    venv = os.path.join(work, "venv")
    run([sys.executable, "-m", "venv", venv])
    pip = os.path.join(venv, "bin", "pip")
    install = run([pip, "install", "-q", MYPY], check=False)
    if install.returncode != 0:
        return None, None, f"cannot install {MYPY} from PyPI: {install.stderr.strip()[-300:]}"
    downloads = os.path.join(work, "downloads")
    fetched = run([pip, "download", "-q", "--no-deps", "--only-binary=:all:", "-d", downloads] + packages, check=False)
    if fetched.returncode != 0:
        return None, None, f"cannot download {packages} from PyPI: {fetched.stderr.strip()[-300:]}"
    repo = os.path.join(work, "repo")
    os.makedirs(repo)
    roots = set()
    for wheel in sorted(os.listdir(downloads)):
        with zipfile.ZipFile(os.path.join(downloads, wheel)) as archive:
            for name in archive.namelist():
                top = name.split("/")[0]
                if top.endswith(".dist-info") or top.endswith(".data") or not (name.endswith(".py") or name.endswith("py.typed")):
                    continue
                archive.extract(name, repo)
                roots.add(top)
    run(["git", "init", "-q", "-b", "main"], cwd=repo)
    with open(os.path.join(repo, ".git", "info", "exclude"), "a") as exclude:
        exclude.write(".mypy_cache/\n")
    run(["git", "add", "-A"], cwd=repo)
    run(["git", "-c", "user.name=oracle", "-c", "user.email=oracle@example.invalid", "commit", "-q", "-m", "packages"], cwd=repo)
    return venv, repo, sorted(roots)


def parsed_sources(repo, roots):
    """(path relative to the repository, syntax tree) of every Python file of the packages, in a stable order."""
    for root in roots:
        for directory, folders, names in os.walk(os.path.join(repo, root)):
            folders.sort()
            for name in sorted(names):
                if not name.endswith(".py"):
                    continue
                path = os.path.join(directory, name)
                try:
                    yield os.path.relpath(path, repo), ast.parse(open(path, "rb").read())
                except SyntaxError:
                    continue


def candidates(repo, roots):
    """(path, function name, parameter node) for parameters that some call in the packages passes by keyword."""
    keyword_uses = {}
    definitions = []
    for path, tree in parsed_sources(repo, roots):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                callee = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None
                for keyword in node.keywords:
                    if callee and keyword.arg:
                        keyword_uses[(callee, keyword.arg)] = keyword_uses.get((callee, keyword.arg), 0) + 1
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.args.kwarg:
                definitions.append((path, node, tree))
    classes = {}
    for path, node, tree in definitions:
        for parent in ast.walk(tree):
            if isinstance(parent, ast.ClassDef) and node in parent.body:
                classes[id(node)] = parent.name
    found = []
    for path, node, _ in definitions:
        callee = classes.get(id(node)) if node.name == "__init__" else node.name
        if not callee or callee.startswith("_") and node.name != "__init__":
            continue
        for parameter in node.args.args + node.args.kwonlyargs:
            if parameter.arg in ("self", "cls") or parameter.arg.startswith("_"):
                continue
            if keyword_uses.get((callee, parameter.arg), 0) > 0:
                found.append((path, node.name, parameter))
    return found


def call_candidates(repo, roots):
    """(path, keyword node) for keywords of calls whose callee's name the packages define with a
    parameter of that name: calls that may resolve inside the packages."""
    parameters = {}
    trees = list(parsed_sources(repo, roots))
    for _, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == "__init__":
                        parameters.setdefault(node.name, set()).update(a.arg for a in item.args.args + item.args.kwonlyargs)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                parameters.setdefault(node.name, set()).update(a.arg for a in node.args.args + node.args.kwonlyargs)
    found = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else None
            if callee is None or node.lineno != getattr(node, "end_lineno", node.lineno):
                continue  # one-line calls only: the edit and both verdicts stay on one line
            for keyword in node.keywords:
                if keyword.arg and keyword.arg in parameters.get(callee, ()):
                    found.append((path, keyword))
    return found


def mistyped(label):
    """The way a developer mistypes a keyword: its last letter dropped, or an `s` added to a short one."""
    return label + "s" if len(label) <= 3 else label[:-1]


BASELINE = set()


def mypy_output(venv, repo, root):
    """mypy's lines of output for one package, every function body checked (--check-untyped-defs)."""
    result = run([os.path.join(venv, "bin", "mypy"), "--ignore-missing-imports", "--follow-imports=silent",
                  "--check-untyped-defs", "--no-error-summary", "--show-error-codes", "--no-pretty",
                  "--cache-dir", os.path.join(".mypy_cache", root), root], cwd=repo, check=False)
    return result.stdout.splitlines()


def mypy_errors(venv, repo, roots, label):
    """mypy's unexpected-keyword errors for `label` that the unchanged packages do not have (all of
    them, with their labels, for `label` None), with every function body checked
    (--check-untyped-defs). Each package is checked on its own, with a cache of its own: given several
    roots at once, mypy 1.13 was seen to drop errors that it reports when run on one package alone."""
    errors = set()
    pattern = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+): error: Unexpected keyword argument "(?P<label>[^"]+)"')
    # A call of an overloaded function gets "No overload variant ... matches" instead, without the
    # label: it counts when its line passes the label.
    overload = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+): error: No overload variant of ')
    for root in roots:
        for line in mypy_output(venv, repo, root):
            match = pattern.match(line)
            if match and (label is None or match.group("label") == label):
                errors.add((match.group("path"), int(match.group("line")), match.group("label")))
            match = overload.match(line)
            if match and label and re.search(r"\b" + re.escape(label) + r"\s*=", source_line(repo, match.group("path"), int(match.group("line")))):
                errors.add((match.group("path"), int(match.group("line")), label))
    if label is None:
        return errors
    return {(path, line) for path, line, _ in errors - BASELINE}


BLIND = {}


def mypy_blind_lines(venv, repo, roots):
    """{(path, line): why} for the lines of the unchanged packages that mypy does not check here, so
    that it can report nothing there whatever the mutation: statements it finds unreachable
    (--warn-unreachable; the rest of their block too: code after `while True:` inside
    `pytest.raises(...)`), and modules or branches that a `sys.platform` test leaves out on this
    platform (mypy skips them without a warning). A paramguard finding on such a line is no
    disagreement mypy can settle: it is counted apart, as the Swift oracle counts `#if` branches."""
    blind = {}
    unreachable = set()
    pattern = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+): error: Statement is unreachable')
    for root in roots:
        result = run([os.path.join(venv, "bin", "mypy"), "--ignore-missing-imports", "--follow-imports=silent",
                      "--check-untyped-defs", "--warn-unreachable", "--no-error-summary", "--no-pretty",
                      "--cache-dir", os.path.join(".mypy_cache", root + "-unreachable"), root], cwd=repo, check=False)
        for line in result.stdout.splitlines():
            match = pattern.match(line)
            if match:
                unreachable.add((match.group("path"), int(match.group("line"))))

    def mark(path, statements, why):
        for statement in statements:
            for line in range(statement.lineno, (statement.end_lineno or statement.lineno) + 1):
                blind.setdefault((path, line), why)

    for path, tree in parsed_sources(repo, roots):
        for node in ast.walk(tree):
            for field in ("body", "orelse", "finalbody"):
                statements = getattr(node, field, None)
                if not isinstance(statements, list):
                    continue
                for index, statement in enumerate(statements):
                    if isinstance(statement, ast.stmt) and (path, statement.lineno) in unreachable:
                        mark(path, statements[index:], "unreachable for mypy")
                        break
            if isinstance(node, ast.If) and (taken := platform_test(node.test)) is not None:
                mark(path, node.orelse if taken else node.body, f"left out on {sys.platform} by a sys.platform test")
        for index, statement in enumerate(tree.body):
            if isinstance(statement, ast.If) and (taken := platform_test(statement.test)) is not None:
                branch = statement.body if taken else statement.orelse
                if branch and isinstance(branch[-1], ast.Raise):
                    mark(path, tree.body[index + 1:], f"module left out on {sys.platform} by a sys.platform test")
    return blind


def platform_test(test):
    """The value of `sys.platform == "x"`, `!=`, or `sys.platform.startswith("x")` here; None for any
    other test."""
    def is_platform(node):
        return isinstance(node, ast.Attribute) and node.attr == "platform" and isinstance(node.value, ast.Name) and node.value.id == "sys"
    if isinstance(test, ast.Compare) and is_platform(test.left) and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant):
        if isinstance(test.ops[0], ast.Eq):
            return sys.platform == test.comparators[0].value
        if isinstance(test.ops[0], ast.NotEq):
            return sys.platform != test.comparators[0].value
    if (isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr == "startswith"
            and is_platform(test.func.value) and len(test.args) == 1 and isinstance(test.args[0], ast.Constant)):
        return sys.platform.startswith(test.args[0].value)
    return None


def why_mypy_cannot_tell(repo, finding):
    """Why mypy reports nothing at a paramguard finding whatever the code says, or None: the line is
    one mypy does not check (BLIND), carries `# type: ignore`, or the callee is an overloaded
    function whose `@overload` stubs (all mypy reads) still take the keyword its implementation lost."""
    path, line = finding["path"], finding["line"]
    call_line = finding.get("call", {}).get("line", line)
    for key in ((path, line), (path, call_line)):
        if key in BLIND:
            return BLIND[key]
    if any("type: ignore" in source_line(repo, path, number) for number in range(min(line, call_line), max(line, call_line) + 1)):
        return "the line says # type: ignore"
    definition = finding.get("definition") or {}
    if definition.get("path") and definition.get("line"):
        try:
            tree = ast.parse(open(os.path.join(repo, definition["path"]), "rb").read())
        except (OSError, SyntaxError):
            return None
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if not isinstance(body, list):
                continue
            functions = [item for item in body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))]
            target = [item for item in functions if item.lineno <= definition["line"] <= (item.end_lineno or item.lineno)]
            if target and any(item.name == target[0].name and item is not target[0]
                              and any((d.id if isinstance(d, ast.Name) else getattr(d, "attr", "")) == "overload" for d in item.decorator_list)
                              for item in functions):
                return "mypy checks the @overload stubs, which still take the keyword"
    return None


def paramguard_findings(binary, repo, label):
    result = run([binary, "check-diff", "HEAD~1..HEAD", "--format", "json"], cwd=repo, check=False)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"paramguard failed: {result.stderr}")
    document = json.loads(result.stdout)
    return [f for f in document["findings"] if f["old_label"] == label], document["stats"]


def source_line(repo, path, line):
    try:
        return open(os.path.join(repo, path), encoding="utf-8", errors="replace").read().splitlines()[line - 1].strip()
    except (OSError, IndexError):
        return "?"


def compare(expected, findings, label, function, tally, disagreements, repo):
    """Adds one mutation's verdicts to `tally` (both, paramguard only, mypy only, paramguard only
    where mypy cannot tell)."""
    matched = set()
    for finding in findings:
        keys = {(finding["path"], finding["line"]), (finding["path"], finding.get("call", {}).get("line", finding["line"]))}
        hit = keys & expected
        if hit:
            tally[0] += 1
            matched |= hit
        elif (why := why_mypy_cannot_tell(repo, finding)) is not None:
            tally[3] += 1
            disagreements.append((f"paramguard only, {why}", finding["path"], finding["line"], label, function))
        else:
            tally[1] += 1
            disagreements.append(("paramguard only", finding["path"], finding["line"], label, function))
    for path_line in sorted(expected - matched):
        tally[2] += 1
        disagreements.append(("mypy only", path_line[0], path_line[1], label, function))


def commit(repo, message):
    run(["git", "-c", "user.name=oracle", "-c", "user.email=oracle@example.invalid", "commit", "-q", "-am", message], cwd=repo)


def declaration_mutations(args, binary, venv, repo, roots, tally, disagreements):
    pool = candidates(repo, roots)
    random.Random(args.seed).shuffle(pool)
    chosen, seen = [], set()
    for path, function, parameter in pool:
        if (path, function) in seen:
            continue
        seen.add((path, function))
        chosen.append((path, function, parameter))
        if len(chosen) == args.mutations:
            break
    for number, (path, function, parameter) in enumerate(chosen, 1):
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
        row = lines[parameter.lineno - 1]
        start = len(row.encode()[:parameter.col_offset].decode())
        assert row[start:start + len(parameter.arg)] == parameter.arg, (path, parameter.lineno)
        lines[parameter.lineno - 1] = row[:start] + parameter.arg + SUFFIX + row[start + len(parameter.arg):]
        open(os.path.join(repo, path), "w", encoding="utf-8").write("\n".join(lines))
        commit(repo, "rename")
        expected = mypy_errors(venv, repo, roots, parameter.arg)
        findings, _ = paramguard_findings(binary, repo, parameter.arg)
        compare(expected, findings, parameter.arg, function, tally, disagreements, repo)
        print(f"{number:2}. {path}: {function}({parameter.arg}) -> {len(expected)} mypy, {len(findings)} paramguard", flush=True)
        run(["git", "reset", "-q", "--hard", "HEAD~1"], cwd=repo)
    return len(chosen)


def call_mutations(args, binary, venv, repo, roots, tally, disagreements):
    pool = call_candidates(repo, roots)
    random.Random(args.seed).shuffle(pool)
    chosen, seen = [], set()
    for path, keyword in pool:
        if (path, keyword.lineno) in seen:
            continue
        seen.add((path, keyword.lineno))
        chosen.append((path, keyword))
        if len(chosen) == args.mutations:
            break
    for number, (path, keyword) in enumerate(chosen, 1):
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
        row = lines[keyword.lineno - 1]
        start = len(row.encode()[:keyword.col_offset].decode())
        assert row[start:start + len(keyword.arg)] == keyword.arg, (path, keyword.lineno)
        label = mistyped(keyword.arg)
        lines[keyword.lineno - 1] = row[:start] + label + row[start + len(keyword.arg):]
        open(os.path.join(repo, path), "w", encoding="utf-8").write("\n".join(lines))
        commit(repo, "mistype")
        # A call's edit can only break that call: mypy checks the package it is in.
        root = path.split("/")[0]
        expected = {error for error in mypy_errors(venv, repo, [r for r in roots if r == root], label) if error[0] == path}
        findings, _ = paramguard_findings(binary, repo, label)
        compare(expected, findings, label, f"call at line {keyword.lineno}", tally, disagreements, repo)
        print(f"{number:2}. {path}:{keyword.lineno}: {keyword.arg}= -> {label}= : {len(expected)} mypy, {len(findings)} paramguard", flush=True)
        run(["git", "reset", "-q", "--hard", "HEAD~1"], cwd=repo)
    return len(chosen)


def deletion_candidates(repo, roots):
    """(path, definition node) for module-level functions and classes that another module of the
    packages imports by name (`from m import name`), and that
    their own module does not mention anywhere else (a module still using the name would be broken in
    itself, and paramguard reads any mention as the name being kept)."""
    trees = dict(parsed_sources(repo, roots))
    module_of = {}
    for path in trees:
        parts = path[:-3].split("/")
        if parts[-1] == "__init__":
            parts = parts[:-1]
        module_of[".".join(parts)] = path
    used = set()
    for path, tree in trees.items():
        package = path[:-3].split("/")[:-1] if not path.endswith("__init__.py") else path.split("/")[:-1]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                module = ".".join(base + (node.module.split(".") if node.module else []))
                for alias in node.names:
                    if module in module_of and module_of[module] != path:
                        used.add((module_of[module], alias.name))
    found = []
    for path, tree in trees.items():
        text = open(os.path.join(repo, path), encoding="utf-8").read()
        for node in tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            if (path, node.name) not in used:
                continue
            first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
            lines = text.split("\n")
            rest = "\n".join(lines[:first - 1] + lines[node.end_lineno:])
            if re.search(r"\b" + re.escape(node.name) + r"\b", rest):
                continue
            found.append((path, node))
    return found


def mypy_attribute_errors(venv, repo, roots, name):
    """mypy's errors for a module attribute `name` that does not exist (an import of it, or a use of
    it through its module), that the unchanged packages do not have."""
    errors = set()
    pattern = re.compile(r'^(?P<path>[^:]+):(?P<line>\d+): error: Module (?:"[^"]+" )?has no attribute "(?P<name>[^"]+)"')
    for root in roots:
        for line in mypy_output(venv, repo, root):
            match = pattern.match(line)
            if match and match.group("name") == name:
                errors.add((match.group("path"), int(match.group("line"))))
    return errors


def deletion_mutations(args, binary, venv, repo, roots, tally, disagreements):
    pool = deletion_candidates(repo, roots)
    random.Random(args.seed).shuffle(pool)
    chosen = pool[:args.mutations]
    for number, (path, node) in enumerate(chosen, 1):
        before = mypy_attribute_errors(venv, repo, roots, node.name)
        lines = open(os.path.join(repo, path), encoding="utf-8").read().split("\n")
        first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        lines = lines[:first - 1] + lines[node.end_lineno:]
        open(os.path.join(repo, path), "w", encoding="utf-8").write("\n".join(lines))
        commit(repo, "delete")
        expected = {error for error in mypy_attribute_errors(venv, repo, roots, node.name) - before if error[0] != path}
        findings, _ = paramguard_findings(binary, repo, node.name)
        findings = [f for f in findings if f["kind"] == "deleted-callable"]
        compare(expected, findings, node.name, f"deleted from {path}", tally, disagreements, repo)
        print(f"{number:2}. {path}: {node.name} deleted -> {len(expected)} mypy, {len(findings)} paramguard", flush=True)
        run(["git", "reset", "-q", "--hard", "HEAD~1"], cwd=repo)
    return len(chosen)


def report(name, mutations, tally):
    """Raw precision counts every paramguard-only finding against paramguard; the second figure leaves
    out those on lines mypy cannot tell about (listed above with the reason)."""
    both, only_paramguard, only_mypy, blind = tally
    raw = both / (both + only_paramguard + blind) if both + only_paramguard + blind else 1.0
    precision = both / (both + only_paramguard) if both + only_paramguard else 1.0
    recall = both / (both + only_mypy) if both + only_mypy else 1.0
    print(f"{name}: mutations {mutations}; calls found by both: {both}, paramguard only: {only_paramguard} "
          f"(and {blind} where mypy cannot tell), mypy only: {only_mypy}")
    print(f"  precision {raw:.1%} raw, {precision:.1%} leaving out what mypy cannot tell; recall {recall:.1%}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/paramguard")
    parser.add_argument("--mutations", type=int, default=24, help="per direction")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--directions", default="declarations,calls")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("packages", nargs="*", default=PACKAGES)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    directions = args.directions.split(",")
    work = tempfile.mkdtemp(prefix="paramguard-oracle-")
    try:
        venv, repo, roots = prepare(work, args.packages)
        if venv is None:
            print(f"SKIPPED: {roots}")
            return 0
        # Errors the unchanged packages already have (mypy's view of typeshed is not always the run
        # time's: `dict.setdefault` takes no keywords there) are not the mutation's doing.
        global BASELINE, BLIND
        BASELINE = mypy_errors(venv, repo, roots, None)
        BLIND = mypy_blind_lines(venv, repo, roots)
        results, disagreements = [], []
        if "declarations" in directions:
            tally = [0, 0, 0, 0]
            results.append(("declaration mutations", declaration_mutations(args, binary, venv, repo, roots, tally, disagreements), tally))
        if "calls" in directions:
            tally = [0, 0, 0, 0]
            results.append(("call-site mutations", call_mutations(args, binary, venv, repo, roots, tally, disagreements), tally))
        if "deletions" in directions:
            tally = [0, 0, 0, 0]
            results.append(("deletion mutations", deletion_mutations(args, binary, venv, repo, roots, tally, disagreements), tally))
        for kind, path, line, label, function in disagreements:
            print(f"  {kind}: {path}:{line} ({function}, keyword {label}): {source_line(repo, path, line)}")
        for name, mutations, tally in results:
            report(name, mutations, tally)
        if len(results) > 1:
            report("both directions", sum(r[1] for r in results), [sum(r[2][i] for r in results) for i in range(4)])
        return 0
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
