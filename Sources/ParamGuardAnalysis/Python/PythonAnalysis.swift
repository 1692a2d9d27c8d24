import ParamGuardGit
import ParamGuardModel

/// The state of one check while it runs.
struct PythonAnalysis {
    let objects: any ObjectStore
    let changeSet: ChangeSet
    let store: PythonSourceStore
    let resolver: Resolver
    let lines: FindingLines
    var breakages: [DefinitionKey: [Breakage]] = [:]
    /// Parameters each definition requires after the change and did not before (new without a
    /// default, or a default removed), or that moved right among the positional ones; a rename's new
    /// name is not among them.
    var requirements: [DefinitionKey: [Requirement]] = [:]
    /// Definitions that take fewer positional arguments after the change: how many they took before
    /// (nil: any number).
    var positionalLimits: [DefinitionKey: Int?] = [:]
    var findings: [FindingKey: Finding] = [:]
    /// Every finding's key, in the order reported.
    var reportedKeys: [FindingKey] = []
    /// The calls of changed files before the change, read when a finding may have been there already.
    var callsBeforeByPath: [String: [CallSite]] = [:]
    /// The constructors of each class's subclasses in the tree (`Checker+Subclasses`), nil where unknown.
    var subclassConstructorMemo: [DefinitionKey: [ResolvedCallable]?] = [:]
    /// Module-level functions and classes the change deleted, by name (`PythonAnalysis+Deleted`).
    var deletions: [String: [DeletedDefinition]] = [:]
    /// The changed files that define a module-level name their version before did not, by name.
    var definedByChange: [String: [String]] = [:]
    var skipped: [String: SkippedFile] = [:]
    var stats = CheckStatistics()

    struct CallableKey: Hashable {
        var name: String
        var kind: CallableKind
    }

    /// One finding per stale keyword, however many ways it was found.
    struct FindingKey: Hashable {
        var path: String
        var location: SourceLocation
        var label: String
    }

    init(objects: any ObjectStore, changeSet: ChangeSet, caches: Caches) {
        self.objects = objects
        self.changeSet = changeSet
        let store = PythonSourceStore(objects: objects, caches: caches)
        lines = FindingLines(objects: objects, files: changeSet.after)
        self.store = store
        let after = changeSet.after
        let roots = objects.configStrings("paramguard.pythonRoot")
        self.resolver = Resolver(index: ModuleIndex(paths: after.paths, roots: roots)) { path in
            guard let blob = after[path], case let .summary(summary) = store.definitions(blob) else { return nil }
            return summary
        }
        stats.changedFiles = changeSet.changes.count
    }

    // MARK: - Definitions the change breaks

    /// How many changed files are parsed at once on the machine's cores before their results are
    /// used: enough to keep the cores busy, few enough that a long range never holds them all.
    static let batchSize = 64

    /// Whether the changed files' parsed versions go to the summary cache: for a change of at most one
    /// batch, what a hook checks (see `SourceReader.changedVersions`).
    private var cachesChangedVersions: Bool {
        changeSet.changes.count <= PythonAnalysis.batchSize
    }

    /// The changes with a new version, in path order, cut into batches.
    private var changedFileBatches: [[FileChange]] {
        let changed = changeSet.changes.filter { $0.newBlob != nil }
        return stride(from: 0, to: changed.count, by: PythonAnalysis.batchSize).map {
            Array(changed[$0..<min($0 + PythonAnalysis.batchSize, changed.count)])
        }
    }

