import ParamGuardModel

/// One annotated assignment in a class body, `name: annotation [= value]`: a dataclass field candidate.
struct FieldDeclaration {
    var name: String
    var location: SourceLocation
    /// The last dotted component at the head of the annotation: `ClassVar` for `typing.ClassVar[int]`.
    var annotationHead: String
    var hasValue: Bool
    /// Keyword arguments when the value is a `field(...)` call.
    var fieldCallKeywords: [String: String]?

    init(stream: TokenStream, range: Range<Int>) {
        let first = range.lowerBound
        name = stream.text(first)
        location = stream.location(first)
        let annotationStart = first + 2
        let equals = stream.firstTopLevel("=", in: annotationStart..<range.upperBound)
        let annotationEnd = equals ?? range.upperBound
        if annotationStart < annotationEnd, stream.tokens[annotationStart].kind == .string {
            // A string annotation: dataclasses recognizes `"ClassVar[...]"` and `"InitVar[...]"` textually too.
            let text = stream.text(annotationStart).trimmingQuotes()
            annotationHead = text.prefix { $0 != "[" }.split(separator: ".").last.map(String.init) ?? ""
        } else {
            let (path, _) = stream.dottedName(from: annotationStart, limit: annotationEnd)
            annotationHead = path.last ?? ""
        }
        hasValue = equals != nil
        fieldCallKeywords = nil
        if let equals {
            let (path, end) = stream.dottedName(from: equals + 1, limit: range.upperBound)
            if path.last == "field", stream.isOp(end, "(") {
                fieldCallKeywords = Decorator(stream: stream, range: equals + 1..<range.upperBound).keywords
            }
        }
    }
}

/// What `@dataclass(...)` says about the `__init__` it writes.
struct DataclassOptions {
    var synthesizesInit: Bool
    var keywordOnly: Bool
}

extension ClassUnderConstruction {
    /// Decorators that write `__init__` from the class's annotated fields, as `dataclasses` does.
    static let dataclassDecorators: Set<String> = ["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]

    func dataclassOptions(decoratorNames: [String]) -> DataclassOptions? {
        guard let index = decoratorNames.firstIndex(where: { Self.dataclassDecorators.contains($0) }) else { return nil }
        let keywords = decorators[index].keywords
        return DataclassOptions(synthesizesInit: keywords["init"] != "False", keywordOnly: keywords["kw_only"] == "True")
    }

    /// The `__init__` that `@dataclass` synthesizes from this class's own fields. Fields inherited from
    /// base classes come first at run time; the analysis adds them, so here the signature is complete only
    /// when the class has no bases.
    func dataclassInitializer(options: DataclassOptions) -> Callable {
        var parameters: [Parameter] = []
        var keywordOnly = options.keywordOnly
        for field in fields {
            switch field.annotationHead {
            case "ClassVar":
                continue
            case "KW_ONLY":
                keywordOnly = true
                continue
            default:
                break
            }
            var hasDefault = field.hasValue
            var fieldKeywordOnly = keywordOnly
            if let keywords = field.fieldCallKeywords {
                if keywords["init"] == "False" { continue }
                hasDefault = keywords["default"] != nil || keywords["default_factory"] != nil
                if let value = keywords["kw_only"] { fieldKeywordOnly = value == "True" }
            }
            parameters.append(Parameter(
                name: field.name, kind: fieldKeywordOnly ? .keywordOnly : .positionalOrKeyword,
                hasDefault: hasDefault, location: field.location))
        }
        // Keyword-only fields go after the others in the synthesized signature, as dataclasses orders them.
        let ordered = parameters.filter { $0.kind != .keywordOnly } + parameters.filter { $0.kind == .keywordOnly }
        return Callable(
            name: qualifiedName, kind: .initializer, parameters: ordered, location: location,
            source: .dataclassFields, isComplete: bases.isEmpty)
    }
}

extension String {
    /// `'abc'`, `"abc"`, `"""abc"""`, `r'abc'` → `abc`.
    func trimmingQuotes() -> String {
        var text = Substring(self).drop { $0 != "\"" && $0 != "'" }
        for quote in ["\"\"\"", "'''", "\"", "'"] where text.hasPrefix(quote) && text.hasSuffix(quote) && text.count >= 2 * quote.count {
            text = text.dropFirst(quote.count).dropLast(quote.count)
            break
        }
        return String(text)
    }
}
