import ParamGuardGit
import ParamGuardModel

/// The Python files of a check, as summaries: each blob read and parsed once, from the summary cache
/// when an earlier run parsed it; and the searches for callers, behind the label and identifier caches
/// and the byte prefilters that spare most blobs a parse.
final class PythonSourceStore {
    let objects: any ObjectStore
    /// Summaries earlier runs parsed (and this one adds to).
    let summaryCache: SummaryCache
    /// What other files need of a module, by blob: its definitions and module-level names (calls and
    /// function bodies' bindings dropped). Kept for the whole check; a full summary is about ten times larger.
    private var definitionsCache: [ObjectID: LoadedSource] = [:]
    /// Which keyword labels each blob holds, and which identifiers: what lets a search pass a blob over unread.
    let labelCache: LabelCache
    let identifierCache: LabelCache
    private(set) var parsedCount = 0

    init(objects: any ObjectStore, caches: Caches) {
        self.objects = objects
        summaryCache = caches.pythonSummaries
        labelCache = caches.pythonLabels
        identifierCache = caches.pythonIdentifiers
    }

    /// The full summary of a blob, calls included, for a file whose calls are being checked. Not kept
    /// (each file's calls are checked once); its definitions are kept for the resolver.
    func load(_ blob: ObjectID) -> LoadedSource {
        let loaded: LoadedSource
        if let cached = summaryCache.summary(of: blob) {
            loaded = cached
        } else {
            do {
                loaded = SourceReader.summarize(try objects.blobContent(blob))
                summaryCache.record(loaded, for: blob)
            } catch {
                loaded = .skipped(reason: "cannot be read: \(error)")
            }
            parsedCount += 1
        }
        keepDefinitions(of: loaded, blob: blob)
        return loaded
    }

    /// Takes a summary parsed elsewhere from a blob's bytes (on another thread): caches it, counts the
    /// parse and keeps its definitions; returns it.
    func keepParsed(_ loaded: LoadedSource, of blob: ObjectID) -> LoadedSource {
        summaryCache.record(loaded, for: blob)
        parsedCount += 1
        keepDefinitions(of: loaded, blob: blob)
        return loaded
    }

    /// Keeps what other files can see of a blob of the tree being checked, for the resolver.
    func keepDefinitions(of loaded: LoadedSource, blob: ObjectID) {
        if definitionsCache[blob] == nil { definitionsCache[blob] = loaded.definitionsOnly }
    }

    /// The summaries of the changed files' versions, in order: those an earlier run (or this one)
    /// parsed cleanly come from the summary cache, the others are parsed on every core, and cached if
    /// `caching` (a hook run again on the same change then parses none of them; a range of a thousand
    /// changed files would hold them all in memory until the end).
    func changedVersions(_ blobs: [ObjectID], caching: Bool) -> [LoadedSource] {
        var found: [LoadedSource?] = blobs.map { blob in
            guard case let .summary(summary)? = summaryCache.summary(of: blob) else { return nil }
            return .summary(summary)
        }
        let missing = found.indices.filter { found[$0] == nil }
        let parsed = ParallelMap.run(missing.map { blobs[$0] }, objects: objects) { blob, objects in
            SourceReader.readNotingFailure(blob, in: objects, language: .python)
        }
        for (position, result) in zip(missing, parsed) {
            parsedCount += 1
            if caching && result.readable { summaryCache.record(result.loaded, for: blobs[position]) }
            found[position] = result.loaded
        }
        return found.map { $0! }
    }

    /// A module's definitions and module-level names, for resolving calls in other files.
    func definitions(_ blob: ObjectID) -> LoadedSource {
        if let cached = definitionsCache[blob] { return cached }
        // A cached summary is read without its calls.
        if let cached = summaryCache.definitions(of: blob)?.asLoadedSource.definitionsOnly {
            definitionsCache[blob] = cached
            return cached
        }
        return load(blob).definitionsOnly
    }

    // MARK: - Searches for callers

