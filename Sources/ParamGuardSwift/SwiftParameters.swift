@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// Turns Swift parameter clauses into the model's parameters. A labeled parameter is keyword-only in
/// the model (a call must write its label, in order); one declared with `_` is positional-only.
enum SwiftParameters {
    /// The parameters of the signature of `declaration` (an `init` or `func` node).
    static func read(signatureOf declaration: RawNode, _ signature: RawFunctionSignatureSyntax, lines: LineTable) -> [Parameter] {
        guard let signatureNode = declaration.locate(signature),
              let clause = signatureNode.locate(signature.parameterClause),
              let list = clause.locate(signature.parameterClause.parameters) else { return [] }
        return list.children.compactMap { node in
            guard let parameter = node.as(RawFunctionParameterSyntax.self) else { return nil }
            let first = parameter.firstName.plainText
            let second = parameter.secondName.map(\.plainText)
            let unlabeled = parameter.firstName.tokenKind == .wildcard
            return Parameter.swift(
                label: unlabeled ? nil : first, name: second, hasDefault: parameter.defaultValue != nil,
                location: lines.location(of: node.locate(parameter.firstName)!),
                annotation: SwiftNames.dottedType(parameter.type) ?? optionalBase(parameter.type),
                internalName: !unlabeled && second != first ? second : nil, isVariadic: parameter.ellipsis != nil)
        }
    }

    /// `T?` → `T`: an implicit `.init(...)` passed to an optional parameter constructs `T`.
    private static func optionalBase(_ type: RawTypeSyntax) -> String? {
        guard let optional = type.as(RawOptionalTypeSyntax.self) else { return nil }
        return SwiftNames.dottedType(optional.wrappedType)
    }

    /// An initializer a conformance synthesizes, taking one labeled argument.
    static func synthesized(type: String, label: String, location: ParamGuardModel.SourceLocation) -> Callable {
        var callable = Callable(
            name: type + ".init", kind: .initializer,
            parameters: [Parameter.swift(label: label, hasDefault: false, location: location)],
            location: location, source: .synthesizedInitializer)
        callable.swift = SwiftDeclarationTraits(access: "internal", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
        return callable
    }
}

/// The implicit memberwise initializer of a struct that declares no `init` in its body: one labeled
/// parameter per stored instance property, in order. A `let` with an initial value is not a parameter;
/// a `var` with one, or an optional `var`, is a defaulted one. Its access is `internal`, or `fileprivate`
/// when a stored property is private.
enum MemberwiseInitializer {
    static func make(for type: String, members: RawNode, at location: ParamGuardModel.SourceLocation, lines: LineTable) -> Callable {
        var parameters: [Parameter] = []
        var access = "internal"
        let block = members.as(RawMemberBlockSyntax.self)!
        for declaration in memberDeclarations(members.locate(block.members)) {
            guard let variable = declaration.as(RawVariableDeclSyntax.self),
                  !SwiftNames.has("static", in: variable.modifiers), !SwiftNames.has("class", in: variable.modifiers),
                  !SwiftNames.has("lazy", in: variable.modifiers) else { continue }
            let isLet = String(syntaxText: variable.bindingSpecifier.tokenText) == "let"
            let propertyAccess = SwiftNames.access(variable.modifiers)
            var stored = false
            for bindingNode in declaration.locate(variable.bindings)?.children ?? .none {
                guard let binding = bindingNode.as(RawPatternBindingSyntax.self),
                      let pattern = binding.pattern.as(RawIdentifierPatternSyntax.self), isStored(binding) else { continue }
                stored = true
                if isLet && binding.initializer != nil { continue }
                let optional = binding.typeAnnotation.map { isOptional($0.type) } ?? false
                let identifier = bindingNode.locate(binding.pattern)?.locate(pattern.identifier)
                // The same property declared in two `#if` branches is one parameter.
                if parameters.contains(where: { $0.name == pattern.identifier.plainText }) { continue }
                // `@Shared(value: false) var flag`: the wrapper's arguments give the property its value.
                let wrapperInitialized = SwiftNames.attributes(variable.attributes).contains { $0.arguments != nil }
                parameters.append(Parameter.swift(
                    label: pattern.identifier.plainText,
                    hasDefault: binding.initializer != nil || (!isLet && optional) || wrapperInitialized,
                    location: identifier.map(lines.location(of:)) ?? location))
            }
            if stored && (propertyAccess == "private" || propertyAccess == "fileprivate") { access = "fileprivate" }
        }
        var callable = Callable(name: type + ".init", kind: .initializer, parameters: parameters, location: location, source: .memberwiseInitializer)
        callable.swift = SwiftDeclarationTraits(access: access, isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
        return callable
    }

    /// The declarations of a member list, those inside `#if` branches included (every branch: a
    /// property declared once per platform is one parameter, whichever branch is compiled).
    private static func memberDeclarations(_ list: RawNode?) -> [RawNode] {
        var found: [RawNode] = []
        for item in list?.children ?? .none {
            guard let member = item.as(RawMemberBlockItemSyntax.self), let declaration = item.locate(member.decl) else { continue }
            guard declaration.kind == .ifConfigDecl else {
                found.append(declaration)
                continue
            }
            for clauses in declaration.children where clauses.kind == .ifConfigClauseList {
                for clause in clauses.children {
                    for elements in clause.children where elements.kind == .memberBlockItemList {
                        found += memberDeclarations(elements)
                    }
                }
            }
        }
        return found
    }

    /// Stored, not computed: no accessors, or only observers (`willSet`, `didSet`).
    private static func isStored(_ binding: RawPatternBindingSyntax) -> Bool {
        guard let block = binding.accessorBlock else { return true }
        guard let accessors = block.accessors.as(RawAccessorDeclListSyntax.self) else { return false }
        return accessors.elements.allSatisfy {
            let specifier = String(syntaxText: $0.accessorSpecifier.tokenText)
            return specifier == "willSet" || specifier == "didSet"
        }
    }

    private static func isOptional(_ type: RawTypeSyntax) -> Bool {
        if type.is(RawOptionalTypeSyntax.self) || type.is(RawImplicitlyUnwrappedOptionalTypeSyntax.self) { return true }
        if let identifier = type.as(RawIdentifierTypeSyntax.self) { return identifier.name.plainText == "Optional" }
        return false
    }
}
