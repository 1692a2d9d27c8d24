import ParamGuardModel

/// Rewrites stale keywords and labels to the names their definitions now use, in one file's bytes.
///
/// Only what is certain is rewritten: a `renamed-parameter` finding, whose new name the change itself
/// gave (not a suggestion of the closest keyword, which is a guess), and only where the file still
/// holds the old label at the finding's place, followed by what makes it a keyword (`=` in Python,
/// `:` in Swift). A Swift label renamed to none (`_`) is left to a person: dropping it is an edit of
/// the call's shape, not a rename. Everything else is left alone, and said why.
public enum CallFixer {
    public struct Outcome {
        /// The file with the fixes made.
        public var bytes: [UInt8]
        public var fixed: [Finding] = []
        /// Findings in the file that were not fixed, with why.
        public var left: [(finding: Finding, reason: String)] = []
    }

    /// Whether `fix` rewrites a finding of this kind (it may still find the text changed).
    public static func rewrites(_ finding: Finding) -> Bool {
        finding.kind == .renamedParameter && finding.newLabel != nil && finding.acceptedBy == nil && !finding.alreadyBroken
    }

    /// Applies the fixes of `findings` (all in one file) to `bytes`, the file as the check read it.
    public static func apply(_ findings: [Finding], to bytes: [UInt8]) -> Outcome {
        var outcome = Outcome(bytes: bytes)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        // From the end of the file back, so that each edit leaves the offsets of those before it alone.
        let ordered = findings.sorted { ($0.location.line, $0.location.column) > ($1.location.line, $1.location.column) }
        for finding in ordered {
            guard rewrites(finding), let newLabel = finding.newLabel else {
                outcome.left.append((finding, reason(notRewriting: finding)))
                continue
            }
            let line = finding.location.line
            guard line >= 1, line <= lineStarts.count else {
                outcome.left.append((finding, "the file has no line \(line)"))
                continue
            }
            let start = lineStarts[line - 1] + finding.location.column - 1
            let old = Array(finding.oldLabel.utf8)
            guard start >= 0, start + old.count <= outcome.bytes.count, Array(outcome.bytes[start..<(start + old.count)]) == old,
                  isKeyword(at: start + old.count, in: outcome.bytes, language: finding.language)
            else {
                outcome.left.append((finding, "the text at \(line):\(finding.location.column) is not '\(finding.written(finding.oldLabel))'"))
                continue
            }
            outcome.bytes.replaceSubrange(start..<(start + old.count), with: Array(newLabel.utf8))
            outcome.fixed.append(finding)
        }
        outcome.fixed.reverse()
        outcome.left.reverse()
        return outcome
    }

    /// Whether the label ending at `end` is written as a keyword: followed, after blanks, by `=` (not
    /// `==`) in Python, by `:` in Swift; and not the tail of a longer name.
    static func isKeyword(at end: Int, in bytes: [UInt8], language: SourceLanguage) -> Bool {
        var index = end
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard index < bytes.count else { return false }
        switch language {
        case .python:
            return bytes[index] == UInt8(ascii: "=") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "="))
        case .swift:
            return bytes[index] == UInt8(ascii: ":")
        }
    }

    static func reason(notRewriting finding: Finding) -> String {
        if finding.acceptedBy != nil { return "a migration record accepts it" }
        if finding.kind == .renamedParameter { return "the label was dropped (now '_'): remove it by hand" }
        return "\(finding.kind.rawValue) is not a rename: \(Rule.of(finding.kind).fix(finding))"
    }
}
