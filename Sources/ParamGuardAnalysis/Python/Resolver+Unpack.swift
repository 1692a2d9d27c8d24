import ParamGuardModel

extension Resolver {
    /// `**kwargs: Unpack[Movie]` takes exactly the keys of the TypedDict `Movie` (PEP 692): the callable
    /// with those keys as keyword-only parameters in place of `**kwargs`, when `Movie` is a TypedDict of
    /// the tree, looked up where the callable is defined. Otherwise it is left as it is (`**kwargs`
    /// takes any keyword, so nothing is reported against it).
    func expandingUnpackedKeywords(_ resolved: ResolvedCallable) -> ResolvedCallable {
        guard let index = resolved.callable.parameters.firstIndex(where: { $0.kind == .varKeyword }),
              let annotation = resolved.callable.parameters[index].annotation,
              let typedDict = Resolver.unpackedTypedDict(annotation),
              let (module, definition) = classDefinition(typedDict, inModule: resolved.path, depth: 1),
              let keys = constructor(of: definition, inModule: module, depth: 2),
              keys.callable.source == .typedDictFields, keys.callable.isComplete else { return resolved }
        var expanded = resolved
        expanded.callable.parameters.replaceSubrange(index...index, with: keys.callable.parameters.filter { $0.kind == .keywordOnly })
        expanded.contributors.formUnion(keys.contributors)
        return expanded
    }

    /// `Unpack[Movie]`, `typing.Unpack[Movie]` → `Movie`.
    static func unpackedTypedDict(_ annotation: String) -> String? {
        for prefix in ["Unpack[", "typing.Unpack[", "typing_extensions.Unpack["] where annotation.hasPrefix(prefix) && annotation.hasSuffix("]") {
            return String(annotation.dropFirst(prefix.count).dropLast())
        }
        return nil
    }
}
