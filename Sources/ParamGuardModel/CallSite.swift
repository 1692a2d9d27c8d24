/// A keyword argument at a call site: `label=value`.
public struct KeywordArgument: Hashable, Sendable, Codable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// One call expression found in a file.
public struct CallSite: Hashable, Sendable, Codable {
    /// The callee as written, without white space: `UserExecutionContext`, `ctx.build`, `super().__init__`.
    public var callee: String
    /// The callee as a plain dotted name (`pkg.mod.Class`) when it is one; nil for `f()()`, `a[0].b()`, and the like.
    public var calleePath: [String]?
    /// Start of the callee expression.
    public var location: SourceLocation
    /// Last line of the call (its closing parenthesis), so a change to any line of the call can be noticed.
    public var endLine: Int
    public var keywords: [KeywordArgument]
    public var positionalCount: Int
    /// The call passes `*args`: positional arity cannot be checked.
    public var hasStarArgs: Bool
    /// The call passes `**kwargs`: keywords cannot be checked statically.
    public var hasStarStarKwargs: Bool
    /// Dotted name of the enclosing functions and classes (`Context.build`); empty at module level.
    public var scope: String
    /// The class whose method body holds this call, if any: where `self.m()` and `cls()` point.
    public var enclosingClass: String?
    /// The first positional argument when it is a plain dotted name: the callable that
    /// `functools.partial(C, ...)` binds.
    public var firstArgumentPath: [String]?

    public init(
        callee: String, calleePath: [String]?, location: SourceLocation, endLine: Int,
        keywords: [KeywordArgument], positionalCount: Int, hasStarArgs: Bool, hasStarStarKwargs: Bool,
        scope: String, enclosingClass: String?
    ) {
        self.callee = callee
        self.calleePath = calleePath
        self.location = location
        self.endLine = endLine
        self.keywords = keywords
        self.positionalCount = positionalCount
        self.hasStarArgs = hasStarArgs
        self.hasStarStarKwargs = hasStarStarKwargs
        self.scope = scope
        self.enclosingClass = enclosingClass
    }
}
