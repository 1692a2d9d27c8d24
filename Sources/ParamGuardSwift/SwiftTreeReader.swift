@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// Walks one file's raw syntax tree and records its types, initializers, functions, imports, calls and
/// compound-name references. Subtrees that cannot hold any of them (types, generic clauses, string
/// literals without interpolation) are passed over.
struct SwiftTreeReader {
    let bytes: [UInt8]
    let lines: LineTable
    var summary = FileSummary()
    /// Enclosing types and functions, outermost first.
    var contexts: [Context] = []

    struct Context {
        var name: String
        var isType: Bool
        var isProtocol = false
        /// An extension's `where` requirements, as written.
        var requirements: [String]? = nil
        /// Where the type's definition is in `summary.classes`, to add its properties to.
        var classIndex: Int? = nil
        /// The access members get when they write none: `public` in a `public extension`.
        var memberAccess: String? = nil
        /// The enum's own access, which its cases have.
        var access = "internal"
        /// `bodyDepth` when the context was entered: a variable declared at that depth is a member.
        var bodyDepth = 0
    }

    /// Names bound in the enclosing functions, closures and blocks, and generic parameters in scope.
    var locals = SwiftLocalScopes()
    /// How many function bodies, closures and accessors enclose the walk.
    var bodyDepth = 0
    /// Closures passed to `forEach`, `map`, `filter` and the like on a value this file types: their
    /// element parameter (the second one for `reduce`), or `$0`/`$1`, is an element of that value.
    var elementClosures: [RawSyntax.ID: (position: Int, element: SwiftReceiver)] = [:]


    init(bytes: [UInt8], lines: LineTable) {
        self.bytes = bytes
        self.lines = lines
    }

    func location(_ node: RawNode) -> ParamGuardModel.SourceLocation {
        lines.location(ofOffset: node.start)
    }

    /// A node's source text without its leading and trailing trivia.
    func text(_ node: RawNode) -> String {
        String(decoding: bytes[node.start..<max(node.start, node.end)], as: UTF8.self)
    }

    /// Dotted names of the enclosing contexts, and of the innermost enclosing type (`Outer.Inner`, for
    /// `self` and `super`): kept up to date on entering and leaving, since every call records them.
    var scope = ""
    var enclosingTypeName: String?
    private var scopes: [(scope: String, type: String?)] = []

    var owningType: Context? {
        guard let last = contexts.last, last.isType else { return nil }
        return last
    }

    private mutating func enter(_ context: Context) {
        scopes.append((scope, enclosingTypeName))
        scope = scope.isEmpty ? context.name : scope + "." + context.name
        if context.isType {
            // Types nest by name; a function between them does not qualify a local type.
            enclosingTypeName = contexts.last?.isType == true ? (enclosingTypeName.map { $0 + "." } ?? "") + context.name : context.name
        }
        contexts.append(context)
    }

    private mutating func leave() {
        contexts.removeLast()
        (scope, enclosingTypeName) = scopes.removeLast()
    }

    // MARK: - The walk

