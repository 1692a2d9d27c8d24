/// The kinds of broken call paramguard reports. The raw values are the stable identifiers
/// used in JSON output and in suppressions.
public enum FindingKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The definition renamed the parameter this call still names.
    case renamedParameter = "renamed-parameter"
    /// The definition removed the parameter this call still names.
    case removedParameter = "removed-parameter"
    /// A call added or edited by the change names a keyword the callee does not accept.
    case unknownKeyword = "unknown-keyword"
    /// The callee now requires a parameter (new, or its default removed) that this call does not pass.
    case missingArgument = "missing-argument"
    /// Python: the call passes more positional arguments than the callee takes now (a positional
    /// parameter removed, or made keyword-only).
    case tooManyPositional = "too-many-positional"
    /// Swift: the call's labels all still exist, but no overload takes them in this order any more.
    case reorderedParameters = "reordered-parameters"
    /// Swift: a protocol requirement's label changed, and a conforming type still implements it under
    /// the old label: the method no longer satisfies the requirement. Reported at the implementation.
    case staleConformance = "stale-conformance"
    /// Python: the change deleted (or moved away) a module-level function or class that a file of
    /// the tree still imports or calls through its old module.
    case deletedCallable = "deleted-callable"
}

/// The definition a finding resolved the call to.
public struct DefinitionReference: Hashable, Sendable, Codable {
    /// The file in the tree; empty for a definition outside it.
    public var path: String
    public var line: Int
    /// Dotted name inside its module, e.g. `UserExecutionContext`.
    public var name: String
    /// Dotted module name, e.g. `app.context`.
    public var module: String

    /// A definition of Python's standard library (a factory such as `collections.namedtuple`): no
    /// path or line in the tree.
    public var isOutsideTree: Bool { path.isEmpty }

    /// The name qualified by its module, `app.context.UserExecutionContext` (the name alone when the
    /// module has none: a Swift declaration outside any module the tree builds).
    public var qualifiedName: String { module.isEmpty ? name : "\(module).\(name)" }

    public init(path: String, line: Int, name: String, module: String) {
        self.path = path
        self.line = line
        self.name = name
        self.module = module
    }
}

/// One call that would raise `TypeError: unexpected keyword argument` after this change.
public struct Finding: Hashable, Sendable, Codable {
    public var kind: FindingKind
    /// The language of the calling file: how its labels are written (`name=` or `name:`).
    public var language: SourceLanguage
    public var path: String
    /// Where the stale keyword stands in the call.
    public var location: SourceLocation
    public var callee: String
    public var oldLabel: String
    /// The label to use instead: the rename's new name, or the closest accepted keyword; nil if none fits.
    public var newLabel: String?
    public var definition: DefinitionReference
    public var message: String
    /// The text of the line holding the stale keyword, for excerpts: a window of it around the keyword
    /// when the line is long (`SourceExcerpt`).
    public var sourceLine: String?
    /// How many bytes to take from `location.column` to point into `sourceLine` (0 for a whole line).
    public var sourceLineOffset = 0
    /// `location.column` counted in UTF-16 code units, as editors, SARIF and GitHub count columns
    /// (`location.column` counts UTF-8 bytes); nil when the line was not read.
    public var utf16Column: Int?
    /// Where the call expression starts (its callee); differs from `location` in calls spanning lines.
    public var callLocation: SourceLocation?
    /// The call was already broken before the change, in the same way: the change edited a line of
    /// it but did not cause the error. Reported as a warning; it does not block.
    public var alreadyBroken = false
    /// In a push of several refs, the ref whose change the finding is in (`refs/heads/topic`).
    public var ref: String?
    /// The migration record, added by the same change, that declares this breakage intended: the
    /// finding is shown, but does not block.
    public var acceptedBy: AcceptingRecord?