    /// Calls `body` with each file of `tree`, in path order, that may pass one of `labels` as a
    /// keyword, and its summary (or why it was skipped). A blob whose remembered labels lack them all
    /// is passed over unread; one a run has parsed before is given from its cached summary, with only
    /// its calls that pass one of `labels` decoded; the others are read, their labels remembered, and
    /// parsed only if the byte prefilter finds one of `labels` followed by `=`.
    func forEachFile(mayPassingAnyOf labels: Set<String>, in tree: FileTree, _ body: (String, LoadedSource) -> Void) {
        let prefilter = LabelPrefilter(labels: labels)
        guard !prefilter.isEmpty else { return }
        let wanted = labels.map(KeywordLabelScan.hash)
        let scanned = scanUnknownBlobs(of: tree, with: prefilter)
        for (path, blob) in tree.entries {
            if case .passedOver? = scanned[blob] { continue }
            let known = labelCache.labels(of: blob)
            if let known, !wanted.contains(where: { known.sortedContains($0) }) { continue }
            if known != nil, case let .partial(partial)? = summaryCache.summary(of: blob, callsPassingAnyOf: labels) {
                body(path, .summary(partial.summary))
            } else if case let .parsed(parsed)? = scanned[blob] {
                // The scan's byte search matched it, and the scan parsed it then, from the bytes it had.
                body(path, keepParsed(parsed, of: blob))
            } else {
                let bytes: [UInt8]
                do {
                    bytes = try objects.blobContent(blob)
                } catch {
                    body(path, .skipped(reason: "cannot be read: \(error)"))
                    continue
                }
                if known == nil { labelCache.record(KeywordLabelScan.labelHashes(in: bytes), for: blob) }
                guard prefilter.mayContainKeyword(in: bytes) else { continue }
                body(path, load(blob))
            }
        }
    }

    /// What the cold scan did with one blob: passed it over (the byte search found no removed keyword
    /// followed by `=`), or parsed it (it found one).
    enum ScanOutcome: Sendable {
        case passedOver
        case parsed(LoadedSource)
    }

    /// Reads the blobs of the tree that no run has scanned for keyword labels, on every core (inflating
    /// every blob is most of a cold run), and records their labels; those the prefilter's byte search
    /// matches are parsed there and then, from the bytes in hand.
    private func scanUnknownBlobs(of tree: FileTree, with prefilter: LabelPrefilter) -> [ObjectID: ScanOutcome] {
        // In path order, each blob once: neighbouring paths are often stored as deltas of one another.
        var listed: Set<ObjectID> = []
        let unknown = tree.ids.filter { labelCache.labels(of: $0) == nil && listed.insert($0).inserted }
        let scanned = labelCache.scanAndRecord(unknown, objects: objects, workerHandles: WorkerHandles(objects)) { bytes in
            (KeywordLabelScan.labelHashes(in: bytes),
             prefilter.mayContainKeyword(in: bytes) ? ScanOutcome.parsed(SourceReader.summarize(Array(bytes))) : .passedOver)
        }
        var outcomes: [ObjectID: ScanOutcome] = [:]
        for (blob, outcome) in zip(unknown, scanned) { outcomes[blob] = outcome }
        return outcomes
    }

    /// The blobs of the tree that hold one of `names` as an identifier. A blob an earlier search read
    /// is answered from the identifier cache; the others are read and scanned on every core, and their
    /// identifiers recorded. A blob that cannot be read is passed over.
    func blobsMentioning(anyOf names: Set<String>, in tree: FileTree) -> Set<ObjectID> {
        let hashes = names.map(IdentifierScan.hash)
        var found: Set<ObjectID> = []
        var unknown: [ObjectID] = []
        var listed: Set<ObjectID> = []
        for blob in tree.ids where listed.insert(blob).inserted {
            if let known = identifierCache.labels(of: blob) {
                if hashes.contains(where: known.sortedContains) { found.insert(blob) }
            } else {
                unknown.append(blob)
            }
        }
        let scanned = identifierCache.scanAndRecord(unknown, objects: objects, workerHandles: WorkerHandles(objects)) { bytes in
            let identifiers = Array(IdentifierScan.index(of: bytes).identifiers)
            return (identifiers, hashes.contains(where: identifiers.sortedContains))
        }
        for (blob, mentions) in zip(unknown, scanned) where mentions == true { found.insert(blob) }
        return found
    }
}
