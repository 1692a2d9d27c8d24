import ParamGuardGit
import ParamGuardModel

/// A module-level function or class the change deleted: its name no longer appears in its module.
struct DeletedDefinition {
    /// The module's file before the change.
    var path: String
    var name: String
    var line: Int
}

/// `deleted-callable`: a file of the tree still imports (`from app.text import slugify`) or calls
/// through its module (`text.slugify(...)`) a function or class that the change deleted. A name
/// counts as deleted only when its module's new text does not mention it at all (a module that binds
/// it in a way the skimmer does not model, `a, slugify = ...` or `globals()`, still mentions it), and
/// a use is reported only when its old place provably lacks it after the change.
extension PythonAnalysis {
    /// Module-level functions and classes of a summary.
    static func topLevelNames(of summary: FileSummary) -> [(name: String, line: Int)] {
        summary.callables.filter { $0.kind == .function && !$0.name.contains(".") }.map { ($0.name, $0.location.line) }
            + summary.classes.filter { !$0.name.contains(".") }.map { ($0.name, $0.location.line) }
    }

    /// Notes what a changed file defines at module level that its version before did not (every name
    /// of a file the change adds, copies or moves): where a deleted name may have moved to.
    mutating func noteNewDefinitions(new: FileSummary, old: FileSummary?, change: FileChange) {
        let before = change.copiedFrom == nil ? Set((old.map(Self.topLevelNames) ?? []).map(\.name)) : []
        for (name, _) in Self.topLevelNames(of: new) where !before.contains(name) {
            definedByChange[name, default: []].append(change.path)
        }
    }

    /// Records the module-level names of `old` that the file's new version `new` (nil: the file is
    /// gone) does not mention. Its text is read only when its summary binds one of them nowhere.
    mutating func recordDeletions(old: FileSummary, new: FileSummary?, path: String) {
        let names = Self.topLevelNames(of: old).filter { entry in new.map { !Self.binds(entry.name, in: $0) } ?? true }
        guard !names.isEmpty else { return }
        var mentioned: IdentifierIndex?
        if new != nil {
            guard let bytes = lines.bytes(of: path) else { return }
            mentioned = IdentifierScan.index(of: bytes)
        }
        for (name, line) in names where !(mentioned?.mentions(IdentifierScan.hash(name)) ?? false) {
            deletions[name, default: []].append(DeletedDefinition(path: path, name: name, line: line))
        }
    }

    /// Whether a module's summary binds `name` at module level in any way it models: a definition,
    /// an import, an assignment, a star import (which may bind anything) or a module `__getattr__`.
    static func binds(_ name: String, in summary: FileSummary) -> Bool {
        summary.callables.contains { $0.name == name || $0.name == "__getattr__" }
            || summary.classes.contains { $0.name == name }
            || summary.imports.contains { $0.scope.isEmpty && ($0.boundName == name || $0.kind == .star) }
            || summary.assignments.contains { $0.scope.isEmpty && $0.name == name }
    }

    /// The files the change deletes: every module-level name they defined is gone from there.
    mutating func collectDeletedFiles() {
        for change in changeSet.changes where change.newBlob == nil {
            guard let blob = change.oldBlob, case let .summary(old) = store.definitions(blob) else { continue }
            recordDeletions(old: old, new: nil, path: change.path)
        }
    }

    // MARK: - Uses of what was deleted

    mutating func checkUsesOfDeletedDefinitions() {
        guard !deletions.isEmpty else { return }
        let before = changeSet.before
        let beforeResolver = Resolver(index: ModuleIndex(paths: before.paths, roots: objects.configStrings("paramguard.pythonRoot"))) { [store] path in
            guard let blob = before[path], case let .summary(summary) = store.definitions(blob) else { return nil }
            return summary
        }
        let mentions = store.blobsMentioning(anyOf: Set(deletions.keys), in: changeSet.after)
        for (path, blob) in changeSet.after.entries where mentions.contains(blob) {
            guard case let .summary(summary) = store.load(blob) else { continue }
            resolver.callingFile = (path, summary)
            beforeResolver.callingFile = (path, summary)
            // Read once: looking a deleted name up in its module reads that module's text too.
            let text = lines.bytes(of: path)
            let guards = text.map(EnclosingGuards.init)
            for binding in summary.imports where binding.kind == .symbol {
                guard let name = binding.symbol, let deleted = deletions[name] else { continue }
                checkImport(of: name, binding, inFile: path, text: text, deleted: deleted, beforeIndex: beforeResolver.index, guards: guards)
            }
            for call in summary.calls {
                guard let parts = call.calleePath, parts.count >= 2, let deleted = deletions[parts.last!] else { continue }
                checkModuleCall(call, parts: parts, inFile: path, text: text, deleted: deleted, beforeResolver: beforeResolver, guards: guards)
            }
            resolver.callingFile = nil
            beforeResolver.callingFile = nil
        }
    }

