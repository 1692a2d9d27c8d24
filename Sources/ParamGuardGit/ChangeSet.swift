import Dispatch

/// One path whose blob differs between the two snapshots of a change.
public struct FileChange: Sendable, Equatable {
    public var path: String
    /// nil when the change adds the file (and it is no copy or move of one the change started from).
    public var oldBlob: ObjectID?
    /// nil when the change deletes the file.
    public var newBlob: ObjectID?
    /// For a file the change added as a copy or move of one of the snapshot before: that file's path.
    /// Its `oldBlob` is then that file's blob: nothing in it is new, unless it was edited as it moved
    /// (`ChangeSet.pairingEditedMoves`).
    public var copiedFrom: String?

    public init(path: String, oldBlob: ObjectID?, newBlob: ObjectID?, copiedFrom: String? = nil) {
        self.path = path
        self.oldBlob = oldBlob
        self.newBlob = newBlob
        self.copiedFrom = copiedFrom
    }
}

/// What is being committed or pushed: the snapshot before, the snapshot after, and the paths that differ.
public struct ChangeSet: Sendable {
    public var before: FileTree
    public var after: FileTree
    /// Sorted by path.
    public var changes: [FileChange]

    /// Compares two snapshots path by path, in one pass over both sorted lists. Only blob ids are
    /// compared, so no content is read here.
    public init(before: FileTree, after: FileTree) {
        self.before = before
        self.after = after
        var changes: [FileChange] = []
        var old = 0
        var new = 0
        while old < before.count || new < after.count {
            if new == after.count || (old < before.count && before.paths[old] < after.paths[new]) {
                changes.append(FileChange(path: before.paths[old], oldBlob: before.ids[old], newBlob: nil))
                old += 1
            } else if old == before.count || after.paths[new] < before.paths[old] {
                changes.append(FileChange(path: after.paths[new], oldBlob: nil, newBlob: after.ids[new]))
                new += 1
            } else {
                if before.ids[old] != after.ids[new] {
                    changes.append(FileChange(path: after.paths[new], oldBlob: before.ids[old], newBlob: after.ids[new]))
                }
                old += 1
                new += 1
            }
        }
        self.changes = Self.pairingCopies(changes, before: before)
    }

    /// An added file whose blob the snapshot before holds at another path was moved or copied there
    /// unchanged: its calls are not new, and its definitions did not change.
    private static func pairingCopies(_ changes: [FileChange], before: FileTree) -> [FileChange] {
        guard changes.contains(where: { $0.oldBlob == nil }) else { return changes }
        var origins: [ObjectID: String] = [:]
        for (path, id) in zip(before.paths, before.ids) where origins[id] == nil { origins[id] = path }
        return changes.map { change in
            guard change.oldBlob == nil, let id = change.newBlob, let origin = origins[id] else { return change }
            return FileChange(path: change.path, oldBlob: id, newBlob: id, copiedFrom: origin)
        }
    }
}

extension ChangeSet {
    /// The same change restricted to the paths `include` accepts (one language's files, say).
    public func filtered(_ include: (String) -> Bool) -> ChangeSet {
        var copy = self
        copy.before = before.filter(include)
        copy.after = after.filter(include)
        copy.changes = changes.filter { include($0.path) }
        return copy
    }
}

/// Which change a check looks at.
public enum ChangeSource: Sendable, Equatable {
    /// What `git commit` would record: `HEAD` (or nothing, before the first commit) against the index.
    case staged
    /// From one commit to another, as `git diff A B` compares them.
    case range(from: String, to: String)
    /// Everything on `HEAD` since it forked from `base`: the merge base of the two against `HEAD`.
    case base(String)
}

/// Listings of commit trees kept from earlier runs, made with one `include` (the caller's cache knows
/// which). Walking a large tree is a good part of a warm run, and a hook run again at the same
/// `HEAD`, after fixing what it blocked, lists the same tree.
public protocol KnownTrees: AnyObject {
    func files(ofTree tree: ObjectID) -> FileTree?
    func remember(_ files: FileTree, ofTree tree: ObjectID)
    /// The listing of the index whose checksum (the SHA-1 git writes at its end) is `checksum`.
    func files(ofIndex checksum: ObjectID) -> FileTree?
    /// Keeps an index's listing; with `base` (`HEAD`'s tree and listing), as what differs from it.
    func remember(_ files: FileTree, ofIndex checksum: ObjectID, base: (tree: ObjectID, files: FileTree)?)
}

extension Repository {
    /// The change a source names, keeping only the paths `include` accepts; commit trees are taken
    /// from `knownTrees` when it has them.
    public func changeSet(_ source: ChangeSource, include: (String) -> Bool, knownTrees: KnownTrees? = nil) throws -> ChangeSet {
        try unpairedChangeSet(source, include: include, knownTrees: knownTrees).pairingEditedMoves(in: self)
    }

