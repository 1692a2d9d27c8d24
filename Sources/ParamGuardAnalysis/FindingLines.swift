import ParamGuardGit

/// The text of lines of the files after the change, for findings' excerpts and suppression comments.
/// Findings come grouped by file, so the last file read is kept: reading its blob again for every
/// finding was most of the cost of reporting 300 findings.
final class FindingLines {
    private let repository: Repository
    private let files: FileTree
    private var last: (blob: ObjectID, bytes: [UInt8])?

    init(repository: Repository, files: FileTree) {
        self.repository = repository
        self.files = files
    }

    /// Line `number` (1-based) of the file at `path`, nil when it cannot be read.
    func line(_ number: Int, of path: String) -> String? {
        guard let blob = files[path] else { return nil }
        if last?.blob != blob {
            guard let bytes = try? repository.blobContent(blob) else { return nil }
            last = (blob, bytes)
        }
        return SourceText.line(number, of: last!.bytes)
    }
}
