import ParamGuardModel

/// Reads a Python file and extracts what paramguard needs: callables with their parameters,
/// classes with their bases, call sites with their keywords, and imports.
///
/// It does not build a syntax tree. It walks logical lines, keeps a stack of the enclosing
/// `def`/`class` blocks by indentation, and looks at bracketed groups only where a definition or a
/// call needs them. What it extracts is checked against CPython's `ast` by the differential tests.
public enum PythonSkimmer {
    public static func summarize(_ bytes: [UInt8]) -> FileSummary {
        var tokenizer = Tokenizer(bytes: bytes)
        tokenizer.run()
        var skim = Skim(
            stream: TokenStream(bytes: bytes, tokens: tokenizer.tokens), formattedFields: tokenizer.formattedFields)
        for line in tokenizer.lines {
            skim.process(line)
        }
        var summary = skim.finish()
        summary.syntaxProblem = tokenizer.problem
        return summary
    }

    public static func summarize(_ text: String) -> FileSummary {
        summarize(Array(text.utf8))
    }
}

/// The walk over one file's logical lines.
struct Skim {
    enum BlockKind { case function, classBody }

    struct Block {
        var indent: Int
        var kind: BlockKind
        var name: String
        var qualifiedName: String
        /// Index into `classes` for a class block.
        var classIndex: Int?
        /// Dotted names of this block and the blocks around it (`Outer.method`).
        var scope: String = ""
        /// For a function: its entry in `callables`, and what its `return` statements return.
        var callableIndex: Int?
        /// The plain names its `return` statements return (nil for anything else).
        var returned: [String?] = []
        /// A nested `def` that passes every argument on to this function's parameter (see `close`).
        var wrapperName: String?
        /// For a `def` decorated with `wraps(...)` taking `*args, **kwargs`: those two names, and what
        /// each of its `return` statements calls with exactly them (`return fn(*args, **kwargs)`).
        var starNames: (positional: String, keyword: String)?
        var forwardedTo: [String?] = []
    }

    let stream: TokenStream
    let formattedFields: [Int: [FormattedField]]
    var blocks: [Block] = []
    var currentIndent = 0
    var pendingDecorators: [Decorator] = []
    /// A `@dataclass_transform` written on an `@overload` of a function, by the function's name: the
    /// implementation that follows carries it (PEP 681 puts it on the overloads).
    var overloadTransforms: [String: DataclassTransform] = [:]
    var callables: [Callable] = []
    var classes: [ClassUnderConstruction] = []
    var calls: [CallSite] = []
    var imports: [ImportBinding] = []
    var exportedNames: [String]?
    var assignments: [NameAssignment] = []
    var attributeAssignments: [AttributeAssignment] = []
    var functionalNamedTuples: [FunctionalNamedTuple] = []
    /// The indents of the `with pytest.raises(TypeError):` (and the like) statements the walk is in.
    var raisesIndents: [Int] = []
    /// The `if isinstance(path, C):` blocks the walk is in: the header's indent, the dotted path as
    /// written, and the class.
    var narrowings: [(indent: Int, path: [String], to: String)] = []
    /// Bindings whose extent (`NameAssignment.holdsThrough`) is still open: the assignment's index, the
    /// indent of its statement, and whether it holds only for a loop's body.
    var openExtents: [(assignment: Int, indent: Int, loopBody: Bool)] = []
    /// Loops whose body is still open: the header's line and indent.
    var openLoops: [(header: Int, indent: Int)] = []
    var loops: [LoopSpan] = []
    /// Above zero while the walk reads the statements after a compound header's colon on its line.
    var inlineSuiteDepth = 0

    init(stream: TokenStream, formattedFields: [Int: [FormattedField]]) {
        self.stream = stream
        self.formattedFields = formattedFields
    }

    /// Dotted names of the enclosing blocks, the scope recorded on calls and imports.
    var scope: String {
        blocks.last?.scope ?? ""
    }