    mutating func read(_ node: RawNode) {
        switch node.kind {
        case .structDecl, .classDecl, .actorDecl, .enumDecl, .protocolDecl:
            readType(node)
        case .extensionDecl:
            readExtension(node)
        case .initializerDecl:
            readInitializer(node)
        case .functionDecl:
            readFunction(node)
        case .importDecl:
            readImport(node)
        case .enumCaseDecl:
            readEnumCase(node)
        case .typeAliasDecl:
            readTypeAlias(node)
        case .associatedTypeDecl:
            if let index = owningType?.classIndex {
                summary.classes[index].swiftGenericParameters = (summary.classes[index].swiftGenericParameters ?? [])
                    + [node.as(RawAssociatedTypeDeclSyntax.self)!.name.plainText]
            }
        case .forStmt:
            readFor(node)
        case .codeBlock, .ifExpr, .whileStmt, .repeatStmt, .catchClause, .switchCase, .accessorBlock:
            // `if`, `while` and `for` bind names for their body; `for`, `catch` and `case` patterns are
            // read as they come (`identifierPattern` below).
            let isBody = node.kind == .codeBlock || node.kind == .accessorBlock
            if isBody { bodyDepth += 1 }
            locals.open()
            readChildren(node)
            locals.close()
            if isBody { bodyDepth -= 1 }
        case .closureExpr:
            readClosure(node)
        case .expressionPattern:
            // `case .retry(let info) = decision`, `case Foo.bar(x: _)`: a pattern matched, not a call made.
            // Names it binds are values of unknown type.
            bindPatternNames(node)
        case .optionalBindingCondition:
            readChildren(node)
            readOptionalBinding(node)
        case .identifierPattern:
            // Every pattern of a body binds a name; a member's is a property, read by `readVariable`.
            if owningType == nil || owningType!.bodyDepth < bodyDepth {
                locals.bind(node.as(RawIdentifierPatternSyntax.self)!.identifier.plainText, .value(nil))
            }
        case .functionCallExpr:
            readCall(node)
        case .declReferenceExpr:
            if let reference = node.as(RawDeclReferenceExprSyntax.self), reference.argumentNames != nil {
                recordReference(node, declName: node, base: nil)
            }
        case .memberAccessExpr:
            let member = node.as(RawMemberAccessExprSyntax.self)!
            if member.declName.argumentNames != nil {
                recordReference(node, declName: node.locate(member.declName)!, base: node.locate(member.base))
            }
            if let base = node.locate(member.base) { read(base) }
        case .variableDecl:
            recordPropertyWrapperCalls(node)
            readVariable(node)
        case .stringLiteralExpr:
            let literal = node.as(RawStringLiteralExprSyntax.self)!
            if literal.segments.elements.contains(where: { $0.is(RawExpressionSegmentSyntax.self) }) { readChildren(node) }
        // Types, generic clauses and availability lists hold no call, declaration or reference.
        case .typeAnnotation, .returnClause, .inheritanceClause, .genericParameterClause, .genericWhereClause,
             .genericArgumentClause, .identifierType, .memberType, .availabilityArgumentList:
            return
        default:
            readChildren(node)
        }
    }

    mutating func readChildren(_ node: RawNode) {
        guard let layout = node.raw.layoutView else { return }
        var position = node.offset
        for child in layout.children {
            guard let child else { continue }
            if !child.isToken { read(RawNode(raw: child, offset: position)) }
            position += child.byteLength
        }
    }

    // MARK: - Types

    private mutating func readType(_ node: RawNode) {
        let name: RawTokenSyntax
        let inheritance: RawInheritanceClauseSyntax?
        let members: RawMemberBlockSyntax
        let kind: SwiftDeclarationKind
        if let declaration = node.as(RawStructDeclSyntax.self) {
            (name, inheritance, members, kind) = (declaration.name, declaration.inheritanceClause, declaration.memberBlock, .struct)
        } else if let declaration = node.as(RawClassDeclSyntax.self) {
            (name, inheritance, members, kind) = (declaration.name, declaration.inheritanceClause, declaration.memberBlock, .class)
        } else if let declaration = node.as(RawActorDeclSyntax.self) {
            (name, inheritance, members, kind) = (declaration.name, declaration.inheritanceClause, declaration.memberBlock, .actor)
        } else if let declaration = node.as(RawEnumDeclSyntax.self) {
            (name, inheritance, members, kind) = (declaration.name, declaration.inheritanceClause, declaration.memberBlock, .enum)
        } else {
            let declaration = node.as(RawProtocolDeclSyntax.self)!
            (name, inheritance, members, kind) = (declaration.name, declaration.inheritanceClause, declaration.memberBlock, .protocol)
        }
        let definesInitializer = members.members.elements.contains { $0.decl.raw.kind == .initializerDecl }
        let (modifiers, attributes) = Self.modifiersAndAttributes(of: node)
        let access = modifiers.map(SwiftNames.access) ?? "internal"
        enter(Context(
            name: name.plainText, isType: true, isProtocol: kind == .protocol, classIndex: summary.classes.count,
            access: access, bodyDepth: bodyDepth))
        let qualified = enclosingTypeName!
        let at = location(node.locate(name)!)
        var definition = typeDefinition(
            name: qualified, kind: kind, inheritance: inheritance, definesInitializer: definesInitializer, at: at)
        definition.decorators = attributes.map { SwiftNames.attributes($0).compactMap { SwiftNames.dottedType($0.attributeName) } } ?? []
        let generics = Self.genericParameters(of: node)
        if !generics.isEmpty { definition.swiftGenericParameters = generics }
        definition.swiftProperties = []
        if bodyDepth > 0 { definition.swiftIsLocal = true }
        summary.classes.append(definition)
        locals.open()
        for generic in generics { locals.bind(generic, .generic) }
        if kind == .struct && !definesInitializer, let block = node.locate(members) {
            summary.callables.append(MemberwiseInitializer.make(for: qualified, members: block, at: at, lines: lines))
        }
        if kind != .protocol {
            recordSynthesizedInitializers(of: qualified, inheritance: inheritance, isEnum: kind == .enum, at: at)
        }
        readChildren(node)
        locals.close()
        leave()
    }

