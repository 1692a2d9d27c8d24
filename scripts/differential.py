#!/usr/bin/env python3
"""Differential check of paramguard's Python skimmer against CPython's ast.

For each .py file, extracts with `ast` the facts the skimmer reports -- functions and methods with
their parameters (name, kind, default), calls with their keyword labels, and imports -- and compares
them with `paramguard inspect`. Prints the agreement figure and the first divergences.

    python3 scripts/differential.py --binary .build/release/paramguard [--sample N] [PATH ...]

Without PATH it reads the standard library and site-packages of this Python. Exits 1 when the
agreement is below --bar (a fraction, default 0.999).
"""
import argparse, ast, json, os, random, subprocess, sys, sysconfig

ACCESSORS = {"property", "cached_property", "setter", "getter", "deleter"}


def last_name(node):
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def mangled(name, klass):
    """Python's private name mangling, which paramguard applies too: `__x` inside class `C` (at any
    depth of functions in it) is `_C__x`."""
    if klass is None or not name.startswith("__") or name.endswith("__"):
        return name
    stripped = klass.lstrip("_")
    return "_" + stripped + name if stripped else name


def params(args, drop_first, klass=None):
    out = []
    positional = [(a, "positional_only") for a in args.posonlyargs] + [(a, "positional_or_keyword") for a in args.args]
    defaults = [False] * (len(positional) - len(args.defaults)) + [True] * len(args.defaults)
    for (a, kind), has_default in zip(positional, defaults):
        out.append((a.arg, kind, has_default))
    if args.vararg:
        out.append((args.vararg.arg, "var_positional", False))
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        out.append((a.arg, "keyword_only", d is not None))
    if args.kwarg:
        out.append((args.kwarg.arg, "var_keyword", False))
    out = [(mangled(name, klass), kind, default) for name, kind, default in out]
    if drop_first and out and out[0][1] in ("positional_only", "positional_or_keyword"):
        out = out[1:]
    return out


def facts_from_ast(tree):
    functions, calls, imports = set(), set(), set()

    latest_import = {}

    def globals_bindings(statement, scope):
        """`globals()["K"] = V` and `globals().update({"K": V})` / `.update(K=V)` inside a def or class:
        paramguard reads them as binding, at module level, what a local import bound V to."""
        def is_globals_call(node):
            return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "globals" and not node.args and not node.keywords
        pairs = []
        if (isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Subscript)
                and is_globals_call(statement.targets[0].value) and isinstance(statement.targets[0].slice, ast.Constant)
                and isinstance(statement.targets[0].slice.value, str) and isinstance(statement.value, ast.Name)):
            pairs.append((statement.targets[0].slice.value, statement.value.id))
        elif (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call) and isinstance(statement.value.func, ast.Attribute)
              and statement.value.func.attr == "update" and is_globals_call(statement.value.func.value)):
            call = statement.value
            if len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Dict):
                for key, value in zip(call.args[0].keys, call.args[0].values):
                    if isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(value, ast.Name):
                        pairs.append((key.value, value.id))
            else:
                pairs += [(k.arg, k.value.id) for k in call.keywords if k.arg and isinstance(k.value, ast.Name)]
        for key, value in pairs:
            found = latest_import.get((".".join(scope), value))
            if found:
                imports.add((found[0], key) + found[2:5] + ("",))

    def add_import(fact):
        imports.add(fact)
        latest_import[(fact[5], fact[1])] = fact

    def visit(node, qual, in_class, scope, klass=None):
        for child in ast.iter_child_nodes(node):
            if scope and isinstance(child, (ast.Assign, ast.Expr)):
                globals_bindings(child, scope)
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                decorators = [last_name(d) for d in child.decorator_list]
                name = (qual + "." if in_class else qual + ".<locals>." if qual else "") + child.name
                if not any(d in ACCESSORS for d in decorators) and "overload" not in decorators:
                    drop = in_class and "staticmethod" not in decorators
                    functions.add((name, tuple(params(child.args, drop, klass))))
                for d in child.decorator_list + child.args.defaults + [d for d in child.args.kw_defaults if d]:
                    visit_expr(d, scope, klass)
                visit(child, name, False, scope + [child.name], klass)
            elif isinstance(child, ast.ClassDef):
                name = (qual + ("." if in_class else ".<locals>.") if qual else "") + child.name
                for d in child.decorator_list + child.bases + [k.value for k in child.keywords]:
                    visit_expr(d, scope, klass)
                visit(child, name, True, scope + [child.name], child.name)
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    add_import(("module", alias.asname or alias.name.split(".")[0], alias.name, 0, None, ".".join(scope)))
            elif isinstance(child, ast.ImportFrom):
                for alias in child.names:
                    if alias.name == "*":
                        imports.add(("star", "", child.module or "", child.level, None, ".".join(scope)))
                    else:
                        add_import(("symbol", alias.asname or alias.name, child.module or "", child.level, alias.name, ".".join(scope)))
            elif isinstance(child, ast.expr):
                visit_expr(child, scope, klass)
            elif isinstance(child, ast.match_case):
                visit_pattern_free(child, qual, in_class, scope, klass)
            else:
                visit(child, qual, in_class, scope, klass)

    def visit_pattern_free(case, qual, in_class, scope, klass):
        if case.guard is not None:
            visit_expr(case.guard, scope, klass)
        for stmt in case.body:
            visit(ast.Module(body=[stmt], type_ignores=[]), qual, in_class, scope, klass)

    def keyword_names(call, klass):
        """The keywords a call passes by name (mangled inside a class, as Python compiles them), and
        those of a `**{"k": v}` whose keys are all string literals (paramguard reads those as
        keywords too; strings are not mangled)."""
        names = []
        for keyword in call.keywords:
            if keyword.arg:
                names.append(mangled(keyword.arg, klass))
            elif isinstance(keyword.value, ast.Dict) and keyword.value.keys and all(
                    isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier()
                    for key in keyword.value.keys):
                names.extend(key.value for key in keyword.value.keys)
        return tuple(names)

    def visit_expr(expr, scope, klass=None):
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                calls.add((node.lineno, node.col_offset + 1, keyword_names(node, klass)))

    visit(tree, "", False, [])
    return functions, calls, imports