    /// `from M import name`, where `M` was a module that defined `name` before the change.
    private mutating func checkImport(
        of name: String, _ binding: ImportBinding, inFile path: String, text: [UInt8]?, deleted: [DeletedDefinition],
        beforeIndex: ModuleIndex, guards: EnclosingGuards?
    ) {
        let modulesBefore = Self.modules(of: binding, inFile: path, index: beforeIndex)
        guard let definition = deleted.first(where: { modulesBefore.contains($0.path) }) else { return }
        if let guarded = guards?.guardEnclosing(line: binding.location.line) {
            stats.countOpen("deleted-name-imported-under-\(guarded)")
            return
        }
        let modulesAfter = Self.modules(of: binding, inFile: path, index: resolver.index)
        let absence: Absence
        if modulesAfter.isEmpty {
            absence = moduleIsProvablyGone(binding, inFile: path)
        } else {
            absence = modulesAfter.map { provableAbsence(of: name, inModule: $0) }.reduce(.provable) { $0.combined(with: $1) }
        }
        switch absence {
        case .present: return
        case let .open(reason):
            stats.countOpen(reason)
            return
        case .provable:
            stats.callsChecked += 1
            let location = Self.location(of: name, after: binding.location, in: text) ?? binding.location
            reportDeleted(definition, usedAs: binding.boundName, at: location, statement: binding.location, inFile: path)
        }
    }

    /// `text.slugify(...)`, where `text` is a module that defined `slugify` before the change.
    private mutating func checkModuleCall(
        _ call: CallSite, parts: [String], inFile path: String, text: [UInt8]?, deleted: [DeletedDefinition], beforeResolver: Resolver,
        guards: EnclosingGuards?
    ) {
        let owner = Array(parts.dropLast())
        let name = parts.last!
        guard let targetsBefore = try? beforeResolver.resolvePath(owner, inFile: path, scope: call.scope, depth: 0, line: call.location.line)
        else { return }
        let modulesBefore = targetsBefore.compactMap { target -> String? in
            if case let .module(module) = target { return module }
            return nil
        }
        guard let definition = deleted.first(where: { modulesBefore.contains($0.path) }) else { return }
        if let guarded = guards?.guardEnclosing(line: call.location.line) {
            stats.countOpen("deleted-name-called-under-\(guarded)")
            return
        }
        guard let targetsAfter = try? resolver.resolvePath(owner, inFile: path, scope: call.scope, depth: 0, line: call.location.line),
              !targetsAfter.isEmpty else {
            stats.countOpen("module-of-deleted-name-not-resolved")
            return
        }
        var absence = Absence.provable
        for target in targetsAfter {
            guard case let .module(module) = target else {
                absence = .open("module-of-deleted-name-not-resolved")
                break
            }
            absence = absence.combined(with: provableAbsence(of: name, inModule: module))
        }
        switch absence {
        case .present: return
        case let .open(reason): stats.countOpen(reason)
        case .provable:
            stats.callsChecked += 1
            let location = Self.location(of: name, inCallee: call, in: text) ?? call.location
            reportDeleted(definition, usedAs: call.callee, at: location, statement: call.location, inFile: path)
        }
    }

    /// Whether a name is certainly missing from a module after the change.
    enum Absence {
        case provable
        case present
        case open(String)

        /// Missing from every candidate module: provable only if provable for each.
        func combined(with other: Absence) -> Absence {
            switch (self, other) {
            case (.present, _), (_, .present): return .present
            case (.open(let reason), _), (_, .open(let reason)): return .open(reason)
            default: return .provable
            }
        }
    }

    /// A module of the tree after the change lacks `name` when nothing in it can bind the name: no
    /// definition, import, assignment or star import, no module `__getattr__` (PEP 562), no submodule
    /// of that name, and no mention of it in its text at all.
    private func provableAbsence(of name: String, inModule module: String) -> Absence {
        if module.hasSuffix("/") { return .open("namespace-package-may-span-other-folders") }
        if resolver.index.submodule(name, of: module) != nil { return .present }
        guard let summary = resolver.summary(module) else { return .open("module-of-deleted-name-not-read") }
        if Self.binds(name, in: summary) { return .present }
        guard let bytes = lines.bytes(of: module) else { return .open("module-of-deleted-name-not-read") }
        return IdentifierScan.index(of: bytes).mentions(IdentifierScan.hash(name)) ? .present : .provable
    }

