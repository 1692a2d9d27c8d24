import ParamGuardModel

/// The binary form of a file summary, for the summary cache. Every field is written, so a summary reads
/// back equal to the one written (the tests check this over real sources); a field added to the model
/// must be added here and the cache's format number raised.
///
/// The definitions come first, with their length, and the calls last: a lookup of declarations reads a
/// file's definitions and skips its calls, which are most of its summary. Each call comes with its
/// length too, so that a search for the callers that pass some keyword decodes only those calls.
extension BinaryWriter {
    mutating func write(_ summary: FileSummary) {
        var definitions = BinaryWriter()
        definitions.writeDefinitions(of: summary)
        let definitionBytes = definitions.bytes
        write(UInt32(definitionBytes.count))
        append(raw: definitionBytes)
        var calls = BinaryWriter()
        calls.write(UInt32(summary.calls.count))
        for call in summary.calls { calls.writeSized { $0.write(call) } }
        append(raw: calls.bytes)
    }

    /// The imports come first: a caller search reads them and passes over the rest undecoded.
    private mutating func writeDefinitions(of summary: FileSummary) {
        write(summary.imports) { $0.write($1) }
        write(summary.callables) { $0.write($1) }
        write(summary.classes) { $0.write($1) }
        write(summary.syntaxProblem != nil)
        if let problem = summary.syntaxProblem {
            write(problem.message)
            write(problem.location)
        }
        write(summary.exportedNames)
        write(summary.assignments) { $0.write($1) }
        write(summary.attributeAssignments) { $0.write($1) }
        write(summary.loops) { writer, loop in
            writer.write(Int64(loop.header))
            writer.write(Int64(loop.end))
        }
    }

