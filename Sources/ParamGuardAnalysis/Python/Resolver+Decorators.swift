import ParamGuardModel

extension Resolver {
    /// The callable with its decorators seen through when every one that made it opaque is a plain
    /// name for a function of the tree that keeps the signature (`preservesSignature`: it returns a
    /// `functools.wraps` wrapper taking `*args, **kwargs`), or for an instance of a class of the tree
    /// whose `__call__` returns what it is given (`def __call__(self, fn: F) -> F`, a registry).
    /// Decorators are looked up at module level of the file that defines the callable.
    func seeingThroughDecorators(_ resolved: ResolvedCallable) -> ResolvedCallable {
        guard resolved.callable.hasOpaqueDecorators, let paths = resolved.callable.opaqueDecorators, !paths.isEmpty else { return resolved }
        for path in paths {
            guard let head = path.first, let bound = bindings(of: head, inFile: resolved.path, scope: "", depth: 1),
                  let targets = try? follow(Array(path.dropFirst()), from: bound, depth: 1), !targets.isEmpty else { return resolved }
            for target in targets {
                if case let .instance(module, names) = target {
                    guard returnsWhatItIsGiven(instanceOf: names, inModule: module) else { return resolved }
                    continue
                }
                guard case let .member(module, names) = target, let file = summary(module) else { return resolved }
                let functions = file.callables.filter { $0.name == names.joined(separator: ".") && $0.kind == .function }
                guard functions.count == 1, functions[0].preservesSignature, !functions[0].hasOpaqueDecorators else { return resolved }
            }
        }
        var seen = resolved
        seen.callable.hasOpaqueDecorators = false
        return seen
    }

    /// Whether calling an instance of the class runs a `__call__` (its own or inherited) that takes one
    /// argument and is annotated to return that argument's type: `def __call__(self, fn: F) -> F`.
    private func returnsWhatItIsGiven(instanceOf names: [String], inModule module: String) -> Bool {
        guard let definition = summary(module)?.classDefinition(named: names.joined(separator: ".")) else { return false }
        let methods = ownOrInheritedMethod("__call__", of: definition, inModule: module, depth: 1).map(\.callable)
        guard methods.count == 1, !methods[0].hasOpaqueDecorators, methods[0].parameters.count == 1,
              let given = methods[0].parameters[0].annotation else { return false }
        return methods[0].returnAnnotation == given
    }
}
