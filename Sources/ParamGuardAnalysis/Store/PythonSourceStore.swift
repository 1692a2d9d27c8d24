import ParamGuardGit
import ParamGuardModel
import ParamGuardPython
import ParamGuardSwift

/// What reading one blob gave: its summary, or why it was passed over.
enum LoadedSource: Sendable {
    case summary(FileSummary)
    case skipped(reason: String)
}

/// Reads blobs from the object store and summarizes them, once per blob id.
///
/// Files that cannot be analyzed are skipped, never guessed at: larger than `maximumSize`, containing
/// NUL bytes (binary), not UTF-8 (for Python: without a PEP 263 coding declaration), or not parsing.
/// A skip fails open (it blocks nothing) and is always reported.
public final class SourceReader {
    /// Set once, before any check starts, from `paramguard.maxFileSize` (`CheckExecution`).
    nonisolated(unsafe) public static var maximumSize = defaultMaximumSize
    public static let defaultMaximumSize = 4 << 20
    private static let lfsPointerStart = Array("version https://git-lfs.github.com/spec/".utf8)

    /// Why a file over `maximumSize` is skipped; a blob is measured from its header before it is read.
    static var tooLarge: LoadedSource {
        .skipped(reason: "larger than \(ByteCountText.describe(maximumSize)) (paramguard.maxFileSize)")
    }

    let objects: any ObjectStore
    /// Summaries earlier runs parsed (and this one adds to).
    let summaryCache: SummaryCache
    /// What other files need of a module, by blob: its definitions and module-level names (calls and
    /// function bodies' bindings dropped). Kept for the whole check; a full summary is about ten times larger.
    private var definitionsCache: [ObjectID: LoadedSource] = [:]
    private(set) var parsedCount = 0

    init(objects: any ObjectStore, summaryCache: SummaryCache = SummaryCache(language: .python)) {
        self.objects = objects
        self.summaryCache = summaryCache
    }

    func bytes(of blob: ObjectID) throws -> [UInt8] {
        try objects.blobContent(blob)
    }

    /// The full summary of a blob, calls included, for a file whose calls are being checked. Not kept
    /// (each file's calls are checked once); its definitions are kept for the resolver.
    func load(_ blob: ObjectID) -> LoadedSource {
        let loaded: LoadedSource
        if let cached = summaryCache.summary(of: blob) {
            loaded = cached
        } else {
            do {
                loaded = SourceReader.summarize(try bytes(of: blob))
                summaryCache.record(loaded, for: blob)
            } catch {
                loaded = .skipped(reason: "cannot be read: \(error)")
            }
            parsedCount += 1
        }
        keepDefinitions(of: loaded, blob: blob)
        return loaded
    }

    /// The summary an earlier run parsed of a blob, with only its calls that pass one of `keywords`,
    /// if it parsed cleanly (a skipped file is read again, so that what is said about it does not
    /// depend on the cache).
    func cachedSummary(of blob: ObjectID, callsPassingAnyOf keywords: Set<String>) -> FileSummary? {
        guard case let .summary(summary)? = summaryCache.summary(of: blob, callsPassingAnyOf: keywords) else { return nil }
        return summary
    }

    /// Reads and summarizes a blob through `objects` (callable from any thread with its own handle),
    /// and says whether the blob could be read: a failure to read may pass, so what it gave is not one
    /// to cache.
    static func readNotingFailure(
        _ blob: ObjectID, in objects: any ObjectStore, language: SourceLanguage
    ) -> (loaded: LoadedSource, readable: Bool) {
        do {
            // Not cached: a file skipped for its size is read again once the limit allows it.
            if try objects.blobSize(blob) > maximumSize { return (tooLarge, false) }
            return (summarize(try objects.blobContent(blob), language: language), true)
        } catch {
            return (.skipped(reason: "cannot be read: \(error)"), false)
        }
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
        if let cached = summaryCache.definitions(of: blob)?.definitionsOnly {
            definitionsCache[blob] = cached
            return cached
        }
        return load(blob).definitionsOnly
    }

    /// The checks every blob passes before the skimmer sees it.
    static func summarize(_ bytes: [UInt8], language: SourceLanguage = .python) -> LoadedSource {
        if bytes.count > maximumSize { return tooLarge }
        // A Git LFS pointer stands for a file kept outside the objects: its calls cannot be read.
        if bytes.starts(with: lfsPointerStart) {
            return .skipped(reason: "a Git LFS pointer (the file's content is not in the objects)")
        }
        if bytes.contains(0) {
            return .skipped(reason: "binary content (NUL bytes)")
        }
        if String(validating: bytes, as: UTF8.self) == nil && (language == .swift || !declaresEncoding(bytes)) {
            return .skipped(reason: language == .swift ? "not valid UTF-8" : "not valid UTF-8 and no coding declaration")
        }
        let summary = language == .swift ? SwiftSummarizer.summarize(bytes) : PythonSkimmer.summarize(bytes)
        if let problem = summary.syntaxProblem {
            return .skipped(reason: "syntax error at \(problem.location.line):\(problem.location.column): \(problem.message)")
        }
        return .summary(summary)
    }

    /// PEP 263: `coding[:=]` in a comment on one of the first two lines.
    private static func declaresEncoding(_ bytes: [UInt8]) -> Bool {
        var lines = 0
        var end = 0
        while end < bytes.count && lines < 2 {
            if bytes[end] == UInt8(ascii: "\n") { lines += 1 }
            end += 1
        }
        let head = String(decoding: bytes[0..<end], as: UTF8.self)
        return head.split(separator: "\n").contains { line in
            line.trimmingPrefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }).hasPrefix("#")
                && (line.contains("coding:") || line.contains("coding="))
        }
    }
}

extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        drop(while: predicate)
    }
}

extension LoadedSource {
    /// What other files can see of a module: no calls, and no bindings inside functions. A class
    /// body's assignments are kept: `add = other` there hides the `add` a base class declares.
    var definitionsOnly: LoadedSource {
        guard case var .summary(summary) = self else { return self }
        summary.calls = []
        summary.imports.removeAll { !$0.scope.isEmpty }
        let classes = Set(summary.classes.map(\.name))
        summary.assignments.removeAll { !$0.scope.isEmpty && !classes.contains($0.scope) }
        return .summary(summary)
    }
}
