import ParamGuardGit
import ParamGuardModel
import ParamGuardPython

/// What reading one blob gave: its summary, or why it was passed over.
enum LoadedSource {
    case summary(FileSummary)
    case skipped(reason: String)
}

/// Reads blobs through the repository and summarizes them, once per blob id.
///
/// Files that cannot be analyzed are skipped, never guessed at: larger than `maximumSize`, containing
/// NUL bytes (binary), not UTF-8 without a PEP 263 coding declaration, or not parsing as Python.
/// A skip fails open (it blocks nothing) and is always reported.
final class SourceReader {
    static let maximumSize = 4 << 20

    let repository: Repository
    private var cache: [ObjectID: LoadedSource] = [:]
    private(set) var parsedCount = 0

    init(repository: Repository) {
        self.repository = repository
    }

    func bytes(of blob: ObjectID) throws -> [UInt8] {
        try repository.blobContent(blob)
    }

    /// The summary of a blob of the tree after the change, kept for the rest of the check: the
    /// resolver comes back to the same modules again and again.
    func load(_ blob: ObjectID) -> LoadedSource {
        if let cached = cache[blob] { return cached }
        let loaded = loadOnce(blob)
        cache[blob] = loaded
        return loaded
    }

    /// The summary of a blob needed once (an old version, only compared with its new one): not kept,
    /// so that a long range does not hold two summaries of every file it touches.
    func loadOnce(_ blob: ObjectID) -> LoadedSource {
        if let cached = cache[blob] { return cached }
        let loaded: LoadedSource
        do {
            loaded = SourceReader.summarize(try bytes(of: blob))
        } catch {
            loaded = .skipped(reason: "cannot be read: \(error)")
        }
        if case .summary = loaded { parsedCount += 1 }
        return loaded
    }

    /// The checks every blob passes before the skimmer sees it.
    static func summarize(_ bytes: [UInt8]) -> LoadedSource {
        if bytes.count > maximumSize {
            return .skipped(reason: "larger than \(maximumSize >> 20) MiB")
        }
        if bytes.contains(0) {
            return .skipped(reason: "binary content (NUL bytes)")
        }
        if String(validating: bytes, as: UTF8.self) == nil && !declaresEncoding(bytes) {
            return .skipped(reason: "not valid UTF-8 and no coding declaration")
        }
        let summary = PythonSkimmer.summarize(bytes)
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
