import ParamGuardModel

/// What looking a method up through a class's bases found.
enum InheritedMethod {
    /// The definitions of the one base chain that declares it.
    case found([ResolvedCallable])
    /// Every base chain is in the repository, and none declares it.
    case absent
    /// A base outside the repository, or an unknown class decorator or metaclass, may supply it; or
    /// several chains declare it (which one wins depends on the method resolution order).
    case unknown
}

extension Resolver {
    /// `m` as `owner` inherits it: found in exactly one of its base chains, the others known not to
    /// declare it. Bases that declare nothing (`object`, `Generic`, `ABC`, `Protocol`) are passed over.
    func inheritedMethod(_ method: String, of owner: ClassDefinition, inModule module: String, depth: Int) -> InheritedMethod {
        guard depth < Resolver.maximumDepth, !assigns(method, in: owner, inModule: module) else { return .unknown }
        var found: [ResolvedCallable]?
        for base in owner.bases where !Resolver.isTransparent(base) {
            guard let (baseModule, definition) = classDefinition(base, inModule: module, depth: depth),
                  let file = summary(baseModule) else { return .unknown }
            // A class decorator or metaclass may add methods no definition shows.
            let knownDecorators = definition.decorators.allSatisfy { $0 == "typing.final" || $0 == "final" }
            let name = definition.name + "." + method
            let declared = file.callables.filter { $0.name == name && $0.kind != .initializer }
            let chain: InheritedMethod
            if !declared.isEmpty {
                chain = .found(declared.map { ResolvedCallable(path: baseModule, callable: $0, contributors: [DefinitionKey(path: baseModule, name: name)]) })
            } else if !knownDecorators || definition.metaclass != nil || assigns(method, in: definition, inModule: baseModule) {
                return .unknown
            } else {
                chain = inheritedMethod(method, of: definition, inModule: baseModule, depth: depth + 1)
            }
            switch chain {
            case .unknown: return .unknown
            case .absent: continue
            case let .found(callables):
                guard found == nil else { return .unknown }
                found = callables
            }
        }
        return found.map(InheritedMethod.found) ?? .absent
    }

    /// `m` as instances of `owner` reach it: its own definitions, else the one its bases give (none
    /// when they do not say).
    func ownOrInheritedMethod(_ method: String, of owner: ClassDefinition, inModule module: String, depth: Int) -> [ResolvedCallable] {
        let own = summary(module)?.callables.filter { $0.name == owner.name + "." + method } ?? []
        if !own.isEmpty { return own.map { ResolvedCallable(path: module, callable: $0, contributors: []) } }
        if case let .found(inherited) = inheritedMethod(method, of: owner, inModule: module, depth: depth) { return inherited }
        return []
    }

    /// Whether the class binds `name` otherwise than with `def`: `m = other` in its body, or
    /// `self.m = ...` in a method. Either hides what its bases declare.
    private func assigns(_ name: String, in definition: ClassDefinition, inModule module: String) -> Bool {
        guard let file = summary(module) else { return true }
        return file.assignments.contains { $0.scope == definition.name && $0.name == name }
            || file.attributeAssignments.contains { $0.owner == definition.name && $0.name == name }
    }
}
