import ParamGuardModel

/// Scope questions about one file, answered from its summary: which scopes are class bodies,
/// which function a scope is, and which parameters it has. Built once per file and check (see
/// `Resolver.scopes(of:)`), as two tables: asking each question of every class and function of the
/// file, with their `<locals>` names rewritten each time, was most of checking the callers of a newly
/// required parameter.
final class FileScopes {
    /// Scope → the first class with that scope (by its qualified name).
    private let classes: [String: String]
    /// Scope → the first function or method with that scope (initializers aside).
    private let functions: [String: Callable]

    init(file: FileSummary) {
        var classes: [String: String] = [:]
        for definition in file.classes where classes[FileScopes.scopeName(definition.name)] == nil {
            classes[FileScopes.scopeName(definition.name)] = definition.name
        }
        var functions: [String: Callable] = [:]
        for callable in file.callables where callable.kind != .initializer && functions[FileScopes.scopeName(callable.name)] == nil {
            functions[FileScopes.scopeName(callable.name)] = callable
        }
        self.classes = classes
        self.functions = functions
        localDefinitions = Set((file.classes.map(\.name) + file.callables.map(\.name)).filter { $0.contains(".<locals>.") })
    }

    /// Classes and functions defined inside a function, by qualified name (`f.<locals>.C`).
    private let localDefinitions: Set<String>

    /// The innermost function around `scope` (itself included) that defines a class or function
    /// `name` in its body, and that definition's qualified name.
    func localDefinition(named name: String, enclosing scope: String) -> (scope: String, qualifiedName: String)? {
        guard !localDefinitions.isEmpty else { return nil }
        var current = scope
        while !current.isEmpty {
            if !isClassScope(current), let function = functions[current], localDefinitions.contains(function.name + ".<locals>." + name) {
                return (current, function.name + ".<locals>." + name)
            }
            current = parent(of: current)
        }
        return nil
    }

    /// A class's qualified name as a scope string (`f.<locals>.C` is scope `f.C`).
    private static func scopeName(_ qualifiedName: String) -> String {
        // Most names hold no `<locals>`: answer those without Foundation's (slow) string replacement.
        guard qualifiedName.utf8.contains(UInt8(ascii: "<")) else { return qualifiedName }
        return qualifiedName.replacingOccurrences(of: ".<locals>", with: "")
    }

    func isClassScope(_ scope: String) -> Bool {
        classes[scope] != nil
    }

    /// Whether a binding made at `binding` is seen from `scope`: its own scope and the functions nested
    /// in it, but not from methods when it was made in a class body.
    func isVisible(_ binding: String, from scope: String) -> Bool {
        binding.isEmpty || scope == binding || (scope.hasPrefix(binding + ".") && !isClassScope(binding))
    }

    func parent(of scope: String) -> String {
        guard let dot = scope.lastIndex(of: ".") else { return "" }
        return String(scope[..<dot])
    }

    /// The class whose method `scope` is, if it is one.
    func classOwning(method scope: String) -> String? {
        let owner = parent(of: scope)
        return owner.isEmpty ? nil : classes[owner]
    }

    /// The innermost function around `scope` (itself included) with a parameter called `name`.
    func parameter(named name: String, enclosing scope: String) -> (scope: String, parameter: Parameter)? {
        var current = scope
        while !current.isEmpty {
            if !isClassScope(current), let function = functions[current],
               let parameter = function.parameters.first(where: { $0.name == name }) {
                return (current, parameter)
            }
            current = parent(of: current)
        }
        return nil
    }
}
