import CLibGit2
import Foundation
import ParamGuardModel

/// An open repository. Owns the libgit2 handle; every read of git data goes through here.
///
/// Not thread-safe: libgit2 handles must not be shared across threads without care, so one
/// `Repository` is used from one thread at a time.
public final class Repository: @unchecked Sendable {
    let handle: OpaquePointer
    /// The index to read for staged changes: the repository's own, or the one `GIT_INDEX_FILE` names
    /// when the repository had to be opened without `GIT_REPOSITORY_OPEN_FROM_ENV`.
    private let indexFileOverride: String?

    static let libraryReady: Void = {
        git_libgit2_init()
        // Objects come from git, which hashed them on write; re-hashing every read about doubled the
        // time spent reading blobs.
        _ = paramguard_disable_strict_hash_verification()
    }()

    /// How this handle was opened, so that another thread can open its own the same way.
    private enum Opening {
        case environment
        case path(String)
    }

    private var opening: Opening = .environment

    private init(handle: OpaquePointer, indexFileOverride: String?) {
        self.handle = handle
        self.indexFileOverride = indexFileOverride
    }

    /// Another handle on the same repository, opened the same way (environment included), for another
    /// thread: libgit2 handles must not be shared between threads.
    public func reopen() throws -> Repository {
        switch opening {
        case .environment: return try Repository.openFromEnvironment()
        case let .path(path): return try Repository.open(at: path)
        }
    }

    deinit {
        git_repository_free(handle)
    }

    /// Opens the repository the way git's own commands find it from inside a hook: `GIT_DIR`,
    /// `GIT_INDEX_FILE`, `GIT_OBJECT_DIRECTORY` and `GIT_ALTERNATE_OBJECT_DIRECTORIES` are honoured,
    /// otherwise the repository is discovered upwards from the current directory (worktrees included).
    public static func openFromEnvironment() throws -> Repository {
        _ = libraryReady
        let environment = ProcessInfo.processInfo.environment
        var handle: OpaquePointer?
        // libgit2 refuses FROM_ENV when GIT_WORK_TREE or GIT_COMMON_DIR is set; discover by hand then.
        if environment["GIT_WORK_TREE"] == nil && environment["GIT_COMMON_DIR"] == nil {
            let code = openHonouringSafeDirectories(&handle, nil, flags: UInt32(GIT_REPOSITORY_OPEN_FROM_ENV.rawValue))
            if code == 0, let handle {
                return Repository(handle: handle, indexFileOverride: nil)
            }
            throw notARepository(code: code, at: environment["GIT_DIR"] ?? FileManager.default.currentDirectoryPath)
        }
        let start = environment["GIT_DIR"] ?? FileManager.default.currentDirectoryPath
        let code = openHonouringSafeDirectories(&handle, start)
        guard code == 0, let handle else { throw notARepository(code: code, at: start) }
        return Repository(handle: handle, indexFileOverride: environment["GIT_INDEX_FILE"])
    }

    /// Opens the repository that contains `path` (discovering upwards), ignoring git's environment variables.
    public static func open(at path: String) throws -> Repository {
        _ = libraryReady
        var handle: OpaquePointer?
        let code = openHonouringSafeDirectories(&handle, path)
        guard code == 0, let handle else { throw notARepository(code: code, at: path) }
        let repository = Repository(handle: handle, indexFileOverride: nil)
        repository.opening = .path(path)
        return repository
    }

    private static func notARepository(code: Int32, at start: String) -> GitError {
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EOWNER.rawValue, let owned = repositoryOwnedByAnotherUser(at: start) {
            return GitError(
                "the repository at \(owned) is owned by another user, and git's safe.directory does not list it: git refuses "
                    + "it too. If you trust it: git config --global --add safe.directory \(owned)")
        }
        if code == GIT_ENOTFOUND.rawValue {
            return GitError("not a git repository (or any parent up to the root): run paramguard inside a repository, or pass -C <dir>")
        }
        return GitError.libgit2("cannot open the repository", code: code)
    }

