/// One kind of finding, whole: its identifier (used in JSON and in suppressions), what it means, how
/// its message and its one-line fix read, the languages it applies to, and an example. Each rule is
/// one file in this folder; `Rule.all` lists them, and `paramguard rules` prints them.
public struct Rule: Sendable {
    public enum Severity: String, Sendable {
        /// Blocks the commit or push.
        case error
    }

    /// A small change and what the rule must say of it: the rule's specification, run by the tests
    /// against files held in memory. `before` is the tree before the change; `after` holds the files the
    /// change adds or rewrites, and `removed` those it deletes. In `after`, a `↓` stands right before
    /// each keyword, label or name a finding must point at; a counterexample has none and must produce
    /// no finding at all.
    public struct Example: Sendable, CustomStringConvertible {
        public var name: String
        /// The language of the files it reports in (of its files, for a counterexample).
        public var language: SourceLanguage
        public var before: [(path: String, text: String)]
        public var after: [(path: String, text: String)]
        public var removed: [String]
        /// The new name every marked finding must suggest (a keyword, or for `deleted-callable` a module).
        public var suggestion: String?
        /// Kinds other than the rule's that some of the marked findings have (an example that shows
        /// two rules at once).
        public var alsoReports: [FindingKind]

        public init(
            _ name: String, _ language: SourceLanguage, before: KeyValuePairs<String, String>, after: KeyValuePairs<String, String>,
            removed: [String] = [], suggestion: String? = nil, alsoReports: [FindingKind] = []
        ) {
            self.name = name
            self.language = language
            self.before = before.map { ($0.key, $0.value) }
            self.after = after.map { ($0.key, $0.value) }
            self.removed = removed
            self.suggestion = suggestion
            self.alsoReports = alsoReports
        }

        public var description: String { name }
    }

    public var kind: FindingKind
    public var summary: String
    public var explanation: String
    public var severity = Severity.error
    public var languages: [SourceLanguage]
    /// Whether the finding points at the call's callee rather than at one keyword (an argument the
    /// call leaves out, or passes too many of): the caret then underlines the callee.
    public var pointsAtCallee = false
    public var message: @Sendable (FindingText) -> String
    public var fix: @Sendable (Finding) -> String
    /// The note printed at the definition: where it is (or, for a definition outside the tree, what it is).
    public var definitionNote: @Sendable (Finding) -> String = Rule.definedHere
    /// What a finding of the rule means when the code runs (or builds), in each language, and what to do.
    public var consequence: @Sendable (SourceLanguage) -> String = Rule.mismatchedCall
    /// Changes the rule must report, the first one the example `paramguard rules ID` shows.
    public var examples: [Example]
    /// Changes it must not report: the false alarms it is built to avoid.
    public var counterexamples: [Example] = []

    /// The example `paramguard rules ID` shows.
    public var example: Example { examples[0] }

    public var id: String { kind.rawValue }

    /// Every rule, in the order `paramguard rules` lists them.
    public static let all: [Rule] = [
        .renamedParameter, .removedParameter, .unknownKeyword, .missingArgument, .tooManyPositional,
        .reorderedParameters, .staleConformance, .deletedCallable,
    ]

    /// The usual note at a definition.
    public static let definedHere: @Sendable (Finding) -> String = { finding in
        let definition = finding.definition
        if definition.isOutsideTree {
            return "'\(definition.module).\(definition.name)' is Python's; no version of it since 3.0 takes '\(finding.oldLabel)'"
        }
        return "'\(definition.name)' is defined here"
    }

    /// What a call that no longer matches its callee's parameters does.
    public static let mismatchedCall: @Sendable (SourceLanguage) -> String = { language in
        switch language {
        case .python:
            return "Python: a TypeError at run time (for a pydantic model, a value silently dropped). Update the callers, or keep the definition compatible: keep the old parameter or its default, or take **kwargs and read it."
        case .swift:
            return "Swift: a compile error in every target that builds these calls. Update the callers, or keep an overload with the old labels marked @available(*, deprecated, renamed: ...)."
        }
    }

    /// The rule of a kind of finding.
    public static func of(_ kind: FindingKind) -> Rule {
        all.first { $0.kind == kind }!
    }

    /// The rule with an identifier (`renamed-parameter`), if there is one.
    public static func named(_ id: String) -> Rule? {
        all.first { $0.id == id }
    }
}

/// What a finding's message is made of, before it is written.
public struct FindingText: Sendable {
    public var language: SourceLanguage
    /// The callee as the call names it (Python) or as its declaration does (Swift, `Client.fetch`).
    public var callee: String
    /// The stale keyword or label; for `missing-argument` the parameter left out; for
    /// `too-many-positional` how many positional arguments the callee takes now.
    public var label: String
    public var newLabel: String?
    /// The definition the call resolved to.
    public var definition: DefinitionReference
    /// The closest thing the call may have meant: a keyword (Python) or the labels as a compound name
    /// (Swift, `fetch(url:seconds:)`).
    public var suggestion: String?
    /// Swift `stale-conformance`: the implementing method (`Type.m(a:)`) and the requirement's name.
    public var implementation: String?
    public var requirement: String?

    public init(
        language: SourceLanguage, callee: String, label: String, newLabel: String?, definition: DefinitionReference, suggestion: String?
    ) {
        self.language = language
        self.callee = callee
        self.label = label
        self.newLabel = newLabel
        self.definition = definition
        self.suggestion = suggestion
    }

    /// The definition, qualified by its module: `app.context.UserExecutionContext`.
    var owner: String { definition.qualifiedName }

    /// A definition outside the tree (a factory of Python's standard library).
    var isOutsideTree: Bool { definition.isOutsideTree }

    /// `; did you mean 'x'?`, or nothing without a suggestion.
    var hint: String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
}

extension Finding {
    /// How the finding's language writes a keyword or label: `name=` in Python, `name:` in Swift.
    public func written(_ label: String) -> String {
        language == .swift ? "\(label):" : "\(label)="
    }

    /// The fix of the rules about one stale keyword: write the new one, or drop it.
    var replaceOrDropFix: String {
        if let newLabel {
            return "\(language == .swift ? "write" : "pass") '\(written(newLabel))' instead of '\(written(oldLabel))'"
        }
        if definition.isOutsideTree { return "drop the '\(written(oldLabel))' argument" }
        return language == .swift
            ? "drop the '\(written(oldLabel))' label, or keep an overload that takes it"
            : "drop the '\(written(oldLabel))' argument, or keep accepting it in the definition"
    }
}
