import Foundation
import ParamGuardGit

/// Remembers, per blob id, the hashes of the keyword labels a file may pass (`KeywordLabelScan`), or of
/// every identifier of a Swift file (`IdentifierScan`), so that a later run can pass over the blobs that
/// cannot call a changed definition without inflating them.
///
/// It lives in one `CacheFile` under the repository's common git directory (shared by its worktrees),
/// whose body is the entry count, then per blob its 20-byte id and its hashes. A file from another
/// version, or one that does not check out, is ignored and rewritten. It is never required: where the
/// git directory cannot be written (a pre-receive quarantine), the run simply does not save it.
public final class LabelCache {
    /// What a cache remembers of each blob: Python keyword labels, or every identifier of a Swift file
    /// (where a callee's name and its declarations are looked up).
    public enum Contents: String, CaseIterable, Sendable {
        case pythonKeywordLabels = "label-cache"
        case swiftIdentifiers = "swift-identifier-cache"
        /// Every identifier of a Python blob: kept only once a search for the callers of a newly
        /// required parameter has read the blob (such callers pass no keyword to find them by).
        case pythonIdentifiers = "python-identifier-cache"

        /// The format number changes when what is remembered of a blob, or how, changes: binary since
        /// Python 2 and Swift 3, with a table of strings since Python 3 and Swift 6; for Swift, declared
        /// names since 2, kept apart since 4, hashed by `IdentifierScan.hash` since 5, implicit `.init`
        /// recorded since 7.
        public var header: String {
            switch self {
            case .pythonKeywordLabels: return CacheFile.header(name: rawValue, format: 4)
            case .swiftIdentifiers: return CacheFile.header(name: rawValue, format: 10)
            case .pythonIdentifiers: return CacheFile.header(name: rawValue, format: 1)
            }
        }
    }

    let header: String
    /// At most this many blobs are remembered; the ones this run did not see go first.
    public static let maximumEntries = 400_000

    let path: String?
    private var loadedEntries: [ObjectID: [UInt32]]?
    private var seen: Set<ObjectID> = []
    private var changed = false

    /// Read from disk on first use: most commits remove no keyword and never need the cache.
    private var entries: [ObjectID: [UInt32]] {
        get {
            if let loadedEntries { return loadedEntries }
            let read = path.flatMap { CacheFile.read($0, header: header, LabelCache.parse) } ?? [:]
            loadedEntries = read
            return read
        }
        set { loadedEntries = newValue }
    }

    /// An empty cache that lives in memory only.
    public init(contents: Contents = .pythonKeywordLabels) {
        path = nil
        header = contents.header
        loadedEntries = [:]
    }

    /// The cache of a repository, read when first needed if a valid one is there.
    public init(repository: Repository, contents: Contents = .pythonKeywordLabels) {
        path = LabelCache.location(of: contents, in: repository).path
        header = contents.header
    }

    static func location(of contents: Contents, in repository: Repository) -> URL {
        Caches.directory(of: repository).appendingPathComponent(contents.rawValue)
    }

    public var count: Int { entries.count }

    func labels(of blob: ObjectID) -> [UInt32]? {
        guard let found = entries[blob] else { return nil }
        // Which blobs a run read matters only to a cache that may outgrow its limit: noting every
        // read of a large tree's blobs (twice, before and after) weighed on a small Swift check.
        if entries.count > LabelCache.maximumEntries / 2 { seen.insert(blob) }
        return found
    }

    func record(_ labels: [UInt32], for blob: ObjectID) {
        if loadedEntries == nil { _ = entries }
        loadedEntries![blob] = labels
        seen.insert(blob)
        changed = true
    }

    /// Writes the cache back if this run added to it. Failures are ignored: the cache is an optimisation.
    public func save() {
        guard changed, let path, var entries = loadedEntries else { return }
        if entries.count > LabelCache.maximumEntries {
            let keep = entries.filter { seen.contains($0.key) }
            entries = keep.count <= LabelCache.maximumEntries ? keep : [:]
        }
        var body = BinaryWriter(capacity: entries.count * 24 + entries.values.reduce(0) { $0 + $1.count * 4 })
        body.write(UInt32(entries.count))
        for (blob, labels) in entries {
            body.write(blob)
            body.write(labels)
        }
        CacheFile.write(path, header: header, body: body.bytes)
    }

    /// Reads a cache body; throws when it does not read back exactly.
    static func parse(_ body: UnsafeRawBufferPointer) throws -> [ObjectID: [UInt32]] {
        var reader = try BinaryReader(body)
        let count = Int(try reader.read(UInt32.self))
        guard count <= body.count / 24 else { throw BinaryReader.Malformed() }
        var entries: [ObjectID: [UInt32]] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let blob = try reader.read(ObjectID.self)
            entries[blob] = try reader.read([UInt32].self)
        }
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
        return entries
    }
}

/// The version of paramguard, part of every cache's header so that a new version never reads an old format.
public enum ParamGuardVersion {
    public static let current = "0.2.0"
}
