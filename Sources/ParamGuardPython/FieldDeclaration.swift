import ParamGuardModel

/// An assignment in a class body that may declare a field: `name: annotation [= value]`, or
/// `name = call(...)` (attrs' `x = attr.ib()`).
struct FieldDeclaration {
    var name: String
    var location: SourceLocation
    var isAnnotated: Bool
    /// The last dotted component at the head of the annotation: `ClassVar` for `typing.ClassVar[int]`.
    var annotationHead: String
    /// The annotation when it is one dotted name (`Spinner`, `rich.spinner.Spinner`), for attribute types.
    var annotationPath: String?
    var hasValue: Bool
    /// When the value is a call of a dotted name (`field(...)`, `attr.ib(...)`): that name, and its keywords.
    var valueCall: Decorator?
    /// The value as compact source text (`"allow"`, `Extra.allow`), for settings read from class bodies.
    var valueText: String?

    /// `range` starts with `name :` or `name =`.
    init(stream: TokenStream, range: Range<Int>) {
        let first = range.lowerBound
        name = stream.text(first)
        location = stream.location(first)
        isAnnotated = stream.isOp(first + 1, ":")
        let valueStart: Int?
        if isAnnotated {
            let annotationStart = first + 2
            let equals = stream.firstTopLevel("=", in: annotationStart..<range.upperBound)
            let annotationEnd = equals ?? range.upperBound
            if annotationStart < annotationEnd, stream.tokens[annotationStart].kind == .string {
                // A string annotation: dataclasses recognizes `"ClassVar[...]"` and `"InitVar[...]"` textually too.
                let text = stream.text(annotationStart).trimmingQuotes()
                annotationHead = text.prefix { $0 != "[" }.dottedComponents.last.map(String.init) ?? ""
            } else {
                let (count, end) = stream.dottedNameExtent(from: annotationStart, limit: annotationEnd)
                annotationHead = count > 0 ? stream.text(end - 1) : ""
                if count > 0 && end == annotationEnd {
                    annotationPath = stream.dottedName(from: annotationStart, limit: annotationEnd).0.joined(separator: ".")
                } else {
                    annotationPath = stream.containerAnnotation(annotationStart..<annotationEnd)
                }
            }
            valueStart = equals.map { $0 + 1 }
        } else {
            annotationHead = ""
            valueStart = first + 2
        }
        hasValue = valueStart != nil
        valueText = valueStart.map { stream.compactText($0..<max($0, range.upperBound)) }
        valueCall = nil
        if let valueStart {
            let (count, end) = stream.dottedNameExtent(from: valueStart, limit: range.upperBound)
            if count > 0, stream.isOp(end, "("), stream.partner[end] == range.upperBound - 1 {
                valueCall = Decorator(stream: stream, range: valueStart..<range.upperBound)
            }
        }
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
