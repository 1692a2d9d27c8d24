import SwiftSyntax

/// Small readings of syntax that several parts of the frontend share.
enum SwiftNames {
    /// An identifier's name without backticks: `` `default` `` → `default`.
    static func plain(_ token: TokenSyntax) -> String {
        let text = token.text
        if text.hasPrefix("`") && text.hasSuffix("`") && text.count >= 2 {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    /// A type as a dotted name without generic arguments: `Outer.Inner<T>` → `Outer.Inner`;
    /// nil for function types, tuples and the like.
    static func dottedType(_ type: TypeSyntax) -> String? {
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            return plain(identifier.name)
        }
        if let member = type.as(MemberTypeSyntax.self), let base = dottedType(member.baseType) {
            return base + "." + plain(member.name)
        }
        if let attributed = type.as(AttributedTypeSyntax.self) {
            return dottedType(attributed.baseType)
        }
        return nil
    }

    /// The access level a declaration's modifiers give it; `internal` when none is written.
    static func access(_ modifiers: DeclModifierListSyntax) -> String {
        for modifier in modifiers where modifier.detail == nil {
            switch modifier.name.tokenKind {
            case .keyword(.open): return "open"
            case .keyword(.public): return "public"
            case .keyword(.package): return "package"
            case .keyword(.internal): return "internal"
            case .keyword(.fileprivate): return "fileprivate"
            case .keyword(.private): return "private"
            default: continue
            }
        }
        return "internal"
    }

    static func has(_ keyword: Keyword, in modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.tokenKind == .keyword(keyword) }
    }

    /// `@available(*, deprecated)`, `unavailable`, `obsoleted:` or `renamed:`: a declaration kept so
    /// that old calls still compile, or fail with a fix-it that names the new spelling.
    static func isMigrationAlias(_ attributes: AttributeListSyntax) -> Bool {
        attributes.contains { element in
            guard case let .attribute(attribute) = element,
                  attribute.attributeName.trimmedDescription == "available",
                  case let .availability(arguments)? = attribute.arguments else { return false }
            return arguments.contains { argument in
                switch argument.argument {
                case let .token(token):
                    return token.tokenKind == .keyword(.deprecated) || token.tokenKind == .keyword(.unavailable)
                        || token.text == "deprecated" || token.text == "unavailable"
                case let .availabilityLabeledArgument(labeled):
                    return ["renamed", "deprecated", "obsoleted"].contains(labeled.label.text)
                default:
                    return false
                }
            }
        }
    }
}