    /// Opens a `def` or `class` block.
    mutating func push(_ block: Block) {
        var block = block
        block.scope = scope.isEmpty ? block.name : scope + "." + block.name
        blocks.append(block)
    }

    /// The innermost class the walk is in, at any depth of functions inside it: Python mangles the
    /// `__x` names written there (parameters and keywords included) with its name.
    var manglingClass: String? {
        blocks.last { $0.kind == .classBody }?.name
    }

    /// The class whose method the walk is in (directly), where `self.m()` and `cls()` point.
    var enclosingClassOfMethod: String? {
        guard blocks.count >= 2, blocks[blocks.count - 1].kind == .function,
              blocks[blocks.count - 2].kind == .classBody else { return nil }
        return blocks[blocks.count - 2].qualifiedName
    }

    mutating func process(_ line: LogicalLine) {
        if !line.tokens.isEmpty { closeExtents(before: line.indent, atLine: stream.location(line.tokens.lowerBound).line) }
        while let top = blocks.last, top.indent >= line.indent {
            close(blocks.removeLast())
        }
        while let top = raisesIndents.last, top >= line.indent {
            raisesIndents.removeLast()
        }
        while let top = narrowings.last, top.indent >= line.indent {
            narrowings.removeLast()
        }
        currentIndent = line.indent
        let firstCall = calls.count
        let inRaisesBlock = !raisesIndents.isEmpty
        processStatements(line.tokens)
        if inRaisesBlock { markMeantToFail(from: firstCall) }
    }

    /// Records a binding of a name; unless it sits after a compound header's colon, it holds from the
    /// next line to the end of the statement's block (or, for a loop target, of the loop's body).
    mutating func bind(_ assignment: NameAssignment, loopBody: Bool = false) {
        if inlineSuiteDepth == 0 { openExtents.append((assignments.count, currentIndent, loopBody)) }
        assignments.append(assignment)
    }

    /// A logical line at `indent` starting at `line` ends the blocks deeper than it, and the bodies of
    /// loops whose header is not shallower than it.
    ///
    /// The open extents form a stack ordered by indent: each is opened at the current line's indent
    /// after the deeper ones closed, and a loop body's at an indent closes before anything else opens
    /// at that indent. So they are closed from the top, and a module with thousands of assignments
    /// does not look at each of them on every line.
    mutating func closeExtents(before indent: Int, atLine line: Int) {
        while let extent = openExtents.last, indent < extent.indent || (extent.loopBody && indent == extent.indent) {
            assignments[extent.assignment].holdsThrough = line - 1
            openExtents.removeLast()
        }
        while let loop = openLoops.last, indent <= loop.indent {
            loops.append(LoopSpan(header: loop.header, end: line - 1))
            openLoops.removeLast()
        }
    }

    /// A method whose every `return` is `return self` (a fluent setter, an `__enter__`) returns its
    /// instance: read as `-> Self` when it has no return annotation.
    ///
    /// A one-parameter function whose every `return` returns its `wraps`-made `*args, **kwargs`
    /// wrapper is a decorator that keeps the signature of what it decorates.
    mutating func close(_ block: Block) {
        // A `wraps` wrapper whose every return passes `*args, **kwargs` on to the enclosing function's
        // one parameter: that function keeps the signature of what it decorates.
        if block.starNames != nil, !block.forwardedTo.isEmpty, let parent = blocks.indices.last, blocks[parent].kind == .function,
           let parentIndex = blocks[parent].callableIndex, let wrapped = callables[parentIndex].parameters.first?.name,
           block.forwardedTo.allSatisfy({ $0 == wrapped }) {
            blocks[parent].wrapperName = block.name
        }
        guard block.kind == .function, let index = block.callableIndex, !block.returned.isEmpty else { return }
        if block.returned.allSatisfy({ $0 == "self" }), callables[index].returnAnnotation == nil {
            callables[index].returnAnnotation = "Self"
        }
        if let wrapper = block.wrapperName, block.returned.allSatisfy({ $0 == wrapper }), callables[index].parameters.count == 1 {
            callables[index].preservesSignature = true
        }
    }

