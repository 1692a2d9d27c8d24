import ParamGuardModel

extension Resolver {
    /// Functions that build a copy of an instance with some fields changed, the instance first:
    /// their keywords are the class's constructor parameters.
    static let replacingFunctions: Set<String> = ["dataclasses.replace", "attrs.evolve", "attr.evolve", "copy.replace"]

    /// `dataclasses.replace(obj, k=...)`, `attrs.evolve(obj, k=...)`, `copy.replace(obj, k=...)`, and
    /// `obj._replace(k=...)` on a `NamedTuple`: the constructor of `obj`'s class, whose parameters the
    /// keywords must name. Nil for any other call, or when the instance's class is not known.
    func replacedConstructor(of call: CallSite, inFile path: String) -> [ResolvedCallable]? {
        guard let callee = call.calleePath else { return nil }
        let instancePath: [String]
        var namedTupleOnly = false
        if let name = externalName(of: callee, inFile: path, scope: call.scope), Resolver.replacingFunctions.contains(name) {
            guard let first = call.firstArgumentPath else { return nil }
            instancePath = first
        } else if callee.count >= 2, callee.last == "_replace" {
            instancePath = Array(callee.dropLast())
            namedTupleOnly = true
        } else {
            return nil
        }
        guard let head = instancePath.first, head != "self", head != "cls",
              let bound = bindings(of: head, inFile: path, scope: call.scope, depth: 0),
              let targets = try? follow(Array(instancePath.dropFirst()), from: bound, depth: 0), !targets.isEmpty else { return nil }
        var constructors: [ResolvedCallable] = []
        for target in targets {
            guard case let .instance(module, names) = target,
                  let definition = summary(module)?.classDefinition(named: names.joined(separator: ".")),
                  !namedTupleOnly || definition.fieldInitializer == .namedTupleFields,
                  let constructor = constructor(of: definition, inModule: module, depth: 1) else { return nil }
            constructors.append(constructor)
        }
        return constructors
    }
}

extension Resolver {
    /// Whether `p(...)` calls a name bound by `p = functools.partial(f, ...)` in the calling file:
    /// some of `f`'s arguments are bound already, so only its keywords are checked, not what it needs.
    func callsPartialBinding(_ call: CallSite, inFile path: String) -> Bool {
        guard let head = call.calleePath?.first, call.calleePath?.count == 1, let file = summary(path) else { return false }
        let scopes = scopes(of: path, file: file)
        return file.assignments.contains { assignment in
            assignment.name == head && scopes.isVisible(assignment.scope, from: call.scope) && assignment.wrappedPath != nil
                && assignment.valueCallPath.flatMap { externalName(of: $0, inFile: path, scope: assignment.scope) } == "functools.partial"
        }
    }
}