    private static func modifiersAndAttributes(of node: RawNode) -> (RawDeclModifierListSyntax?, RawAttributeListSyntax?) {
        if let type = node.as(RawStructDeclSyntax.self) { return (type.modifiers, type.attributes) }
        if let type = node.as(RawClassDeclSyntax.self) { return (type.modifiers, type.attributes) }
        if let type = node.as(RawActorDeclSyntax.self) { return (type.modifiers, type.attributes) }
        if let type = node.as(RawEnumDeclSyntax.self) { return (type.modifiers, type.attributes) }
        if let type = node.as(RawProtocolDeclSyntax.self) { return (type.modifiers, type.attributes) }
        return (nil, nil)
    }

    /// The names of a declaration's generic parameter clause (`<T, U: P>`).
    private static func genericParameters(of node: RawNode) -> [String] {
        let clause: RawGenericParameterClauseSyntax?
        if let type = node.as(RawStructDeclSyntax.self) { clause = type.genericParameterClause }
        else if let type = node.as(RawClassDeclSyntax.self) { clause = type.genericParameterClause }
        else if let type = node.as(RawActorDeclSyntax.self) { clause = type.genericParameterClause }
        else if let type = node.as(RawEnumDeclSyntax.self) { clause = type.genericParameterClause }
        else if let function = node.as(RawFunctionDeclSyntax.self) { clause = function.genericParameterClause }
        else if let initializer = node.as(RawInitializerDeclSyntax.self) { clause = initializer.genericParameterClause }
        else if let alias = node.as(RawTypeAliasDeclSyntax.self) { clause = alias.genericParameterClause }
        else { clause = nil }
        return clause?.parameters.elements.map { $0.name.plainText } ?? []
    }

    /// `extension Outer.Inner: P where ...` adds to the type `Outer.Inner`: its members are named after it.
    private mutating func readExtension(_ node: RawNode) {
        let declaration = node.as(RawExtensionDeclSyntax.self)!
        let extended = SwiftNames.dottedType(declaration.extendedType) ?? SwiftNames.trimmed(declaration.extendedType.raw)
        summary.classes.append(typeDefinition(
            name: extended, kind: .extension, inheritance: declaration.inheritanceClause, definesInitializer: false,
            at: location(node)))
        summary.classes[summary.classes.count - 1].decorators =
            SwiftNames.attributes(declaration.attributes).compactMap { SwiftNames.dottedType($0.attributeName) }
        summary.classes[summary.classes.count - 1].swiftProperties = []
        let requirements = declaration.genericWhereClause?.requirements.elements.map { SwiftNames.trimmed($0.requirement.raw) }
        let access = SwiftNames.access(declaration.modifiers)
        // `public extension T { func f() }`: members without an access modifier take the extension's.
        let memberAccess = declaration.modifiers.elements.isEmpty ? nil : access
        enter(Context(
            name: extended, isType: true, requirements: requirements, classIndex: summary.classes.count - 1,
            memberAccess: memberAccess, bodyDepth: bodyDepth))
        recordSynthesizedInitializers(of: extended, inheritance: declaration.inheritanceClause, isEnum: false, at: location(node))
        locals.open()
        readChildren(node)
        locals.close()
        leave()
    }

