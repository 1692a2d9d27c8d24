import ParamGuardModel

extension Resolver {
    /// The callable with its decorators seen through when every one that made it opaque is a plain
    /// name for a function of the tree that keeps the signature (`preservesSignature`: it returns a
    /// `functools.wraps` wrapper taking `*args, **kwargs`). Decorators are looked up at module level
    /// of the file that defines the callable.
    func seeingThroughDecorators(_ resolved: ResolvedCallable) -> ResolvedCallable {
        guard resolved.callable.hasOpaqueDecorators, let paths = resolved.callable.opaqueDecorators, !paths.isEmpty else { return resolved }
        for path in paths {
            guard let head = path.first, let bound = bindings(of: head, inFile: resolved.path, scope: "", depth: 1),
                  let targets = try? follow(Array(path.dropFirst()), from: bound, depth: 1), !targets.isEmpty else { return resolved }
            for target in targets {
                guard case let .member(module, names) = target, let file = summary(module) else { return resolved }
                let functions = file.callables.filter { $0.name == names.joined(separator: ".") && $0.kind == .function }
                guard functions.count == 1, functions[0].preservesSignature, !functions[0].hasOpaqueDecorators else { return resolved }
            }
        }
        var seen = resolved
        seen.callable.hasOpaqueDecorators = false
        return seen
    }
}
