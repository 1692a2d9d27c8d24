import ParamGuardGit
import ParamGuardModel

/// Reads Swift blobs for one check, each at most once: their identifier index (remembered across runs
/// in the identifier cache) and their parsed summaries.
final class SwiftSourceStore {
    let repository: Repository
    let identifierCache: LabelCache
    private var summaries: [ObjectID: LoadedSource] = [:]
    private(set) var parsedCount = 0

    init(repository: Repository, identifierCache: LabelCache) {
        self.repository = repository
        self.identifierCache = identifierCache
    }

    /// A blob's identifier hashes (declaration hashes included), from the cache when it knows the
    /// blob, else scanned and recorded; nil when the blob cannot be read (it may then mention anything).
    func identifierHashes(of blob: ObjectID) -> [UInt32]? {
        if let known = identifierCache.labels(of: blob) { return known }
        guard let bytes = try? repository.blobContent(blob) else { return nil }
        let hashes = IdentifierScan.hashes(in: bytes)
        identifierCache.record(hashes, for: blob)
        return hashes
    }

    /// Whether a blob can mention `word`.
    func mayMention(_ wordHash: UInt32, blob: ObjectID) -> Bool {
        identifierHashes(of: blob)?.sortedContains(wordHash) ?? true
    }

    /// The summary of a blob, parsed on first use and kept for the rest of the check.
    func summary(of blob: ObjectID) -> LoadedSource {
        if let known = summaries[blob] { return known }
        let loaded = SourceReader.read(blob, in: repository, language: .swift)
        remember(loaded, of: blob)
        return loaded
    }

    /// Keeps a summary parsed elsewhere (on another thread).
    func remember(_ loaded: LoadedSource, of blob: ObjectID) {
        guard summaries[blob] == nil else { return }
        parsedCount += 1
        summaries[blob] = loaded
    }
}