    /// For an import of a module that is no longer in the tree: the import fails for certain only when
    /// the module was to come from a package of the tree (a regular one, with an `__init__.py`); a
    /// top-level module may be installed instead.
    private func moduleIsProvablyGone(_ binding: ImportBinding, inFile path: String) -> Absence {
        if binding.level > 0 {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let package = folder.isEmpty ? "__init__.py" : folder + "/__init__.py"
            return changeSet.after[package] != nil ? .provable : .open("relative-import-outside-a-package")
        }
        let parts = binding.module.dottedComponents
        guard parts.count >= 2 else { return .open("module-of-deleted-name-may-be-installed") }
        let parents = resolver.index.modules(named: parts.dropLast().joined(separator: "."))
        guard !parents.isEmpty, parents.allSatisfy({ $0.hasSuffix("__init__.py") }) else {
            return .open("module-of-deleted-name-may-be-installed")
        }
        return .provable
    }

    /// The modules an import statement names, in one snapshot's index.
    private static func modules(of binding: ImportBinding, inFile path: String, index: ModuleIndex) -> [String] {
        if binding.level > 0 {
            return index.module(relative: binding.module, level: binding.level, importingPath: path).map { [$0] } ?? []
        }
        return index.modules(named: binding.module)
    }

    /// Records one finding at the name, in the import statement or call that starts at `statement`
    /// (where a suppression comment may stand too), unless a suppression silences it.
    private mutating func reportDeleted(
        _ definition: DeletedDefinition, usedAs callee: String, at location: SourceLocation, statement: SourceLocation, inFile path: String
    ) {
        let lineText = lines.line(location.line, of: path)
        let statementLineText = statement.line == location.line ? nil : lines.line(statement.line, of: path)
        if [lineText, statementLineText].contains(where: { $0.map { Suppression.suppresses(.deletedCallable, onLine: $0) } ?? false }) {
            stats.suppressedFindings += 1
            return
        }
        let key = FindingKey(path: path, location: location, label: definition.name)
        guard findings[key] == nil else { return }
        let reference = DefinitionReference(
            path: definition.path, line: definition.line, name: definition.name, module: ModuleIndex.displayName(of: definition.path))
        let movedTo = movedModule(of: definition)
        let text = FindingText(language: .python, callee: callee, label: definition.name, newLabel: movedTo, definition: reference, suggestion: nil)
        var finding = Finding(
            kind: .deletedCallable, language: .python, path: path, location: location, callee: callee, oldLabel: definition.name,
            newLabel: movedTo, definition: reference, message: Rule.deletedCallable.message(text), sourceLine: lineText)
        if let lineText { finding.quote(lineText) }
        finding.callLocation = statement
        findings[key] = finding
        reportedKeys.append(key)
    }

    /// The one module the change newly defines the name in, if there is exactly one: where it moved.
    private func movedModule(of definition: DeletedDefinition) -> String? {
        let places = Set(definedByChange[definition.name] ?? []).subtracting([definition.path])
        guard places.count == 1, let place = places.first else { return nil }
        return ModuleIndex.displayName(of: place)
    }

    /// Where `name` stands in an import statement starting at `start`: the first time the word appears
    /// after the `import` keyword, within the next lines of the statement.
    static func location(of name: String, after start: SourceLocation, in bytes: [UInt8]?) -> SourceLocation? {
        guard let bytes else { return nil }
        var line = start.line
        while line < start.line + 64, let text = SourceText.line(line, of: bytes) {
            let utf8 = Array(text.utf8)
            var from = 0
            if line == start.line, let keyword = SourceText.wordOffsets(of: "import", in: utf8, from: start.column - 1).first {
                from = keyword + 6
            }
            if let found = SourceText.wordOffsets(of: name, in: utf8, from: from).first {
                return SourceLocation(line: line, column: found + 1)
            }
            line += 1
        }
        return nil
    }

    /// Where the callee's last component stands on the call's line, when the callee is written there
    /// as the call names it (no white space inside it).
    static func location(of name: String, inCallee call: CallSite, in bytes: [UInt8]?) -> SourceLocation? {
        guard let bytes, let text = SourceText.line(call.location.line, of: bytes) else { return nil }
        let utf8 = Array(text.utf8)
        let start = call.location.column - 1
        let callee = Array(call.callee.utf8)
        guard start >= 0, start + callee.count <= utf8.count, Array(utf8[start..<start + callee.count]) == callee else { return nil }
        return SourceLocation(line: call.location.line, column: start + callee.count - name.utf8.count + 1)
    }
}
