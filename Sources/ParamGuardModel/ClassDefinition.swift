/// A class statement: its bases as written, so the analysis can follow inheritance across files.
public struct ClassDefinition: Hashable, Sendable, Codable {
    /// Dotted name inside its module (`Outer.Inner` for nested classes).
    public var name: String
    /// Base class expressions as dotted names (`Base`, `models.Base`); complex expressions are kept as written.
    public var bases: [String]
    public var location: SourceLocation
    /// How `__init__` is written from the class's fields (`@dataclass`, attrs, `NamedTuple`); nil for other classes.
    public var fieldInitializer: SignatureSource?
    /// True when the class body defines `__init__` itself, or a dataclass synthesizes it.
    public var definesInitializer: Bool
    /// Class decorators, their names qualified through the file's imports (`dataclasses.dataclass`).
    /// A decorator the analysis does not know may replace `__init__`, so it makes the constructor unknown.
    public var decorators: [String]
    /// The `metaclass=` of the class header, as written. A metaclass's `__call__` may take any arguments.
    public var metaclass: String?
    /// For a class with no field style of its own: the fields it would add if a base class turns out
    /// to be a pydantic model (annotated, public, not `ClassVar`), `**extra` included when its config
    /// allows extra keywords. Subclasses of models write no decorator, so only the analysis can tell.
    public var modelFields: [Parameter]?
    /// Set when the class itself is marked `@dataclass_transform(...)`: as a base class or a metaclass
    /// it makes the classes that derive from it (or use it) dataclass-like.
    public var dataclassTransform: DataclassTransform?
    /// For a Python class with no `__init__` and no known field style: its annotated fields, read as a
    /// dataclass-like transform would (see `TransformField`), and the `kw_only=` its header or a
    /// decorator call writes.
    public var transformFields: [TransformField]?
    public var transformKeywordOnly: Bool?
    /// Swift: which declaration it is. nil for Python.
    public var swiftKind: SwiftDeclarationKind?
    /// Swift: the stored and computed properties the declaration's body declares, with what the
    /// declaration says of their type: how `self.p.m(...)` finds its receiver's type.
    public var swiftProperties: [SwiftProperty]?
    /// Swift: the generic parameters of a type (and a protocol's associated types): a call through
    /// one of them reaches whatever type is substituted, never the same-named type of the tree.
    public var swiftGenericParameters: [String]?
    /// Swift: declared inside a function body, so visible only there; a call naming it from elsewhere
    /// names another type.
    public var swiftIsLocal: Bool?
    /// Swift, for a typealias: the generic arguments written on the type it names, white space removed
    /// (`["V", "UnweightedEdge"]` for `= UniqueElementsGraph<V, UnweightedEdge>`): what the alias binds
    /// the named type's generic parameters to. nil when none are written.
    public var swiftAliasArguments: [String]?

    public init(
        name: String, bases: [String], location: SourceLocation, fieldInitializer: SignatureSource?, definesInitializer: Bool,
        decorators: [String] = [], metaclass: String? = nil
    ) {
        self.metaclass = metaclass
        self.name = name
        self.bases = bases
        self.location = location
        self.fieldInitializer = fieldInitializer
        self.definesInitializer = definesInitializer
        self.decorators = decorators
    }
}

/// Swift: a property of a type, and what its declaration says of its type.
public struct SwiftProperty: Hashable, Sendable, Codable {
    public var name: String
    /// The annotated type, or the call whose result initializes it; nil when neither is written.
    public var value: SwiftReceiver?
    /// A closure is stored in it (`var handler: (Int) -> Void`): `self.handler(x)` calls the closure.
    public var isFunction: Bool
    /// The type annotation as written, white space removed (`[[E]]`, `[[WeightedEdge<W>]]`): how a
    /// conforming type's property tells what a protocol's associated type is bound to.
    public var annotation: String?

    public init(name: String, value: SwiftReceiver?, isFunction: Bool, annotation: String? = nil) {
        self.name = name
        self.value = value
        self.isFunction = isFunction
        self.annotation = annotation
    }
}

/// Swift: what the calling file says of the value a method is called on, or a property holds.
public enum SwiftReceiver: Hashable, Sendable, Codable {
    /// A local, parameter or property declared with this type (`let x: T`, `p: some T`), generic
    /// arguments and optionality dropped; a collection is written `[T]` (or `[K: V]`).
    case type(String)
    /// The value of a call, as its callee is written (`T(...)`, `T.make(...)`, `make(...)`): the type
    /// it constructs, or the callee's return annotation.
    case resultOf(String)
    /// A property of the enclosing type: `self.p`, or `p` where no local of that name hides it.
    case property(String)
    /// A property of another value: `x.p` in `x.p.m(...)`.
    indirect case member(SwiftReceiver, String)
    /// What subscripting a collection value gives: `items[0]` (for a dictionary, a value).
    indirect case element(SwiftReceiver)
    /// What iterating an array or a set gives: `for h in handlers`, `handlers.forEach { $0... }`
    /// (a dictionary gives pairs, which this reading does not follow).
    indirect case iterated(SwiftReceiver)
}

extension SwiftReceiver {
    /// `[T]` → `T`, `[K: V]` → `V` (iterating a dictionary gives pairs; its values are what a
    /// subscript gives); nil for a type that is not written as a collection.
    public static func elementType(of collection: String, iterating: Bool = false) -> String? {
        guard collection.hasPrefix("["), collection.hasSuffix("]") else { return nil }
        let inner = collection.dropFirst().dropLast()
        if let colon = inner.range(of: ": ") { return iterating ? nil : String(inner[colon.upperBound...]) }
        return String(inner)
    }
}

/// What a Swift type declaration is.
public enum SwiftDeclarationKind: String, Sendable, Codable, Hashable {
    case `struct`, `class`, `enum`, actor, `protocol`
    /// Its bases are the conformances it adds.
    case `extension`
    /// Its one base is the type it names, when that is a plain name; none for a function type or a
    /// composition.
    case `typealias`
}
