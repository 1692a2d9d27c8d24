import Foundation
import ParamGuardGit

/// The source files of the last few commit trees a run listed, by tree id, and of the last few indexes,
/// by the checksum git writes at the end of the index, so that a hook run again at the same `HEAD`
/// (after fixing what it blocked, say) reads the listing instead of walking the tree, and at the same
/// index instead of reading it through libgit2 (a large part of a warm run on a large index).
/// Listings hold the paths `Checker.isRead` accepts (sources and the migration records); that is the
/// only filter the commands use.
///
/// One `CacheFile` per tree (named by its id) or index (`index-` and its checksum) under
/// `<git common dir>/paramguard/tree-listings/`; the eight most recently written are kept. An index
/// is kept as what differs from `HEAD`'s tree (a few staged files, not 36,000 paths), and read back
/// only while that tree's listing is kept too. A file that does not check out is ignored. Writes are
/// atomic, and where the git directory cannot be written nothing is kept.
public final class TreeListingCache: KnownTrees {
    static let header = CacheFile.header(name: "source-tree-listing", format: 3)
    static let indexHeader = CacheFile.header(name: "source-index-listing", format: 2)
    static let kept = 8

    let directory: String
    /// Listings read or written by this run, by tree: an index kept as differences reads its base,
    /// which is the `HEAD` tree the same run reads.
    private var listed: [ObjectID: FileTree] = [:]

    public init(repository: Repository) {
        directory = Caches.directory(of: repository).appendingPathComponent("tree-listings").path
    }

    public func files(ofTree tree: ObjectID) -> FileTree? {
        if let known = listed[tree] { return known }
        let found = CacheFile.read("\(directory)/\(tree)", header: TreeListingCache.header) { body -> FileTree in
            var reader = try BinaryReader(body)
            let entries = try Self.readEntries(&reader, bytes: body.count)
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return FileTree(try entries.map { entry in
                guard let id = entry.id else { throw BinaryReader.Malformed() }
                return (entry.path, id)
            })
        }
        listed[tree] = found
        return found
    }

    public func remember(_ files: FileTree, ofTree tree: ObjectID) {
        listed[tree] = files
        var body = BinaryWriter(capacity: files.count * 80)
        Self.writeEntries(files.entries.map { ($0, $1) }, to: &body)
        write(body, to: "\(directory)/\(tree)", header: TreeListingCache.header)
    }

    public func files(ofIndex checksum: ObjectID) -> FileTree? {
        let kept = CacheFile.read("\(directory)/index-\(checksum)", header: TreeListingCache.indexHeader) { body in
            var reader = try BinaryReader(body)
            let base = try reader.read(Bool.self) ? try reader.read(ObjectID.self) : nil
            let entries = try Self.readEntries(&reader, bytes: body.count)
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return (base: base, entries: entries)
        }
        guard let kept else { return nil }
        guard let base = kept.base else {
            guard kept.entries.allSatisfy({ $0.id != nil }) else { return nil }
            return FileTree(kept.entries.map { ($0.path, $0.id!) })
        }
        guard zip(kept.entries, kept.entries.dropFirst()).allSatisfy({ $0.0.path < $0.1.path }) else { return nil }
        return files(ofTree: base)?.applying(kept.entries)
    }

    public func remember(_ files: FileTree, ofIndex checksum: ObjectID, base: (tree: ObjectID, files: FileTree)?) {
        var body = BinaryWriter(capacity: base == nil ? files.count * 80 : 256)
        body.write(base != nil)
        if let base {
            body.write(base.tree)
            Self.writeEntries(files.differences(from: base.files), to: &body)
        } else {
            Self.writeEntries(files.entries.map { ($0, $1) }, to: &body)
        }
        write(body, to: "\(directory)/index-\(checksum)", header: TreeListingCache.indexHeader)
    }

    /// A count, then each path with its blob (all zeros for a path an index removed).
    private static func writeEntries(_ entries: [(path: String, id: ObjectID?)], to body: inout BinaryWriter) {
        body.write(UInt32(entries.count))
        for (path, id) in entries {
            body.writePath(path)
            body.write(id ?? ObjectID.zero)
        }
    }

    private static func readEntries(_ reader: inout BinaryReader, bytes: Int) throws -> [(path: String, id: ObjectID?)] {
        let count = Int(try reader.read(UInt32.self))
        guard count <= bytes / 24 else { throw BinaryReader.Malformed() }
        var entries: [(path: String, id: ObjectID?)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.readPath()
            let id = try reader.read(ObjectID.self)
            entries.append((path, id.isZero ? nil : id))
        }
        return entries
    }

    private func write(_ body: BinaryWriter, to path: String, header: String) {
        guard CacheFile.write(path, header: header, body: body.bytes) else { return }
        forgetAllButTheNewest()
    }

    private func forgetAllButTheNewest() {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasSuffix(".tmp") }
        guard names.count > TreeListingCache.kept else { return }
        let dated = names.map { name -> (String, Date) in
            let path = "\(directory)/\(name)"
            return (path, (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
        }.sorted { $0.1 > $1.1 }
        for (path, _) in dated.dropFirst(TreeListingCache.kept) { unlink(path) }
    }
}

extension BinaryWriter {
    /// A path, written out (paths are all different: a table of strings would only add to them).
    mutating func writePath(_ path: String) {
        var path = path
        path.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            append(raw: Array(utf8))
        }
    }
}

extension BinaryReader {
    mutating func readPath() throws -> String {
        let count = Int(try read(UInt32.self))
        return String(decoding: try bytes(count), as: UTF8.self)
    }
}