    private func typeDefinition(
        name: String, kind: SwiftDeclarationKind, inheritance: RawInheritanceClauseSyntax?, definesInitializer: Bool,
        at: ParamGuardModel.SourceLocation
    ) -> ClassDefinition {
        // `P & Q` in an inheritance clause is two protocols.
        let bases = inheritance?.inheritedTypes.elements.flatMap { inherited -> [String] in
            if let composition = inherited.type.as(RawCompositionTypeSyntax.self) {
                return composition.elements.elements.map { SwiftNames.dottedType($0.type) ?? SwiftNames.trimmed($0.type.raw) }
            }
            return [SwiftNames.dottedType(inherited.type) ?? SwiftNames.trimmed(inherited.type.raw)]
        } ?? []
        var definition = ClassDefinition(name: name, bases: bases, location: at, fieldInitializer: nil, definesInitializer: definesInitializer)
        definition.swiftKind = kind
        return definition
    }

    /// `init(from:)` for a `Decodable` type and `init?(rawValue:)` for an enum with a raw type:
    /// conformances give initializers no declaration shows.
    private mutating func recordSynthesizedInitializers(
        of type: String, inheritance: RawInheritanceClauseSyntax?, isEnum: Bool, at: ParamGuardModel.SourceLocation
    ) {
        let bases = Set(inheritance?.inheritedTypes.elements.compactMap { SwiftNames.dottedType($0.type) } ?? [])
        if !bases.isDisjoint(with: ["Decodable", "Codable"]) {
            summary.callables.append(SwiftParameters.synthesized(type: type, label: "from", location: at))
        }
        if isEnum, !bases.isDisjoint(with: SwiftStandardNames.rawValueTypes) {
            summary.callables.append(SwiftParameters.synthesized(type: type, label: "rawValue", location: at))
        }
    }

    // MARK: - Callables

    private mutating func readInitializer(_ node: RawNode) {
        let declaration = node.as(RawInitializerDeclSyntax.self)!
        if let owner = owningType {
            var callable = Callable(
                name: enclosingTypeName! + ".init", kind: .initializer,
                parameters: SwiftParameters.read(signatureOf: node, declaration.signature, lines: lines),
                location: location(node.locate(declaration.initKeyword)!), source: .swiftDeclaration)
            callable.swift = traits(declaration.modifiers, declaration.attributes, inProtocol: owner.isProtocol)
            callable.swift?.extensionRequirements = owner.requirements
            summary.callables.append(callable)
        }
        enter(Context(name: "init", isType: false))
        locals.open()
        for generic in Self.genericParameters(of: node) { locals.bind(generic, .generic) }
        bindParameters(declaration.signature.parameterClause)
        readChildren(node)
        locals.close()
        leave()
    }

