import ParamGuardGit
import ParamGuardModel
import ParamGuardSwift

/// The Swift half of a check. Labels are part of a Swift callee's name, so the rule is overload-aware:
/// a call is broken when no declaration it can reach accepts its labels after the change while one
/// did before. A call the change adds or edits is also broken when its callee's overloads are all
/// known and none ever accepted it. Either way the overload set must be closed: when something outside
/// the tree may supply an overload (`SwiftResolution.openReason`), the call is counted, never reported.
struct SwiftAnalysis {
    let changeSet: ChangeSet
    let store: SwiftSourceStore
    let before: SwiftSnapshot
    let after: SwiftSnapshot
    let lines: FindingLines
    var findings: [Finding] = []
    var skipped: [SkippedFile] = []
    var stats = CheckStatistics()
    /// Owner-qualified names (`Point.init`, `Point.move`, `move`) whose declarations the change altered.
    var changedNames: Set<String> = []
    /// Where an implicit `.init(...)` that an overload the change took away accepted can be.
    var implicitInitializers = ImplicitInitializerSearch()
    /// The old overloads of every changed declaration, under each last name component a call can end
    /// with to reach them (`init`, and the type's name for an initializer). A caller found by name can
    /// only break if one of these accepted it: a declaration the change left alone accepts it still.
    var overloadsBefore: [String: [Callable]] = [:]
    /// The types whose initializers changed, by last name component (`Point` for `Geometry.Point.init`).
    var changedTypeNames: Set<String> = []
    /// Typealiases of the changed types (`Handler` for `typealias Handler = RequestHandler`), and the type each names.
    var aliasedTypes: [String: String] = [:]
    private var checked: Set<CallKey> = []
    /// Protocol requirements the change renamed: the old one, the one that replaced it, and where.
    var renamedRequirements: [(old: Callable, new: Callable, path: String)] = []

    private struct CallKey: Hashable {
        var path: String
        var location: SourceLocation
        /// `Point.init(x:).moved(by:)` starts both calls at one place.
        var callee: String
    }

    init(objects: any ObjectStore, changeSet: ChangeSet, caches: Caches) {
        self.changeSet = changeSet
        store = SwiftSourceStore(
            objects: objects, identifierCache: caches.swiftIdentifiers, summaryCache: caches.swiftSummaries,
            manifestCache: caches.swiftManifests)
        after = SwiftSnapshot(files: changeSet.after, store: store)
        before = SwiftSnapshot(files: changeSet.before, store: store, base: after)
        lines = FindingLines(objects: objects, files: changeSet.after)
        stats.changedFiles = changeSet.changes.count
    }

    // MARK: - What the change altered

    /// Compares each changed file's declarations, name by name, before and after.
    mutating func collectChangedNames() {
        let changed = changeSet.changes
        store.load(changed.flatMap { [$0.oldBlob, $0.newBlob].compactMap { $0 } })
        for change in changed {
            let versions = (old: change.oldBlob.map(store.summary), new: change.newBlob.map(store.summary))
            if case let .skipped(reason)? = versions.new { skipped.append(SkippedFile(path: change.path, reason: reason)) }
            guard case let .summary(old)? = versions.old else { continue }
            let new: FileSummary
            if case let .summary(summary)? = versions.new { new = summary } else if versions.new == nil { new = FileSummary() } else { continue }
            let oldSignatures = Dictionary(grouping: old.callables, by: \.name).mapValues(Self.signatures)
            let newSignatures = Dictionary(grouping: new.callables, by: \.name).mapValues(Self.signatures)
            for (name, signatures) in oldSignatures where newSignatures[name] != signatures {
                let qualified = Self.ownerQualified(name)
                changedNames.insert(qualified)
                let overloads = old.callables.filter { $0.name == name }
                let parts = qualified.dottedComponents
                overloadsBefore[String(parts.last!), default: []] += overloads
                noteRenamedRequirements(overloads, now: new.callables.filter { $0.name == name }, path: change.path)
                guard parts.last == "init" else { continue }
                if parts.count >= 2 {
                    changedTypeNames.insert(String(parts[0]))
                    overloadsBefore[String(parts[0]), default: []] += overloads
                }
                let remaining = Set(newSignatures[name] ?? [])
                for overload in overloads where !remaining.contains(Self.signature(overload)) {
                    implicitInitializers.add(vanished: overload, isClosureProof: isClosureProof)
                }
            }
        }
    }

