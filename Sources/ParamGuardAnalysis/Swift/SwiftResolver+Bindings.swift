import ParamGuardModel

/// A type written with what is known of its generic arguments, as the resolver passes types along:
/// `UniqueElementsGraph<_,UnweightedEdge>`, `_` where an argument is not known.
enum SwiftBoundType {
    /// `Graph<V,[E]>` → (`Graph`, [`V`, `[E]`]); a type written without arguments → (itself, []).
    static func split(_ written: String) -> (name: String, arguments: [String]) {
        guard let angle = written.firstIndex(of: "<"), written.hasSuffix(">") else { return (written, []) }
        var arguments: [String] = [], current = "", depth = 0
        for character in written[written.index(after: angle)..<written.index(before: written.endIndex)] {
            switch character {
            case "<", "[", "(": depth += 1
            case ">", "]", ")": depth -= 1
            case "," where depth == 0:
                arguments.append(current)
                current = ""
                continue
            default: break
            }
            if !character.isWhitespace { current.append(character) }
        }
        arguments.append(current)
        return (String(written[..<angle]), arguments)
    }

    /// `name` with the arguments, or `name` alone when none is known.
    static func joined(_ name: String, _ arguments: [String]) -> String {
        arguments.allSatisfy({ $0 == "_" }) ? name : name + "<" + arguments.joined(separator: ",") + ">"
    }
}

extension SwiftResolver {
    /// What a generic parameter or associated type `name` is for a value of the written type: a
    /// generic argument written on it (or on the typealias it names), or what the type's own
    /// declarations bind an associated type to.
    func binding(_ name: String, written: String, definitions: [(path: String, definition: ClassDefinition)]) -> String? {
        genericArgument(name, written: written, definitions: definitions) ?? associatedType(name, of: definitions)
    }

    private func genericArgument(_ name: String, written: String, definitions: [(path: String, definition: ClassDefinition)]) -> String? {
        var (base, arguments) = SwiftBoundType.split(written)
        if arguments.isEmpty { arguments = aliasArguments(base) ?? [] }
        let primary = definitions.filter { $0.definition.swiftKind != .extension }
        guard primary.count == 1, let index = primary[0].definition.swiftGenericParameters?.firstIndex(of: name),
              index < arguments.count, arguments[index] != "_" else { return nil }
        return arguments[index]
    }

    /// The generic arguments a typealias writes on the type it names, its own generic parameters
    /// (and anything built of them) written `_`: `UnweightedUniqueElementsGraph` → [`_`, `UnweightedEdge`].
    func aliasArguments(_ written: String) -> [String]? {
        let aliases = snapshot.typeAliases(named: String(written.lastDottedComponent)).filter {
            $0.definition.name == written || $0.definition.name.hasSuffix("." + written)
        }
        guard aliases.count == 1, let arguments = aliases[0].definition.swiftAliasArguments else { return nil }
        let own = aliases[0].definition.swiftGenericParameters ?? []
        return arguments.map { argument in own.contains { !Self.identifierRanges(of: $0, in: argument).isEmpty } ? "_" : argument }
    }

    /// The type a call's result has when its declaration's return annotation names its own extended
    /// type inside `extension T where E == X`: `T<_,X>`, with what the written owner binds besides.
    func boundResult(_ type: String, of candidate: SwiftCandidate, owner: String?) -> String {
        guard let requirements = candidate.callable.swift?.extensionRequirements, let owner,
              let definitions = typeDefinitions(owner, from: nil),
              let primary = definitions.first(where: { $0.definition.swiftKind != .extension }), primary.definition.name == type,
              let generics = primary.definition.swiftGenericParameters else { return type }
        let arguments = generics.map { generic -> String in
            for requirement in requirements {
                guard let equals = requirement.range(of: "==") else { continue }
                if requirement[..<equals.lowerBound].trimmingCharacters(in: .whitespaces) == generic {
                    return requirement[equals.upperBound...].filter { !$0.isWhitespace }
                }
            }
            return genericArgument(generic, written: owner, definitions: definitions) ?? "_"
        }
        return SwiftBoundType.joined(type, arguments)
    }

    /// What a concrete type of the tree binds a protocol's associated type `name` to, as the type's
    /// declarations say it: a nested `typealias E = X` or nested type `E`, or a property that witnesses
    /// a requirement written with it (`var edges: [[E]]` in the protocol, `var edges: [[UnweightedEdge]]`
    /// in the type). nil when the type leaves it to a generic parameter, or nothing here says.
    func associatedType(_ name: String, of definitions: [(path: String, definition: ClassDefinition)]) -> String? {
        let primary = definitions.filter { $0.definition.swiftKind != .extension }
        guard let qualified = primary.first?.definition.name, primary.count == 1 else { return nil }
        if primary[0].definition.swiftGenericParameters?.contains(name) == true { return nil }
        let nested = snapshot.types(named: name).filter { $0.definition.name == qualified + "." + name }
        if !nested.isEmpty {
            guard nested.count == 1 else { return nil }
            let member = nested[0].definition
            return member.swiftKind == .typealias ? member.bases.first : member.name
        }
        let own = definitions.flatMap { $0.definition.swiftProperties ?? [] }
        var witnessed: Set<String> = []
        for requirement in protocolsDeclaring(name, conformedToBy: definitions).flatMap({ $0.definition.swiftProperties ?? [] }) {
            guard let pattern = requirement.annotation else { continue }
            for property in own where property.name == requirement.name {
                guard let written = property.annotation, let bound = Self.match(written, against: pattern, placeholder: name) else { continue }
                witnessed.insert(bound)
            }
        }
        return witnessed.count == 1 ? witnessed.first : nil
    }

    /// The protocols of the tree, among those the definitions conform to at any depth, that declare
    /// the associated type `name`.
    private func protocolsDeclaring(
        _ name: String, conformedToBy definitions: [(path: String, definition: ClassDefinition)]
    ) -> [(path: String, definition: ClassDefinition)] {
        var found: [(path: String, definition: ClassDefinition)] = []
        var seen: Set<String> = []
        var pending = definitions.flatMap(\.definition.bases)
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let declared = typeDefinitions(next, from: nil) else { continue }
            let protocols = declared.filter { $0.definition.swiftKind == .protocol }
            if protocols.contains(where: { $0.definition.swiftGenericParameters?.contains(name) == true }) {
                found += declared
            }
            pending += declared.flatMap(\.definition.bases)
        }
        return found
    }

    /// `[[UnweightedEdge]]` against `[[E]]` → `UnweightedEdge`: the text that stands where the
    /// placeholder does, when the placeholder appears once and the rest is written the same.
    static func match(_ written: String, against pattern: String, placeholder: String) -> String? {
        let ranges = identifierRanges(of: placeholder, in: pattern)
        guard ranges.count == 1, let range = ranges.first else { return nil }
        let prefix = pattern[..<range.lowerBound], suffix = pattern[range.upperBound...]
        guard written.count > prefix.count + suffix.count, written.hasPrefix(prefix), written.hasSuffix(suffix) else { return nil }
        let bound = written.dropFirst(prefix.count).dropLast(suffix.count)
        guard let first = bound.first, first.isLetter || first == "_" else { return nil }
        return String(bound)
    }

    /// Where `identifier` occurs in `text` as a whole name (not inside `Edges` or `E2`).
    static func identifierRanges(of identifier: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: identifier, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isPart: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false }
            if !isPart(before) && !isPart(after) { ranges.append(range) }
            searchStart = range.upperBound
        }
        return ranges
    }
}
