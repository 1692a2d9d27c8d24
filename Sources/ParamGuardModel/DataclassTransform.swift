/// PEP 681's `@dataclass_transform(...)`, on a decorator function, a base class or a metaclass: what
/// the classes it makes dataclass-like default to, and the functions that declare their fields.
public struct DataclassTransform: Hashable, Sendable, Codable {
    /// `kw_only_default=True`: fields are keyword-only unless a class or field says otherwise.
    public var keywordOnlyDefault: Bool
    /// The last name component of each function `field_specifiers` lists (`Field`, `field`).
    public var fieldSpecifiers: [String]

    public init(keywordOnlyDefault: Bool, fieldSpecifiers: [String]) {
        self.keywordOnlyDefault = keywordOnlyDefault
        self.fieldSpecifiers = fieldSpecifiers
    }
}

/// An annotated class-body assignment as a dataclass-like transform reads it: kept for every class
/// without an `__init__` or a known field style, since only the analysis can tell (across files)
/// whether a transform applies to it.
public struct TransformField: Hashable, Sendable, Codable {
    public var name: String
    public var location: SourceLocation
    public var hasValue: Bool
    /// When the value is a call of a dotted name: its last component (a field specifier's name, if
    /// the transform lists it), whether it passes anything positionally, and the keywords a field
    /// specifier takes (`init`, `kw_only`, `alias`, `default`, `default_factory`, `factory`) as written.
    public var valueCallee: String?
    public var valueHasPositional: Bool
    public var keywords: [String: String]
    /// Declared after `_: KW_ONLY`.
    public var afterKeywordOnlyMarker: Bool

    public init(
        name: String, location: SourceLocation, hasValue: Bool, valueCallee: String?, valueHasPositional: Bool,
        keywords: [String: String], afterKeywordOnlyMarker: Bool
    ) {
        self.name = name
        self.location = location
        self.hasValue = hasValue
        self.valueCallee = valueCallee
        self.valueHasPositional = valueHasPositional
        self.keywords = keywords
        self.afterKeywordOnlyMarker = afterKeywordOnlyMarker
    }
}