    private mutating func readFunction(_ node: RawNode) {
        let declaration = node.as(RawFunctionDeclSyntax.self)!
        let name = declaration.name.plainText
        // Operators are called with operator syntax, never with labels.
        if declaration.name.tokenKind == .identifier {
            let owner = owningType
            var callable = Callable(
                name: owner == nil ? name : enclosingTypeName! + "." + name, kind: owner == nil ? .function : .method,
                parameters: SwiftParameters.read(signatureOf: node, declaration.signature, lines: lines),
                location: location(node.locate(declaration.name)!), source: .swiftDeclaration)
            var traits = traits(declaration.modifiers, declaration.attributes, inProtocol: owner?.isProtocol ?? false)
            // A function local to another function's body is seen only there.
            if owner == nil && contexts.contains(where: { !$0.isType }) { traits.access = "private" }
            traits.extensionRequirements = owner?.requirements
            callable.swift = traits
            if let returned = declaration.signature.returnClause {
                callable.returnAnnotation = SwiftTypeReading.nominal(returned.type)
            }
            summary.callables.append(callable)
        }
        // A function local to a body is a value of that body: calls of it never reach a declaration elsewhere.
        if owningType == nil && bodyDepth > 0 { locals.bind(name, .localFunction) }
        enter(Context(name: name, isType: false))
        locals.open()
        for generic in Self.genericParameters(of: node) { locals.bind(generic, .generic) }
        bindParameters(declaration.signature.parameterClause)
        readChildren(node)
        locals.close()
        leave()
    }

    /// `case space(size: Int, flexible: Bool)`: constructs the enum like a static function.
    private mutating func readEnumCase(_ node: RawNode) {
        guard let owner = owningType, let type = enclosingTypeName else { return }
        let declaration = node.as(RawEnumCaseDeclSyntax.self)!
        guard let elements = node.locate(declaration.elements) else { return }
        for elementNode in elements.children {
            guard let element = elementNode.as(RawEnumCaseElementSyntax.self), let clause = element.parameterClause,
                  let clauseNode = elementNode.locate(clause), let list = clauseNode.locate(clause.parameters) else { continue }
            let parameters: [Parameter] = list.children.compactMap { parameterNode in
                guard let parameter = parameterNode.as(RawEnumCaseParameterSyntax.self) else { return nil }
                let label = parameter.firstName.flatMap { $0.tokenKind == .wildcard ? nil : $0.plainText }
                return Parameter.swift(
                    label: label, name: parameter.secondName?.plainText, hasDefault: parameter.defaultValue != nil,
                    location: location(parameterNode), annotation: SwiftTypeReading.nominal(parameter.type))
            }
            var callable = Callable(
                name: type + "." + element.name.plainText, kind: .method, parameters: parameters,
                location: location(elementNode.locate(element.name)!), source: .enumCase)
            callable.swift = SwiftDeclarationTraits(
                access: owner.access == "open" ? "public" : owner.access, isStatic: true, isProtocolRequirement: false,
                isMigrationAlias: SwiftNames.isMigrationAlias(declaration.attributes))
            summary.callables.append(callable)
        }
        readChildren(node)
    }

    /// `typealias Handler = RequestHandler`: a name for another type, followed when a call names it.
    private mutating func readTypeAlias(_ node: RawNode) {
        let declaration = node.as(RawTypeAliasDeclSyntax.self)!
        let name = (enclosingTypeName.map { $0 + "." } ?? "") + declaration.name.plainText
        // `typealias Fragment = Readable & HTMLConvertible`: every member of the composition.
        let target = declaration.initializer.value
        let bases = target.as(RawCompositionTypeSyntax.self).map { composition in
            composition.elements.elements.compactMap { SwiftNames.dottedType($0.type) }
        } ?? SwiftTypeReading.nominal(target).map { [$0] } ?? []
        var definition = ClassDefinition(
            name: name, bases: bases,
            location: location(node.locate(declaration.name)!), fieldInitializer: nil, definesInitializer: false)
        definition.swiftKind = .typealias
        let generics = Self.genericParameters(of: node)
        if !generics.isEmpty { definition.swiftGenericParameters = generics }
        definition.swiftAliasArguments = SwiftTypeReading.genericArguments(target)
        summary.classes.append(definition)
    }

