import Foundation
import ParamGuardGit

/// The source files of the last few commit trees a run listed, by tree id, and of the last few indexes,
/// by the checksum git writes at the end of the index, so that a hook run again at the same `HEAD`
/// (after fixing what it blocked, say) reads the listing instead of walking the tree, and at the same
/// index instead of reading it through libgit2 (which takes 25-40 ms for a 36,000-file index).
/// Listings hold the paths `Checker.isSource` accepts; that is the only filter the commands use.
///
/// One `CacheFile` per tree (named by its id) or index (`index-` and its checksum) under
/// `<git common dir>/paramguard/tree-listings/`; the eight most recently written are kept. A file that
/// does not check out is ignored. Writes are atomic, and where the git directory cannot be written
/// nothing is kept.
public final class TreeListingCache: KnownTrees {
    static let header = CacheFile.header(name: "source-tree-listing", format: 1)
    static let kept = 8

    let directory: String

    public init(repository: Repository) {
        directory = Caches.directory(of: repository).appendingPathComponent("tree-listings").path
    }

    public func files(ofTree tree: ObjectID) -> FileTree? {
        read("\(directory)/\(tree)")
    }

    public func remember(_ files: FileTree, ofTree tree: ObjectID) {
        write(files, to: "\(directory)/\(tree)")
    }

    public func files(ofIndex checksum: ObjectID) -> FileTree? {
        read("\(directory)/index-\(checksum)")
    }

    public func remember(_ files: FileTree, ofIndex checksum: ObjectID) {
        write(files, to: "\(directory)/index-\(checksum)")
    }

    private func read(_ path: String) -> FileTree? {
        CacheFile.read(path, header: TreeListingCache.header) { body -> FileTree in
            var reader = try BinaryReader(body)
            let count = Int(try reader.read(UInt32.self))
            guard count <= body.count / 24 else { throw BinaryReader.Malformed() }
            var entries: [(String, ObjectID)] = []
            entries.reserveCapacity(count)
            for _ in 0..<count { entries.append((try reader.readPath(), try reader.read(ObjectID.self))) }
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return FileTree(entries)
        }
    }

    private func write(_ files: FileTree, to path: String) {
        var body = BinaryWriter(capacity: files.count * 80)
        body.write(UInt32(files.count))
        for (path, id) in files.entries {
            body.writePath(path)
            body.write(id)
        }
        guard CacheFile.write(path, header: TreeListingCache.header, body: body.bytes) else { return }
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