    mutating func write(_ location: SourceLocation) {
        write(Int64(location.line))
        write(Int64(location.column))
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(Int64(value)) }
    }

    mutating func write(_ value: Bool?) {
        write(UInt8(value.map { $0 ? 1 : 0 } ?? 2))
    }

    mutating func write(_ strings: [String]) {
        write(strings) { $0.write($1) }
    }

    mutating func write(_ strings: [String]?) {
        write(strings != nil)
        if let strings { write(strings) }
    }

    mutating func write(_ strings: [String?]?) {
        write(strings != nil)
        if let strings { write(strings) { $0.write($1) } }
    }

    mutating func write(_ callable: Callable) {
        write(callable.name)
        write(callable.kind.rawValue)
        write(callable.parameters) { $0.write($1) }
        write(callable.location)
        write(callable.source.rawValue)
        write(callable.isComplete)
        write(callable.returnAnnotation)
        write(callable.hasOpaqueDecorators)
        write(callable.opaqueDecorators != nil)
        if let paths = callable.opaqueDecorators { write(paths) { $0.write($1) } }
        write(callable.preservesSignature)
        write(callable.swift != nil)
        if let traits = callable.swift {
            write(traits.access)
            write(traits.isStatic)
            write(traits.isProtocolRequirement)
            write(traits.isMigrationAlias)
            write(traits.extensionRequirements)
        }
        write(callable.dataclassTransform)
    }

    mutating func write(_ transform: DataclassTransform?) {
        write(transform != nil)
        guard let transform else { return }
        write(transform.keywordOnlyDefault)
        write(transform.fieldSpecifiers)
    }

    mutating func write(_ field: TransformField) {
        write(field.name)
        write(field.location)
        write(field.hasValue)
        write(field.valueCallee)
        write(field.valueHasPositional)
        write(field.keywords.keys.sorted()) { writer, key in
            writer.write(key)
            writer.write(field.keywords[key]!)
        }
        write(field.afterKeywordOnlyMarker)
    }

    mutating func write(_ parameter: Parameter) {
        write(parameter.name)
        write(parameter.kind.rawValue)
        write(parameter.hasDefault)
        write(parameter.location)
        write(parameter.annotation)
        write(parameter.swift != nil)
        if let swift = parameter.swift {
            write(swift.label)
            write(swift.internalName)
            write(swift.isVariadic)
        }
    }

    mutating func write(_ definition: ClassDefinition) {
        write(definition.name)
        write(definition.bases)
        write(definition.location)
        write(definition.fieldInitializer?.rawValue)
        write(definition.definesInitializer)
        write(definition.decorators)
        write(definition.metaclass)
        write(definition.modelFields != nil)
        if let fields = definition.modelFields { write(fields) { $0.write($1) } }
        write(definition.swiftKind?.rawValue)
        write(definition.swiftProperties != nil)
        if let properties = definition.swiftProperties {
            write(properties) { writer, property in
                writer.write(property.name)
                writer.write(Self.code(property.value))
                writer.write(property.isFunction)
                writer.write(property.annotation)
            }
        }
        write(definition.swiftGenericParameters)
        write(definition.swiftIsLocal)
        write(definition.swiftAliasArguments)
        write(definition.dataclassTransform)
        write(definition.transformFields != nil)
        if let fields = definition.transformFields { write(fields) { $0.write($1) } }
        write(definition.transformKeywordOnly)
    }

    /// A receiver as one optional string: its kind's letter, a colon, its text.
    static func code(_ receiver: SwiftReceiver?) -> String? {
        switch receiver {
        case nil: return nil
        case let .type(name): return "t:" + name
        case let .resultOf(callee): return "r:" + callee
        case let .property(name): return "p:" + name
        case let .member(base, name): return "m:" + name + "\u{1}" + (code(base) ?? "")
        case let .element(base): return "e:" + (code(base) ?? "")
        case let .iterated(base): return "i:" + (code(base) ?? "")
        }
    }

    mutating func write(_ call: CallSite) {
        write(call.callee)
        write(call.location)
        write(Int64(call.endLine))
        write(call.keywords) { writer, keyword in
            writer.write(keyword.name)
            writer.write(keyword.location)
        }
        write(Int64(call.positionalCount))
        write(call.hasStarArgs)
        write(call.hasStarStarKwargs)
        write(call.scope)
        write(call.enclosingClass)
        write(call.firstArgumentPath)
        write(call.argumentLabels)
        write(call.trailingClosureLabels)
        write(call.isReference)
        write(call.wrappedType)
        write(call.argumentOf)
        write(call.argumentPosition)
        write(Self.code(call.receiver))
        write(call.openReason)
        write(call.callsLocalFunction)
    }

    mutating func write(_ binding: ImportBinding) {
        write(binding.kind.rawValue)
        write(binding.boundName)
        write(binding.module)
        write(Int64(binding.level))
        write(binding.symbol)
        write(binding.scope)
        write(binding.location)
        write(binding.isTestable)
    }

    mutating func write(_ assignment: NameAssignment) {
        write(assignment.name)
        write(assignment.valuePath)
        write(assignment.valueCallPath)
        write(assignment.wrappedPath)
        write(assignment.entersContext)
        write(assignment.iteratesPath)
        write(assignment.iteratesCallResult)
        write(assignment.narrowedTo)
        write(Int64(assignment.holdsThrough ?? -1))
        write(assignment.scope)
        write(assignment.location)
    }

    mutating func write(_ assignment: AttributeAssignment) {
        write(assignment.owner)
        write(assignment.name)
        write(assignment.annotation)
        write(assignment.valueCallPath)
        write(assignment.scope)
    }
}

extension BinaryReader {
    /// A receiver written by `BinaryWriter.code`.
    static func receiver(_ code: String?) throws -> SwiftReceiver? {
        guard let code else { return nil }
        let text = String(code.dropFirst(2))
        switch code.prefix(2) {
        case "t:": return .type(text)
        case "r:": return .resultOf(text)
        case "p:": return .property(text)
        case "e:":
            guard let base = try receiver(text) else { throw Malformed() }
            return .element(base)
        case "i:":
            guard let base = try receiver(text) else { throw Malformed() }
            return .iterated(base)
        case "m:":
            guard let separator = text.firstIndex(of: "\u{1}"), let base = try receiver(String(text[text.index(after: separator)...]))
            else { throw Malformed() }
            return .member(base, String(text[..<separator]))
        default: throw Malformed()
        }
    }

    mutating func read(_: FileSummary.Type) throws -> FileSummary {
        try readSummary(callsPassingAnyOf: nil)
    }