    /// What a `return` in the innermost function returns: a plain name, or something else (nil).
    mutating func noteReturn(_ range: Range<Int>) {
        guard let index = blocks.lastIndex(where: { $0.kind == .function }) else { return }
        let isName = range.count == 2 && stream.isName(range.lowerBound + 1) && !stream.isKeyword(range.lowerBound + 1)
        blocks[index].returned.append(isName ? stream.text(range.lowerBound + 1) : nil)
        guard let (positional, keyword) = blocks[index].starNames else { return }
        // `return fn(*args, **kwargs)` or `return await fn(*args, **kwargs)`.
        var start = range.lowerBound + 1
        if stream.isName(start, "await") { start += 1 }
        let tokens = (start..<range.upperBound).map { stream.text($0) }
        let forwards = tokens.count == 8 && stream.isName(start) && tokens[1...] == ["(", "*", positional, ",", "**", keyword, ")"][...]
        blocks[index].forwardedTo.append(forwards ? tokens[0] : nil)
    }

    /// Calls written to raise the error a bad keyword raises: a test of the error, never a finding.
    mutating func markMeantToFail(from index: Int) {
        for position in index..<calls.count where calls[position].openReason == nil {
            calls[position].openReason = Skim.meantToFail
        }
    }

    static let meantToFail = "call-meant-to-raise-type-error"

    mutating func processStatements(_ range: Range<Int>) {
        // Most lines hold one statement: only split when a `;` is there at all.
        guard range.contains(where: { stream.isOp($0, ";") }) else {
            if !range.isEmpty { processStatement(range) }
            return
        }
        for statement in stream.split(range, at: ";") where !statement.isEmpty {
            processStatement(statement)
        }
    }

    private static let compoundKeywords: Set<String> = [
        "if", "elif", "else", "for", "while", "with", "try", "except", "finally",
    ]

    mutating func processStatement(_ range: Range<Int>) {
        let first = range.lowerBound
        if stream.isOp(first, "@") {
            pendingDecorators.append(Decorator(stream: stream, range: first + 1..<range.upperBound))
            scanCalls(range)
            return
        }
        if stream.isName(first, "async"), first + 1 < range.upperBound {
            processStatement(first + 1..<range.upperBound)
            return
        }
        if stream.isName(first, "def") {
            processFunction(range)
            return
        }
        if stream.isName(first, "class") {
            processClass(range)
            return
        }
        pendingDecorators.removeAll()
        if stream.isName(first, "return") { noteReturn(range) }
        if stream.isName(first, "import") || stream.isName(first, "from") {
            imports += ImportParser(stream: stream, scope: scope).parse(range)
            return
        }
        if stream.isKeyword(first), Skim.compoundKeywords.contains(stream.text(first)) {
            processCompound(range, patternHeader: false)
            return
        }
        if stream.isName(first, "match") || stream.isName(first, "case"), isSoftKeywordClause(range) {
            processCompound(range, patternHeader: stream.isName(first, "case"))
            return
        }
        if let classIndex = blocks.last?.classIndex, blocks.last?.kind == .classBody, range.count >= 2,
           stream.isName(first), !stream.isKeyword(first), stream.isOp(first + 1, ":") || stream.isOp(first + 1, "=") {
            classes[classIndex].fields.append(FieldDeclaration(stream: stream, range: range))
        }
        if blocks.isEmpty { processModuleAssignment(range) } else { processGlobalsBinding(range) }
        recordAssignment(range)
        recordAttributeAssignment(range)
        scanCalls(range)
    }

