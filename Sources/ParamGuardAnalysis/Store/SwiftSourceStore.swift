import ParamGuardGit
import ParamGuardModel

/// Reads Swift blobs for one check, each at most once: their identifier index (remembered across runs
/// in the identifier cache) and their summaries (remembered across runs in the summary cache, else parsed).
final class SwiftSourceStore {
    let objects: any ObjectStore
    let identifierCache: LabelCache
    let summaryCache: SummaryCache
    let manifestCache: ManifestCache
    private var summaries: [ObjectID: LoadedSource] = [:]
    /// Summaries without their calls, of blobs whose declarations were looked up.
    private var definitions: [ObjectID: LoadedSource] = [:]
    private(set) var parsedCount = 0
    /// Handles of the threads that parse and scan beside this one, kept for the whole check.
    private lazy var workerHandles = WorkerHandles(objects)

    init(objects: any ObjectStore, identifierCache: LabelCache, summaryCache: SummaryCache, manifestCache: ManifestCache = ManifestCache()) {
        self.objects = objects
        self.identifierCache = identifierCache
        self.summaryCache = summaryCache
        self.manifestCache = manifestCache
    }

    /// A blob's identifier index, from the cache when it knows the blob, else scanned and recorded; nil
    /// when the blob cannot be read (it may then mention anything).
    func identifierIndex(of blob: ObjectID) -> IdentifierIndex? {
        identifierIndexes(of: [blob])[0]
    }

    /// The identifier indexes of many blobs, in order; the ones the cache lacks are scanned on every
    /// core (a cold run scans every Swift blob of the tree).
    func identifierIndexes(of blobs: [ObjectID]) -> [IdentifierIndex?] {
        var indexes = blobs.map { identifierCache.labels(of: $0).flatMap(IdentifierIndex.init(stored:)) }
        let missing = indexes.indices.filter { indexes[$0] == nil }
        let scanned = identifierCache.scanAndRecord(missing.map { blobs[$0] }, objects: objects, workerHandles: workerHandles) { bytes in
            let index = IdentifierScan.index(of: bytes)
            return (index.stored, index)
        }
        for (position, index) in zip(missing, scanned) { indexes[position] = index }
        return indexes
    }

    /// Whether a blob can mention `word`.
    func mayMention(_ wordHash: UInt32, blob: ObjectID) -> Bool {
        identifierIndex(of: blob)?.mentions(wordHash) ?? true
    }

    /// The summary of a blob: remembered from this run or an earlier one, else parsed.
    func summary(of blob: ObjectID) -> LoadedSource {
        if let known = knownSummary(of: blob) { return known }
        return keep(SourceReader.readNotingFailure(blob, in: objects, language: .swift), of: blob)
    }

    /// What a blob declares: its summary, possibly without calls. A lookup of declarations reads only
    /// that much of a cached summary (calls are most of one).
    func definitions(of blob: ObjectID) -> LoadedSource {
        if let known = summaries[blob] ?? definitions[blob] { return known }
        if let cached = summaryCache.definitions(of: blob)?.asLoadedSource {
            definitions[blob] = cached
            return cached
        }
        return keep(SourceReader.readNotingFailure(blob, in: objects, language: .swift), of: blob, definitionsOnly: true)
    }

    /// Whether this run has read what a blob declares.
    func hasDefinitionsInMemory(of blob: ObjectID) -> Bool {
        summaries[blob] != nil || definitions[blob] != nil
    }

    /// Makes the declarations of `blobs` known, parsing on every core the ones no run has parsed. A
    /// lookup that will read the declarations of several files calls this first.
    func loadDefinitions(of blobs: [ObjectID]) {
        var unknown: [ObjectID] = []
        for blob in blobs where summaries[blob] == nil && definitions[blob] == nil {
            if let cached = summaryCache.definitions(of: blob)?.asLoadedSource { definitions[blob] = cached } else { unknown.append(blob) }
        }
        if unknown.count > 1 { load(unknown, definitionsOnly: true) }
    }

    /// Makes the summaries of `blobs` known, parsing the ones no run has parsed on every core. A caller
    /// that will ask for many summaries calls this first: parsing is most of a cold run.
    /// With `definitionsOnly`, only their declarations are kept in memory (the cache gets them whole).
    func load(_ blobs: [ObjectID], definitionsOnly: Bool = false) {
        var missing: [ObjectID] = []
        var listed: Set<ObjectID> = []
        for blob in blobs where knownSummary(of: blob) == nil && listed.insert(blob).inserted { missing.append(blob) }
        let parsed = ParallelMap.run(missing, objects: objects, workerHandles: workerHandles) { blob, objects in SourceReader.readNotingFailure(blob, in: objects, language: .swift) }
        for (blob, result) in zip(missing, parsed) { keep(result, of: blob, definitionsOnly: definitionsOnly) }
    }

    /// The summaries of the files searched for callers, in order. One an earlier run cached is read
    /// with only its calls whose callee's last name component is in `calleeNames` decoded (see
    /// `SummaryCache.summary(of:keepingCallsWhere:)`): decoding every call of hundreds of files was
    /// most of a warm search. Those no run has parsed are parsed whole, on every core. Only the calls
    /// and the imports of these summaries are to be read: from the cache, nothing else is decoded.
    func callerSummaries(of blobs: [ObjectID], calleeNames: Set<String>) -> [LoadedSource] {
        let keep: (String) -> Bool = { calleeNames.contains(String($0.lastDottedComponent)) }
        let cached = blobs.map { summaries[$0] ?? summaryCache.summary(of: $0, keepingCallsWhere: keep)?.asLoadedSource }
        load(blobs.indices.filter { cached[$0] == nil }.map { blobs[$0] })
        return blobs.indices.map { cached[$0] ?? summary(of: blobs[$0]) }
    }

    private func knownSummary(of blob: ObjectID) -> LoadedSource? {
        if let known = summaries[blob] { return known }
        guard let cached = summaryCache.summary(of: blob) else { return nil }
        summaries[blob] = cached
        return cached
    }

    /// Keeps what parsing a blob gave (without calls if `definitionsOnly`; a skipped file as it is)
    /// and returns what was kept.
    @discardableResult
    private func keep(_ parsed: (loaded: LoadedSource, readable: Bool), of blob: ObjectID, definitionsOnly: Bool = false) -> LoadedSource {
        parsedCount += 1
        // A blob that could not be read may read next time: only what its bytes gave is remembered.
        if parsed.readable { summaryCache.record(parsed.loaded, for: blob) }
        if definitionsOnly, case var .summary(summary) = parsed.loaded {
            summary.calls = []
            definitions[blob] = .summary(summary)
            return .summary(summary)
        }
        summaries[blob] = parsed.loaded
        return parsed.loaded
    }
}
