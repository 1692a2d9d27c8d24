import ParamGuardModel

/// Scope questions about one file, answered from its summary: which scopes are class bodies,
/// which function a scope is, and which parameters it has.
struct FileScopes {
    let file: FileSummary

    /// A class's qualified name as a scope string (`f.<locals>.C` is scope `f.C`).
    private static func scopeName(_ qualifiedName: String) -> String {
        // Most names hold no `<locals>`: answer those without Foundation's (slow) string replacement.
        guard qualifiedName.utf8.contains(UInt8(ascii: "<")) else { return qualifiedName }
        return qualifiedName.replacingOccurrences(of: ".<locals>", with: "")
    }

    func isClassScope(_ scope: String) -> Bool {
        file.classes.contains { FileScopes.scopeName($0.name) == scope }
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
        return file.classes.first { FileScopes.scopeName($0.name) == owner && !owner.isEmpty }?.name
    }

    /// The innermost function around `scope` (itself included) with a parameter called `name`.
    func parameter(named name: String, enclosing scope: String) -> (scope: String, parameter: Parameter)? {
        var current = scope
        while !current.isEmpty {
            if !isClassScope(current),
               let function = file.callables.first(where: { $0.kind != .initializer && FileScopes.scopeName($0.name) == current }),
               let parameter = function.parameters.first(where: { $0.name == name }) {
                return (current, parameter)
            }
            current = parent(of: current)
        }
        return nil
    }
}
