import ParamGuardModel

/// Container annotations whose elements are one class: how `for h in self.handlers: h.m(...)` finds
/// the class of `h`.
public enum ContainerAnnotation {
    /// Heads of sequences and sets, whose iteration yields their elements (a mapping's yields keys).
    static let heads: Set<String> = Set([
        "list", "List", "typing.List", "Sequence", "typing.Sequence", "collections.abc.Sequence", "MutableSequence",
        "Iterable", "typing.Iterable", "collections.abc.Iterable", "Iterator", "typing.Iterator", "collections.abc.Iterator",
        "Collection", "set", "Set", "frozenset", "FrozenSet", "AbstractSet", "tuple", "Tuple", "typing.Tuple", "deque",
    ]).union(generatorHeads)

    /// Generators, whose first argument is what they yield: `Generator[Text, None, None]` is kept as
    /// `Generator[Text]`.
    static let generatorHeads: Set<String> = ["Generator", "typing.Generator", "collections.abc.Generator"]

    /// `"Iterator[Text]"` or `"Generator[Text, None, None]"` written whole in a string: the same as
    /// without the quotes, when the head is a container's and the element a dotted name.
    public static func unquoted(_ text: String) -> String? {
        let written = String(text.filter { $0 != " " && $0 != "\"" && $0 != "'" })
        guard let open = written.firstIndex(of: "["), written.hasSuffix("]") else { return nil }
        let head = String(written[..<open])
        guard heads.contains(head) else { return nil }
        var inner = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
        if generatorHeads.contains(head) { inner = String(inner.prefix { $0 != "," }) }
        let element = inner.hasSuffix(",...") ? String(inner.dropLast(4)) : inner
        guard CallSite.dottedPath(element) != nil else { return nil }
        return head + "[" + inner + "]"
    }

    /// `list[Handler]` → `Handler`; `tuple[Handler, ...]` too; nil for anything else.
    public static func element(of annotation: String) -> String? {
        guard let open = annotation.firstIndex(of: "["), annotation.hasSuffix("]"),
              heads.contains(String(annotation[..<open])) else { return nil }
        var inner = String(annotation[annotation.index(after: open)..<annotation.index(before: annotation.endIndex)])
        if inner.hasSuffix(",...") { inner = String(inner.dropLast(4)) }
        return CallSite.dottedPath(inner) != nil ? inner : nil
    }
}

extension TokenStream {
    /// `list[Handler]`, `Sequence[models.Handler]`, `tuple[Handler, ...]`, `List["Handler"]` in
    /// `range`, written without blanks or quotes; nil for any other annotation.
    func containerAnnotation(_ range: Range<Int>) -> String? {
        let (head, open) = dottedName(from: range.lowerBound, limit: range.upperBound)
        guard !head.isEmpty, ContainerAnnotation.heads.contains(head.joined(separator: ".")), isOp(open, "["),
              partner[open] == range.upperBound - 1 else { return nil }
        var (inner, end) = dottedName(from: open + 1, limit: range.upperBound - 1)
        // `List["Text"]`: a forward reference names the class in a string.
        if inner.isEmpty, tokens[open + 1].kind == .string, let path = CallSite.dottedPath(text(open + 1).trimmingQuotes()) {
            (inner, end) = (path, open + 2)
        }
        guard !inner.isEmpty else { return nil }
        let name = head.joined(separator: ".")
        let rest = (end..<range.upperBound - 1).map { text($0) }.joined()
        if ContainerAnnotation.generatorHeads.contains(name), rest.hasPrefix(",") {
            return name + "[" + inner.joined(separator: ".") + "]"
        }
        guard rest.isEmpty || rest == ",..." else { return nil }
        return name + "[" + inner.joined(separator: ".") + rest + "]"
    }
}
