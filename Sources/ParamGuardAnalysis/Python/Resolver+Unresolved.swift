import ParamGuardModel

extension Resolver {
    /// Why a call was not traced to a definition in the repository, as the statistics count it, read
    /// from what its callee's first name is bound to in the calling file.
    func unresolvedReason(_ call: CallSite, inFile path: String) -> String {
        guard let parts = call.calleePath, let head = parts.first else { return "callee-is-an-expression" }
        guard let file = summary(path) else { return "callee-not-traced-to-repository" }
        if head == "self" || head == "cls" { return parts.count > 2 ? "unknown-receiver" : "method-not-found" }
        if head == "super" { return "method-not-found" }
        let scopes = scopes(of: path, file: file)
        if scopes.parameter(named: head, enclosing: call.scope) != nil { return "unknown-receiver" }
        let imports = file.imports.filter { $0.boundName == head && scopes.isVisible($0.scope, from: call.scope) }
        if !imports.isEmpty {
            let outside = imports.allSatisfy { $0.level == 0 && index.modules(named: $0.module).isEmpty }
            return outside ? "imported-from-outside-the-tree" : "callee-not-traced-to-repository"
        }
        if file.assignments.contains(where: { $0.name == head && scopes.isVisible($0.scope, from: call.scope) }) {
            return "unknown-receiver"
        }
        if file.callables.contains(where: { $0.name == head }) || file.classes.contains(where: { $0.name == head }) {
            return parts.count > 1 ? "method-not-found" : "callee-not-traced-to-repository"
        }
        return Resolver.builtins.contains(head) ? "builtin" : "name-not-bound-in-file"
    }

    /// Names Python's `builtins` module binds that calls use often.
    static let builtins: Set<String> = [
        "abs", "all", "any", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "delattr", "dict", "dir",
        "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr",
        "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max",
        "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round",
        "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip",
        "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "AttributeError", "NotImplementedError",
        "Exception", "OSError", "AssertionError", "StopIteration", "ImportError", "FileNotFoundError", "DeprecationWarning",
        "UserWarning", "PermissionError", "LookupError", "ArithmeticError", "BaseException", "SystemExit", "UnicodeDecodeError",
        "UnicodeEncodeError", "ZeroDivisionError", "TimeoutError", "ConnectionError", "NameError", "RecursionError",
    ]
}
