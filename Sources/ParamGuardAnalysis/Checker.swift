import ParamGuardGit
import ParamGuardModel

/// Runs the whole check on one change: which keywords the change took away from which definitions,
/// which calls in the tree after the change still pass them, and which calls the change adds or
/// edits that pass a keyword their callee does not accept.
public struct Checker {
    let objects: any ObjectStore
    let caches: Caches
    /// When set, what a check builds (summaries, lookups) is never freed. The command-line tool exits
    /// right after its checks, and freeing tens of thousands of parsed declarations one by one is
    /// wasted work; the operating system takes the memory back at once. Off by default, for
    /// callers that run many checks in one process.
    public var leavesStateToProcessExit = false

    /// `caches` let later runs skip blobs that cannot call a changed definition and parse nothing
    /// twice; by default they live in memory for this check only.
    public init(objects: any ObjectStore, caches: Caches = Caches()) {
        self.objects = objects
        self.caches = caches
    }

    /// Paths a frontend reads: Python and Swift sources.
    public static func isSource(_ path: String) -> Bool {
        SourceLanguage(path: path) != nil
    }

    /// Paths a check reads: the sources, and the migration records (`.paramguard.toml`).
    public static func isRead(_ path: String) -> Bool {
        isSource(path) || path == MigrationRecordFile.path
    }

    /// The languages a check drives, in the order their findings are listed.
    static let languages: [any LanguageAnalysis.Type] = [PythonAnalysis.self, SwiftAnalysis.self]

    public func check(_ changeSet: ChangeSet) -> CheckReport {
        var report = CheckReport(findings: [], skipped: [], stats: CheckStatistics())
        for language in Self.languages {
            report.merge(check(changeSet, in: language))
        }
        MigrationPolicy.apply(to: &report, changeSet: changeSet, objects: objects)
        abandonIfAsked(changeSet)
        return report
    }

    /// One language's half of the check. A language whose files the change does not touch has nothing
    /// to check: its tree is not even split off (in a large tree that alone is a visible part of a warm run).
    private func check<Analysis: LanguageAnalysis>(_ changeSet: ChangeSet, in _: Analysis.Type) -> CheckReport {
        guard changeSet.changes.contains(where: { SourceLanguage(path: $0.path) == Analysis.language }) else {
            return CheckReport(findings: [], skipped: [], stats: CheckStatistics())
        }
        let ownFiles = changeSet.filtered { SourceLanguage(path: $0) == Analysis.language }
        var analysis = Analysis(objects: objects, changeSet: ownFiles, caches: caches)
        analysis.compareChangedDeclarations()
        analysis.checkCallersOfChangedDeclarations()
        analysis.checkAddedAndEditedCalls()
        abandonIfAsked(analysis)
        return analysis.report()
    }

    /// Keeps `state` alive for good when `leavesStateToProcessExit` is set. The change set is kept too:
    /// its caller's copy shares its storage, which then outlives the caller instead of being freed
    /// path by path, work a process about to end need not do.
    private func abandonIfAsked<State>(_ state: State) {
        guard leavesStateToProcessExit else { return }
        abandonedStates.append(Abandoned(state))
    }
}

/// A reference to a finished check's state, kept to the end of the process.
private final class Abandoned<State> {
    let state: State
    init(_ state: State) { self.state = state }
}

/// Where abandoned states are kept: reachable from a global, so that LeakSanitizer (`swift test
/// --sanitize=address`) sees memory kept on purpose, not lost. Written by the check's one thread.
nonisolated(unsafe) private var abandonedStates: [AnyObject] = []