    mutating func collectBreakages() {
        for batch in changedFileBatches {
            let blobs = batch.flatMap { [$0.newBlob!] + ($0.oldBlob.map { [$0] } ?? []) }
            var versions = store.changedVersions(blobs, caching: cachesChangedVersions).makeIterator()
            for change in batch {
                let new = versions.next()!
                let old = change.oldBlob == nil ? nil : versions.next()!
                store.keepDefinitions(of: new, blob: change.newBlob!)
                guard case let .summary(new) = new else {
                    if case let .skipped(reason) = new {
                        skipped[change.path] = SkippedFile(path: change.path, reason: reason)
                    }
                    continue
                }
                if case let .summary(before)? = old {
                    noteNewDefinitions(new: new, old: before, change: change)
                } else if old == nil {
                    noteNewDefinitions(new: new, old: nil, change: change)
                }
                guard case let .summary(old)? = old else {
                    // The version before cannot be read: what the change did to its definitions is not
                    // known. Said, never passed over in silence.
                    if case let .skipped(reason)? = old, reason.hasPrefix("cannot be read") {
                        skipped[change.path] = SkippedFile(
                            path: change.path, reason: "its version before the change \(reason) (its definitions were not compared)")
                    }
                    continue
                }
                recordBreakages(old: withTransformedConstructors(old, path: change.path), new: withTransformedConstructors(new, path: change.path),
                                path: change.path)
                if change.copiedFrom == nil { recordDeletions(old: old, new: new, path: change.path) }
            }
        }
    }

    /// The summary with the `__init__` a `@dataclass_transform` of the tree writes for each of its
    /// classes that has none (the skimmer cannot tell, from one file, which classes a transform
    /// reaches), so that renaming such a class's field is compared like a dataclass's. The version
    /// before is read against the tree after the change: its decorators and bases are looked up there.
    private func withTransformedConstructors(_ summary: FileSummary, path: String) -> FileSummary {
        let candidates = summary.classes.filter { definition in
            definition.transformFields != nil && !summary.callables.contains { $0.name == definition.name && $0.kind == .initializer }
        }
        guard !candidates.isEmpty else { return summary }
        var extended = summary
        for definition in candidates {
            if let constructor = resolver.transformedConstructor(of: definition, inModule: path, depth: 0) {
                extended.callables.append(constructor.callable)
            }
        }
        return extended
    }

    /// Definitions are paired by name and kind, the n-th old one with the n-th new one: a file that
    /// defines `f` twice (under `if`, say) compares each with its own successor.
    private mutating func recordBreakages(old: FileSummary, new: FileSummary, path: String) {
        let newByKey = Dictionary(grouping: new.callables) { CallableKey(name: $0.name, kind: $0.kind) }
        var seen: [CallableKey: Int] = [:]
        for before in old.callables {
            let key = CallableKey(name: before.name, kind: before.kind)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            guard let candidates = newByKey[key], occurrence < candidates.count else { continue }
            // A decorator of the tree that keeps the signature is seen through on both sides.
            let before = resolver.seeingThroughDecorators(ResolvedCallable(path: path, callable: before, contributors: [])).callable
            let after = resolver.seeingThroughDecorators(ResolvedCallable(path: path, callable: candidates[occurrence], contributors: [])).callable
            let found = SignatureDiff.breakages(old: before, new: after)
            if !found.isEmpty {
                breakages[DefinitionKey(path: path, name: before.name), default: []] += found
            }
            let required = SignatureDiff.newlyRequired(old: before, new: after, renamedTo: Set(found.compactMap(\.newLabel)))
            if !required.isEmpty {
                requirements[DefinitionKey(path: path, name: before.name), default: []] += required
            }
            if let limit = SignatureDiff.loweredPositionalLimit(old: before, new: after) {
                positionalLimits[DefinitionKey(path: path, name: before.name)] = limit
            }
        }
    }

    /// The breakage of `label` among the definitions a resolved signature was built from.
    private func breakage(of label: String, in resolved: [ResolvedCallable]) -> Breakage? {
        for callable in resolved {
            for key in callable.contributors.sorted(by: { $0.name < $1.name }) {
                if let found = breakages[key]?.first(where: { $0.oldLabel == label }) { return found }
            }
        }
        return nil
    }

    // MARK: - Direction 1: callers of a changed definition

    mutating func checkCallersOfBrokenDefinitions() {
        let labels = Set(breakages.values.flatMap { $0.map(\.oldLabel) })
        store.forEachFile(mayPassingAnyOf: labels, in: changeSet.after) { path, loaded in
            guard case let .summary(summary) = loaded else {
                if case let .skipped(reason) = loaded {
                    // A blob that cannot be read may hold a stale call: said, never passed over in silence.
                    skipped[path] = SkippedFile(path: path, reason: reason + " (it may call a changed definition)")
                }
                return
            }
            resolver.callingFile = (path, summary)
            for call in summary.calls where call.keywords.contains(where: { labels.contains($0.name) }) {
                check(call, inFile: path, reportUnknown: false)
            }
            resolver.callingFile = nil
        }
    }