    private func traits(_ modifiers: RawDeclModifierListSyntax, _ attributes: RawAttributeListSyntax, inProtocol: Bool) -> SwiftDeclarationTraits {
        let written = SwiftNames.writtenAccess(modifiers)
        return SwiftDeclarationTraits(
            access: written ?? owningType?.memberAccess ?? "internal",
            isStatic: SwiftNames.has("static", in: modifiers) || SwiftNames.has("class", in: modifiers),
            isProtocolRequirement: inProtocol,
            isMigrationAlias: SwiftNames.isMigrationAlias(attributes))
    }

    // MARK: - Imports

    private mutating func readImport(_ node: RawNode) {
        let declaration = node.as(RawImportDeclSyntax.self)!
        guard let first = declaration.path.elements.first else { return }
        let module = first.name.plainText
        let testable = SwiftNames.attributes(declaration.attributes).contains(where: { SwiftNames.dottedType($0.attributeName) == "testable" })
        summary.imports.append(ImportBinding(
            kind: .module, boundName: module, module: module, level: 0, symbol: nil, scope: "", location: location(node),
            isTestable: testable))
    }

    // MARK: - Calls and references

    /// Set while reading an argument that is itself a call: which call and position it is passed to.
    private var argumentContext: (argument: RawSyntax.ID, call: Int, position: Int)?

    private mutating func readCall(_ node: RawNode) {
        let call = node.as(RawFunctionCallExprSyntax.self)!
        let callee = node.locate(call.calledExpression)!
        let argumentList = node.locate(call.arguments)!
        var recorded: Int?
        if let name = SwiftCalls.calleeText(callee) {
            let arguments = SwiftCalls.labels(of: argumentList, lines: lines)
            let endLine = node.locate(call.rightParen).map { location($0).line } ?? lines.location(ofOffset: callee.end).line
            let index = summary.calls.count
            // Built in place in the array: a local copy appended afterwards costs a copy and a destroy
            // of every call site.
            summary.calls.append(CallSite(
                callee: name, location: location(callee), endLine: endLine, keywords: arguments.keywords,
                positionalCount: arguments.labels.count - arguments.keywords.count, hasStarArgs: false,
                hasStarStarKwargs: false, scope: scope, enclosingClass: enclosingTypeName))
            summary.calls[index].argumentLabels = arguments.labels
            if call.trailingClosure != nil {
                summary.calls[index].trailingClosureLabels = [nil] + call.additionalTrailingClosures.elements.map { $0.label.plainText }
            }
            (summary.calls[index].receiver, summary.calls[index].openReason) = receiverFacts(of: call.calledExpression)
            if let reference = call.calledExpression.as(RawDeclReferenceExprSyntax.self),
               case .localFunction? = locals.lookup(reference.baseName.plainText) {
                summary.calls[index].callsLocalFunction = true
            }
            if let context = argumentContext, context.argument == node.raw.id {
                summary.calls[index].argumentOf = context.call
                summary.calls[index].argumentPosition = context.position
            }
            recorded = index
        }
        readCallee(callee)
        noteElementClosure(call)
        for child in node.children where child.raw.id != callee.raw.id && !child.raw.isToken {
            guard child.raw.id == argumentList.raw.id, let recorded else {
                read(child)
                continue
            }
            for (position, element) in argumentList.children.enumerated() {
                guard let argument = element.as(RawLabeledExprSyntax.self), let expression = element.locate(argument.expression) else {
                    read(element)
                    continue
                }
                argumentContext = (expression.raw.id, recorded, position)
                read(expression)
                argumentContext = nil
            }
        }
    }

    /// The callee of a call: `m(a:)` there is the call's name, not a reference; its receiver is read.
    private mutating func readCallee(_ node: RawNode) {
        switch node.kind {
        case .declReferenceExpr:
            return
        case .memberAccessExpr:
            let member = node.as(RawMemberAccessExprSyntax.self)!
            if let base = node.locate(member.base) { read(base) }
        case .genericSpecializationExpr:
            let specialized = node.as(RawGenericSpecializationExprSyntax.self)!
            readCallee(node.locate(specialized.expression)!)
        default:
            read(node)
        }
    }

