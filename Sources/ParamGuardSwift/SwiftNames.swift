@_spi(RawSyntax) import SwiftSyntax

/// Small readings of raw syntax that several parts of the frontend share.
enum SwiftNames {
    /// A type as a dotted name without generic arguments: `Outer.Inner<T>` → `Outer.Inner`;
    /// nil for function types, tuples and the like.
    static func dottedType(_ type: RawTypeSyntax) -> String? {
        if let identifier = type.as(RawIdentifierTypeSyntax.self) {
            return identifier.name.plainText
        }
        if let member = type.as(RawMemberTypeSyntax.self), let base = dottedType(member.baseType) {
            return base + "." + member.name.plainText
        }
        if let attributed = type.as(RawAttributedTypeSyntax.self) {
            return dottedType(attributed.baseType)
        }
        return nil
    }

    /// A node's text without the trivia before its first token and after its last (comments and white
    /// space inside are kept), as `trimmedDescription` gives it.
    static func trimmed(_ raw: RawSyntax) -> String {
        let bytes = raw.syntaxTextBytes
        let start = min(raw.leadingTriviaByteLength, bytes.count)
        let end = max(start, bytes.count - raw.trailingTriviaByteLength)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The access level a declaration's modifiers give it; `internal` when none is written.
    /// `private(set)` and the like only restrict the setter.
    static func access(_ modifiers: RawDeclModifierListSyntax) -> String {
        writtenAccess(modifiers) ?? "internal"
    }

    /// The access level the modifiers write, nil when they write none.
    static func writtenAccess(_ modifiers: RawDeclModifierListSyntax) -> String? {
        for modifier in modifiers.elements where modifier.detail == nil {
            let name = String(syntaxText: modifier.name.tokenText)
            if ["open", "public", "package", "internal", "fileprivate", "private"].contains(name) { return name }
        }
        return nil
    }

    static func has(_ keyword: String, in modifiers: RawDeclModifierListSyntax) -> Bool {
        modifiers.elements.contains { String(syntaxText: $0.name.tokenText) == keyword }
    }

    static func attributes(_ list: RawAttributeListSyntax) -> [RawAttributeSyntax] {
        list.elements.compactMap { $0.raw.as(RawAttributeSyntax.self) }
    }

    /// `@available(*, deprecated)`, `unavailable`, `obsoleted:` or `renamed:`: a declaration kept so
    /// that old calls still compile, or fail with a fix-it that names the new spelling.
    static func isMigrationAlias(_ list: RawAttributeListSyntax) -> Bool {
        attributes(list).contains(where: { (attribute: RawAttributeSyntax) -> Bool in
            guard dottedType(attribute.attributeName) == "available",
                  let arguments = attribute.arguments?.as(RawAvailabilityArgumentListSyntax.self) else { return false }
            return arguments.elements.contains(where: { element in
                let argument = element.argument
                if let token = argument.as(RawTokenSyntax.self) {
                    let text = String(syntaxText: token.tokenText)
                    return text == "deprecated" || text == "unavailable"
                }
                if let labeled = argument.as(RawAvailabilityLabeledArgumentSyntax.self) {
                    return ["renamed", "deprecated", "obsoleted"].contains(String(syntaxText: labeled.label.tokenText))
                }
                return false
            })
        })
    }
}