    /// `name = value` or `name: T = value` (a single name target), remembered with the value when
    /// that is a plain dotted name.
    private mutating func recordAssignment(_ range: Range<Int>) {
        let first = range.lowerBound
        guard range.count >= 3, stream.isName(first), !stream.isKeyword(first) else { return }
        let valueStart: Int
        if stream.isOp(first + 1, "=") {
            valueStart = first + 2
        } else if stream.isOp(first + 1, ":"), let equals = stream.firstTopLevel("=", in: first + 2..<range.upperBound) {
            valueStart = equals + 1
        } else {
            return
        }
        // `a = b = c` is recorded as a value this analysis cannot follow: `b = c` is neither a dotted name
        // nor a call, which is the safe reading and spares a second scan of every assignment.
        let (count, end) = stream.dottedNameExtent(from: valueStart, limit: range.upperBound)
        var valuePath: [String]?
        var callPath: [String]?
        var wrapped: [String]?
        if count > 0 && end == range.upperBound {
            valuePath = stream.dottedName(from: valueStart, limit: range.upperBound).0
        } else if count > 0, stream.isOp(end, "("), stream.partner[end] == range.upperBound - 1 {
            callPath = stream.dottedName(from: valueStart, limit: end).0
            wrapped = firstArgumentPath(ofCallOpeningAt: end)
        }
        var assignment = NameAssignment(
            name: stream.text(first), valuePath: valuePath, scope: scope, location: stream.location(first),
            valueCallPath: callPath, wrappedPath: wrapped)
        if let valuePath, let narrowing = narrowings.last(where: { $0.path == valuePath }) {
            assignment.narrowedTo = narrowing.to
        }
        bind(assignment)
    }

    /// `self.name = value` or `self.name: T = value` in a method: what the attribute is set to.
    private mutating func recordAttributeAssignment(_ range: Range<Int>) {
        let first = range.lowerBound
        guard range.count >= 5, let owner = enclosingClassOfMethod, stream.isName(first, "self"), stream.isOp(first + 1, "."),
              stream.isName(first + 2), stream.isOp(first + 3, "=") || stream.isOp(first + 3, ":") else { return }
        var annotation: String?
        var valueStart = first + 4
        if stream.isOp(first + 3, ":") {
            let equals = stream.firstTopLevel("=", in: first + 4..<range.upperBound)
            annotation = plainAnnotation(first + 4..<(equals ?? range.upperBound))
            guard let equals else {
                attributeAssignments.append(AttributeAssignment(
                    owner: owner, name: stream.text(first + 2), annotation: annotation, valueCallPath: nil, scope: scope))
                return
            }
            valueStart = equals + 1
        }
        var callPath: [String]?
        let (count, end) = stream.dottedNameExtent(from: valueStart, limit: range.upperBound)
        if count > 0, stream.isOp(end, "("), stream.partner[end] == range.upperBound - 1 {
            callPath = stream.dottedName(from: valueStart, limit: end).0
        }
        attributeAssignments.append(AttributeAssignment(
            owner: owner, name: stream.text(first + 2), annotation: annotation, valueCallPath: callPath, scope: scope))
    }

    /// The dotted name a call's first argument is, looking through nested calls: `f(g(X, a), b)` → `X`.
    private func firstArgumentPath(ofCallOpeningAt open: Int) -> [String]? {
        guard stream.partner[open] > open else { return nil }
        let arguments = open + 1..<stream.partner[open]
        var firstEnd = arguments.upperBound
        stream.walkTopLevel(arguments) { i, inLambdaParameters in
            if !inLambdaParameters && stream.isOp(i, ",") { firstEnd = i }
            return firstEnd == arguments.upperBound
        }
        let first = arguments.lowerBound..<firstEnd
        guard !first.isEmpty else { return nil }
        let (path, end) = stream.dottedName(from: first.lowerBound, limit: first.upperBound)
        if !path.isEmpty && end == first.upperBound { return path }
        if !path.isEmpty, stream.isOp(end, "("), stream.partner[end] == first.upperBound - 1 {
            return firstArgumentPath(ofCallOpeningAt: end)
        }
        return nil
    }

