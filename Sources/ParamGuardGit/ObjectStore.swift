/// Where a check reads the files it looks at: blobs by id, what a change adds to a file, and the
/// repository's settings. A git repository is one (`Repository`); `InMemoryStore` is another, for
/// checks of files held in memory (the rule examples).
///
/// The seam sits at the level of objects, below the caches and prefilters of the analysis: those are
/// keyed by blob id and work the same whatever the store, so they are written once, and a check over
/// memory runs the very cache and prefilter code a hook runs.
public protocol ObjectStore: AnyObject, Sendable {
    /// Calls `body` with a blob's bytes, without a copy where the store can.
    func withBlobContent<Result>(_ id: ObjectID, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result
    /// A blob's size, without reading its bytes where the store can.
    func blobSize(_ id: ObjectID) throws -> Int
    func blobContent(_ id: ObjectID) throws -> [UInt8]
    /// Line numbers (1-based, in `new`) that the change from `old` to `new` adds or edits; every line
    /// without an `old`.
    func addedLines(from old: ObjectID?, to new: ObjectID) throws -> Set<Int>
    /// Every value of a multi-valued setting (`paramguard.pythonRoot`).
    func configStrings(_ name: String) -> [String]
    /// A handle another thread may use while this one is in use (libgit2 handles are not shared
    /// between threads).
    func handleForAnotherThread() throws -> any ObjectStore
}

extension Repository: ObjectStore {
    public func handleForAnotherThread() throws -> any ObjectStore {
        try reopen()
    }
}
