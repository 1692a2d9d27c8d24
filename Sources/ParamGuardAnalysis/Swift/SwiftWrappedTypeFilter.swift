import ParamGuardModel

/// Narrows a property wrapper's initializers by the type of the property it wraps: `@Flag var x = false`
/// cannot call an initializer declared in `extension Flag where Value == Int`, nor one in
/// `extension Flag where Value: EnumerableFlag` unless `Bool` conforms to it here. Only requirements
/// it can decide are used; anything else keeps the candidate.
struct SwiftWrappedTypeFilter {
    let snapshot: SwiftSnapshot

    /// Types of the standard library that conform to no protocol of the repository unless it says so.
    static let standardTypes: Set<String> = [
        "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
        "Double", "Float", "String", "Character",
    ]

    func mayCall(_ candidate: SwiftCandidate, wrapping written: String) -> Bool {
        guard let requirements = candidate.callable.swift?.extensionRequirements else { return true }
        let wrapped = Self.normalized(written)
        for requirement in requirements {
            if let equals = requirement.range(of: "==") {
                let required = Self.normalized(String(requirement[equals.upperBound...]))
                if !sameShape(required, wrapped) { return false }
            } else if let colon = requirement.firstIndex(of: ":") {
                let proto = requirement[requirement.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !mayConform(wrapped, to: proto.dottedComponents.last.map(String.init) ?? proto) { return false }
            }
        }
        return true
    }

    /// `Optional<Bool>` → `Bool?`, white space removed.
    static func normalized(_ type: String) -> String {
        var text = type.filter { !$0.isWhitespace }
        if text.hasPrefix("Optional<") && text.hasSuffix(">") {
            text = String(text.dropFirst("Optional<".count).dropLast()) + "?"
        }
        return text
    }

    /// False only when both are concrete and differ: `Bool` against `Int`, `Bool` against `Bool?`,
    /// `[String]` against `Int`. A generic placeholder (`[Element]`) matches its shape.
    private func sameShape(_ required: String, _ wrapped: String) -> Bool {
        if required.hasSuffix("?") != wrapped.hasSuffix("?") && isConcrete(wrapped) { return false }
        if required.hasPrefix("[") != wrapped.hasPrefix("[") && isConcrete(wrapped) { return false }
        if isConcrete(required) && isConcrete(wrapped) { return required == wrapped }
        return true
    }

    private func isConcrete(_ type: String) -> Bool {
        let base = type.hasSuffix("?") ? String(type.dropLast()) : type
        guard !base.isEmpty, base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return false }
        return Self.standardTypes.contains(base) || !snapshot.types(named: base).isEmpty
    }

    /// Whether `wrapped` can conform to the repository's protocol `proto`: a standard type, optional or
    /// array only if an extension here says so; a type declared here only if it or an extension lists it.
    private func mayConform(_ wrapped: String, to proto: String) -> Bool {
        guard snapshot.types(named: proto).contains(where: { $0.definition.swiftKind == "protocol" }) else { return true }
        let base: String
        if wrapped.hasSuffix("?") {
            base = "Optional"
        } else if wrapped.hasPrefix("[") {
            base = "Array"
        } else {
            base = wrapped
        }
        guard base.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return true }
        let definitions = snapshot.types(named: base)
        if definitions.isEmpty {
            return !(Self.standardTypes.contains(base) || base == "Optional" || base == "Array")
        }
        // A type conforms through its own list, or through a protocol that refines `proto` (one level).
        let bases = Set(definitions.flatMap(\.definition.bases).map { $0.dottedComponents.last.map(String.init) ?? $0 })
        if bases.contains(proto) { return true }
        return bases.contains { name in
            snapshot.types(named: name).contains { $0.definition.swiftKind == "protocol" && $0.definition.bases.contains(proto) }
        }
    }
}