    /// `match x:` / `case P():` rather than an expression that uses `match` or `case` as a name.
    private func isSoftKeywordClause(_ range: Range<Int>) -> Bool {
        let second = range.lowerBound + 1
        guard second < range.upperBound else { return false }
        if stream.tokens[second].kind == .op {
            let op = stream.text(second)
            if op != "(" && op != "[" && op != "{" && op != "-" && op != "*" { return false }
        }
        return stream.firstTopLevel(":", in: second..<range.upperBound) != nil
    }

    /// A compound statement header and the simple statements that may follow its colon on the same line.
    private mutating func processCompound(_ range: Range<Int>, patternHeader: Bool) {
        guard let colon = stream.firstTopLevel(":", in: range.lowerBound + 1..<range.upperBound) else {
            scanCalls(range)
            return
        }
        let header = range.lowerBound + 1..<colon
        if stream.isName(range.lowerBound, "with") {
            recordContextTargets(header)
            if expectsTypeError(header) {
                if colon + 1 < range.upperBound {
                    scanCalls(header)
                    let firstCall = calls.count
                    inlineSuiteDepth += 1
                    processStatements(colon + 1..<range.upperBound)
                    inlineSuiteDepth -= 1
                    markMeantToFail(from: firstCall)
                    return
                }
                raisesIndents.append(currentIndent)
            }
        } else if stream.isName(range.lowerBound, "for") {
            recordLoopTargets(header)
        } else if stream.isName(range.lowerBound, "if") || stream.isName(range.lowerBound, "elif"), colon + 1 == range.upperBound,
                  let narrowing = isinstanceTest(header) {
            narrowings.append((currentIndent, narrowing.path, narrowing.to))
        }
        if stream.isName(range.lowerBound, "for") || stream.isName(range.lowerBound, "while") {
            openLoops.append((stream.location(range.lowerBound).line, currentIndent))
        }
        if patternHeader {
            // `case Point(x=0):` is a class pattern, not a call; only a guard after `if` holds calls.
            if let guardIf = firstTopLevelName("if", in: header) {
                scanCalls(guardIf + 1..<colon)
            }
        } else {
            scanCalls(header)
        }
        if colon + 1 < range.upperBound {
            inlineSuiteDepth += 1
            processStatements(colon + 1..<range.upperBound)
            inlineSuiteDepth -= 1
        }
    }

    /// `with C(...) as x, open(p) as y:`: each `as` name holds what its manager's `__enter__` gives,
    /// read through the callee when the manager is a call of a dotted name, else nothing known.
    private mutating func recordContextTargets(_ header: Range<Int>) {
        var items = header
        // `with (a as x, b as y):`
        if stream.isOp(header.lowerBound, "("), stream.partner[header.lowerBound] == header.upperBound - 1 {
            items = header.lowerBound + 1..<header.upperBound - 1
        }
        for item in stream.split(items, at: ",") where !item.isEmpty {
            guard let asKeyword = firstTopLevelName("as", in: item) else { continue }
            let target = asKeyword + 1..<item.upperBound
            guard target.count == 1, stream.isName(target.lowerBound), !stream.isKeyword(target.lowerBound) else {
                recordOpaqueTargets(target, loopBody: false)
                continue
            }
            let value = item.lowerBound..<asKeyword
            let (count, end) = stream.dottedNameExtent(from: value.lowerBound, limit: value.upperBound)
            var callPath: [String]?
            if count > 0, stream.isOp(end, "("), stream.partner[end] == value.upperBound - 1 {
                callPath = stream.dottedName(from: value.lowerBound, limit: end).0
            }
            var assignment = NameAssignment(
                name: stream.text(target.lowerBound), valuePath: nil, scope: scope, location: stream.location(target.lowerBound),
                valueCallPath: callPath)
            assignment.entersContext = callPath != nil
            bind(assignment)
        }
    }