    /// What callers can see of a set of overloads, order aside.
    private static func signatures(_ callables: [Callable]) -> [String] {
        callables.map(signature).sorted()
    }

    /// What callers can see of one overload.
    private static func signature(_ callable: Callable) -> String {
        let parameters = callable.parameters.map { "\($0.swiftLabel ?? "_"):\($0.hasDefault ? "=" : "")\($0.swift?.isVariadic == true ? "..." : "")" }
        let traits = callable.swift.map { "\($0.access) \($0.isStatic) \($0.isMigrationAlias)" } ?? ""
        return parameters.joined(separator: ",") + " " + traits
    }

    /// Whether no closure converts to a type: a standard value type, or a type declared here (a
    /// typealias or a generic parameter may stand for a function type).
    private func isClosureProof(_ type: String) -> Bool {
        SwiftStandardNames.valueTypes.contains(type) || after.declaresType(named: type)
    }

    /// `Outer.Point.init` → `Point.init`: calls name a type by its last component.
    static func ownerQualified(_ name: String) -> String {
        name.dottedComponents.suffix(2).joined(separator: ".")
    }

    // MARK: - Direction 1: callers of what changed

    mutating func checkCallersOfChangedNames() {
        guard !changedNames.isEmpty else { return }
        // The word a caller must contain: a type's name for its initializers, else the callable's name.
        let words = Set(changedNames.map { name -> String in
            let parts = name.dottedComponents
            return String(parts.last == "init" && parts.count == 2 ? parts[0] : parts.last!)
        })
        var paths = Set<String>()
        for word in words { paths.formUnion(after.paths(mentioning: word)) }
        // `typealias Handler = RequestHandler`: `Handler(...)` constructs the changed type too.
        for (alias, type) in typeAliases(of: changedTypeNames) {
            aliasedTypes[alias] = type
            overloadsBefore[alias, default: []] += overloadsBefore[type] ?? []
            paths.formUnion(after.paths(mentioning: alias))
        }
        // `.init(label: ...)` written where the type is inferred.
        if !implicitInitializers.isEmpty { paths.formUnion(implicitInitializers.paths(in: after)) }
        let candidates = paths.sorted().filter { after.files[$0] != nil }
        let loaded = store.callerSummaries(of: candidates.map { after.files[$0]! }, calleeNames: Set(overloadsBefore.keys))
        for (path, loaded) in zip(candidates, loaded) {
            guard case let .summary(summary) = loaded else {
                if case let .skipped(reason) = loaded, !skipped.contains(where: { $0.path == path }) {
                    skipped.append(SkippedFile(path: path, reason: reason + " (it may call a changed declaration)"))
                }
                continue
            }
            // A call can reach a changed declaration only if its callee ends with that declaration's
            // name, or, for an initializer, with `init` or the type's name (`Logger(...)`, `.init(...)`),
            // and it can break only if one of the old overloads took its labels. Other calls are passed
            // over before resolution, which looks up every name a call uses (for `.init(...)`, also the
            // call it is passed to, which names its type).
            for call in summary.calls {
                guard let overloads = overloadsBefore[String(call.callee.lastDottedComponent)],
                      overloads.contains(where: { SwiftLabelMatcher.accepts($0, call) }) else { continue }
                check(call, inFile: path, summary: summary, isNewOrEdited: false)
            }
        }
    }

    /// The typealiases the tree declares for `types`, by alias: read from the files that "declare" a
    /// type (the identifier scan counts the type an alias names) and hold the word `typealias`.
    private func typeAliases(of types: Set<String>) -> [String: String] {
        guard !types.isEmpty else { return [:] }
        let keyword = IdentifierScan.hash("typealias")
        var aliases: [String: String] = [:]
        for type in types.sorted() {
            let blobs = after.paths(declaring: type).compactMap { after.files[$0] }.filter { store.mayMention(keyword, blob: $0) }
            store.loadDefinitions(of: blobs)
            for blob in blobs {
                guard case let .summary(summary) = store.definitions(of: blob) else { continue }
                for alias in summary.classes where alias.swiftKind == .typealias && alias.bases.first?.lastDottedComponent == Substring(type) {
                    aliases[String(alias.name.lastDottedComponent)] = type
                }
            }
        }
        return aliases
    }

    // MARK: - Conformances to a renamed requirement

