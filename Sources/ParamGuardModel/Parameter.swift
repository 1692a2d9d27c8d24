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

/// One parameter as callers see it (for an initializer: without `self`).
public struct Parameter: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ParameterKind
    public var hasDefault: Bool
    public var location: SourceLocation
    /// The annotation when it is a plain dotted name (`Tokenizer`, `"models.User"`): the class an
    /// argument is an instance of, so calls of its methods can be resolved.
    public var annotation: String?
    /// Swift: the name the body uses when it differs from the argument label (`to destination: URL`).
    public var internalName: String?
    /// Swift: a variadic parameter (`_ values: Int...`), which takes any number of arguments after its label.
    public var isVariadic: Bool?

    /// Swift: the argument label a call must write, nil for `_` (an unlabeled argument).
    public var swiftLabel: String? {
        kind == .positionalOnly ? nil : name
    }

    public init(name: String, kind: ParameterKind, hasDefault: Bool, location: SourceLocation, annotation: String? = nil) {
        self.annotation = annotation
        self.name = name
        self.kind = kind
        self.hasDefault = hasDefault
        self.location = location
    }
}
