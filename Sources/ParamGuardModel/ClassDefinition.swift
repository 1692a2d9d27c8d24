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
    /// Swift: `struct`, `class`, `enum`, `actor`, `protocol`, or `extension` (whose bases are the
    /// conformances it adds). nil for Python.
    public var swiftKind: String?

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