    /// A summary whose calls are only those that pass one of `keywords` (all of them when nil). The
    /// others are skipped undecoded; call indexes (`argumentOf`) do not hold among the ones kept.
    mutating func readSummary(callsPassingAnyOf keywords: Set<String>?) throws -> FileSummary {
        var summary = try readDefinitions()
        var calls = try remainingSection()
        let count = Int(try calls.read(UInt32.self))
        guard count <= calls.buffer.count else { throw Malformed() }
        for _ in 0..<count {
            if let call = try calls.readCall(where: { _, arguments in keywords.map { wanted in arguments.contains { wanted.contains($0.name) } } ?? true }) {
                summary.calls.append(call)
            }
        }
        guard calls.isAtEnd else { throw Malformed() }
        return summary
    }

    /// A summary with every call at its own index, decoded only if `keep` accepts its callee or a call
    /// so kept is passed to it (`argumentOf`, which `.init(...)` needs to name its type). The others
    /// are passed over undecoded and stand as `CallSite.placeholder`. Of the declarations, only the
    /// imports are read: what resolving a file's calls needs of it (the rest is left empty).
    mutating func readSummary(keepingCallsWhere keep: (String) -> Bool) throws -> FileSummary {
        var definitions = try section(length: Int(try read(UInt32.self)))
        var summary = FileSummary(imports: try definitions.read { try $0.read(ImportBinding.self) })
        var calls = try remainingSection()
        let count = Int(try calls.read(UInt32.self))
        guard count <= calls.buffer.count else { throw Malformed() }
        var starts: [Int] = []
        var kept: [Bool] = []
        starts.reserveCapacity(count)
        summary.calls.reserveCapacity(count)
        // `keep`'s answer per callee string, asked once each (0: not asked, 1: keep, 2: pass over). A
        // call record starts with its callee's number, so a call passed over is never decoded at all.
        var verdicts = [UInt8](repeating: 0, count: calls.stringCount)
        let placeholder = CallSite.placeholder
        for _ in 0..<count {
            starts.append(calls.offset)
            let callee = Int(try calls.peekIntoSized())
            guard callee < verdicts.count else { throw Malformed() }
            if verdicts[callee] == 0 { verdicts[callee] = keep(try calls.string(number: callee)) ? 1 : 2 }
            if verdicts[callee] == 1, let call = try calls.readCall(where: { _, _ in true }) {
                kept.append(true)
                summary.calls.append(call)
            } else {
                try calls.skipSized()
                kept.append(false)
                summary.calls.append(placeholder)
            }
        }
        guard calls.isAtEnd else { throw Malformed() }
        for index in kept.indices where kept[index] {
            guard let outer = summary.calls[index].argumentOf, outer >= 0, outer < count, !kept[outer] else { continue }
            var reader = try calls.moved(to: starts[outer])
            guard let call = try reader.readCall(where: { _, _ in true }) else { throw Malformed() }
            summary.calls[outer] = call
            kept[outer] = true
        }
        return summary
    }

    /// A summary without its calls, the calls left unread (the reader then stands at their start).
    mutating func readDefinitions() throws -> FileSummary {
        var definitions = try section(length: Int(try read(UInt32.self)))
        let summary = try definitions.readDefinitionsSection()
        guard definitions.isAtEnd else { throw Malformed() }
        return summary
    }

    private mutating func readDefinitionsSection() throws -> FileSummary {
        let imports = try read { try $0.read(ImportBinding.self) }
        var summary = FileSummary(
            callables: try read { try $0.read(Callable.self) },
            classes: try read { try $0.read(ClassDefinition.self) },
            imports: imports)
        if try read(Bool.self) {
            summary.syntaxProblem = SyntaxProblem(message: try read(String.self), location: try read(SourceLocation.self))
        }
        summary.exportedNames = try read([String]?.self)
        summary.assignments = try read { try $0.read(NameAssignment.self) }
        summary.attributeAssignments = try read { try $0.read(AttributeAssignment.self) }
        summary.loops = try read { LoopSpan(header: Int(try $0.read(Int64.self)), end: Int(try $0.read(Int64.self))) }
        return summary
    }

    mutating func read(_: SourceLocation.Type) throws -> SourceLocation {
        SourceLocation(line: try read(Int.self), column: try read(Int.self))
    }