    /// A requirement that vanished from a protocol while exactly one new requirement of the same name
    /// appeared beside it: renamed.
    private mutating func noteRenamedRequirements(_ before: [Callable], now: [Callable], path: String) {
        let oldSignatures = Set(before.map(Self.signature))
        let newSignatures = Set(now.map(Self.signature))
        let vanished = before.filter { $0.swift?.isProtocolRequirement == true && !newSignatures.contains(Self.signature($0)) }
        let appeared = now.filter { $0.swift?.isProtocolRequirement == true && !oldSignatures.contains(Self.signature($0)) }
        guard vanished.count == 1, appeared.count == 1 else { return }
        renamedRequirements.append((vanished[0], appeared[0], path))
    }

    /// Types of the tree that conform to a protocol whose requirement was renamed, and still implement
    /// it under the old labels only: the method no longer satisfies the requirement (or, where a
    /// protocol extension supplies a default, is silently no longer called through the protocol).
    mutating func checkConformancesToRenamedRequirements() {
        for (old, new, path) in renamedRequirements {
            let parts = old.name.dottedComponents.map(String.init)
            guard parts.count >= 2 else { continue }
            let proto = parts[parts.count - 2]
            let name = parts[parts.count - 1]
            let oldLabels = old.parameters.map(\.swiftLabel)
            let newLabels = new.parameters.map(\.swiftLabel)
            let blobs = after.paths(mentioning: proto).compactMap { after.files[$0] }
            store.loadDefinitions(of: blobs)
            var conforming = Set<String>()
            for blob in blobs {
                guard case let .summary(summary) = store.definitions(of: blob) else { continue }
                for type in summary.classes where type.swiftKind != .protocol && type.bases.contains(where: { $0.lastDottedComponent == Substring(proto) }) {
                    conforming.insert(type.name)
                }
            }
            for type in conforming.sorted() {
                let implementations = after.callables(owner: String(type.lastDottedComponent), name: name).filter {
                    $0.callable.swift?.isProtocolRequirement != true
                        && $0.callable.name.dottedComponents.dropLast().joined(separator: ".") == type
                }
                guard !implementations.contains(where: { $0.callable.parameters.map(\.swiftLabel) == newLabels }) else { continue }
                for implementation in implementations where implementation.callable.parameters.map(\.swiftLabel) == oldLabels {
                    guard let index = zip(oldLabels, newLabels).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else { continue }
                    let parameter = implementation.callable.parameters[index]
                    var draft = SwiftFindingDraft(
                        kind: .staleConformance, label: oldLabels[index] ?? "_", newLabel: newLabels[index], location: parameter.location,
                        definition: SwiftCandidate(path: path, callable: new), suggestion: SwiftFindingBuilder.compoundLabels(newLabels))
                    draft.implementation = "'" + type + "." + name + SwiftFindingBuilder.compoundLabels(oldLabels) + "'"
                    report(draft, callee: type + "." + name, callLocation: implementation.callable.location, path: implementation.path)
                }
            }
        }
    }

    // MARK: - Direction 2: calls the change adds or edits

    mutating func checkAddedAndEditedCalls() {
        for change in changeSet.changes {
            guard let blob = change.newBlob, let summary = after.summary(at: change.path) else { continue }
            let added = (try? store.objects.addedLines(from: change.oldBlob, to: blob)) ?? []
            guard !added.isEmpty else { continue }
            for call in summary.calls where (call.location.line...call.endLine).contains(where: added.contains) {
                check(call, inFile: change.path, summary: summary, isNewOrEdited: true)
            }
        }
    }

    // MARK: - One call

