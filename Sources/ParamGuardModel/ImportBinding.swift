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

    public init(
        kind: Kind, boundName: String, module: String, level: Int, symbol: String?, scope: String,
        location: SourceLocation
    ) {
        self.kind = kind
        self.boundName = boundName
        self.module = module
        self.level = level
        self.symbol = symbol
        self.scope = scope
        self.location = location
    }
}
