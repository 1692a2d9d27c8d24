import Foundation
import ParamGuardGit

/// Remembers, per blob id, the hashes of the keyword labels a file may pass (`KeywordLabelScan`), so
/// that a later run can pass over the blobs that cannot call a changed definition without inflating them.
///
/// It lives in one text file under the repository's common git directory (shared by its worktrees):
/// a header naming the format and the tool version, then `<blob id> <hash>,<hash>,...` per line. A file
/// from another version, or one that does not read back cleanly, is ignored and rewritten. Writes go to a
/// temporary file renamed into place, so two hooks running at once never leave a torn file (the last one
/// wins). It is never required: where the git directory cannot be written (a pre-receive quarantine), the
/// run simply does not save it.
public final class LabelCache {
    /// What a cache remembers of each blob: Python keyword labels, or every identifier of a Swift file
    /// (where a callee's name and its declarations are looked up).
    public enum Contents: String, CaseIterable, Sendable {
        case pythonKeywordLabels = "label-cache"
        case swiftIdentifiers = "swift-identifier-cache"

        /// The format number changes when what is remembered of a blob changes (2: Swift declaration hashes).
        public var header: String {
            let format = self == .swiftIdentifiers ? 2 : 1
            return "paramguard-\(rawValue) \(format) \(ParamGuardVersion.current)"
        }
    }

    let header: String
    /// At most this many blobs are remembered; the ones this run did not see go first.
    public static let maximumEntries = 400_000

    public let url: URL?
    private var loadedEntries: [ObjectID: [UInt32]]?
    private var seen: Set<ObjectID> = []
    private var changed = false

    /// Read from disk on first use: most commits remove no keyword and never need the cache.
    private var entries: [ObjectID: [UInt32]] {
        get {
            if let loadedEntries { return loadedEntries }
            var read: [ObjectID: [UInt32]] = [:]
            if let url, let data = try? Data(contentsOf: url) {
                read = LabelCache.parse(Array(data), header: header) ?? [:]
            }
            loadedEntries = read
            return read
        }
        set { loadedEntries = newValue }
    }

    /// An empty cache that lives in memory only.
    public init(contents: Contents = .pythonKeywordLabels) {
        url = nil
        header = contents.header
        loadedEntries = [:]
    }

    /// The cache of a repository, read when first needed if a valid one is there.
    public init(repository: Repository, contents: Contents = .pythonKeywordLabels) {
        url = LabelCache.location(of: contents, in: repository)
        header = contents.header
    }

    static func location(of contents: Contents, in repository: Repository) -> URL {
        URL(fileURLWithPath: repository.commonDirectory).appendingPathComponent("paramguard/\(contents.rawValue)")
    }

    public var count: Int { entries.count }

    func labels(of blob: ObjectID) -> [UInt32]? {
        guard let found = entries[blob] else { return nil }
        seen.insert(blob)
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
        guard changed, let url, var entries = loadedEntries else { return }
        if entries.count > LabelCache.maximumEntries {
            let keep = entries.filter { seen.contains($0.key) }
            entries = keep.count <= LabelCache.maximumEntries ? keep : [:]
        }
        var text = header + "\n"
        text.reserveCapacity(entries.count * 80)
        for (blob, labels) in entries {
            text += blob.description
            text += " "
            text += labels.map { String($0, radix: 16) }.joined(separator: ",")
            text += "\n"
        }
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent("\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the old file atomically: a reader sees the old cache or the new one.
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Deletes a repository's cache files; true if there was one.
    public static func clear(repository: Repository) throws -> Bool {
        var removed = false
        for contents in Contents.allCases {
            let url = location(of: contents, in: repository)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try FileManager.default.removeItem(at: url)
            removed = true
        }
        return removed
    }

    /// `1a,ff03,…` → numbers, read straight from the bytes; nil for anything malformed.
    private static func hexNumbers(_ bytes: ArraySlice<UInt8>) -> [UInt32]? {
        var numbers: [UInt32] = []
        var value: UInt32 = 0
        var digits = 0
        for byte in bytes {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: ","):
                guard digits > 0 else { return nil }
                numbers.append(value)
                value = 0
                digits = 0
                continue
            default:
                return nil
            }
            guard digits < 8 else { return nil }
            value = value << 4 | digit
            digits += 1
        }
        if digits > 0 { numbers.append(value) } else if !bytes.isEmpty { return nil }
        return numbers
    }

    /// Reads a cache file; nil when its header is not this version's or any line is malformed.
    static func parse(_ bytes: [UInt8], header: String) -> [ObjectID: [UInt32]]? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == header else { return nil }
        guard lines.last?.isEmpty == true else { return nil }  // a truncated file lacks its final newline
        var entries: [ObjectID: [UInt32]] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst().dropLast() {
            guard line.count >= 41, line[line.startIndex + 40] == UInt8(ascii: " "),
                  let blob = ObjectID(hex: String(decoding: line.prefix(40), as: UTF8.self)) else { return nil }
            guard let labels = hexNumbers(line.dropFirst(41)) else { return nil }
            entries[blob] = labels
        }
        return entries
    }
}

/// The version of paramguard, part of every cache's header so that a new version never reads an old format.
public enum ParamGuardVersion {
    public static let current = "0.2.0"
}
