import ParamGuardModel

/// What a conformance to a protocol of the standard library or Foundation gives a type of the tree:
/// the initializers and methods a call may reach through it, beyond what the type declares. A protocol
/// that is neither here nor declared in the tree leaves the type's overload set open: a protocol
/// extension elsewhere may add any initializer or method.
///
/// Each entry lists what the protocol's requirements and its standard extensions make callable with
/// labels. Operators and properties are not calls with labels, so `Equatable` or `Identifiable` add
/// nothing; `ExpressibleByStringLiteral` adds `init(stringLiteral:)` and, through the protocols it
/// refines, `init(unicodeScalarLiteral:)` and `init(extendedGraphemeClusterLiteral:)`.
enum SwiftStandardConformances {
    struct Supplied {
        /// Labels of each initializer, nil for an unlabeled parameter.
        var initializers: [[String?]] = []
        /// Labels of each method, by name.
        var methods: [String: [[String?]]] = [:]
    }

    static let table: [String: Supplied] = {
        var table: [String: Supplied] = [:]
        for name in [
            "Equatable", "Comparable", "Sendable", "Identifiable", "CustomStringConvertible", "CustomDebugStringConvertible",
            "Error", "CaseIterable", "AnyObject", "LocalizedError", "BitwiseCopyable", "Copyable", "Escapable",
            "CustomReflectable", "CustomPlaygroundDisplayConvertible", "LosslessStringConvertible", "AdditiveArithmetic",
        ] {
            table[name] = Supplied()
        }
        table["Hashable"] = Supplied(methods: ["hash": [["into"]]])
        table["Encodable"] = Supplied(methods: ["encode": [["to"]]])
        table["Decodable"] = Supplied(initializers: [["from"]])
        table["Codable"] = Supplied(initializers: [["from"]], methods: ["encode": [["to"]]])
        table["RawRepresentable"] = Supplied(initializers: [["rawValue"]])
        let stringLiteral: [[String?]] = [["stringLiteral"], ["unicodeScalarLiteral"], ["extendedGraphemeClusterLiteral"]]
        table["ExpressibleByStringLiteral"] = Supplied(initializers: stringLiteral)
        table["ExpressibleByStringInterpolation"] = Supplied(initializers: stringLiteral + [["stringInterpolation"]])
        table["ExpressibleByUnicodeScalarLiteral"] = Supplied(initializers: [["unicodeScalarLiteral"]])
        table["ExpressibleByExtendedGraphemeClusterLiteral"] = Supplied(
            initializers: [["extendedGraphemeClusterLiteral"], ["unicodeScalarLiteral"]])
        table["ExpressibleByIntegerLiteral"] = Supplied(initializers: [["integerLiteral"]])
        table["ExpressibleByFloatLiteral"] = Supplied(initializers: [["floatLiteral"]])
        table["ExpressibleByBooleanLiteral"] = Supplied(initializers: [["booleanLiteral"]])
        table["ExpressibleByNilLiteral"] = Supplied(initializers: [["nilLiteral"]])
        table["ExpressibleByArrayLiteral"] = Supplied(initializers: [["arrayLiteral"]])
        table["ExpressibleByDictionaryLiteral"] = Supplied(initializers: [["dictionaryLiteral"]])
        return table
    }()

    /// The callables a conformance supplies, named after the conforming type, for calls named `name`.
    static func candidates(of proto: String, for type: String, name: String, at location: SourceLocation) -> [SwiftCandidate] {
        guard let supplied = table[proto] else { return [] }
        let signatures = name == "init" ? supplied.initializers : supplied.methods[name] ?? []
        return signatures.map { labels in
            let variadic = ["arrayLiteral", "dictionaryLiteral"].contains(labels.first ?? nil)
            var parameters = labels.map { label in
                Parameter(name: label ?? "_", kind: label == nil ? .positionalOnly : .keywordOnly, hasDefault: false, location: location)
            }
            if variadic { parameters[0].isVariadic = true }
            var callable = Callable(
                name: type + "." + name, kind: name == "init" ? .initializer : .method, parameters: parameters,
                location: location, source: .synthesizedInitializer)
            callable.swift = SwiftDeclarationTraits(access: "public", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
            return SwiftCandidate(path: "", callable: callable)
        }
    }

    /// Attributes of a type declaration that are not macros: anything else may be an attached macro,
    /// which can add initializers and members no declaration shows (`@Observable`, `@Reducer`, `@MemberwiseInit`).
    static let plainAttributes: Set<String> = [
        "available", "objc", "objcMembers", "nonobjc", "frozen", "usableFromInline", "inlinable", "MainActor", "globalActor",
        "propertyWrapper", "resultBuilder", "preconcurrency", "unchecked", "retroactive", "main", "_spi", "spi",
        "requires_stored_property_inits", "unknown", "_fixed_layout", "_documentation", "IBDesignable", "NSApplicationMain",
        "UIApplicationMain", "dynamicCallable", "_implementationOnly", "_alwaysEmitIntoClient", "_marker", "Sendable",
        "_nonSendable", "_objcRuntimeName", "_staticInitializeObjCMetadata", "_originallyDefinedIn", "_eagerMove",
        "_moveOnly", "_show_in_interface", "_spi_available", "backDeployed", "_unavailableFromAsync", "discardableResult",
        "warn_unqualified_access", "safe", "unsafe", "nonisolated", "isolated", "_nonoverride", "_rawLayout",
    ]
}
