import ParamGuardModel

/// PEP 681: classes made dataclass-like by a `@dataclass_transform(...)` of the tree, through a
/// decorator function, a base class or a metaclass.
extension Resolver {
    /// The `__init__` a dataclass-like transform writes for a class with none of its own: the fields
    /// of its dataclass-like bases, then its own, keyword-only where the transform's
    /// `kw_only_default`, the class's `kw_only=`, `_: KW_ONLY` or the field says so. A field whose
    /// value calls one of the transform's field specifiers follows its `init=`, `kw_only=`, `alias=`
    /// and defaults (`default`, `default_factory`, `factory`, or a positional argument); any other
    /// value is a default. Nil when no transform applies, or one of its bases cannot be read.
    func transformedConstructor(of definition: ClassDefinition, inModule module: String, depth: Int) -> ResolvedCallable? {
        guard depth < Resolver.maximumDepth, let fields = definition.transformFields,
              let transform = transform(of: definition, inModule: module, depth: depth) else { return nil }
        var parameters: [Parameter] = []
        var contributors: Set<DefinitionKey> = [DefinitionKey(path: module, name: definition.name)]
        for base in definition.bases.reversed() where !Resolver.isTransparent(base) {
            guard let (baseModule, baseDefinition) = classDefinition(base, inModule: module, depth: depth) else { return nil }
            // The base that carries the transform is not itself dataclass-like; a base the transform
            // made dataclass-like gives its fields first; a plain base without bases gives none.
            if baseDefinition.dataclassTransform != nil { continue }
            if let inherited = transformedConstructor(of: baseDefinition, inModule: baseModule, depth: depth + 1) {
                merge(inherited.callable.parameters, into: &parameters)
                contributors.formUnion(inherited.contributors)
                continue
            }
            guard baseDefinition.bases.allSatisfy(Resolver.isTransparent) else { return nil }
        }
        let classKeywordOnly = definition.transformKeywordOnly ?? transform.keywordOnlyDefault
        for field in fields {
            var name = field.name
            var keywordOnly = classKeywordOnly || field.afterKeywordOnlyMarker
            var hasDefault = field.hasValue
            if let callee = field.valueCallee, transform.fieldSpecifiers.contains(callee) {
                if field.keywords["init"] == "False" { continue }
                hasDefault = field.valueHasPositional || ["default", "default_factory", "factory"].contains { field.keywords[$0] != nil }
                if let value = field.keywords["kw_only"] { keywordOnly = value == "True" }
                if let alias = field.keywords["alias"] {
                    // Only a plain string literal names a keyword.
                    guard alias.count >= 2, let quote = alias.first, quote == "\"" || quote == "'", alias.last == quote,
                          !alias.dropFirst().dropLast().contains(quote) else { return nil }
                    name = String(alias.dropFirst().dropLast())
                }
            }
            merge([Parameter(name: name, kind: keywordOnly ? .keywordOnly : .positionalOrKeyword, hasDefault: hasDefault, location: field.location)],
                  into: &parameters)
        }
        let ordered = parameters.filter { $0.kind != .keywordOnly } + parameters.filter { $0.kind == .keywordOnly }
        let callable = Callable(
            name: definition.name, kind: .initializer, parameters: ordered, location: definition.location, source: .dataclassFields,
            isComplete: true)
        return ResolvedCallable(path: module, callable: callable, contributors: contributors)
    }

    /// The transform that makes a class dataclass-like: that of a decorator function it is decorated
    /// with, of its metaclass, or of a base class (at any depth, or a base's metaclass). A class
    /// decorated by a transform's decorator does not pass it on to its subclasses.
    private func transform(of definition: ClassDefinition, inModule module: String, depth: Int) -> DataclassTransform? {
        guard depth < Resolver.maximumDepth else { return nil }
        for decorator in definition.decorators {
            let parts = decorator.dottedComponents.map(String.init)
            for path in [parts, parts.suffix(1).map { $0 }] {
                guard let targets = try? resolvePath(path, inFile: module, scope: "", depth: depth + 1) else { continue }
                for case let .member(targetModule, names) in targets {
                    // An overloaded decorator carries the transform on one of its `@overload`s (PEP 681).
                    let name = names.joined(separator: ".")
                    if let transform = summary(targetModule)?.callables.lazy
                        .filter({ $0.name == name && $0.kind == .function }).compactMap(\.dataclassTransform).first {
                        return transform
                    }
                }
                break
            }
        }
        return inheritedTransform(of: definition, inModule: module, depth: depth)
    }

    /// A transform a class gets from its metaclass or its bases (the base and metaclass forms).
    private func inheritedTransform(of definition: ClassDefinition, inModule module: String, depth: Int) -> DataclassTransform? {
        guard depth < Resolver.maximumDepth else { return nil }
        if let metaclass = definition.metaclass, let (_, meta) = classDefinition(metaclass, inModule: module, depth: depth),
           let transform = meta.dataclassTransform {
            return transform
        }
        for base in definition.bases where !Resolver.isTransparent(base) {
            guard let (baseModule, baseDefinition) = classDefinition(base, inModule: module, depth: depth) else { continue }
            if let transform = baseDefinition.dataclassTransform ?? inheritedTransform(of: baseDefinition, inModule: baseModule, depth: depth + 1) {
                return transform
            }
        }
        return nil
    }
}
