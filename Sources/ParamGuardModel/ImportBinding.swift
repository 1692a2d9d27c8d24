/// A name an import statement binds in a file.
public struct ImportBinding: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// `import a.b` binds `a` to module `a`; `import a.b as c` binds `c` to module `a.b`.
        case module
        /// `from m import x [as y]` binds `y` (or `x`) to attribute `x` of module `m`.
        case symbol
        /// `from m import *`: binds names this analysis cannot know.
        case star
    }

    public var kind: Kind
    /// The name bound in the importing file (empty for a star import).
    public var boundName: String
    /// Absolute or relative module: `a.b`, or for `from ..x import y`, `x` with `level` 2.
    public var module: String
    /// Number of leading dots of a relative import; 0 for absolute imports.
    public var level: Int
    /// The imported attribute for `.symbol`; nil otherwise.
    public var symbol: String?
    /// Dotted scope of the import statement: empty at module level, `f` inside function `f`.
    public var scope: String
    public var location: SourceLocation
    /// Swift: `@testable import`, which sees the module's internal declarations too.
    public var isTestable = false

    public init(
        kind: Kind, boundName: String, module: String, level: Int, symbol: String?, scope: String,
        location: SourceLocation, isTestable: Bool = false
    ) {
        self.isTestable = isTestable
        self.kind = kind
        self.boundName = boundName
        self.module = module
        self.level = level
        self.symbol = symbol
        self.scope = scope
        self.location = location
    }
}

/// A simple assignment `name = value` that rebinds a name in a scope. When the value is a plain dotted
/// name (`_Segment = Segment`, `adjust = cls.adjust_line_length`) the name is an alias of it; any other
/// value makes the name something this analysis cannot follow.
public struct NameAssignment: Hashable, Sendable, Codable {
    public var name: String
    /// The value when it is a plain dotted name; nil for any other expression.
    public var valuePath: [String]?
    /// When the value is a call of a dotted name (`x = Console()`, `opts = options.update()`): that name.
    public var valueCallPath: [String]?
    /// When the value is a call whose first argument is (after nested calls) a dotted name:
    /// `Attribute = _add_hash(_add_eq(Attribute))` wraps `Attribute`.
    public var wrappedPath: [String]?
    /// `with callee(...) as name`: the name holds what the value's `__enter__` (or `__aenter__`)
    /// returns, not the value itself.
    public var entersContext: Bool = false
    /// `for name in a.b:`: the name holds an element of what the dotted name holds.
    public var iteratesPath: [String]?
    /// `for name in a.b(...):`: the name holds an element of what calling `iteratesPath` returns.
    public var iteratesCallResult: Bool = false
    /// `name = a.b` inside `if isinstance(a.b, C):`: the name holds an instance of `C` (written as the
    /// file writes it).
    public var narrowedTo: String?
    /// The last line through which this binding certainly holds, for a call on a later line: the end
    /// of the block of a simple statement or a `with`, the end of the body of a `for`. Nil when the
    /// binding may not happen before what follows (a statement after `if c:` on the same line).
    public var holdsThrough: Int?
    public var scope: String
    public var location: SourceLocation

    public init(
        name: String, valuePath: [String]?, scope: String, location: SourceLocation,
        valueCallPath: [String]? = nil, wrappedPath: [String]? = nil
    ) {
        self.valueCallPath = valueCallPath
        self.wrappedPath = wrappedPath
        self.name = name
        self.valuePath = valuePath
        self.scope = scope
        self.location = location
    }
}

/// What an instance attribute of a class is set to: `self.x = Spinner(...)` in a method, or a class-level
/// annotation `x: Spinner`. Calls like `self.x.update(...)` are resolved through it.
public struct AttributeAssignment: Hashable, Sendable, Codable {
    /// The class whose instances carry the attribute.
    public var owner: String
    public var name: String
    /// The annotation when it names one class.
    public var annotation: String?
    /// The callee when the value is a call of a dotted name (`Spinner(...)`).
    public var valueCallPath: [String]?
    /// Where the assignment is, to read the names it uses (the method's scope; the class's for annotations).
    public var scope: String

    public init(owner: String, name: String, annotation: String?, valueCallPath: [String]?, scope: String) {
        self.owner = owner
        self.name = name
        self.annotation = annotation
        self.valueCallPath = valueCallPath
        self.scope = scope
    }
}
