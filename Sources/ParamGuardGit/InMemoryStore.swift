import Foundation


/// Files held in memory, as two snapshots: what a check reads when no repository is involved. Blob
/// ids are the ones git would give the same bytes, so the caches key them as in a repository.
public final class InMemoryStore: ObjectStore, @unchecked Sendable {
    private let blobs: [ObjectID: [UInt8]]
    private let settings: [String: [String]]
    private let before: FileTree
    private let after: FileTree

    public init(before: [String: String], after: [String: String], settings: [String: [String]] = [:]) {
        var blobs: [ObjectID: [UInt8]] = [:]
        func tree(_ files: [String: String]) -> FileTree {
            FileTree(files.map { path, text in
                let bytes = Array(text.utf8)
                let id = ObjectID(hashingBlob: bytes)
                blobs[id] = bytes
                return (path, id)
            })
        }
        self.before = tree(before)
        self.after = tree(after)
        self.blobs = blobs
        self.settings = settings
    }

    /// The change from `before` to `after`, as `Repository.changeSet` gives it for a commit (edited
    /// moves paired too).
    public var changeSet: ChangeSet {
        ChangeSet(before: before, after: after).pairingEditedMoves(in: self)
    }

    public func withBlobContent<Result>(_ id: ObjectID, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        try blob(id).withUnsafeBufferPointer(body)
    }

    public func blobSize(_ id: ObjectID) throws -> Int {
        try blob(id).count
    }

    public func blobContent(_ id: ObjectID) throws -> [UInt8] {
        try blob(id)
    }

    public func addedLines(from old: ObjectID?, to new: ObjectID) throws -> Set<Int> {
        let newBytes = try blob(new)
        let oldBytes = try old.map(blob)
        return try newBytes.withUnsafeBufferPointer { newBuffer in
            guard let oldBytes else { return try LineDiff.addedLines(from: nil, to: newBuffer) }
            return try oldBytes.withUnsafeBufferPointer { try LineDiff.addedLines(from: $0, to: newBuffer) }
        }
    }

    public func configStrings(_ name: String) -> [String] {
        settings[name] ?? []
    }

    /// Nothing here is tied to a thread.
    public func handleForAnotherThread() throws -> any ObjectStore {
        self
    }

    private func blob(_ id: ObjectID) throws -> [UInt8] {
        guard let bytes = blobs[id] else { throw InMemoryStoreError.missingBlob(id) }
        return bytes
    }
}

public enum InMemoryStoreError: Error, CustomStringConvertible {
    case missingBlob(ObjectID)

    public var description: String {
        switch self {
        case let .missingBlob(id): "no blob \(id) in memory"
        }
    }
}
