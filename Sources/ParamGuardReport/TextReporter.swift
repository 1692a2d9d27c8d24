import ParamGuardModel

/// Compiler-style output: `path:line:col: error: …`, the source line with a caret under the stale
/// keyword, a note at the definition, and the fix.
public enum TextReporter {
    public static func render(_ report: CheckReport, subject: String) -> String {
        var out = ""
        let safe = TerminalText.escaped
        var printedInFile: [String: Int] = [:]
        for finding in report.findings {
            // A file with hundreds of stale calls (a generated one) gets its first ones printed, and a count.
            let printed = printedInFile[finding.path, default: 0]
            printedInFile[finding.path] = printed + 1
            if printed == maximumPerFile {
                let rest = report.findings.filter { $0.path == finding.path }.count - maximumPerFile
                out += "\(shown(finding.path)): note: \(rest) more finding\(rest == 1 ? "" : "s") in this file (`--format json` lists them all)\n"
            }
            if printed >= maximumPerFile { continue }
            let ref = finding.ref.map { "\(safe($0)): " } ?? ""
            if let record = finding.acceptedBy {
                // Accepted: one line, so that what a record let through is seen, without the detail
                // of an error to fix.
                out += "\(ref)\(shown(finding.path)):\(finding.location.line):\(finding.location.column): note: \(safe(finding.message)); "
                    + "accepted by the migration record at \(shown(record.path)):\(record.line) [\(finding.kind.rawValue)]\n"
                continue
            }
            let severity = finding.alreadyBroken ? "warning" : "error"
            let note = finding.alreadyBroken ? " (already broken before this change)" : ""
            out += "\(ref)\(shown(finding.path)):\(finding.location.line):\(finding.location.column): \(severity): \(safe(finding.message))\(note) [\(finding.kind.rawValue)]\n"
            if let line = finding.sourceLine {
                out += "    \(safe(line))\n"
                let width = Rule.of(finding.kind).pointsAtCallee ? finding.callee.count : finding.oldLabel.count
                out += "    \(caretPadding(line, byteColumn: finding.location.column - finding.sourceLineOffset))^\(String(repeating: "~", count: max(width - 1, 0)))\n"
            }
            let definition = finding.definition
            let rule = Rule.of(finding.kind)
            // A definition outside the tree has no place of its own: its note stands at the call.
            let notePlace = definition.isOutsideTree
                ? "\(shown(finding.path)):\(finding.location.line)" : "\(shown(definition.path)):\(definition.line)"
            out += "\(notePlace): note: \(safe(rule.definitionNote(finding)))\n"
            out += "    fix: \(safe(rule.fix(finding)))\n"
        }
        for file in report.skipped {
            out += "\(shown(file.path)): warning: not checked: \(safe(file.reason))\n"
        }
        for warning in report.warnings {
            out += "\(shown(warning.path))\(warning.line > 0 ? ":\(warning.line)" : ""): warning: \(safe(warning.message))\n"
        }
        return out + summary(report, subject: subject)
    }

