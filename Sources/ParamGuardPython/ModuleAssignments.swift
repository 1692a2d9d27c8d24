import ParamGuardModel

/// Module-level assignments that define something callers call or import through:
/// `__all__ = [...]` and the functional named tuples `P = namedtuple("P", "x y")` and
/// `P = NamedTuple("P", [("x", int)])`.
struct FunctionalNamedTuple {
    var name: String
    var location: SourceLocation
    var calleePath: [String]
    var fields: [String]
    var defaults: Int

    static let factories: Set<String> = ["collections.namedtuple", "typing.NamedTuple", "typing_extensions.NamedTuple"]

    /// `parameters` with the last `defaults` fields defaulted, as `namedtuple(defaults=...)` does.
    func initializer() -> Callable {
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
        guard let last = path.last, last == "namedtuple" || last == "NamedTuple", stream.isOp(open, "("),
              stream.partner[open] == value.upperBound - 1 else { return }
        let arguments = stream.commaSegments(open + 1..<value.upperBound - 1).filter { !$0.isEmpty }
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
