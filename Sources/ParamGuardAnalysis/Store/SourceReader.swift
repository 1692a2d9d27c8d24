import ParamGuardGit
import ParamGuardModel
import ParamGuardPython
import ParamGuardSwift

/// What reading one blob gave: its summary, or why it was passed over.
enum LoadedSource: Sendable {
    case summary(FileSummary)
    case skipped(reason: String)
}

/// Reads one blob and summarizes it, in either language.
///
/// Files that cannot be analyzed are skipped, never guessed at: larger than `maximumSize`, containing
/// NUL bytes (binary), not UTF-8 (for Python: without a PEP 263 coding declaration), or not parsing.
/// A skip fails open (it blocks nothing) and is always reported.
public enum SourceReader {
    /// Set once, before any check starts, from `paramguard.maxFileSize` (`CheckExecution`).
    nonisolated(unsafe) public static var maximumSize = defaultMaximumSize
    public static let defaultMaximumSize = 4 << 20
    private static let lfsPointerStart = Array("version https://git-lfs.github.com/spec/".utf8)

    /// Why a file over `maximumSize` is skipped; a blob is measured from its header before it is read.
    static var tooLarge: LoadedSource {
        .skipped(reason: "larger than \(ByteCountText.describe(maximumSize)) (paramguard.maxFileSize)")
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

    /// The checks every blob passes before the skimmer sees it.
    static func summarize(_ bytes: [UInt8], language: SourceLanguage = .python) -> LoadedSource {
        if bytes.count > maximumSize { return tooLarge }
        // A Git LFS pointer stands for a file kept outside the repository: its calls cannot be read.
        if bytes.starts(with: lfsPointerStart) {
            return .skipped(reason: "a Git LFS pointer (the file's content is not in the repository)")
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
