import Foundation
import ParamGuardGit
import ParamGuardModel

/// Remembers each blob's summary by blob id, so that a warm run parses none of the files it parsed
/// before: parsing is most of a warm run that searches a large Swift tree, and a good part of one that
/// searches a large Python tree. One cache per language: a
/// blob (an empty file, say) can be both a `.py` and a `.swift` file.
///
/// The summaries live in a `PackDirectory` under `<git common dir>/paramguard/<language>-summaries/`:
/// a run reads only the summaries it needs and writes the new ones as one pack. A pack from another
/// version, or an entry that does not check out, is passed over and the summary parsed and written
/// again. It is never required: where the git directory cannot be written, the run keeps its summaries
/// in memory.
public final class SummaryCache {
    /// At most this many summaries are kept per language; past that, a merge of the packs keeps only
    /// the ones the merging run used (about ten times the files of the largest tree measured).
    public static let maximumEntries = 150_000

    let header: String
    /// The folder of packs; nil for a cache in memory.
    let directory: String?
    private lazy var packs: PackDirectory? = directory.map { PackDirectory(path: $0, header: header) }
    /// What this run parsed, already in the cache's form: a large run keeps less in memory that way.
    private var unsaved: [ObjectID: [UInt8]] = [:]
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

    static func header(_ language: SourceLanguage) -> String {
        CacheFile.header(name: "\(language.name)-summary-pack", format: 15)
    }

    /// The summary remembered for a blob, if any.
    func summary(of blob: ObjectID) -> LoadedSource? {
        read(blob, calls: .all)
    }

    /// The summary remembered for a blob with only its calls that pass one of `keywords` (the
    /// others left undecoded), if any: what a search for the callers of a removed keyword needs.
    func summary(of blob: ObjectID, callsPassingAnyOf keywords: Set<String>) -> PartialLoad? {
        read(blob, calls: .passing(keywords)).map { PartialLoad($0, part: .callsPassing(keywords)) }
    }

    /// The summary remembered for a blob with only the calls whose callee `keep` accepts decoded (and
    /// those they are passed to), the others standing as placeholders at their indexes, if any: what
    /// a search for the callers of a changed Swift declaration needs. Of the declarations, only the
    /// imports are decoded.
    func summary(of blob: ObjectID, keepingCallsWhere keep: @escaping (String) -> Bool) -> PartialLoad? {
        read(blob, calls: .withCallee(keep)).map { PartialLoad($0, part: .callsWithCallee) }
    }

    /// The summary remembered for a blob without its calls (left unread), if any: what a lookup of
    /// declarations needs.
    func definitions(of blob: ObjectID) -> PartialLoad? {
        read(blob, calls: .none).map { PartialLoad($0, part: .definitions) }
    }

    private enum Calls {
        case none
        case all
        case passing(Set<String>)
        case withCallee((String) -> Bool)
    }

    private func read(_ blob: ObjectID, calls: Calls) -> LoadedSource? {
        guard let bytes = unsaved[blob] ?? packs?.entry(blob) else { return nil }
        let found = try? bytes.withUnsafeBytes { body -> LoadedSource in
            var reader = try BinaryReader(body)
            guard try reader.read(Bool.self) else { return .skipped(reason: try reader.read(String.self)) }
            let summary: FileSummary
            switch calls {
            case .none: return .summary(try reader.readDefinitions())
            case .all: summary = try reader.read(FileSummary.self)
            case let .passing(keywords): summary = try reader.readSummary(callsPassingAnyOf: keywords)
            case let .withCallee(keep): summary = try reader.readSummary(keepingCallsWhere: keep)
            }
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return .summary(summary)
        }
        if found != nil { used.insert(blob) }
        return found
    }

    /// Remembers what reading a blob gave (not a failure to read it: that may pass).
    func record(_ loaded: LoadedSource, for blob: ObjectID) {
        var body = BinaryWriter(capacity: 4096)
        switch loaded {
        case let .summary(summary):
            body.write(true)
            body.write(summary)
        case let .skipped(reason):
            body.write(false)
            body.write(reason)
        }
        unsaved[blob] = body.bytes
        used.insert(blob)
    }

    /// Writes the summaries this run added as one pack. Failures are ignored.
    public func save() {
        guard let packs, !unsaved.isEmpty else { return }
        let entries = unsaved.map { ($0.key, $0.value) }
        let used = self.used
        packs.add(entries, merging: { used.contains($0) }, trimming: packs.count + entries.count > SummaryCache.maximumEntries)
        unsaved = [:]
    }
}
