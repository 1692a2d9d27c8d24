/// A keyword argument at a call site: `label=value`.
public struct KeywordArgument: Hashable, Sendable, Codable {
    public var name: String
    public var location: SourceLocation

    @inlinable public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// One call expression found in a file.
public struct CallSite: Hashable, Sendable, Codable {
    /// The callee as written, without white space: `UserExecutionContext`, `ctx.build`, `super().__init__`.
    public var callee: String
    /// The callee as a plain dotted name (`pkg.mod.Class`) when it is one; nil for `f()()`, `a[0].b()`, and the like.
    /// Derived from `callee` on demand: most calls are never resolved, so they never pay for the array.
    public var calleePath: [String]? {
        CallSite.dottedPath(callee)
    }

    /// `a.b.c` → `[a, b, c]`; nil unless the text is identifiers joined by dots.
    ///
    /// Checked on the UTF-8 bytes: an ASCII byte must be a letter, `_` or (not first in its part) a
    /// digit, and any other scalar is taken as part of an identifier, as before; asking Unicode for the
    /// properties of every ASCII letter showed in profiles of resolving a file's calls.
    public static func dottedPath(_ text: String) -> [String]? {
        var atPartStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                if atPartStart { return nil }
                atPartStart = true
            } else if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_") || byte >= 0x80 {
                atPartStart = false
            } else if !atPartStart && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                continue
            } else {
                return nil
            }
        }
        return atPartStart ? nil : text.dottedComponents.map(String.init)
    }
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
    /// Swift: every argument's label in order, nil for an unlabeled one. Labels are part of a Swift
    /// callee's name, so their order matters as much as their spelling.
    public var argumentLabels: [String?]?
    /// Swift: trailing closures after the parentheses; the first is unlabeled, the others labeled.
    public var trailingClosureLabels: [String?]?
    /// Swift: a compound-name reference (`m(a:b:)`, `#selector(m(a:))`) rather than a call: its labels
    /// name every parameter, in order, with nothing left to defaults.
    public var isReference: Bool?
    /// Swift: for a property wrapper's attribute (`@Flag(help: "…") var verbose = false`), the type of
    /// the property it wraps (`Bool`), written or read off a literal initial value; it picks among
    /// overloads declared in constrained extensions (`extension Flag where Value == Bool`).
    public var wrappedType: String?
    /// Swift: for an implicit member call written as an argument (`help: .init(...)`), the index of the
    /// enclosing call in the file's `calls` and this argument's position in it: the parameter it is
    /// passed to names the type that `.init` constructs.
    public var argumentOf: Int?
    public var argumentPosition: Int?
    /// Swift: what the calling file says of the receiver of `x.m(...)`, `self.p.m(...)`, `T(...).m(...)`.
    public var receiver: SwiftReceiver?
    /// Why the calling file alone shows the call is not to be reported. Swift: the callee cannot be
    /// known completely, `generic-parameter` (`T(...)` or `x.m()` with `x: T`, where `T` is a generic
    /// parameter in scope) or `function-value` (a local, parameter or closure called like a function).
    /// Python: `call-meant-to-raise-type-error`, inside `with pytest.raises(TypeError):` and the like.
    public var openReason: String?
    /// Swift: `m(...)` calls a function declared in an enclosing body (`func m` local to a function),
    /// which hides every other `m`.
    public var callsLocalFunction: Bool?

    @inlinable public init(
        callee: String, location: SourceLocation, endLine: Int,
        keywords: [KeywordArgument], positionalCount: Int, hasStarArgs: Bool, hasStarStarKwargs: Bool,
        scope: String, enclosingClass: String?
    ) {
        self.callee = callee
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
