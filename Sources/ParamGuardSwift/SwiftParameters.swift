import ParamGuardModel
import SwiftSyntax

/// Turns Swift parameter clauses into the model's parameters. A labeled parameter is keyword-only in
/// the model (a call must write its label, in order); one declared with `_` is positional-only.
enum SwiftParameters {
    static func read(_ clause: FunctionParameterClauseSyntax, locations: SwiftDeclarationCollector) -> [Parameter] {
        clause.parameters.map { parameter in
            let first = SwiftNames.plain(parameter.firstName)
            let second = parameter.secondName.map(SwiftNames.plain)
            let unlabeled = parameter.firstName.tokenKind == .wildcard
            var result = Parameter(
                name: unlabeled ? (second ?? "_") : first,
                kind: unlabeled ? .positionalOnly : .keywordOnly,
                hasDefault: parameter.defaultValue != nil,
                location: locations.location(of: parameter.firstName))
            if !unlabeled, let second, second != first { result.internalName = second }
            if parameter.ellipsis != nil { result.isVariadic = true }
            return result
        }
    }

    /// An initializer a conformance synthesizes, taking one labeled argument.
    static func synthesized(type: String, label: String, location: ParamGuardModel.SourceLocation) -> Callable {
        var callable = Callable(
            name: type + ".init", kind: .initializer,
            parameters: [Parameter(name: label, kind: .keywordOnly, hasDefault: false, location: location)],
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
    static func make(
        for type: String, members: MemberBlockSyntax, location: ParamGuardModel.SourceLocation, locations: SwiftDeclarationCollector
    ) -> Callable {
        var parameters: [Parameter] = []
        var access = "internal"
        for member in members.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !SwiftNames.has(.static, in: variable.modifiers), !SwiftNames.has(.class, in: variable.modifiers),
                  !SwiftNames.has(.lazy, in: variable.modifiers) else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            let propertyAccess = SwiftNames.access(variable.modifiers)
            var stored = false
            for binding in variable.bindings {
                guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self), isStored(binding) else { continue }
                stored = true
                if isLet && binding.initializer != nil { continue }
                let optional = binding.typeAnnotation.map { isOptional($0.type) } ?? false
                parameters.append(Parameter(
                    name: SwiftNames.plain(pattern.identifier), kind: .keywordOnly,
                    hasDefault: binding.initializer != nil || (!isLet && optional),
                    location: locations.location(of: pattern.identifier)))
            }
            if stored && (propertyAccess == "private" || propertyAccess == "fileprivate") { access = "fileprivate" }
        }
        var callable = Callable(
            name: type + ".init", kind: .initializer, parameters: parameters, location: location,
            source: .memberwiseInitializer)
        callable.swift = SwiftDeclarationTraits(access: access, isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
        return callable
    }

    /// Stored, not computed: no accessors, or only observers (`willSet`, `didSet`).
    private static func isStored(_ binding: PatternBindingSyntax) -> Bool {
        guard let block = binding.accessorBlock else { return true }
        guard case let .accessors(accessors) = block.accessors else { return false }
        return accessors.allSatisfy {
            $0.accessorSpecifier.tokenKind == .keyword(.willSet) || $0.accessorSpecifier.tokenKind == .keyword(.didSet)
        }
    }

    private static func isOptional(_ type: TypeSyntax) -> Bool {
        if type.is(OptionalTypeSyntax.self) || type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return true }
        if let identifier = type.as(IdentifierTypeSyntax.self) { return identifier.name.text == "Optional" }
        return false
    }
}