    /// The lines after the findings: what records accepted, what was already broken, how many calls
    /// block and in which refs, what that means when the code runs, and how to declare an intended
    /// change. Shared with the GitHub format, which prints findings as annotations.
    public static func summary(_ report: CheckReport, subject: String) -> String {
        var out = ""
        let safe = TerminalText.escaped
        let accepted = report.accepted
        if !accepted.isEmpty {
            var records: [AcceptingRecord] = []
            for record in accepted.compactMap(\.acceptedBy) where !records.contains(record) { records.append(record) }
            let declared = records.map { "\(shown($0.path)):\($0.line) (\(safe($0.reason)))" }.joined(separator: "; ")
            out += "paramguard: \(accepted.count) call\(accepted.count == 1 ? "" : "s") still on the old labels \(accepted.count == 1 ? "is" : "are") "
                + "accepted by the migration record\(records.count == 1 ? "" : "s") this change adds: \(declared).\n"
        }
        let warnings = report.findings.filter(\.alreadyBroken).count
        if warnings > 0 {
            out += "paramguard: \(warnings) call\(warnings == 1 ? "" : "s") the change edited \(warnings == 1 ? "was" : "were") already broken before it (warnings; they do not block).\n"
        }
        let count = report.blocking.count
        if count > 0 {
            let files = Set(report.blocking.map(\.path)).count
            let inFiles = "in \(files) file\(files == 1 ? "" : "s")"
            if report.blocking.allSatisfy({ $0.kind != .deletedCallable }) {
                out += "paramguard: \(count) call\(count == 1 ? "" : "s") \(inFiles) no longer match\(count == 1 ? "es" : "") the callee's parameters after \(subject).\n"
            } else {
                out += "paramguard: \(count) use\(count == 1 ? "" : "s") \(inFiles) no longer match\(count == 1 ? "es" : "") what \(count == 1 ? "it uses" : "they use") after \(subject): a call's parameters, or a function or class the change deleted.\n"
            }
            var refs: [String] = []
            for ref in report.blocking.compactMap(\.ref) where !refs.contains(ref) { refs.append(ref) }
            if !refs.isEmpty { out += "paramguard: refs with calls that no longer match: \(refs.map(safe).joined(separator: ", ")).\n" }
            // What the findings mean when the code runs (or builds), once each: Python's first, in the
            // order of the rules.
            var consequences: [String] = []
            for language in [SourceLanguage.python, .swift] {
                for rule in Rule.all where report.findings.contains(where: { $0.kind == rule.kind && $0.language == language }) {
                    let consequence = rule.consequence(language)
                    if !consequences.contains(consequence) { consequences.append(consequence) }
                }
            }
            for consequence in consequences { out += consequence + "\n" }
            out += migrationHint(for: report.blocking)
        }
        return out
    }

    /// How to declare the blocking findings' changes intended, with the records to add; empty when no
    /// finding comes from a change of a definition in the tree.
    static func migrationHint(for blocking: [Finding]) -> String {
        let records = MigrationRecord.declaring(blocking, reason: MigrationRecord.placeholderReason)
        guard !records.isEmpty else { return "" }
        var out = "If the change is intended and these calls may stay as they are (code that is not run, or soon deleted), "
            + "declare it in \(MigrationRecord.file) in the same change, with the reason; a record accepts only the findings "
            + "of the change that adds it:\n"
        for (number, record) in records.prefix(maximumSuggestedRecords).enumerated() {
            if number > 0 { out += "\n" }
            out += record.tomlText.split(separator: "\n").map { "    " + TerminalText.escaped(String($0)) + "\n" }.joined()
        }
        if records.count > maximumSuggestedRecords {
            let rest = records.count - maximumSuggestedRecords
            out += "    # and \(rest) more definition\(rest == 1 ? "" : "s"), a record each\n"
        }
        return out
    }

    /// A path as the report prints it: one git quotes (not UTF-8, or holding `\` or `"`; see `GitPath`)
    /// between double quotes, as git prints it; any other escaped for the terminal.
    static func shown(_ path: String) -> String {
        GitPath.isQuoted(path) ? "\"" + path + "\"" : TerminalText.escaped(path)
    }

    /// Records a rejection suggests in full; the rest are counted.
    static let maximumSuggestedRecords = 3

    /// Findings printed per file; the rest are counted.
    public static let maximumPerFile = 50

    /// White space that puts a caret under the byte column `byteColumn` (1-based) of `line`,
    /// keeping tabs so the caret lines up however the terminal expands them.
    static func caretPadding(_ line: String, byteColumn: Int) -> String {
        let prefix = line.utf8.prefix(max(byteColumn - 1, 0))
        // As wide as the prefix is printed: escaped, like the line above it.
        return TerminalText.escaped(String(decoding: prefix, as: UTF8.self)).map { $0 == "\t" ? "\t" : " " }.joined()
    }
}