    private mutating func check(_ call: CallSite, inFile path: String, summary: FileSummary, isNewOrEdited: Bool) {
        var callee = SwiftResolver.callee(of: call) { after.declaresType(named: $0) }
        if callee == .implicitMember, isNewOrEdited || canConstructChangedType(call, in: summary),
           let type = contextualType(of: call, in: summary, path: path) {
            callee = .initializer(type: type)
        }
        // Callers found by name are checked only for what the change altered.
        if !isNewOrEdited && !isAffected(callee, call: call) { return }
        guard checked.insert(CallKey(path: path, location: call.location, callee: call.callee)).inserted else { return }
        let now: SwiftResolution
        switch SwiftResolver(snapshot: after, path: path, imports: summary.imports).resolve(call, callee: callee) {
        case let .unresolved(reason):
            if !isNewOrEdited, isProvablyAbsent(reason, callee: callee, call: call, summary: summary, path: path),
               let deleted = deletedDeclaration(reached: call, callee: callee, summary: summary, path: path) {
                stats.callsChecked += 1
                report(SwiftFindingBuilder.deleted(call: call, previous: deleted, lineText: lines.line(call.location.line, of: path)), call: call, path: path)
                return
            }
            stats.countUnresolved(reason)
            return
        case let .found(resolution):
            now = resolution
        }
        if now.candidates.contains(where: { SwiftLabelMatcher.accepts($0.callable, call) }) {
            stats.callsChecked += 1
            return
        }
        // Never block on what cannot be proved: an overload from outside the tree may accept the call.
        if let reason = now.openReason {
            stats.countOpen(reason.rawValue)
            return
        }
        stats.callsChecked += 1
        let earlier = SwiftResolver(snapshot: before, path: path, imports: summary.imports).resolve(call, callee: callee).resolution
        let acceptedBefore = earlier?.candidates.filter { SwiftLabelMatcher.accepts($0.callable, call) } ?? []
        if let previous = acceptedBefore.first {
            report(SwiftFindingBuilder.broken(call: call, previous: previous.callable, now: now.candidates), call: call, path: path)
        } else if isNewOrEdited && !now.candidates.isEmpty {
            report(SwiftFindingBuilder.neverAccepted(call: call, now: now.candidates), call: call, path: path)
            // The file had the same call before, and no overload it could reach changed: the error is
            // older than the change. Unless the file now holds more such calls than before: one of them
            // is new, and a line diff cannot tell which, so none is taken for old.
            let changed = Set(changeSet.changes.map(\.path))
            let same: (CallSite) -> Bool = { $0.callee == call.callee && $0.argumentLabels == call.argumentLabels }
            let earlier = before.summary(at: path)?.calls.count(where: same) ?? 0
            if !now.candidates.contains(where: { changed.contains($0.path) }), earlier > 0, summary.calls.count(where: same) <= earlier,
               let last = findings.last, last.path == path, last.callLocation == call.location {
                findings[findings.count - 1].alreadyBroken = true
            }
        }
    }

    /// Whether an unresolved call names something that certainly does not exist after the change: a
    /// member of a type whose members are known whole (`no-visible-declaration`), or a free function
    /// in a file that imports only modules of the tree (the standard library's own free functions,
    /// which every file sees, excepted by name). A file importing Foundation or a dependency may get
    /// a free function of that name from it.
    private func isProvablyAbsent(_ reason: String, callee: SwiftCallee, call: CallSite, summary: FileSummary, path: String) -> Bool {
        if reason == SwiftResolver.noVisibleDeclaration { return true }
        guard reason == SwiftResolver.notDeclaredInTree, case let .unqualified(name) = callee, call.callsLocalFunction != true,
              !SwiftSystemModules.globalFunctions.contains(name) else { return false }
        return summary.imports.allSatisfy { after.modules.isTreeModule($0.module) } && !after.modules.runsBuildPlugins(path)
    }

    /// The declaration a call reached before the change that the change deleted, when nothing visible
    /// of its name is left for the call (the overload set after the change is known whole, and empty):
    /// the file that declared it changed, and its new version declares nothing of that name.
    private func deletedDeclaration(reached call: CallSite, callee: SwiftCallee, summary: FileSummary, path: String) -> SwiftCandidate? {
        guard let earlier = SwiftResolver(snapshot: before, path: path, imports: summary.imports).resolve(call, callee: callee).resolution,
              let previous = earlier.candidates.first(where: { SwiftLabelMatcher.accepts($0.callable, call) }) else { return nil }
        guard let change = changeSet.changes.first(where: { $0.path == previous.path }),
              !after.modules.runsBuildPlugins(previous.path) else { return nil }
        if change.newBlob != nil, after.summary(at: previous.path)?.callables.contains(where: { $0.name == previous.callable.name }) ?? true {
            return nil
        }
        return previous
    }

    /// Whether an implicit `.init(...)` found in the caller search can construct a changed type: the
    /// call it is passed to gives it its parameter's type, and only a file that declares that callee,
    /// and mentions the changed type, can declare such a parameter. Answered from the identifier cache,
    /// it spares resolving the enclosing call (parsing the files that declare it) for nearly every
    /// `.init(...)` of a large tree.
    private func canConstructChangedType(_ call: CallSite, in summary: FileSummary) -> Bool {
        guard call.callee == ".init", let index = call.argumentOf, index < summary.calls.count else { return false }
        let parts = summary.calls[index].callee.dottedComponents
        guard var name = parts.last else { return false }
        if name == "init" {
            // `self.init(...)`, `super.init(...)`, `.init(...)`: the type is not in the text; resolve.
            guard parts.count >= 2, !["self", "Self", "super", ""].contains(parts[parts.count - 2]) else { return true }
            name = parts[parts.count - 2]
        }
        let typeHashes = changedTypeNames.map(IdentifierScan.hash)
        return after.paths(declaring: String(name)).contains { path in
            typeHashes.contains { store.mayMention($0, blob: after.files[path]!) }
        }
    }