    /// `isinstance(a.b, C)` (the whole test, one class): the path and the class.
    private func isinstanceTest(_ header: Range<Int>) -> (path: [String], to: String)? {
        guard header.count >= 6, stream.isName(header.lowerBound, "isinstance"), stream.isOp(header.lowerBound + 1, "("),
              stream.partner[header.lowerBound + 1] == header.upperBound - 1 else { return nil }
        let arguments = stream.commaSegments(header.lowerBound + 2..<header.upperBound - 1).filter { !$0.isEmpty }
        guard arguments.count == 2 else { return nil }
        let (path, pathEnd) = stream.dottedName(from: arguments[0].lowerBound, limit: arguments[0].upperBound)
        let (type, typeEnd) = stream.dottedName(from: arguments[1].lowerBound, limit: arguments[1].upperBound)
        guard !path.isEmpty, pathEnd == arguments[0].upperBound, !type.isEmpty, typeEnd == arguments[1].upperBound else { return nil }
        return (path, type.joined(separator: "."))
    }

    /// Exceptions a bad keyword argument raises, or that catch it: `TypeError`, pydantic's
    /// `ValidationError`, and the catch-alls.
    private static let typeErrorCatchers: Set<String> = ["TypeError", "ValidationError", "Exception", "BaseException"]

    /// `with pytest.raises(TypeError):`, `with self.assertRaises((TypeError, ValueError)):`,
    /// `with raises(ValidationError, match=...)`: a block whose calls are meant to fail.
    private func expectsTypeError(_ header: Range<Int>) -> Bool {
        for item in stream.split(header, at: ",") {
            let (count, end) = stream.dottedNameExtent(from: item.lowerBound, limit: item.upperBound)
            guard count > 0, stream.isOp(end, "("),
                  let name = stream.dottedName(from: item.lowerBound, limit: end).0.last,
                  ["raises", "assertRaises", "assertRaisesRegex"].contains(name) else { continue }
            let close = stream.partner[end]
            // The first argument, or the names of a tuple there.
            var index = end + 1
            if stream.isOp(index, "(") { index += 1 }
            while index < close, !stream.isOp(index, ")") {
                if stream.isName(index), Skim.typeErrorCatchers.contains(stream.text(index)) { return true }
                if stream.isOp(index, ","), !stream.isOp(end + 1, "(") { break }
                index += 1
            }
        }
        return false
    }

    /// `for a, (b, c) in ...:`: the loop rebinds its target names to values this reading does not follow.
    private mutating func recordLoopTargets(_ header: Range<Int>) {
        guard let inKeyword = firstTopLevelName("in", in: header) else { return }
        let target = header.lowerBound..<inKeyword
        let (count, end) = stream.dottedNameExtent(from: inKeyword + 1, limit: header.upperBound)
        // `for line in text.split(...):` iterates what the call returns.
        let iteratesCall = count > 0 && end < header.upperBound && stream.isOp(end, "(") && stream.partner[end] == header.upperBound - 1
        guard target.count == 1, stream.isName(target.lowerBound), !stream.isKeyword(target.lowerBound), count > 0,
              end == header.upperBound || iteratesCall else {
            recordOpaqueTargets(target, loopBody: true)
            return
        }
        // `for h in self.handlers:`: an element of a container whose annotation may say its class.
        var assignment = NameAssignment(
            name: stream.text(target.lowerBound), valuePath: nil, scope: scope, location: stream.location(target.lowerBound))
        assignment.iteratesPath = stream.dottedName(from: inKeyword + 1, limit: end).0
        assignment.iteratesCallResult = iteratesCall
        bind(assignment, loopBody: true)
    }

    /// Every plain name in a target list, bound to something unknown: a name rebound this way no longer
    /// means what an earlier assignment or import made it.
    private mutating func recordOpaqueTargets(_ targets: Range<Int>, loopBody: Bool) {
        for index in targets where stream.isName(index) && !stream.isKeyword(index) {
            let isAttribute = index > targets.lowerBound && stream.isOp(index - 1, ".")
            let isSubscripted = index + 1 < targets.upperBound && (stream.isOp(index + 1, ".") || stream.isOp(index + 1, "["))
            guard !isAttribute && !isSubscripted else { continue }
            bind(NameAssignment(name: stream.text(index), valuePath: nil, scope: scope, location: stream.location(index)), loopBody: loopBody)
        }
    }

