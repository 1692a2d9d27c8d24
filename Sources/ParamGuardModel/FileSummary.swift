/// Where a frontend gave up reading a file.
public struct SyntaxProblem: Hashable, Sendable, Codable {
    public var message: String
    public var location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// A loop's header line and the last line of its body.
public struct LoopSpan: Hashable, Sendable, Codable {
    public var header: Int
    public var end: Int

    public init(header: Int, end: Int) {
        self.header = header
        self.end = end
    }
}

/// Everything a frontend extracts from one file. A pure function of the file's bytes.
public struct FileSummary: Hashable, Sendable, Codable {
    public var callables: [Callable]
    public var classes: [ClassDefinition]
    public var calls: [CallSite]
    public var imports: [ImportBinding]
    /// Set when the file does not parse; what was read before the error is kept.
    public var syntaxProblem: SyntaxProblem?
    /// The names `__all__` lists, when the module assigns it a literal list or tuple of strings;
    /// nil when it has no `__all__` or one this analysis cannot read.
    public var exportedNames: [String]?
    /// Simple assignments to names, at every scope: aliases, and rebindings that hide an import.
    public var assignments: [NameAssignment] = []
    /// Instance attributes set in methods (`self.x = ...`) or annotated in class bodies.
    public var attributeAssignments: [AttributeAssignment] = []
    /// The `for` and `while` loops, by the line of their header and the last line of their body: a
    /// binding later in a loop's body may reach a call earlier in it on the next round.
    public var loops: [LoopSpan] = []

    public init(
        callables: [Callable] = [], classes: [ClassDefinition] = [], calls: [CallSite] = [],
        imports: [ImportBinding] = [], syntaxProblem: SyntaxProblem? = nil
    ) {
        self.callables = callables
        self.classes = classes
        self.calls = calls
        self.imports = imports
        self.syntaxProblem = syntaxProblem
    }

    public func callable(named name: String) -> Callable? {
        callables.first { $0.name == name }
    }

    public func classDefinition(named name: String) -> ClassDefinition? {
        classes.first { $0.name == name }
    }
}