def facts_from_inspect(summary):
    functions = set()
    for c in summary["callables"]:
        if c["kind"] == "initializer":
            continue
        functions.add((c["name"], tuple((p["name"], p["kind"], p["hasDefault"]) for p in c["parameters"])))
    calls = {(c["location"]["line"], c["location"]["column"], tuple(k["name"] for k in c["keywords"])) for c in summary["calls"]}
    imports = {(i["kind"], i["boundName"], i["module"], i["level"], i.get("symbol"), i["scope"]) for i in summary["imports"]}
    return functions, calls, imports


def python_files(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for directory, _, names in os.walk(root):
            for name in names:
                if name.endswith(".py"):
                    yield os.path.join(directory, name)


def inspected(files, binary, batch=200):
    """Yields (path, ast tree, paramguard summary) for each file CPython can parse."""
    for start in range(0, len(files), batch):
        trees = {}
        for path in files[start:start + batch]:
            try:
                trees[path] = ast.parse(open(path, "rb").read())
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue  # CPython itself does not read it: nothing to compare
        if not trees:
            continue
        paths = list(trees)
        result = subprocess.run([binary, "inspect"] + paths + ([paths[0]] if len(paths) == 1 else []), capture_output=True)
        summaries = {}
        if result.returncode == 0:
            for line in result.stdout.splitlines():
                record = json.loads(line)
                summaries[record["path"]] = record["summary"]
        for path in paths:
            yield path, trees[path], summaries.get(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/paramguard")
    parser.add_argument("--sample", type=int, default=0, help="check a random sample of N files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--bar", type=float, default=0.999)
    parser.add_argument("--show", type=int, default=10, help="divergences to print")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or sorted({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]})
    files = sorted(set(python_files(paths)))
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
    agree = compared = 0
    shown = 0
    for path, tree, summary in inspected(files, args.binary):
        compared += 1
        if summary is None:
            if shown < args.show:
                print(f"DIFF {path}: inspect gave no summary")
                shown += 1
            continue
        expected = facts_from_ast(tree)
        actual = facts_from_inspect(summary)
        if expected == actual and summary.get("syntaxProblem") is None:
            agree += 1
            continue
        if shown < args.show:
            shown += 1
            print(f"DIFF {path}")
            for label, e, a in zip(("functions", "calls", "imports"), expected, actual):
                missing, extra = sorted(e - a, key=str)[:3], sorted(a - e, key=str)[:3]
                if missing or extra:
                    print(f"  {label}: missing {missing}\n  {label}: extra   {extra}")
            if summary.get("syntaxProblem"):
                print(f"  syntax problem reported: {summary['syntaxProblem']}")
    rate = agree / compared if compared else 0
    print(f"{agree} of {compared} files agree exactly ({rate:.4%})")
    return 0 if rate >= args.bar else 1


if __name__ == "__main__":
    sys.exit(main())
