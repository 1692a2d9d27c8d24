import ParamGuardModel

/// Narrows candidates by the `where` clause of the extension that declares them, when the type a
/// call reaches them through decides it:
/// - `@Flag var x = false` cannot call an initializer declared in `extension Flag where Value == Int`,
///   nor one in `extension Flag where Value: EnumerableFlag` unless `Bool` conforms to it here;
/// - `graph.edgeExists(from:to:)` on an `UnweightedGraph`, whose `E` is `UnweightedEdge`, cannot call
///   the overload of `extension Graph where E: WeightedEdgeProtocol`.
///
/// Dropping a candidate can turn a call into a finding, so only a requirement this can decide drops
/// one: both sides concrete types it knows (the tree's, typealiases followed, or standard ones), or a
/// protocol of the tree that a type of the tree provably does not conform to. Anything else keeps it.
struct SwiftRequirementFilter {
    let resolver: SwiftResolver
    var snapshot: SwiftSnapshot { resolver.snapshot }

    /// Types of the standard library that conform to no protocol of the repository unless it says so.
    static let standardTypes: Set<String> = [
        "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
        "Double", "Float", "String", "Character",
    ]

    /// Whether the candidate's extension requirements may hold, given what each generic parameter or
    /// associated type it names is bound to (`binding` gives nil when that is not known).
    func mayCall(_ candidate: SwiftCandidate, binding: (String) -> String?) -> Bool {
        guard let requirements = candidate.callable.swift?.extensionRequirements else { return true }
        let placeholders = ownerPlaceholders(of: candidate)
        for requirement in requirements {
            if let equals = requirement.range(of: "==") {
                guard let bound = binding(Self.subject(requirement[..<equals.lowerBound])) else { continue }
                let required = Self.normalized(String(requirement[equals.upperBound...]))
                if !sameShape(required, Self.normalized(bound), placeholders: placeholders) { return false }
            } else if let colon = requirement.firstIndex(of: ":") {
                guard let bound = binding(Self.subject(requirement[..<colon])) else { continue }
                let protocols = requirement[requirement.index(after: colon)...].split(separator: "&")
                    .map { String($0.trimmingCharacters(in: .whitespaces).lastDottedComponent) }
                if protocols.contains(where: { !mayConform(Self.normalized(bound), to: $0) }) { return false }
            }
        }
        return true
    }

    /// `Self.E ` → `E`.
    private static func subject(_ text: Substring) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("Self.") ? String(trimmed.dropFirst(5)) : trimmed
    }

    /// The generic parameters and associated types of the extended type: a requirement's right-hand
    /// side naming one of them (`where Element == Key`) is no concrete type.
    private func ownerPlaceholders(of candidate: SwiftCandidate) -> Set<String> {
        let owner = candidate.callable.name.dottedComponents.dropLast().joined(separator: ".")
        let definitions = resolver.typeDefinitions(owner, from: nil) ?? []
        return Set(definitions.flatMap { $0.definition.swiftGenericParameters ?? [] })
    }

    /// `Optional<Bool>` → `Bool?`, white space removed.
    static func normalized(_ type: String) -> String {
        var text = type.filter { !$0.isWhitespace }
        if text.hasPrefix("Optional<") && text.hasSuffix(">") {
            text = String(text.dropFirst("Optional<".count).dropLast()) + "?"
        }
        return text
    }

    private static func withoutGenericArguments(_ type: String) -> String { SwiftBoundType.split(type).name }

    /// False only when both are concrete and differ: `Bool` against `Int`, `Bool` against `Bool?`,
    /// `[String]` against `Int`, `WeightedEdge<W>` against `UnweightedEdge`. A generic placeholder
    /// (`[Element]`) matches its shape.
    private func sameShape(_ required: String, _ bound: String, placeholders: Set<String>) -> Bool {
        if required.hasSuffix("?") != bound.hasSuffix("?") && concrete(bound, placeholders: []) != nil { return false }
        if required.hasPrefix("[") != bound.hasPrefix("[") && concrete(bound, placeholders: []) != nil { return false }
        guard let left = concrete(required, placeholders: placeholders), let right = concrete(bound, placeholders: []) else { return true }
        return left == right
    }

    /// The type a plain (possibly optional or generic) type name stands for, typealiases followed: the
    /// qualified name of the tree's type, or a standard type's name; nil for anything else.
    private func concrete(_ type: String, placeholders: Set<String>) -> String? {
        let base = Self.withoutGenericArguments(type.hasSuffix("?") ? String(type.dropLast()) : type)
        guard !base.isEmpty, !placeholders.contains(base),
              base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
        if let definitions = resolver.typeDefinitions(base, from: nil) {
            let primary = definitions.filter { $0.definition.swiftKind != .extension }
            return primary.count == 1 ? primary[0].definition.name : nil
        }
        return Self.standardTypes.contains(base) ? base : nil
    }

    /// Whether `type` can conform to the repository's protocol `proto`: a standard type, optional or
    /// array only if an extension here says so; a type declared here only if it, an extension of it, a
    /// superclass or a protocol it conforms to (at any depth) lists it.
    private func mayConform(_ type: String, to proto: String) -> Bool {
        guard snapshot.types(named: proto).contains(where: { $0.definition.swiftKind == .protocol }) else { return true }
        let base: String
        if type.hasSuffix("?") {
            base = "Optional"
        } else if type.hasPrefix("[") {
            base = "Array"
        } else {
            base = Self.withoutGenericArguments(type)
        }
        guard base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return true }
        let simple = String(base.lastDottedComponent)
        let definitions = snapshot.types(named: simple)
        if !definitions.contains(where: { $0.definition.swiftKind != .extension }) {
            // A type only extended here may conform through its own module's declarations.
            guard Self.standardTypes.contains(simple) || simple == "Optional" || simple == "Array" else { return true }
        }
        var seen: Set<String> = [simple]
        var pending = definitions.flatMap(\.definition.bases)
        while let next = pending.popLast() {
            let name = String(next.lastDottedComponent)
            if name == proto { return true }
            guard seen.insert(name).inserted else { continue }
            pending += snapshot.types(named: name).flatMap(\.definition.bases)
        }
        return false
    }
}