    mutating func read(_: Int.Type) throws -> Int {
        Int(try read(Int64.self))
    }

    mutating func read(_: Int?.Type) throws -> Int? {
        try read(Bool.self) ? try read(Int.self) : nil
    }

    mutating func read(_: Bool?.Type) throws -> Bool? {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        case 2: return nil
        default: throw Malformed()
        }
    }

    mutating func read(_: [String].Type) throws -> [String] {
        try read { try $0.read(String.self) }
    }

    mutating func read(_: [String]?.Type) throws -> [String]? {
        try read(Bool.self) ? try read([String].self) : nil
    }

    mutating func read(_: [String?]?.Type) throws -> [String?]? {
        try read(Bool.self) ? try read { try $0.read(String?.self) } : nil
    }

    /// A value of a string-backed enum; an unknown raw value means the file is not ours.
    mutating func read<Value: RawRepresentable>(_: Value.Type) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try read(String.self)) else { throw Malformed() }
        return value
    }

    mutating func read(_: Callable.Type) throws -> Callable {
        var callable = Callable(
            name: try read(String.self), kind: try read(CallableKind.self), parameters: try read { try $0.read(Parameter.self) },
            location: try read(SourceLocation.self), source: try read(SignatureSource.self), isComplete: try read(Bool.self))
        callable.returnAnnotation = try read(String?.self)
        callable.hasOpaqueDecorators = try read(Bool.self)
        if try read(Bool.self) { callable.opaqueDecorators = try read { try $0.read([String].self) } }
        callable.preservesSignature = try read(Bool.self)
        if try read(Bool.self) {
            var traits = SwiftDeclarationTraits(
                access: try read(String.self), isStatic: try read(Bool.self), isProtocolRequirement: try read(Bool.self),
                isMigrationAlias: try read(Bool.self))
            traits.extensionRequirements = try read([String]?.self)
            callable.swift = traits
        }
        callable.dataclassTransform = try readDataclassTransform()
        return callable
    }

    mutating func readDataclassTransform() throws -> DataclassTransform? {
        guard try read(Bool.self) else { return nil }
        return DataclassTransform(keywordOnlyDefault: try read(Bool.self), fieldSpecifiers: try read([String].self))
    }

    mutating func read(_: TransformField.Type) throws -> TransformField {
        let name = try read(String.self)
        let location = try read(SourceLocation.self)
        let hasValue = try read(Bool.self)
        let callee = try read(String?.self)
        let positional = try read(Bool.self)
        let pairs = try read { reader in (try reader.read(String.self), try reader.read(String.self)) }
        return TransformField(
            name: name, location: location, hasValue: hasValue, valueCallee: callee, valueHasPositional: positional,
            keywords: Dictionary(pairs, uniquingKeysWith: { first, _ in first }), afterKeywordOnlyMarker: try read(Bool.self))
    }

    mutating func read(_: Parameter.Type) throws -> Parameter {
        var parameter = Parameter(
            name: try read(String.self), kind: try read(ParameterKind.self), hasDefault: try read(Bool.self),
            location: try read(SourceLocation.self), annotation: try read(String?.self))
        if try read(Bool.self) {
            parameter.swift = SwiftParameterTraits(
                label: try read(String?.self), internalName: try read(String?.self), isVariadic: try read(Bool.self))
        }
        return parameter
    }

    mutating func read(_: ClassDefinition.Type) throws -> ClassDefinition {
        let name = try read(String.self)
        let bases = try read([String].self)
        let location = try read(SourceLocation.self)
        let fieldInitializer = try read(String?.self).map { raw -> SignatureSource in
            guard let source = SignatureSource(rawValue: raw) else { throw Malformed() }
            return source
        }
        var definition = ClassDefinition(
            name: name, bases: bases, location: location, fieldInitializer: fieldInitializer,
            definesInitializer: try read(Bool.self), decorators: try read([String].self), metaclass: try read(String?.self))
        if try read(Bool.self) { definition.modelFields = try read { try $0.read(Parameter.self) } }
        if let kind = try read(String?.self) {
            guard let known = SwiftDeclarationKind(rawValue: kind) else { throw BinaryReader.Malformed() }
            definition.swiftKind = known
        }
        if try read(Bool.self) {
            definition.swiftProperties = try read { reader in
                SwiftProperty(
                    name: try reader.read(String.self), value: try Self.receiver(reader.read(String?.self)),
                    isFunction: try reader.read(Bool.self), annotation: try reader.read(String?.self))
            }
        }
        definition.swiftGenericParameters = try read([String]?.self)
        definition.swiftIsLocal = try read(Bool?.self)
        definition.swiftAliasArguments = try read([String]?.self)
        definition.dataclassTransform = try readDataclassTransform()
        if try read(Bool.self) { definition.transformFields = try read { try $0.read(TransformField.self) } }
        definition.transformKeywordOnly = try read(Bool?.self)
        return definition
    }

    /// A call, or nil (the rest of its record passed over) when `wanted` rejects its callee and keyword
    /// arguments.
    mutating func readCall(where wanted: (_ callee: String, _ keywords: [KeywordArgument]) -> Bool) throws -> CallSite? {
        try readSized { reader in
            let callee = try reader.read(String.self)
            let location = try reader.read(SourceLocation.self)
            let endLine = try reader.read(Int.self)
            let arguments = try reader.read { KeywordArgument(name: try $0.read(String.self), location: try $0.read(SourceLocation.self)) }
            guard wanted(callee, arguments) else { return nil }
            var call = CallSite(
                callee: callee, location: location, endLine: endLine, keywords: arguments,
                positionalCount: try reader.read(Int.self), hasStarArgs: try reader.read(Bool.self),
                hasStarStarKwargs: try reader.read(Bool.self), scope: try reader.read(String.self),
                enclosingClass: try reader.read(String?.self))
            call.firstArgumentPath = try reader.read([String]?.self)
            call.argumentLabels = try reader.read([String?]?.self)
            call.trailingClosureLabels = try reader.read([String?]?.self)
            call.isReference = try reader.read(Bool?.self)
            call.wrappedType = try reader.read(String?.self)
            call.argumentOf = try reader.read(Int?.self)
            call.argumentPosition = try reader.read(Int?.self)
            call.receiver = try Self.receiver(reader.read(String?.self))
            call.openReason = try reader.read(String?.self)
            call.callsLocalFunction = try reader.read(Bool?.self)
            return call
        }
    }

    mutating func read(_: ImportBinding.Type) throws -> ImportBinding {
        ImportBinding(
            kind: try read(ImportBinding.Kind.self), boundName: try read(String.self), module: try read(String.self),
            level: try read(Int.self), symbol: try read(String?.self), scope: try read(String.self),
            location: try read(SourceLocation.self), isTestable: try read(Bool.self))
    }

    mutating func read(_: NameAssignment.Type) throws -> NameAssignment {
        let name = try read(String.self)
        let valuePath = try read([String]?.self)
        let valueCallPath = try read([String]?.self)
        let wrappedPath = try read([String]?.self)
        let entersContext = try read(Bool.self)
        let iteratesPath = try read([String]?.self)
        let iteratesCallResult = try read(Bool.self)
        let narrowedTo = try read(String?.self)
        let holdsThrough = try read(Int64.self)
        var assignment = NameAssignment(
            name: name, valuePath: valuePath, scope: try read(String.self), location: try read(SourceLocation.self),
            valueCallPath: valueCallPath, wrappedPath: wrappedPath)
        assignment.entersContext = entersContext
        assignment.iteratesPath = iteratesPath
        assignment.iteratesCallResult = iteratesCallResult
        assignment.narrowedTo = narrowedTo
        assignment.holdsThrough = holdsThrough < 0 ? nil : Int(holdsThrough)
        return assignment
    }

    mutating func read(_: AttributeAssignment.Type) throws -> AttributeAssignment {
        AttributeAssignment(
            owner: try read(String.self), name: try read(String.self), annotation: try read(String?.self),
            valueCallPath: try read([String]?.self), scope: try read(String.self))
    }
}

extension CallSite {
    /// What stands for a call a selective read passed over: no callee, so no check looks at it.
    static let placeholder = CallSite(
        callee: "", location: SourceLocation(line: 0, column: 0), endLine: 0, keywords: [], positionalCount: 0,
        hasStarArgs: false, hasStarStarKwargs: false, scope: "", enclosingClass: nil)
}