    /// The type an implicit `.init(...)` constructs when it is passed as a labeled argument: the type
    /// of that parameter, when every overload of the enclosing call that takes the label agrees on it.
    private func contextualType(of call: CallSite, in summary: FileSummary, path: String) -> String? {
        guard call.callee == ".init", let index = call.argumentOf, let position = call.argumentPosition,
              index < summary.calls.count else { return nil }
        let outer = summary.calls[index]
        guard let labels = outer.argumentLabels, position < labels.count, let label = labels[position] else { return nil }
        let outerCallee = SwiftResolver.callee(of: outer) { after.declaresType(named: $0) }
        guard let resolved = SwiftResolver(snapshot: after, path: path, imports: summary.imports).resolve(outer, callee: outerCallee).resolution
        else { return nil }
        let accepting = resolved.candidates.filter { SwiftLabelMatcher.accepts($0.callable, outer) }
        let resolver = SwiftResolver(snapshot: after, path: path, imports: summary.imports)
        let types = Set((accepting.isEmpty ? resolved.candidates : accepting).compactMap { candidate -> String? in
            guard let annotation = candidate.callable.parameters.first(where: { $0.swiftLabel == label })?.annotation else { return nil }
            // A parameter's type is named from inside its declaration's type: `Config.init(lifecycle: Lifecycle)`
            // takes a `Config.Lifecycle` when Config nests one.
            let owner = candidate.callable.name.dottedComponents.dropLast().joined(separator: ".")
            if !owner.isEmpty, resolver.typeDefinitions(owner + "." + annotation, from: nil) != nil { return owner + "." + annotation }
            return annotation
        })
        guard types.count == 1, let type = types.first, type.first?.isUppercase == true,
              after.declaresType(named: type.dottedComponents.last.map(String.init) ?? type) else { return nil }
        return type
    }

    /// Whether a call found by searching names one of the changed declarations.
    private func isAffected(_ callee: SwiftCallee, call: CallSite) -> Bool {
        let name = callee.name
        return changedNames.contains { changed in
            let parts = changed.dottedComponents
            guard parts.last.map(String.init) == name || (name == "init" && parts.last == "init") else { return false }
            if case let .initializer(type) = callee {
                let last = String(type.lastDottedComponent)
                return parts.count == 2 && (aliasedTypes[last] ?? last) == parts[0]
            }
            return true
        }
    }

    private mutating func report(_ draft: SwiftFindingDraft, call: CallSite, path: String) {
        report(draft, callee: call.callee, callLocation: call.location, path: path)
    }

    private mutating func report(_ draft: SwiftFindingDraft, callee: String, callLocation: SourceLocation, path: String) {
        let definition = draft.definition
        let reference = DefinitionReference(
            path: definition.path, line: definition.callable.location.line, name: definition.callable.name,
            module: definition.path.isEmpty ? "" : after.modules.module(of: definition.path))
        let lineText = lines.line(draft.location.line, of: path)
        let callLineText = callLocation.line == draft.location.line ? nil : lines.line(callLocation.line, of: path)
        if [lineText, callLineText].contains(where: { $0.map { Suppression.suppresses(draft.kind, onLine: $0, commentMarker: "//") } ?? false }) {
            stats.suppressedFindings += 1
            return
        }
        var finding = Finding(
            kind: draft.kind, language: .swift, path: path, location: draft.location, callee: callee, oldLabel: draft.label,
            newLabel: draft.newLabel, definition: reference, message: draft.message(reference), sourceLine: lineText)
        if let lineText { finding.quote(lineText) }
        finding.callLocation = callLocation
        findings.append(finding)
    }

    func report() -> CheckReport {
        var stats = self.stats
        stats.filesParsed = store.parsedCount
        return CheckReport(
            findings: findings.sorted { ($0.path, $0.location) < ($1.path, $1.location) },
            skipped: skipped.sorted { $0.path < $1.path }, stats: stats)
    }
}
