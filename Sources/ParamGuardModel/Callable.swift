/// What kind of thing a caller invokes.
public enum CallableKind: String, Sendable, Codable, Hashable {
    case function
    case method
    /// Calling a class: the parameters are those of its `__init__` (or synthesized fields).
    case initializer
}

/// Where a callable's parameter list comes from; shown to users so they know what was read.
public enum SignatureSource: String, Sendable, Codable, Hashable {
    case def
    case initMethod = "__init__"
    case dataclassFields = "dataclass_fields"
    case attrsFields = "attrs_fields"
    case namedTupleFields = "namedtuple_fields"
    case pydanticFields = "pydantic_fields"
    /// The keys of a `TypedDict`, which its class takes as keywords when called.
    case typedDictFields = "typeddict_fields"
    case newMethod = "__new__"
    /// Swift: a written `init` or `func` declaration.
    case swiftDeclaration = "declaration"
    /// Swift: the memberwise initializer a struct gets when its body declares no `init`.
    case memberwiseInitializer = "memberwise_init"
    /// Swift: an initializer the compiler synthesizes from a conformance (`init(from:)`, `init?(rawValue:)`).
    case synthesizedInitializer = "synthesized_init"
    /// Swift: an enum case with associated values, which constructs the enum like a static function
    /// (`case space(size: Int, flexible: Bool)` is called as `Layout.space(size:flexible:)`).
    case enumCase = "enum_case"
    /// Python: a factory of the standard library (`collections.namedtuple`), with the keywords any
    /// Python 3 version takes; never read from a file, never cached.
    case standardLibrary = "standard_library"

    /// Whether the parameters come from class fields, which subclasses of the same kind inherit and extend.
    public var isFieldBased: Bool {
        self == .dataclassFields || self == .attrsFields || self == .pydanticFields
    }
}

/// A callable defined in one file, with the parameter list its callers must match.
public struct Callable: Hashable, Sendable, Codable {
    /// Dotted name inside its module: `f`, `Context`, `Context.method`.
    public var name: String
    public var kind: CallableKind
    public var parameters: [Parameter]
    public var location: SourceLocation
    public var source: SignatureSource
    /// False when parameters may come from somewhere this file cannot show
    /// (for example fields inherited from a dataclass base class).
    public var isComplete: Bool
    /// The return annotation when it names one class (`-> ConsoleOptions`): what calling it gives.
    public var returnAnnotation: String?
    /// Decorated by something that may change which arguments it needs (a decorator that injects a
    /// session, say): whether a call lacks an argument is then not checked.
    public var hasOpaqueDecorators = false
    /// Set when the function is marked `@dataclass_transform(...)`: the classes it decorates are
    /// dataclass-like.
    public var dataclassTransform: DataclassTransform?
    /// Python: the dotted names of the decorators that made it opaque, as written (empty for one that
    /// is not a dotted name): an in-tree decorator that keeps the signature (`preservesSignature`)
    /// is seen through when they are resolved.
    public var opaqueDecorators: [[String]]?
    /// Python: a decorator that returns a wrapper made with `functools.wraps` and taking `*args,
    /// **kwargs`, which passes every argument on: what it decorates keeps its parameters.
    public var preservesSignature = false
    /// Swift only: what the declaration says about who may call it, and how.
    public var swift: SwiftDeclarationTraits?

    public init(
        name: String, kind: CallableKind, parameters: [Parameter], location: SourceLocation,
        source: SignatureSource, isComplete: Bool = true
    ) {
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.location = location
        self.source = source
        self.isComplete = isComplete
    }
}

/// Facts about a Swift declaration that decide which calls can reach it.
public struct SwiftDeclarationTraits: Hashable, Sendable, Codable {
    /// `open`, `public`, `package`, `internal`, `fileprivate` or `private` (`internal` when unwritten).
    public var access: String
    /// `static` or `class`: called on the type, not on an instance.
    public var isStatic: Bool
    /// Declared in a protocol: a requirement, called through conforming types.
    public var isProtocolRequirement: Bool
    /// `@available(..., deprecated)`, `unavailable` or `renamed:`: an overload kept so that calls
    /// using its labels still compile (or get a fix-it); it counts as accepting those labels.
    public var isMigrationAlias: Bool
    /// The requirements of the `where` clause of the extension that declares it, as written
    /// (`Value == Bool`, `Value: EnumerableFlag`): overloads of a generic type told apart by type.
    public var extensionRequirements: [String]?

    public init(access: String, isStatic: Bool, isProtocolRequirement: Bool, isMigrationAlias: Bool) {
        self.access = access
        self.isStatic = isStatic
        self.isProtocolRequirement = isProtocolRequirement
        self.isMigrationAlias = isMigrationAlias
    }

    /// Whether other modules can see the declaration (with a plain `import`).
    public var isVisibleToOtherModules: Bool {
        access == "public" || access == "open" || access == "package"
    }
}