    /// `m(a:b:)`, `x.m(a:)`, `Foo.init(a:)`: the labels of every parameter, as a reference names them.
    private mutating func recordReference(_ node: RawNode, declName: RawNode, base: RawNode?) {
        guard let callee = SwiftCalls.calleeText(node),
              let reference = declName.as(RawDeclReferenceExprSyntax.self),
              let names = declName.locate(reference.argumentNames) else { return }
        let arguments = names.as(RawDeclNameArgumentsSyntax.self)!
        var keywords: [KeywordArgument] = []
        var labels: [String?] = []
        if let list = names.locate(arguments.arguments) {
            for element in list.children {
                guard let argument = element.as(RawDeclNameArgumentSyntax.self) else { continue }
                if argument.name.tokenKind == .wildcard {
                    labels.append(nil)
                } else {
                    let label = argument.name.plainText
                    labels.append(label)
                    keywords.append(KeywordArgument(name: label, location: location(element.locate(argument.name)!)))
                }
            }
        }
        var site = CallSite(
            callee: callee, location: location(node), endLine: location(names.locate(arguments.rightParen)!).line,
            keywords: keywords, positionalCount: labels.count - keywords.count, hasStarArgs: false,
            hasStarStarKwargs: false, scope: scope, enclosingClass: enclosingTypeName)
        site.argumentLabels = labels
        site.isReference = true
        if let member = node.as(RawMemberAccessExprSyntax.self), let base = member.base {
            site.receiver = valueReceiver(base)
        }
        summary.calls.append(site)
    }

    /// `@Option(help: "…") var name = "x"` calls the wrapper's `init(wrappedValue:help:)`: a custom
    /// attribute with arguments on a property, with `wrappedValue:` first when it has an initial value.
    private mutating func recordPropertyWrapperCalls(_ node: RawNode) {
        let variable = node.as(RawVariableDeclSyntax.self)!
        guard let attributeList = node.locate(variable.attributes) else { return }
        let firstBinding = variable.bindings.elements.first
        for element in attributeList.children {
            guard let attribute = element.as(RawAttributeSyntax.self),
                  let arguments = attribute.arguments?.as(RawLabeledExprListSyntax.self),
                  let type = SwiftNames.dottedType(attribute.attributeName),
                  let argumentNode = element.locate(arguments) else { continue }
            var read = SwiftCalls.labels(of: argumentNode, lines: lines)
            if firstBinding?.initializer != nil { read.labels.insert("wrappedValue", at: 0) }
            let nameNode = element.locate(attribute.attributeName)!
            let endLine = element.locate(attribute.rightParen).map { location($0).line } ?? location(nameNode).line
            var site = CallSite(
                callee: type, location: location(nameNode), endLine: endLine, keywords: read.keywords,
                positionalCount: read.labels.count - read.keywords.count, hasStarArgs: false,
                hasStarStarKwargs: false, scope: scope, enclosingClass: enclosingTypeName)
            site.argumentLabels = read.labels
            site.wrappedType = wrappedType(of: node, variable)
            summary.calls.append(site)
        }
    }

    /// The type a property declares, or the one a literal initial value gives it (`= false` → `Bool`).
    private func wrappedType(of node: RawNode, _ variable: RawVariableDeclSyntax) -> String? {
        guard let binding = variable.bindings.elements.first else { return nil }
        if let annotation = binding.typeAnnotation,
           let bindings = node.locate(variable.bindings),
           let bindingNode = bindings.children.first,
           let annotationNode = bindingNode.locate(annotation),
           let typeNode = annotationNode.locate(annotation.type) {
            return text(typeNode).filter { !$0.isWhitespace }
        }
        switch binding.initializer?.value.raw.kind {
        case .booleanLiteralExpr: return "Bool"
        case .integerLiteralExpr: return "Int"
        case .floatLiteralExpr: return "Double"
        case .stringLiteralExpr: return "String"
        default: return nil
        }
    }
}