    /// Callers of definitions that now require more arguments: files that mention the callable's name
    /// (a byte search) are parsed, and their calls that resolve to it are checked.
    mutating func checkCallersOfNewlyRequired() {
        guard !requirements.isEmpty || !positionalLimits.isEmpty else { return }
        let keys = Array(requirements.keys) + Array(positionalLimits.keys)
        let names = Set(keys.map { key in key.name.dottedComponents.last.map(String.init) ?? key.name })
        let mentions = store.blobsMentioning(anyOf: names, in: changeSet.after)
        for (path, blob) in changeSet.after.entries where mentions.contains(blob) {
            guard case let .summary(summary) = store.load(blob) else { continue }
            resolver.callingFile = (path, summary)
            for call in summary.calls {
                checkRequirements(call, inFile: path)
            }
            resolver.callingFile = nil
        }
    }

    // MARK: - Direction 2: calls the change adds or edits

    mutating func checkAddedAndEditedCalls() {
        for batch in changedFileBatches {
            let added = ParallelMap.run(batch, objects: objects) { change, objects in
                (try? objects.addedLines(from: change.oldBlob, to: change.newBlob!)) ?? []
            }
            // Parsed by `collectBreakages`, and cached then if the change is small.
            let summaries = store.changedVersions(batch.map { $0.newBlob! }, caching: cachesChangedVersions)
            for (change, (summary, added)) in zip(batch, zip(summaries, added)) {
                guard case let .summary(summary) = summary, !added.isEmpty else { continue }
                resolver.callingFile = (change.path, summary)
                for call in summary.calls where (call.location.line...call.endLine).contains(where: added.contains) {
                    check(call, inFile: change.path, reportUnknown: true)
                }
                resolver.callingFile = nil
            }
        }
    }

    // MARK: - One call

    /// Checks a call's keywords (and, for a call the change adds or edits, its required arguments)
    /// against the signature it resolves to. `reportUnknown` is false for callers found by searching
    /// for a removed keyword: those report only what this change broke.
    private mutating func check(_ written: CallSite, inFile path: String, reportUnknown: Bool) {
        if let reason = written.openReason {
            stats.countOpen(reason)
            return
        }
        let call = resolver.partialApplication(of: written, inFile: path) ?? written
        // `dataclasses.replace(obj, k=...)` names fields of `obj`'s class, and needs none of them.
        let replaced = resolver.replacedConstructor(of: written, inFile: path)
        // `namedtuple("P", "x y", default=...)`: checked only for keywords no Python version takes.
        let factory = replaced == nil && reportUnknown ? resolver.standardFactory(of: call, inFile: path).map { [$0] } : nil
        guard let resolved = replaced ?? factory ?? resolver.resolve(call, inFile: path) else {
            stats.countUnresolved(resolver.unresolvedReason(call, inFile: path))
            return
        }
        stats.callsChecked += 1
        if call.hasStarStarKwargs && resolved.contains(where: { !$0.callable.acceptsAnyKeyword }) {
            stats.countOpen("passes-kwargs")
        }
        // `cls(...)` (or a parameter annotated `type[C]`) may construct any subclass, whose parameters
        // may differ: only what this change took away from the class itself is reported for it.
        // A keyword it passes is reported when the class and every subclass in the tree reject it.
        let polymorphic = call.calleePath?.first == "cls" || resolver.callsClassParameter(call, inFile: path)
        if polymorphic && reportUnknown { stats.countOpen("cls-may-be-a-subclass") }
        // A call with a stale or misspelt keyword is not also reported for the argument that keyword
        // was meant to pass: one mistake, one finding.
        var hasRejectedKeyword = false
        let firstReported = reportedKeys.count
        for keyword in call.keywords where resolved.allSatisfy({ !$0.callable.accepts(keyword: keyword.name) }) {
            let broken = breakage(of: keyword.name, in: resolved)
            guard broken != nil || (reportUnknown && (!polymorphic || everySubclassRejects(keyword.name, call: call, inFile: path)))
            else { continue }
            let accepted = resolved.flatMap(\.callable.keywordNames)
            let newLabel: String?
            if let renamed = broken?.newLabel {
                newLabel = renamed
            } else {
                newLabel = LabelSuggestion.closest(to: keyword.name, among: accepted)
            }
            hasRejectedKeyword = true
            report(broken?.kind ?? .unknownKeyword, label: keyword.name, newLabel: newLabel, at: keyword.location,
                   call: call, resolved: resolved, path: path)
        }
        // A partial application passes the rest of the arguments later.
        if reportUnknown && !polymorphic && call == written && replaced == nil && factory == nil && !hasRejectedKeyword
            && !resolver.callsPartialBinding(call, inFile: path) {
            let required = Set(resolved.flatMap { $0.callable.requiredParameters.map(\.name) })
            reportMissingArguments(required, call: call, resolved: resolved, path: path)
            if positionalArgumentsLineUp(call, resolved) { reportTooManyPositional(call: call, resolved: resolved, path: path) }
        }
        if reportUnknown { markAlreadyBroken(since: firstReported, call: call, resolved: resolved, path: path) }
    }

