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

    /// Takes `**kwargs`, so every keyword is accepted at call time. A callable under a decorator that
    /// may change its parameters (`@paginate` adding `max_results=`) is given the same benefit of the doubt.
    public var acceptsAnyKeyword: Bool {
        hasOpaqueDecorators || parameters.contains { $0.kind == .varKeyword }
    }

    /// Whether a call may pass `label=...` without a `TypeError`.
    public func accepts(keyword label: String) -> Bool {
        acceptsAnyKeyword || parameters.contains { $0.name == label && $0.kind.acceptsKeyword }
    }

    /// Whether `call` leaves the required parameter `name` without an argument. Never true when the
    /// call passes `*args` or `**kwargs` (they may carry it) or the decorators may supply it.
    public func lacksArgument(_ name: String, in call: CallSite) -> Bool {
        guard !hasOpaqueDecorators, !call.hasStarArgs, !call.hasStarStarKwargs,
              let parameter = parameters.first(where: { $0.name == name }), !parameter.hasDefault,
              !call.keywords.contains(where: { $0.name == name }) else { return false }
        switch parameter.kind {
        case .keywordOnly:
            return true
        case .positionalOnly, .positionalOrKeyword:
            let position = parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }
                .firstIndex { $0.name == name } ?? 0
            return call.positionalCount <= position
        case .varPositional, .varKeyword:
            return false
        }
    }

    /// The parameters positional arguments fill, in order.
    public var positionalNames: [String] {
        parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }.map(\.name)
    }

    /// How many positional arguments a call may pass; nil for any number (`*args`).
    public var positionalLimit: Int? {
        parameters.contains { $0.kind == .varPositional } ? nil : positionalNames.count
    }

    /// The parameters a caller must pass.
    public var requiredParameters: [Parameter] {
        parameters.filter { !$0.hasDefault && $0.kind != .varPositional && $0.kind != .varKeyword }
    }

    /// Names a caller can pass as keywords, in declaration order.
    public var keywordNames: [String] {
        parameters.filter { $0.kind.acceptsKeyword }.map(\.name)
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