    public init(
        kind: FindingKind, language: SourceLanguage, path: String, location: SourceLocation, callee: String, oldLabel: String,
        newLabel: String?, definition: DefinitionReference, message: String, sourceLine: String? = nil
    ) {
        self.sourceLine = sourceLine
        self.kind = kind
        self.language = language
        self.path = path
        self.location = location
        self.callee = callee
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.definition = definition
        self.message = message
    }
}

/// A file the analysis could not read, and why. Skipping fails open (the commit is not blocked)
/// and is always reported, so a skip is never silent.
public struct SkippedFile: Hashable, Sendable, Codable {
    public var path: String
    public var reason: String

    /// Whether the file was skipped because its blob (or its version before) could not be read: a
    /// damaged or missing object, rather than a file paramguard does not parse.
    public var isUnreadable: Bool { reason.contains("cannot be read") }

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Counters that tell how much of the change could be checked.
public struct CheckStatistics: Hashable, Sendable, Codable {
    public var changedFiles = 0
    public var filesParsed = 0
    public var callsChecked = 0
    /// Calls whose callee could not be traced to a definition in the repository (never findings).
    public private(set) var unresolvedCalls = 0
    /// Calls whose callee was found but whose signature or overload set is not known completely: they
    /// pass `**kwargs`, or something outside the repository may supply an overload (never findings).
    public private(set) var unverifiableCalls = 0
    /// `unresolvedCalls` and `unverifiableCalls` by reason, so a user can see what was not checked and why.
    public private(set) var unresolvedCallsByReason: [String: Int] = [:]
    public private(set) var openCallsByReason: [String: Int] = [:]
    /// Findings silenced by a `# paramguard: ignore` comment.
    public var suppressedFindings = 0

    public init() {}

    /// Counts a call whose callee is not traced to the repository, with why.
    public mutating func countUnresolved(_ reason: String) {
        unresolvedCalls += 1
        unresolvedCallsByReason[reason, default: 0] += 1
    }

    /// Counts a call that resolved but cannot be checked completely, with why.
    public mutating func countOpen(_ reason: String) {
        unverifiableCalls += 1
        openCallsByReason[reason, default: 0] += 1
    }

    public mutating func add(_ other: CheckStatistics) {
        changedFiles += other.changedFiles
        filesParsed += other.filesParsed
        callsChecked += other.callsChecked
        unresolvedCalls += other.unresolvedCalls
        unverifiableCalls += other.unverifiableCalls
        unresolvedCallsByReason.merge(other.unresolvedCallsByReason, uniquingKeysWith: +)
        openCallsByReason.merge(other.openCallsByReason, uniquingKeysWith: +)
        suppressedFindings += other.suppressedFindings
    }
}

/// The result of one check: what the reporters render and the exit code is based on.
public struct CheckReport: Sendable, Codable {
    public var findings: [Finding]
    public var skipped: [SkippedFile]
    public var stats: CheckStatistics
    /// Problems with what the tree declares (a migration-record file that cannot be used), shown
    /// as warnings; they do not block by themselves.
    public var warnings: [ReportWarning] = []

    /// The findings that block: all but those already broken before the change, and those a
    /// migration record added by the change accepts.
    public var blocking: [Finding] { findings.filter { !$0.alreadyBroken && $0.acceptedBy == nil } }

    /// The findings migration records accept.
    public var accepted: [Finding] { findings.filter { $0.acceptedBy != nil } }

    public init(findings: [Finding], skipped: [SkippedFile], stats: CheckStatistics) {
        self.findings = findings
        self.skipped = skipped
        self.stats = stats
    }

    /// Adds another check's results (of another change set, or another language) to this one.
    public mutating func merge(_ other: CheckReport) {
        findings += other.findings
        skipped += other.skipped
        stats.add(other.stats)
        warnings += other.warnings
    }
}

/// A problem at a place of the tree that is not a finding: shown, never blocking by itself.
public struct ReportWarning: Hashable, Sendable, Codable {
    public var path: String
    /// 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}
