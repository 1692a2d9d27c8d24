import Foundation
import ParamGuardGit
import ParamGuardModel

/// Everything paramguard remembers between runs, by blob id, under `<git common dir>/paramguard/`
/// (shared by a repository's worktrees). None of it is required: a missing, damaged or older cache only
/// makes a run slower, and where the git directory cannot be written the caches live in memory.
public struct Caches {
    /// Which keywords each Python blob may pass.
    public let pythonLabels: LabelCache
    /// Which identifiers each Swift blob holds, and which names it can declare.
    public let swiftIdentifiers: LabelCache
    /// Which identifiers each Python blob holds, for the blobs a search for a callable's name has read.
    public let pythonIdentifiers: LabelCache
    /// Parsed summaries of the Python and Swift blobs runs have read.
    public let pythonSummaries: SummaryCache
    public let swiftSummaries: SummaryCache
    /// The targets of the `Package.swift` blobs runs have parsed.
    public let swiftManifests: ManifestCache

    /// Caches for one check, in memory unless given.
    public init(
        pythonLabels: LabelCache = LabelCache(), swiftIdentifiers: LabelCache = LabelCache(contents: .swiftIdentifiers),
        pythonIdentifiers: LabelCache = LabelCache(contents: .pythonIdentifiers),
        pythonSummaries: SummaryCache = SummaryCache(language: .python),
        swiftSummaries: SummaryCache = SummaryCache(language: .swift), swiftManifests: ManifestCache = ManifestCache()
    ) {
        self.pythonLabels = pythonLabels
        self.swiftIdentifiers = swiftIdentifiers
        self.pythonIdentifiers = pythonIdentifiers
        self.pythonSummaries = pythonSummaries
        self.swiftSummaries = swiftSummaries
        self.swiftManifests = swiftManifests
    }

    /// A repository's caches, read from disk when first needed.
    public init(repository: Repository) {
        self.init(
            pythonLabels: LabelCache(repository: repository), swiftIdentifiers: LabelCache(repository: repository, contents: .swiftIdentifiers),
            pythonIdentifiers: LabelCache(repository: repository, contents: .pythonIdentifiers),
            pythonSummaries: SummaryCache(repository: repository, language: .python),
            swiftSummaries: SummaryCache(repository: repository, language: .swift),
            swiftManifests: ManifestCache(repository: repository))
    }

    /// Writes back what this run added. Failures are ignored: a cache is an optimisation.
    public func save() {
        pythonLabels.save()
        swiftIdentifiers.save()
        pythonIdentifiers.save()
        pythonSummaries.save()
        swiftSummaries.save()
        swiftManifests.save()
    }

    static func directory(of repository: Repository) -> URL {
        URL(fileURLWithPath: repository.commonDirectory).appendingPathComponent("paramguard")
    }

    /// Deletes a repository's caches; true if there was one.
    public static func clear(repository: Repository) throws -> Bool {
        let directory = directory(of: repository)
        guard FileManager.default.fileExists(atPath: directory.path) else { return false }
        try FileManager.default.removeItem(at: directory)
        return true
    }
}
