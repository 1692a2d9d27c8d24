import ParamGuardGit

/// The text of lines of the files after the change, for findings' excerpts and suppression comments.
/// Findings come grouped by file, so the last file read is kept: reading its blob again for every
/// finding was most of the cost of reporting 300 findings.
final class FindingLines {
    private let objects: any ObjectStore
    private let files: FileTree
    private var last: (blob: ObjectID, bytes: [UInt8])?
    private var lastLine: (blob: ObjectID, number: Int, text: String)?

    init(objects: any ObjectStore, files: FileTree) {
        self.objects = objects
        self.files = files
    }

    /// The bytes of the file at `path`, nil when it cannot be read.
    func bytes(of path: String) -> [UInt8]? {
        guard let blob = files[path] else { return nil }
        if last?.blob != blob {
            guard let bytes = try? objects.blobContent(blob) else { return nil }
            last = (blob, bytes)
        }
        return last!.bytes
    }

    /// Line `number` (1-based) of the file at `path`, nil when it cannot be read.
    func line(_ number: Int, of path: String) -> String? {
        guard let blob = files[path] else { return nil }
        // Many findings on one (long) line make one string of it, not one each.
        if let known = lastLine, known.blob == blob, known.number == number { return known.text }
        guard let bytes = bytes(of: path) else { return nil }
        let text = SourceText.line(number, of: bytes)
        lastLine = text.map { (blob, number, $0) }
        return text
    }
}
