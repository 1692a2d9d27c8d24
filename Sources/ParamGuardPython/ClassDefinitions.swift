import ParamGuardModel

/// A class being read: filled in while its body's lines go by, turned into a `ClassDefinition`
/// (and, for a dataclass, a synthesized initializer) when the file ends.
struct ClassUnderConstruction {
    var qualifiedName: String
    var bases: [String]
    var location: SourceLocation
    var decorators: [Decorator]
    /// `metaclass=M` as written, when the class header names one.
    var metaclass: String?
    /// Other keywords of the class header (`extra="allow"` for pydantic), as compact source text.
    var headerKeywords: [String: String] = [:]
    var fields: [FieldDeclaration] = []
    var hasInit = false
}

extension Skim {
    /// `class Name[T](Base, metaclass=M): body`
    mutating func processClass(_ range: Range<Int>) {
        guard let (decorators, nameIndex) = beginDefinition(range) else { return }
        let name = stream.text(nameIndex)
        var next = nameIndex + 1
        if stream.isOp(next, "[") { next = stream.skipGroup(next) }
        var bases: [String] = []
        var metaclass: String?
        var headerKeywords: [String: String] = [:]
        if stream.isOp(next, "("), stream.partner[next] > next {
            for segment in stream.commaSegments(next + 1..<stream.partner[next]) where !segment.isEmpty {
                let first = segment.lowerBound
                if stream.isOp(first, "*") || stream.isOp(first, "**") { continue }
                if stream.isName(first), stream.isOp(first + 1, "=") {
                    let value = stream.compactText(first + 2..<segment.upperBound)
                    if stream.isName(first, "metaclass") { metaclass = value } else { headerKeywords[stream.text(first)] = value }
                    continue
                }
                let (path, end) = stream.dottedName(from: first, limit: segment.upperBound)
                bases.append(end == segment.upperBound && !path.isEmpty
                    ? path.joined(separator: ".") : stream.compactText(segment))
            }
        }
        let colon = stream.firstTopLevel(":", in: nameIndex..<range.upperBound)
        scanCalls(range.lowerBound..<(colon ?? range.upperBound))

        let enclosing = blocks.last
        var qualifiedName = name
        if let enclosing {
            qualifiedName = enclosing.qualifiedName + (enclosing.kind == .classBody ? "." : ".<locals>.") + name
        }
        classes.append(ClassUnderConstruction(
            qualifiedName: qualifiedName, bases: bases, location: stream.location(nameIndex), decorators: decorators,
            metaclass: metaclass, headerKeywords: headerKeywords))
        push(Block(
            indent: currentIndent, kind: .classBody, name: name, qualifiedName: qualifiedName,
            classIndex: classes.count - 1))
        if let colon, colon + 1 < range.upperBound {
            processStatements(colon + 1..<range.upperBound)
        }
    }
}