    private func unpairedChangeSet(_ source: ChangeSource, include: (String) -> Bool, knownTrees: KnownTrees?) throws -> ChangeSet {
        switch source {
        case .staged:
            let knownIndex = knownTrees.flatMap { known in indexChecksumOnDisk().flatMap(known.files(ofIndex:)) }
            guard let head = try headCommit() else {
                return ChangeSet(before: .empty, after: try knownIndex ?? files(ofIndexIncluding: include, knownTrees: knownTrees, base: nil))
            }
            let tree = try treeID(ofCommit: head)
            if let known = knownTrees?.files(ofTree: tree) {
                return ChangeSet(before: known, after: try knownIndex ?? files(ofIndexIncluding: include, knownTrees: knownTrees, base: (tree, known)))
            }
            if let knownIndex {
                return ChangeSet(before: try files(ofCommit: head, include: include, knownTrees: knownTrees), after: knownIndex)
            }
            let (before, after) = try filesOfCommitAndIndex(head, include: include)
            knownTrees?.remember(before, ofTree: tree)
            if let checksum = after.checksum { knownTrees?.remember(after.files, ofIndex: checksum, base: (tree, before)) }
            return ChangeSet(before: before, after: after.files)
        case let .range(from, to):
            return try unpairedChangeSet(from: commit(from), to: commit(to), include: include, knownTrees: knownTrees)
        case let .base(base):
            guard let head = try headCommit() else {
                throw GitError("HEAD has no commit yet: there is nothing to compare with '\(base)'")
            }
            let baseCommit = try commit(base)
            guard let fork = try mergeBase(baseCommit, head) else {
                throw GitError("'\(base)' and HEAD share no history: compare a range instead (A..B)")
            }
            return try unpairedChangeSet(from: fork, to: head, include: include, knownTrees: knownTrees)
        }
    }

    /// The change between two commits; with no `from`, every file of `to` is new.
    public func changeSet(from: ObjectID?, to: ObjectID, include: (String) -> Bool, knownTrees: KnownTrees? = nil) throws -> ChangeSet {
        try unpairedChangeSet(from: from, to: to, include: include, knownTrees: knownTrees).pairingEditedMoves(in: self)
    }

    private func unpairedChangeSet(from: ObjectID?, to: ObjectID, include: (String) -> Bool, knownTrees: KnownTrees?) throws -> ChangeSet {
        let before = try from.map { try files(ofCommit: $0, include: include, knownTrees: knownTrees) } ?? .empty
        return ChangeSet(before: before, after: try files(ofCommit: to, include: include, knownTrees: knownTrees))
    }

    /// A commit's files and the index's, listed at once on two threads, each with its own handle:
    /// walking the tree and reading the index take about as long each, so two threads nearly halve
    /// the wait. Falls back to one thread when a second handle cannot be opened.
    private func filesOfCommitAndIndex(_ commit: ObjectID, include: (String) -> Bool) throws -> (commit: FileTree, index: (files: FileTree, checksum: ObjectID?)) {
        guard let walker = try? reopen() else { return (try files(ofCommit: commit, include: include), try listIndex(include: include)) }
        return try withoutActuallyEscaping(include) { include in
            // The filter is a pure function of the path (which language a file is in), safe to call from both.
            let results = ListingResults(include: include)
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    results.commit = Result { try walker.files(ofCommit: commit, include: results.include) }
                } else {
                    results.index = Result { try self.listIndex(include: results.include) }
                }
            }
            return (try results.commit!.get(), try results.index!.get())
        }
    }

    /// The index's files, kept under its checksum for the next run.
    private func files(ofIndexIncluding include: (String) -> Bool, knownTrees: KnownTrees?,
                       base: (tree: ObjectID, files: FileTree)?) throws -> FileTree {
        let listed = try listIndex(include: include)
        if let checksum = listed.checksum { knownTrees?.remember(listed.files, ofIndex: checksum, base: base) }
        return listed.files
    }

    private func files(ofCommit id: ObjectID, include: (String) -> Bool, knownTrees: KnownTrees?) throws -> FileTree {
        guard let knownTrees else { return try files(ofCommit: id, include: include) }
        let tree = try treeID(ofCommit: id)
        if let known = knownTrees.files(ofTree: tree) { return known }
        let listed = try files(ofCommit: id, include: include)
        knownTrees.remember(listed, ofTree: tree)
        return listed
    }
}

/// The two listings `filesOfCommitAndIndex` makes, each written by one thread and read after both end.
private final class ListingResults: @unchecked Sendable {
    let include: (String) -> Bool
    var commit: Result<FileTree, Error>?
    var index: Result<(files: FileTree, checksum: ObjectID?), Error>?

    init(include: @escaping (String) -> Bool) {
        self.include = include
    }
}
