import ParamGuardModel

/// Module-level assignments that define something callers call or import through:
/// `__all__ = [...]`, the functional named tuples `P = namedtuple("P", "x y")` and
/// `P = NamedTuple("P", [("x", int)])`, and the functional TypedDict `M = TypedDict("M", {"k": int})`.
struct FunctionalNamedTuple {
    var name: String
    var location: SourceLocation
    var calleePath: [String]
    var fields: [String]
    var defaults: Int
    /// A TypedDict's keys rather than a tuple's fields.
    var isTypedDict = false

    static let factories: Set<String> = ["collections.namedtuple", "typing.NamedTuple", "typing_extensions.NamedTuple"]
    static let typedDictFactories: Set<String> = ["typing.TypedDict", "typing_extensions.TypedDict"]

    /// `parameters` with the last `defaults` fields defaulted, as `namedtuple(defaults=...)` does; a
    /// TypedDict's keys are keywords, every one optional after an optional mapping (as in
    /// `ClassUnderConstruction.typedDictParameters`).
    func initializer() -> Callable {
        if isTypedDict {
            let keys = fields.map { Parameter(name: $0, kind: .keywordOnly, hasDefault: true, location: location) }
            return Callable(
                name: name, kind: .initializer, parameters: [Parameter(name: "__map", kind: .positionalOnly, hasDefault: true, location: location)] + keys,
                location: location, source: .typedDictFields)
        }
        let parameters = fields.enumerated().map { index, field in
            Parameter(name: field, kind: .positionalOrKeyword, hasDefault: index >= fields.count - defaults, location: location)
        }
        return Callable(name: name, kind: .initializer, parameters: parameters, location: location, source: .namedTupleFields)
    }
}

extension Skim {
    /// Reads `NAME = ...` at module level for `__all__` and functional named tuples.
    mutating func processModuleAssignment(_ range: Range<Int>) {
        let first = range.lowerBound
        guard blocks.isEmpty, stream.isName(first), range.count >= 3 else { return }
        let isAugmented = stream.isOp(first + 1, "+=")
        guard stream.isOp(first + 1, "=") || isAugmented else { return }
        let value = first + 2..<range.upperBound
        if stream.isName(first, "__all__") {
            let names = stringList(value)
            if isAugmented {
                exportedNames = names.flatMap { added in exportedNames.map { $0 + added } }
            } else {
                exportedNames = names
            }
            return
        }
        let (path, open) = stream.dottedName(from: value.lowerBound, limit: value.upperBound)
        guard let last = path.last, last == "namedtuple" || last == "NamedTuple" || last == "TypedDict", stream.isOp(open, "("),
              stream.partner[open] == value.upperBound - 1 else { return }
        let arguments = stream.commaSegments(open + 1..<value.upperBound - 1).filter { !$0.isEmpty }
        if last == "TypedDict" {
            // `TypedDict("Movie", {"title": str, "year": int}, total=False)`: the keys of the literal.
            guard arguments.count >= 2, let keys = dictLiteralKeys(arguments[1]) else { return }
            var typedDict = FunctionalNamedTuple(name: stream.text(first), location: stream.location(first), calleePath: path, fields: keys, defaults: 0)
            typedDict.isTypedDict = true
            functionalNamedTuples.append(typedDict)
            return
        }
        var fields: [String]?
        var defaults = 0
        for (index, argument) in arguments.enumerated() {
            if stream.isName(argument.lowerBound), stream.isOp(argument.lowerBound + 1, "=") {
                let keywordValue = argument.lowerBound + 2..<argument.upperBound
                switch stream.text(argument.lowerBound) {
                case "field_names": fields = fieldNames(keywordValue)
                case "defaults": defaults = groupCount(keywordValue) ?? 0
                case "rename": return  // renamed fields cannot be known statically
                default: break
                }
            } else if index == 1 {
                fields = fieldNames(argument)
            }
        }
        guard let fields else { return }
        functionalNamedTuples.append(FunctionalNamedTuple(
            name: stream.text(first), location: stream.location(first), calleePath: path, fields: fields,
            defaults: min(defaults, fields.count)))
    }

    /// `"x y"`, `"x, y"`, `["x", "y"]`, `[("x", int), ("y", str)]` → `[x, y]`.
    private func fieldNames(_ range: Range<Int>) -> [String]? {
        if range.allSatisfy({ stream.tokens[$0].kind == .string }) {
            let text = range.map { stream.text($0).trimmingQuotes() }.joined()
            return text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        }
        guard stream.isOp(range.lowerBound, "[") || stream.isOp(range.lowerBound, "("),
              stream.partner[range.lowerBound] == range.upperBound - 1 else { return nil }
        var names: [String] = []
        for item in stream.commaSegments(range.lowerBound + 1..<range.upperBound - 1) where !item.isEmpty {
            if item.count == 1, stream.tokens[item.lowerBound].kind == .string {
                names.append(stream.text(item.lowerBound).trimmingQuotes())
            } else if stream.isOp(item.lowerBound, "("), stream.tokens[item.lowerBound + 1].kind == .string {
                names.append(stream.text(item.lowerBound + 1).trimmingQuotes())
            } else {
                return nil
            }
        }
        return names
    }

    /// The keys of a dict literal whose keys are all string literals, or nil.
    private func dictLiteralKeys(_ range: Range<Int>) -> [String]? {
        guard !range.isEmpty, stream.isOp(range.lowerBound, "{"), stream.partner[range.lowerBound] == range.upperBound - 1 else { return nil }
        var keys: [String] = []
        for entry in stream.commaSegments(range.lowerBound + 1..<range.upperBound - 1) where !entry.isEmpty {
            guard entry.count >= 3, stream.tokens[entry.lowerBound].kind == .string, stream.isOp(entry.lowerBound + 1, ":") else { return nil }
            keys.append(stream.text(entry.lowerBound).trimmingQuotes())
        }
        return keys
    }

    /// The number of items in a bracketed literal, or nil for anything else.
    private func groupCount(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, stream.partner[range.lowerBound] == range.upperBound - 1 else { return nil }
        return stream.commaSegments(range.lowerBound + 1..<range.upperBound - 1).filter { !$0.isEmpty }.count
    }

    /// A list or tuple of string literals, or nil.
    private func stringList(_ range: Range<Int>) -> [String]? {
        guard !range.isEmpty, stream.isOp(range.lowerBound, "[") || stream.isOp(range.lowerBound, "("),
              stream.partner[range.lowerBound] == range.upperBound - 1 else { return nil }
        var names: [String] = []
        for item in stream.commaSegments(range.lowerBound + 1..<range.upperBound - 1) where !item.isEmpty {
            guard item.count == 1, stream.tokens[item.lowerBound].kind == .string else { return nil }
            names.append(stream.text(item.lowerBound).trimmingQuotes())
        }
        return names
    }
}