    private func firstTopLevelName(_ name: StaticString, in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if stream.isName(i, name) { return i }
            i = stream.skipGroup(i)
        }
        return nil
    }

    mutating func finish() -> FileSummary {
        closeExtents(before: -1, atLine: Int(Int32.max))
        while let block = blocks.popLast() { close(block) }
        let names = DecoratorNames(imports: imports.filter { $0.scope.isEmpty })
        var classDefinitions: [ClassDefinition] = []
        // Nested `Config` classes (pydantic's older settings), by the class they configure.
        var configs: [String: ClassUnderConstruction] = [:]
        for pending in classes where pending.qualifiedName.hasSuffix(".Config") {
            configs[String(pending.qualifiedName.dropLast(".Config".count))] = pending
        }
        for pending in classes {
            let decoratorNames = pending.decorators.map { names.qualifiedName(of: $0.path) }
            let baseNames = pending.bases.map { names.qualifiedName(of: $0.dottedComponents.map(String.init)) }
            let style = pending.fieldStyle(decoratorNames: decoratorNames, baseNames: baseNames)
            let nestedConfig = configs[pending.qualifiedName]
            var synthesized: Callable?
            if !pending.hasInit, let (style, options) = style {
                synthesized = pending.fieldInitializer(style: style, options: options, names: names, nestedConfig: nestedConfig)
            }
            if let synthesized { callables.append(synthesized) }
            var definition = ClassDefinition(
                name: pending.qualifiedName, bases: pending.bases, location: pending.location,
                fieldInitializer: style?.0.signatureSource,
                definesInitializer: pending.hasInit || synthesized != nil,
                decorators: decoratorNames, metaclass: pending.metaclass)
            if style == nil && !pending.bases.isEmpty && !pending.hasInit {
                definition.modelFields = pending.modelParameters(names: names, nestedConfig: nestedConfig)
            }
            definition.dataclassTransform = pending.decorators.lazy.compactMap(\.dataclassTransform).first
            // `init=False` in the class header or the decorator call: the transform writes no `__init__`.
            let writesInit = (pending.headerKeywords["init"] ?? pending.decorators.lazy.compactMap { $0.keywords["init"] }.first) != "False"
            if style == nil && !pending.hasInit && writesInit {
                definition.transformFields = pending.transformFields()
                let keywordOnly = pending.headerKeywords["kw_only"] ?? pending.decorators.lazy.compactMap { $0.keywords["kw_only"] }.first
                definition.transformKeywordOnly = keywordOnly.map { $0 == "True" }
            }
            classDefinitions.append(definition)
        }
        for tuple in functionalNamedTuples {
            let factory = names.qualifiedName(of: tuple.calleePath)
            guard tuple.isTypedDict ? FunctionalNamedTuple.typedDictFactories.contains(factory) : FunctionalNamedTuple.factories.contains(factory)
            else { continue }
            let initializer = tuple.initializer()
            callables.append(initializer)
            classDefinitions.append(ClassDefinition(
                name: tuple.name, bases: [], location: tuple.location, fieldInitializer: initializer.source,
                definesInitializer: true))
        }
        var summary = FileSummary(callables: callables, classes: classDefinitions, calls: calls, imports: imports)
        summary.loops = loops.sorted { ($0.header, $0.end) < ($1.header, $1.end) }
        summary.exportedNames = exportedNames
        summary.assignments = assignments
        for pending in classes {
            for field in pending.fields where field.isAnnotated && field.annotationHead != "ClassVar" {
                attributeAssignments.append(AttributeAssignment(
                    owner: pending.qualifiedName, name: field.name, annotation: field.annotationPath, valueCallPath: nil,
                    scope: ""))
            }
        }
        summary.attributeAssignments = attributeAssignments
        return summary
    }
}
