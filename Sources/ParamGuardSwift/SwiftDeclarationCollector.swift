import ParamGuardModel
import SwiftSyntax

/// Walks one parsed file and records its types, initializers, functions, imports and calls.
final class SwiftDeclarationCollector: SyntaxVisitor {
    private let lines: LineTable
    private(set) var summary = FileSummary()
    /// Enclosing types and functions, outermost first.
    private var contexts: [Context] = []

    private struct Context {
        var name: String
        var isType: Bool
        var isProtocol = false
        /// An extension's `where` requirements, as written.
        var requirements: [String]? = nil
    }

    init(lines: LineTable) {
        self.lines = lines
        super.init(viewMode: .sourceAccurate)
    }

    func location(of node: some SyntaxProtocol) -> ParamGuardModel.SourceLocation {
        lines.location(of: node)
    }

    private var scope: String { contexts.map(\.name).joined(separator: ".") }

    /// The type a declaration written here belongs to: the innermost context, when it is a type.
    private var owningType: Context? {
        guard let last = contexts.last, last.isType else { return nil }
        return last
    }

    /// The dotted name of the innermost enclosing type (`Outer.Inner`), for `self` and `super`.
    private var enclosingTypeName: String? {
        guard let index = contexts.lastIndex(where: \.isType) else { return nil }
        return typeName(upTo: index)
    }

    /// Types nest by name; functions between them do not qualify a local type.
    private func typeName(upTo index: Int) -> String {
        var parts: [String] = []
        for context in contexts[...index].reversed() {
            guard context.isType else { break }
            parts.insert(context.name, at: 0)
        }
        return parts.joined(separator: ".")
    }

    // MARK: - Types

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind {
        enterType(node.name, kind: "struct", inheritance: node.inheritanceClause, members: node.memberBlock, node: node)
        return .visitChildren
    }

