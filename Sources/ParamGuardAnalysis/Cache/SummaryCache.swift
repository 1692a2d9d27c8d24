import Foundation
import ParamGuardGit
import ParamGuardModel

/// Remembers each blob's summary by blob id, so that a warm run parses none of the files it parsed
/// before: parsing with swift-syntax was two thirds of a warm run that searches a large Swift tree, and
/// the Python skimmer a sixth of one that searches a large Python tree. One cache per language: a
/// blob (an empty file, say) can be both a `.py` and a `.swift` file.
///
/// One `CacheFile` per blob, under `<git common dir>/paramguard/<language>-summaries/<2 hex>/<38 hex>`, the
/// way git stores loose objects: a run reads only the summaries it needs and writes only the new ones.
/// A file from another version, or one that does not check out, is ignored and written again. It is
/// never required: where the git directory cannot be written, the run keeps its summaries in memory.
public final class SummaryCache {
    /// At most this many summaries are kept per language; past that, the ones written longest ago go
    /// first (about three times the files of the largest tree measured, at a few kilobytes each).
    public static let maximumFiles = 40_000

    let header: String
    /// Where the files go; nil for a cache in memory.
    let directory: String?
    private var unsaved: [ObjectID: LoadedSource] = [:]
    private var used: Set<ObjectID> = []

    /// A cache that lives in memory only.
    public init(language: SourceLanguage) {
        header = SummaryCache.header(language)
        directory = nil
    }

    public init(repository: Repository, language: SourceLanguage) {
        header = SummaryCache.header(language)
        directory = Caches.directory(of: repository).appendingPathComponent("\(language.name)-summaries").path
    }

    private static func header(_ language: SourceLanguage) -> String {
        CacheFile.header(name: "\(language.name)-summary", format: 3)
    }

    /// `<directory>/<2 hex>/<38 hex>`, built as a string (a `URL` costs more than reading the file).
    private func path(of blob: ObjectID, in directory: String) -> String {
        let hex = blob.description
        return "\(directory)/\(hex.prefix(2))/\(hex.dropFirst(2))"
    }

    /// The summary remembered for a blob, if any.
    func summary(of blob: ObjectID) -> LoadedSource? {
        read(blob, withCalls: true)
    }

    /// The summary remembered for a blob without its calls (left unread), if any: what a lookup of
    /// declarations needs.
    func definitions(of blob: ObjectID) -> LoadedSource? {
        read(blob, withCalls: false)
    }

    private func read(_ blob: ObjectID, withCalls: Bool) -> LoadedSource? {
        if let known = unsaved[blob] { return known }
        guard let directory else { return nil }
        let found = CacheFile.read(path(of: blob, in: directory), header: header) { body -> LoadedSource in
            var reader = try BinaryReader(body)
            guard try reader.read(Bool.self) else { return .skipped(reason: try reader.read(String.self)) }
            guard withCalls else { return .summary(try reader.readDefinitions()) }
            let summary = try reader.read(FileSummary.self)
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return .summary(summary)
        }
        if found != nil { used.insert(blob) }
        return found
    }

    /// Remembers what reading a blob gave (not a failure to read it: that may pass).
    func record(_ loaded: LoadedSource, for blob: ObjectID) {
        unsaved[blob] = loaded
        used.insert(blob)
    }

    /// Writes the summaries this run added, then trims the cache to `maximumFiles`. Failures are ignored.
    public func save() {
        guard let directory, !unsaved.isEmpty else { return }
        for (blob, loaded) in unsaved {
            var body = BinaryWriter(capacity: 4096)
            switch loaded {
            case let .summary(summary):
                body.write(true)
                body.write(summary)
            case let .skipped(reason):
                body.write(false)
                body.write(reason)
            }
            CacheFile.write(path(of: blob, in: directory), header: header, body: body.bytes)
        }
        unsaved = [:]
        trim(URL(fileURLWithPath: directory))
    }

    /// Deletes the files written longest ago, except those this run used, until at most 80% of the
    /// limit is left (so that trimming is rare).
    private func trim(_ directory: URL) {
        let manager = FileManager.default
        guard let fanOut = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        var files: [URL] = []
        for name in fanOut {
            let folder = directory.appendingPathComponent(name)
            for file in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] {
                files.append(folder.appendingPathComponent(file))
            }
        }
        guard files.count > SummaryCache.maximumFiles else { return }
        let keptIDs = Set(used.map(\.description))
        let dated = files.compactMap { file -> (URL, Date)? in
            let id = file.deletingLastPathComponent().lastPathComponent + file.lastPathComponent
            guard !keptIDs.contains(id) else { return nil }
            let date = (try? manager.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? .distantPast
            return (file, date)
        }.sorted { $0.1 < $1.1 }
        for (file, _) in dated.prefix(files.count - SummaryCache.maximumFiles * 4 / 5) {
            try? manager.removeItem(at: file)
        }
    }
}