    /// The git directory (`.git`, or the worktree's own directory under `.git/worktrees`).
    public var gitDirectory: String { String(cString: git_repository_path(handle)) }

    /// The directory shared by all worktrees, where hooks live.
    public var commonDirectory: String { String(cString: git_repository_commondir(handle)) }

    public var workingDirectory: String? { git_repository_workdir(handle).map { String(cString: $0) } }

    // MARK: - Revisions

    /// The commit `HEAD` points to, or nil while the current branch has no commit yet.
    public func headCommit() throws -> ObjectID? {
        if git_repository_head_unborn(handle) == 1 { return nil }
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, handle, "HEAD")
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue { return nil }
        try check("cannot read HEAD", code)
        return ObjectID(oid)
    }

    /// Resolves a revision (`main`, `HEAD~3`, a hash) to a commit.
    public func commit(_ revision: String) throws -> ObjectID {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        guard code == 0, let object else {
            throw GitError("unknown revision '\(revision)': give a branch, tag or commit that exists in this repository")
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0, let commit else {
            throw GitError("'\(revision)' does not name a commit")
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }

    /// The best common ancestor of two commits, or nil when they share no history.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws -> ObjectID? {
        var out = git_oid()
        var left = a.raw
        var right = b.raw
        let code = git_merge_base(&out, handle, &left, &right)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check("cannot compute the merge base of \(a) and \(b)", code)
        return ObjectID(out)
    }

    /// The branch a bare server repository's `HEAD` names (`refs/heads/main`), if it exists.
    public func defaultBranchCommit() -> ObjectID? {
        var oid = git_oid()
        return git_reference_name_to_id(&oid, handle, "HEAD") == 0 ? ObjectID(oid) : nil
    }

    private func lookupCommit(_ id: ObjectID) throws -> OpaquePointer {
        var commit: OpaquePointer?
        var oid = id.raw
        try check("cannot read commit \(id)", git_commit_lookup(&commit, handle, &oid))
        return commit!
    }

    // MARK: - Snapshots

    /// The id of a commit's tree.
    public func treeID(ofCommit id: ObjectID) throws -> ObjectID {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        return ObjectID(git_commit_tree_id(commit).pointee)
    }

    /// The files of a commit's tree whose paths pass `include`.
    public func files(ofCommit id: ObjectID, include: (String) -> Bool) throws -> FileTree {
        let commit = try lookupCommit(id)
        defer { git_commit_free(commit) }
        var tree: OpaquePointer?
        try check("cannot read the tree of \(id)", git_commit_tree(&tree, commit))
        defer { git_tree_free(tree) }
        return try withoutActuallyEscaping(include) { include in
            let collector = TreeCollector(include: include)
            let box = Unmanaged.passUnretained(collector).toOpaque()
            try check("cannot walk the tree of \(id)", git_tree_walk(tree, GIT_TREEWALK_PRE, { root, entry, payload in
                let collector = Unmanaged<TreeCollector>.fromOpaque(payload!).takeUnretainedValue()
                guard let entry, git_tree_entry_type(entry) == GIT_OBJECT_BLOB,
                      git_tree_entry_filemode(entry) != GIT_FILEMODE_LINK else { return 0 }
                let path = Repository.joinedPath(root!, git_tree_entry_name(entry)!)
                if collector.include(path) {
                    collector.entries.append((path, ObjectID(git_tree_entry_id(entry).pointee)))
                }
                return 0
            }, box))
            return FileTree(collector.entries)
        }
    }

    /// `root` + `name` as one path (`GitPath`); this runs for every file of a tree.
    private static func joinedPath(_ root: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>) -> String {
        let rootLength = strlen(root)
        let nameLength = strlen(name)
        return withUnsafeTemporaryAllocation(byteCount: rootLength + nameLength, alignment: 1) { buffer in
            buffer.copyMemory(from: UnsafeRawBufferPointer(start: root, count: rootLength))
            UnsafeMutableRawBufferPointer(rebasing: buffer[rootLength...]).copyMemory(from: UnsafeRawBufferPointer(start: name, count: nameLength))
            return GitPath.decoded(UnsafeRawBufferPointer(buffer))
        }
    }

    /// The files staged in the index (the one `GIT_INDEX_FILE` names inside a hook) whose paths pass `include`.
    /// Entries in conflict are left out: git does not let such an index be committed.
    public func files(ofIndexIncluding include: (String) -> Bool) throws -> FileTree {
        try listIndex(include: include).files
    }

    /// The index's files, and the checksum git wrote at the end of the index libgit2 read (nil when
    /// it is all zeros, as `index.skipHash` leaves it): the name under which the listing can be kept.
    func listIndex(include: (String) -> Bool) throws -> (files: FileTree, checksum: ObjectID?) {
        var index: OpaquePointer?
        do {
            if let indexFileOverride {
                try check("cannot read the index \(indexFileOverride)", git_index_open(&index, indexFileOverride))
            } else {
                try check("cannot read the index", git_repository_index(&index, handle))
                // The handle keeps the index it loaded first; read it again if the file changed since.
                try check("cannot read the index", git_index_read(index, 0))
            }
        } catch let error as GitError where error.message.contains("'sdir'") {
            git_index_free(index)
            // A sparse index (`index.sparse = true` with a cone-mode sparse checkout) keeps whole
            // directories as single entries; libgit2 1.5 cannot read it, and the staged files cannot
            // be listed without it. A plain sparse checkout (the default) is read as usual.
            throw GitError(error.message + ". This is a sparse index (index.sparse = true), which paramguard cannot read yet;"
                + " run `git config index.sparse false && git sparse-checkout reapply` to keep the sparse checkout with a full index")
        }
        defer { git_index_free(index) }
        var entries: [(String, ObjectID)] = []
        entries.reserveCapacity(git_index_entrycount(index))
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position)?.pointee else { continue }
            let stage = (Int32(entry.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT
            let mode = entry.mode
            guard stage == 0, mode == GIT_FILEMODE_BLOB.rawValue || mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue else {
                continue
            }
            let path = GitPath.decoded(UnsafeRawBufferPointer(start: entry.path, count: strlen(entry.path)))
            if include(path) { entries.append((path, ObjectID(entry.id))) }
        }
        let checksum = git_index_checksum(index).map { ObjectID($0.pointee) }
        return (FileTree(entries), checksum.flatMap { $0.isZero ? nil : $0 })
    }

    /// The checksum at the end of the index file as it is on disk now, without reading the index:
    /// git writes the SHA-1 of everything before it there, so it names the index's content, and a
    /// listing kept under it (`listIndex`) is that index's listing. Reading a large index through
    /// libgit2 takes longer than anything else a warm hook run does, so a
    /// run at an index seen before reads these 20 bytes instead. Nil when the file cannot be read, is
    /// too short to be an index, or holds no checksum (all zeros, `index.skipHash`).
    func indexChecksumOnDisk() -> ObjectID? {
        let descriptor = openForReading(indexPath)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        // 12 bytes of header and 20 of checksum at least.
        guard fstat(descriptor, &status) == 0, status.st_size >= 32 else { return nil }
        var trailer = [UInt8](repeating: 0, count: 20)
        let read = trailer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 20, off_t(status.st_size) - 20) }
        guard read == 20 else { return nil }
        let checksum = trailer.withUnsafeBytes { ObjectID(rawBytes: $0, at: 0) }
        return checksum.isZero ? nil : checksum
    }

    /// The index file `listIndex` reads: the one `GIT_INDEX_FILE` names when the handle was opened from
    /// the environment (libgit2 then reads that one), else the git directory's own.
    private var indexPath: String {
        if let indexFileOverride { return indexFileOverride }
        if case .environment = opening, let named = ProcessInfo.processInfo.environment["GIT_INDEX_FILE"], !named.isEmpty {
            return named
        }
        return gitDirectory + "index"
    }

    // MARK: - Blobs

    /// Calls `body` with the bytes of a blob where libgit2 holds them, without a copy (a scan of every
    /// blob of a tree would otherwise copy it all once more).
    public func withBlobContent<Result>(_ id: ObjectID, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) throws -> Result {
        var blob: OpaquePointer?
        var oid = id.raw
        try check("cannot read blob \(id)", git_blob_lookup(&blob, handle, &oid))
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// A blob's size, from its header, without inflating it (a pushed blob may be gigabytes).
    public func blobSize(_ id: ObjectID) throws -> Int {
        var odb: OpaquePointer?
        try check("cannot open the object database", git_repository_odb(&odb, handle))
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_ANY
        var oid = id.raw
        try check("cannot read blob \(id)", git_odb_read_header(&size, &type, odb, &oid))
        return size
    }

    /// The bytes of a blob.
    public func blobContent(_ id: ObjectID) throws -> [UInt8] {
        var blob: OpaquePointer?
        var oid = id.raw
        try check("cannot read blob \(id)", git_blob_lookup(&blob, handle, &oid))
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }

    /// Line numbers (1-based, in the new blob) that the change from `old` to `new` adds or edits.
    /// With no old blob, every line is new.
    public func addedLines(from old: ObjectID?, to new: ObjectID) throws -> Set<Int> {
        var oldBlob: OpaquePointer?
        var newBlob: OpaquePointer?
        if let old {
            var oid = old.raw
            try check("cannot read blob \(old)", git_blob_lookup(&oldBlob, handle, &oid))
        }
        defer { git_blob_free(oldBlob) }
        var newOid = new.raw
        try check("cannot read blob \(new)", git_blob_lookup(&newBlob, handle, &newOid))
        defer { git_blob_free(newBlob) }
        // The blobs' bytes are diffed as buffers, with no repository: `git_diff_blobs` loads the
        // repository's index (for attributes, though blobs without paths have none), which a run that
        // took the index's listing from the cache would otherwise read for this alone.
        let oldBytes = oldBlob.flatMap(git_blob_rawcontent).map {
            UnsafeBufferPointer(start: $0.assumingMemoryBound(to: UInt8.self), count: Int(git_blob_rawsize(oldBlob)))
        }
        let newBytes = UnsafeBufferPointer(
            start: git_blob_rawcontent(newBlob)?.assumingMemoryBound(to: UInt8.self), count: Int(git_blob_rawsize(newBlob)))
        return try LineDiff.addedLines(from: oldBytes, to: newBytes)
    }

    // MARK: - Configuration

    /// Every value of a multi-valued configuration key, in the order git lists them.
    public func configStrings(_ name: String) -> [String] {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0 else { return [] }
        defer { git_config_free(config) }
        let collector = ValueCollector()
        let box = Unmanaged.passUnretained(collector).toOpaque()
        _ = git_config_get_multivar_foreach(config, name, nil, { entry, payload in
            guard let entry, let value = entry.pointee.value else { return 0 }
            Unmanaged<ValueCollector>.fromOpaque(payload!).takeUnretainedValue().values.append(String(cString: value))
            return 0
        }, box)
        return collector.values
    }

    /// An integer setting, with git's `k`, `m` and `g` suffixes; nil when it is not set, and an error
    /// when it is not an integer.
    public func configInteger(_ name: String) throws -> Int64? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0 else { return nil }
        defer { git_config_free(config) }
        var value: Int64 = 0
        let code = git_config_get_int64(&value, config, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check("\(name) must be an integer (with an optional k, m or g)", code)
        return value
    }

    /// A configuration value as git would read it here, or nil when unset.
    public func configString(_ name: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0 else { return nil }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_config_get_string_buf(&buffer, config, name) == 0, let pointer = buffer.ptr else { return nil }
        return String(cString: pointer)
    }
}

/// State for `git_config_get_multivar_foreach`'s callback.
private final class ValueCollector {
    var values: [String] = []
}

/// State for `git_tree_walk`'s C callback, reached through its payload pointer.
private final class TreeCollector {
    let include: (String) -> Bool
    var entries: [(String, ObjectID)] = []

    init(include: @escaping (String) -> Bool) {
        self.include = include
    }
}

/// `open(2)` for reading; out here because inside `Repository` the name is its static `open(at:)`.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