    override func visitPost(_ node: StructDeclSyntax) { contexts.removeLast() }

    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        enterType(node.name, kind: "class", inheritance: node.inheritanceClause, members: node.memberBlock, node: node)
        return .visitChildren
    }

    override func visitPost(_ node: ClassDeclSyntax) { contexts.removeLast() }

    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind {
        enterType(node.name, kind: "actor", inheritance: node.inheritanceClause, members: node.memberBlock, node: node)
        return .visitChildren
    }

    override func visitPost(_ node: ActorDeclSyntax) { contexts.removeLast() }

    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind {
        enterType(node.name, kind: "enum", inheritance: node.inheritanceClause, members: node.memberBlock, node: node)
        return .visitChildren
    }

    override func visitPost(_ node: EnumDeclSyntax) { contexts.removeLast() }

    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind {
        enterType(node.name, kind: "protocol", inheritance: node.inheritanceClause, members: node.memberBlock, node: node)
        contexts[contexts.count - 1].isProtocol = true
        return .visitChildren
    }

    override func visitPost(_ node: ProtocolDeclSyntax) { contexts.removeLast() }

    /// `extension Outer.Inner: P` adds to the type `Outer.Inner`: its members are named after it.
    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        let extended = SwiftNames.dottedType(node.extendedType) ?? node.extendedType.trimmedDescription
        summary.classes.append(typeDefinition(
            name: extended, kind: "extension", inheritance: node.inheritanceClause, definesInitializer: false, node: node))
        let requirements = node.genericWhereClause?.requirements.map { $0.requirement.trimmedDescription }
        contexts.append(Context(name: extended, isType: true, requirements: requirements))
        recordSynthesizedInitializers(of: extended, inheritance: node.inheritanceClause, isEnum: false, at: location(of: node))
        return .visitChildren
    }

    override func visitPost(_ node: ExtensionDeclSyntax) { contexts.removeLast() }

    private func enterType(
        _ name: TokenSyntax, kind: String, inheritance: InheritanceClauseSyntax?, members: MemberBlockSyntax, node: some SyntaxProtocol
    ) {
        let definesInitializer = members.members.contains { $0.decl.is(InitializerDeclSyntax.self) }
        contexts.append(Context(name: SwiftNames.plain(name), isType: true))
        let qualified = enclosingTypeName!
        summary.classes.append(typeDefinition(
            name: qualified, kind: kind, inheritance: inheritance, definesInitializer: definesInitializer, node: name))
        if kind == "struct" && !definesInitializer {
            summary.callables.append(MemberwiseInitializer.make(
                for: qualified, members: members, location: location(of: name), locations: self))
        }
        if kind != "protocol" {
            recordSynthesizedInitializers(of: qualified, inheritance: inheritance, isEnum: kind == "enum", at: location(of: name))
        }
    }

    private func typeDefinition(
        name: String, kind: String, inheritance: InheritanceClauseSyntax?, definesInitializer: Bool, node: some SyntaxProtocol
    ) -> ClassDefinition {
        let bases = inheritance?.inheritedTypes.map { SwiftNames.dottedType($0.type) ?? $0.type.trimmedDescription } ?? []
        var definition = ClassDefinition(
            name: name, bases: bases, location: location(of: node), fieldInitializer: nil, definesInitializer: definesInitializer)
        definition.swiftKind = kind
        return definition
    }

    /// `init(from:)` for a `Decodable` type and `init?(rawValue:)` for an enum with a raw type, unless
    /// the body writes them: conformances give initializers no declaration shows.
    private func recordSynthesizedInitializers(
        of type: String, inheritance: InheritanceClauseSyntax?, isEnum: Bool, at: ParamGuardModel.SourceLocation
    ) {
        let bases = Set(inheritance?.inheritedTypes.compactMap { SwiftNames.dottedType($0.type) } ?? [])
        if !bases.isDisjoint(with: ["Decodable", "Codable"]) {
            summary.callables.append(SwiftParameters.synthesized(type: type, label: "from", location: at))
        }
        if isEnum, !bases.isDisjoint(with: SwiftStandardNames.rawValueTypes) {
            summary.callables.append(SwiftParameters.synthesized(type: type, label: "rawValue", location: at))
        }
    }

    // MARK: - Callables

    override func visit(_ node: InitializerDeclSyntax) -> SyntaxVisitorContinueKind {
        if let owner = owningType {
            let typeName = enclosingTypeName!
            var callable = Callable(
                name: typeName + ".init", kind: .initializer,
                parameters: SwiftParameters.read(node.signature.parameterClause, locations: self),
                location: location(of: node.initKeyword), source: .swiftDeclaration)
            callable.swift = traits(node.modifiers, node.attributes, inProtocol: owner.isProtocol)
            callable.swift?.extensionRequirements = owner.requirements
            summary.callables.append(callable)
        }
        contexts.append(Context(name: "init", isType: false))
        return .visitChildren
    }

    override func visitPost(_ node: InitializerDeclSyntax) { contexts.removeLast() }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        let name = SwiftNames.plain(node.name)
        // Operators are called with operator syntax, never with labels.
        if case .identifier = node.name.tokenKind {
            let owner = owningType
            let qualified = owner == nil ? name : enclosingTypeName! + "." + name
            var callable = Callable(
                name: qualified, kind: owner == nil ? .function : .method,
                parameters: SwiftParameters.read(node.signature.parameterClause, locations: self),
                location: location(of: node.name), source: .swiftDeclaration)
            var traits = traits(node.modifiers, node.attributes, inProtocol: owner?.isProtocol ?? false)
            // A function local to another function's body is seen only there.
            if owner == nil && contexts.contains(where: { !$0.isType }) { traits.access = "private" }
            traits.extensionRequirements = owner?.requirements
            callable.swift = traits
            summary.callables.append(callable)
        }
        contexts.append(Context(name: name, isType: false))
        return .visitChildren
    }

    override func visitPost(_ node: FunctionDeclSyntax) { contexts.removeLast() }

    private func traits(_ modifiers: DeclModifierListSyntax, _ attributes: AttributeListSyntax, inProtocol: Bool) -> SwiftDeclarationTraits {
        SwiftDeclarationTraits(
            access: SwiftNames.access(modifiers),
            isStatic: SwiftNames.has(.static, in: modifiers) || SwiftNames.has(.class, in: modifiers),
            isProtocolRequirement: inProtocol,
            isMigrationAlias: SwiftNames.isMigrationAlias(attributes))
    }

    // MARK: - Subtrees that hold no call, declaration or reference

    // Types, generic clauses and string literals without interpolation are passed over: the walk
    // visits every node it enters, and these are a large share of them.
    override func visit(_ node: TypeAnnotationSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: ReturnClauseSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: InheritanceClauseSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: GenericParameterClauseSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: GenericWhereClauseSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: GenericArgumentClauseSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: IdentifierTypeSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberTypeSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: AvailabilityArgumentListSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: StringLiteralExprSyntax) -> SyntaxVisitorContinueKind {
        node.segments.contains { $0.is(ExpressionSegmentSyntax.self) } ? .visitChildren : .skipChildren
    }

    override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
        if let defaultValue = node.defaultValue { walk(defaultValue) }
        return .skipChildren
    }

    // MARK: - Imports

    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        guard let first = node.path.first else { return .skipChildren }
        let module = SwiftNames.plain(first.name)
        let testable = node.attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "testable" }
        // A `@testable import` sees the module's internal declarations; it is told apart by its symbol.
        summary.imports.append(ImportBinding(
            kind: .module, boundName: module, module: module, level: 0, symbol: testable ? "@testable" : nil,
            scope: "", location: location(of: node)))
        return .skipChildren
    }

    // MARK: - Calls and references

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let call = SwiftCalls.call(node, collector: self, scope: scope, enclosingType: enclosingTypeName) {
            summary.calls.append(call)
        }
        return .visitChildren
    }

    /// `@Option(help: "…") var name = "x"` calls the wrapper's `init(wrappedValue:help:)`.
    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        if let call = SwiftCalls.propertyWrapperCall(node, collector: self, scope: scope, enclosingType: enclosingTypeName) {
            summary.calls.append(call)
        }
        return .visitChildren
    }

    /// `m(a:b:)` written without a call: a reference that names the labels of one declaration.
    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if node.argumentNames != nil, !SwiftCalls.isCalledExpression(node),
           let reference = SwiftCalls.reference(node, collector: self, scope: scope, enclosingType: enclosingTypeName) {
            summary.calls.append(reference)
        }
        return .visitChildren
    }
}
