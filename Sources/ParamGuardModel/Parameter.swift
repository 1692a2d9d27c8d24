/// How a caller may pass a parameter. The names follow Python's `inspect.Parameter.kind`.
public enum ParameterKind: String, Sendable, Codable, Hashable {
    case positionalOnly = "positional_only"
    case positionalOrKeyword = "positional_or_keyword"
    case keywordOnly = "keyword_only"
    case varPositional = "var_positional"
    case varKeyword = "var_keyword"

    /// Whether a caller can name this parameter with a keyword argument.
    public var acceptsKeyword: Bool {
        self == .positionalOrKeyword || self == .keywordOnly
    }
}

/// One parameter as callers see it (for an initializer: without `self`): what every language has, and
/// a payload for what only one of them reads.
public struct Parameter: Hashable, Sendable, Codable {
    /// Python: the parameter's name. Swift: its argument label, or for an unlabeled one the name the
    /// body uses (`_ value` → `value`), as messages show it.
    public var name: String
    /// Python: how a caller may pass it (Swift parameters say `.positionalOrKeyword`, unread: Swift's
    /// rules read `swift`).
    public var kind: ParameterKind
    public var hasDefault: Bool
    public var location: SourceLocation
    /// The annotation when it is a plain dotted name (`Tokenizer`, `"models.User"`): the class an
    /// argument is an instance of, so calls of its methods can be resolved.
    public var annotation: String?
    /// Swift: the argument label and what else Swift's matching reads.
    public var swift: SwiftParameterTraits?

    /// Swift: the argument label a call must write, nil for `_` (an unlabeled argument).
    public var swiftLabel: String? {
        swift?.label
    }

    public init(name: String, kind: ParameterKind, hasDefault: Bool, location: SourceLocation, annotation: String? = nil) {
        self.annotation = annotation
        self.name = name
        self.kind = kind
        self.hasDefault = hasDefault
        self.location = location
    }

    /// A Swift parameter: `label` nil for `_`; `name` what messages show when it is unlabeled.
    public static func swift(
        label: String?, name: String? = nil, hasDefault: Bool, location: SourceLocation, annotation: String? = nil,
        internalName: String? = nil, isVariadic: Bool = false
    ) -> Parameter {
        var parameter = Parameter(name: label ?? name ?? "_", kind: .positionalOrKeyword, hasDefault: hasDefault, location: location, annotation: annotation)
        parameter.swift = SwiftParameterTraits(label: label, internalName: internalName, isVariadic: isVariadic)
        return parameter
    }
}

/// What Swift's rules read of a parameter.
public struct SwiftParameterTraits: Hashable, Sendable, Codable {
    /// The argument label a call must write; nil for `_`.
    public var label: String?
    /// The name the body uses when it differs from the label (`to destination: URL`).
    public var internalName: String?
    /// `_ values: Int...`: takes any number of arguments after its label.
    public var isVariadic: Bool

    public init(label: String?, internalName: String?, isVariadic: Bool) {
        self.label = label
        self.internalName = internalName
        self.isVariadic = isVariadic
    }
}
