/// The files of one snapshot (a commit's tree or the index) that a frontend reads: paths, sorted, and
/// their blob ids. Sorted arrays rather than a dictionary: a hook lists and compares every path of the
/// tree on each run, and hashing every path into dictionaries (and sorting them again wherever a
/// check needs path order) weighed on every warm run.
public struct FileTree: Sendable {
    /// In `String` order, each path once.
    public let paths: [String]
    /// `ids[i]` is the blob of `paths[i]`.
    public let ids: [ObjectID]

    /// A tree from entries in any order; a path listed twice keeps its last id.
    public init<S: Sequence>(_ entries: S) where S.Element == (String, ObjectID) {
        var sorted = Array(entries)
        // The index, and a listing kept from an earlier run, come sorted already (for paths in NFC,
        // git's byte order is `String`'s): one pass says so, instead of a sort and a pass for repeats.
        if zip(sorted, sorted.dropFirst()).allSatisfy({ $0.0 < $1.0 }) {
            paths = sorted.map(\.0)
            ids = sorted.map(\.1)
            return
        }
        // Stable, so that of two equal paths the later entry stays last.
        sorted.sort { $0.0 < $1.0 }
        var paths: [String] = []
        var ids: [ObjectID] = []
        paths.reserveCapacity(sorted.count)
        ids.reserveCapacity(sorted.count)
        for (path, id) in sorted {
            if paths.last == path {
                ids[ids.count - 1] = id
            } else {
                paths.append(path)
                ids.append(id)
            }
        }
        self.paths = paths
        self.ids = ids
    }

    private init(sortedPaths: [String], ids: [ObjectID]) {
        paths = sortedPaths
        self.ids = ids
    }

    public static let empty = FileTree([])

    public var count: Int { paths.count }

    /// The blob at `path`, found by binary search.
    public subscript(path: String) -> ObjectID? {
        var low = 0
        var high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < paths.count && paths[low] == path ? ids[low] : nil
    }

    /// Each path with its blob, in path order.
    public var entries: Zip2Sequence<[String], [ObjectID]> { zip(paths, ids) }

    /// The same tree restricted to the paths `include` accepts.
    public func filter(_ include: (String) -> Bool) -> FileTree {
        var paths: [String] = []
        var ids: [ObjectID] = []
        for (path, id) in entries where include(path) {
            paths.append(path)
            ids.append(id)
        }
        return FileTree(sortedPaths: paths, ids: ids)
    }

    /// What turns `base` into this tree, in path order: each path added or given another blob, with
    /// its blob here, and each path removed, with nil. `base.applying(tree.differences(from: base))`
    /// is `tree`.
    public func differences(from base: FileTree) -> [(path: String, id: ObjectID?)] {
        var differences: [(path: String, id: ObjectID?)] = []
        var old = 0
        var new = 0
        while old < base.count || new < count {
            if new == count || (old < base.count && base.paths[old] < paths[new]) {
                differences.append((base.paths[old], nil))
                old += 1
            } else if old == base.count || paths[new] < base.paths[old] {
                differences.append((paths[new], ids[new]))
                new += 1
            } else {
                if base.ids[old] != ids[new] { differences.append((paths[new], ids[new])) }
                old += 1
                new += 1
            }
        }
        return differences
    }

    /// This tree with `differences` (in path order, as `differences(from:)` gives them) applied.
    public func applying(_ differences: [(path: String, id: ObjectID?)]) -> FileTree {
        var paths: [String] = []
        var ids: [ObjectID] = []
        paths.reserveCapacity(count + differences.count)
        ids.reserveCapacity(count + differences.count)
        var old = 0
        for (path, id) in differences {
            while old < count && self.paths[old] < path {
                paths.append(self.paths[old])
                ids.append(self.ids[old])
                old += 1
            }
            if old < count && self.paths[old] == path { old += 1 }
            if let id {
                paths.append(path)
                ids.append(id)
            }
        }
        paths.append(contentsOf: self.paths[old...])
        ids.append(contentsOf: self.ids[old...])
        return FileTree(sortedPaths: paths, ids: ids)
    }
}
