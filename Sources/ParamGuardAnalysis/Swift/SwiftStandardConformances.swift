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
        table["CodingKey"] = Supplied(initializers: [["stringValue"], ["intValue"]])
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

    /// Initializers the standard collection protocols give, for `protocolMembers`' protocols.
    static let protocolInitializers: [String: [[String?]]] = {
        var table: [String: [[String?]]] = [:]
        table["RangeReplaceableCollection"] = [[], [nil], ["repeating", "count"]]
        table["SetAlgebra"] = [[], [nil], ["arrayLiteral"]]
        table["OptionSet"] = [[], [nil], ["arrayLiteral"], ["rawValue"]]
        return table
    }()

    /// The callables a conformance supplies, named after the conforming type, for calls named `name`.
    static func candidates(of proto: String, for type: String, name: String, at location: SourceLocation) -> [SwiftCandidate] {
        let signatures: [[String?]]
        if let supplied = table[proto] {
            signatures = name == "init" ? supplied.initializers : supplied.methods[name] ?? []
        } else {
            signatures = name == "init" ? protocolInitializers[proto] ?? [] : []
        }
        return signatures.map { labels in
            let variadic = ["arrayLiteral", "dictionaryLiteral"].contains(labels.first ?? nil)
            guard !labels.isEmpty else {
                var callable = Callable(name: type + "." + name, kind: .initializer, parameters: [], location: location, source: .synthesizedInitializer)
                callable.swift = SwiftDeclarationTraits(access: "public", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
                return SwiftCandidate(path: "", callable: callable)
            }
            let parameters = labels.enumerated().map { index, label in
                Parameter.swift(label: label, hasDefault: false, location: location, isVariadic: variadic && index == 0)
            }
            var callable = Callable(
                name: type + "." + name, kind: name == "init" ? .initializer : .method, parameters: parameters,
                location: location, source: .synthesizedInitializer)
            callable.swift = SwiftDeclarationTraits(access: "public", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
            return SwiftCandidate(path: "", callable: callable)
        }
    }

    /// The methods, and initializers, that the standard library's collection and numeric protocols
    /// give a conforming type, by name: a call of another name cannot reach them, unless a module from
    /// outside the tree extends the protocol (checked apart: the calling file must import none).
    static let protocolMembers: [String: Set<String>] = {
        let sequence: Set<String> = [
            "makeIterator", "map", "filter", "reduce", "forEach", "first", "contains", "allSatisfy", "compactMap", "flatMap",
            "sorted", "min", "max", "elementsEqual", "starts", "lexicographicallyPrecedes", "enumerated", "reversed",
            "joined", "split", "dropFirst", "dropLast", "prefix", "suffix", "drop", "withContiguousStorageIfAvailable",
            "shuffled", "count", "underestimatedCount", "publisher", "sum",
        ]
        let collection = sequence.union([
            "index", "distance", "formIndex", "firstIndex", "lastIndex", "last", "randomElement", "ranges", "firstRange",
            "trimmingPrefix", "wholeMatch", "prefixMatch", "matches", "replacing", "difference", "indices", "isEmpty",
            "partition", "swapAt", "sort", "reverse", "shuffle", "append", "insert", "remove", "removeAll", "removeFirst",
            "removeLast", "removeSubrange", "replaceSubrange", "reserveCapacity", "popLast", "popFirst", "trimPrefix",
            "replace", "applying", "withContiguousMutableStorageIfAvailable",
        ])
        let setAlgebra: Set<String> = [
            "contains", "union", "intersection", "symmetricDifference", "insert", "remove", "update", "formUnion",
            "formIntersection", "formSymmetricDifference", "subtracting", "isSubset", "isDisjoint", "isSuperset",
            "isStrictSubset", "isStrictSuperset", "subtract", "isEmpty",
        ]
        var table: [String: Set<String>] = [
            "Sequence": sequence, "AsyncSequence": sequence, "IteratorProtocol": ["next"], "AsyncIteratorProtocol": ["next"],
            "SetAlgebra": setAlgebra, "OptionSet": setAlgebra, "TextOutputStream": ["write"],
            "TextOutputStreamable": ["write"], "Strideable": ["distance", "advanced", "stride"], "Actor": [], "AnyActor": [],
            "Error": [], "SendableMetatype": [],
        ]
        for name in ["Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
                     "RangeReplaceableCollection", "StringProtocol"] {
            table[name] = collection
        }
        return table
    }()

    /// The methods of classes from outside the tree that the tree's classes commonly inherit from, by
    /// name (an initializer is never inherited once a subclass declares one): a call of another name
    /// inside such a subclass cannot reach them. Test files call their helpers from `XCTestCase`
    /// subclasses all the time.
    static let classMembers: [String: Set<String>] = {
        let object: Set<String> = [
            "isEqual", "hash", "description", "debugDescription", "perform", "responds", "isKind", "isMember", "conforms",
            "copy", "mutableCopy", "value", "setValue", "setValuesForKeys", "dictionaryWithValues", "addObserver",
            "removeObserver", "observeValue", "willChangeValue", "didChangeValue", "forwardingTarget", "method",
            "doesNotRecognizeSelector", "awakeAfter", "replacementObject", "classForCoder", "isProxy", "mutableArrayValue",
            "mutableSetValue", "validateValue", "instancesRespond", "instanceMethod", "cancelPreviousPerformRequests",
        ]
        let testCase: Set<String> = object.union([
            "setUp", "tearDown", "setUpWithError", "tearDownWithError", "measure", "measureMetrics", "startMeasuring",
            "stopMeasuring", "expectation", "keyValueObservingExpectation", "wait", "waitForExpectations", "fulfillment",
            "addTeardownBlock", "record", "recordFailure", "invokeTest", "run", "addUIInterruptionMonitor",
            "removeUIInterruptionMonitor", "defaultTestSuite", "testCaseCount", "expectFailure",
        ])
        return ["NSObject": object, "XCTestCase": testCase]
    }()

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