    /// The findings reported since `first` for a call the change edited that were the same before it:
    /// the file had the call already (the same callee, the same stale keyword or, for a missing or
    /// extra argument, the same arguments) and the change left every definition it resolves to alone.
    /// A file that holds more such calls after the change than before gained one, and a line diff
    /// cannot tell which of them is new: then none is taken for old, and they block.
    private mutating func markAlreadyBroken(since first: Int, call: CallSite, resolved: [ResolvedCallable], path: String) {
        guard reportedKeys.count > first else { return }
        let changed = changedPaths
        guard !resolved.contains(where: { changed.contains($0.path) || $0.contributors.contains { changed.contains($0.path) } }),
              let before = callsBefore(inFile: path) else { return }
        let after = resolver.callingFile?.path == path ? resolver.callingFile?.summary.calls : nil
        for key in reportedKeys[first...] {
            guard let finding = findings[key], [.unknownKeyword, .missingArgument, .tooManyPositional].contains(finding.kind) else { continue }
            let same: (CallSite) -> Bool = { other in
                guard other.callee == call.callee else { return false }
                if finding.kind == .unknownKeyword { return other.keywords.contains { $0.name == finding.oldLabel } }
                return other.keywords.map(\.name) == call.keywords.map(\.name) && other.positionalCount == call.positionalCount
                    && other.hasStarArgs == call.hasStarArgs && other.hasStarStarKwargs == call.hasStarStarKwargs
            }
            let earlier = before.count(where: same)
            if earlier > 0, (after?.count(where: same) ?? 0) <= earlier { findings[key]?.alreadyBroken = true }
        }
    }

    /// The calls of the file's version before the change; nil for a file the change adds.
    private mutating func callsBefore(inFile path: String) -> [CallSite]? {
        if let known = callsBeforeByPath[path] { return known }
        guard let old = changeSet.changes.first(where: { $0.path == path })?.oldBlob,
              case let .summary(summary) = store.load(old) else { return nil }
        callsBeforeByPath[path] = summary.calls
        return summary.calls
    }

    /// The paths the change touches.
    private var changedPaths: Set<String> { Set(changeSet.changes.map(\.path)) }

    /// Checks a call found by searching for callers of a definition that now requires more: only the
    /// parameters this change made required are reported.
    private mutating func checkRequirements(_ written: CallSite, inFile path: String) {
        let call = resolver.partialApplication(of: written, inFile: path) ?? written
        guard call == written, !resolver.callsPartialBinding(call, inFile: path),
              let resolved = resolver.resolve(call, inFile: path) else { return }
        let contributors = resolved.flatMap(\.contributors)
        let required = Set(contributors.flatMap { requirements[$0] ?? [] })
        let limits = contributors.compactMap { positionalLimits[$0] }
        guard !required.isEmpty || !limits.isEmpty else { return }
        stats.callsChecked += 1
        let lineUp = positionalArgumentsLineUp(call, resolved)
        // A parameter that moved right is missed only by a call that reached it positionally before.
        let missed = required.filter { requirement in
            requirement.oldPosition.map { lineUp && call.positionalCount > $0 } ?? true
        }
        reportMissingArguments(Set(missed.map(\.name)), call: call, resolved: resolved, path: path)
        // Too many positional arguments now, where the old signature took them all.
        if lineUp, limits.contains(where: { old in old.map { call.positionalCount <= $0 } ?? true }) {
            reportTooManyPositional(call: call, resolved: resolved, path: path)
        }
    }

    /// Whether the call's positional arguments fill the parameters as read: a function's, a class's
    /// constructor's, or a method's called through `self` (an unbound `C.m(obj, ...)` passes the
    /// instance as one more). Never for a call that passes `*args`.
    private func positionalArgumentsLineUp(_ call: CallSite, _ resolved: [ResolvedCallable]) -> Bool {
        guard !call.hasStarArgs else { return false }
        return call.calleePath?.first == "self" || resolved.allSatisfy { $0.callable.kind == .function || $0.callable.kind == .initializer }
    }

    private mutating func reportTooManyPositional(call: CallSite, resolved: [ResolvedCallable], path: String) {
        guard resolved.allSatisfy({ callable in
            !callable.callable.hasOpaqueDecorators && callable.callable.positionalLimit.map { call.positionalCount > $0 } ?? false
        }) else { return }
        let limit = resolved.compactMap(\.callable.positionalLimit).max() ?? 0
        report(.tooManyPositional, label: String(limit), newLabel: nil, at: call.location, call: call, resolved: resolved, path: path)
    }

    private mutating func reportMissingArguments(_ names: Set<String>, call: CallSite, resolved: [ResolvedCallable], path: String) {
        for name in names.sorted() where resolved.allSatisfy({ $0.callable.lacksArgument(name, in: call) }) {
            report(.missingArgument, label: name, newLabel: nil, at: call.location, call: call, resolved: resolved, path: path)
        }
    }

    /// Records one finding unless a suppression comment silences it or a more specific one stands there.
    private mutating func report(
        _ kind: FindingKind, label: String, newLabel: String?, at location: SourceLocation, call: CallSite,
        resolved: [ResolvedCallable], path: String
    ) {
        let definition = resolved[0]
        let reference = DefinitionReference(
            path: definition.path, line: definition.callable.location.line, name: definition.callable.name,
            module: definition.standardModule ?? ModuleIndex.displayName(of: definition.path))
        let lineText = lines.line(location.line, of: path)
        let callLineText = call.location.line == location.line ? nil : lines.line(call.location.line, of: path)
        if [lineText, callLineText].contains(where: { $0.map { Suppression.suppresses(kind, onLine: $0) } ?? false }) {
            stats.suppressedFindings += 1
            return
        }
        let key = FindingKey(path: path, location: location, label: label)
        if let existing = findings[key], existing.kind != .unknownKeyword || kind == .unknownKeyword { return }
        // A rename's new name is in the message already; the closest keyword is a hint.
        let text = FindingText(
            language: .python, callee: call.callee, label: label, newLabel: newLabel, definition: reference,
            suggestion: [.removedParameter, .unknownKeyword].contains(kind) ? newLabel : nil)
        var finding = Finding(
            kind: kind, language: .python, path: path, location: location, callee: call.callee, oldLabel: label, newLabel: newLabel,
            definition: reference, message: Rule.of(kind).message(text), sourceLine: lineText)
        if let lineText { finding.quote(lineText) }
        finding.callLocation = call.location
        findings[key] = finding
        reportedKeys.append(key)
    }


    func report() -> CheckReport {
        var stats = self.stats
        stats.filesParsed = store.parsedCount
        let ordered = findings.values.sorted { ($0.path, $0.location) < ($1.path, $1.location) }
        return CheckReport(findings: ordered, skipped: skipped.values.sorted { $0.path < $1.path }, stats: stats)
    }
}
