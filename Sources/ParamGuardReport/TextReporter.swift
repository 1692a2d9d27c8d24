import ParamGuardModel

/// Compiler-style output: `path:line:col: error: …`, the source line with a caret under the stale
/// keyword, a note at the definition, and the fix.
public enum TextReporter {
    public static func render(_ report: CheckReport, subject: String) -> String {
        var out = ""
        for finding in report.findings {
            out += "\(finding.path):\(finding.location.line):\(finding.location.column): error: \(finding.message) [\(finding.kind.rawValue)]\n"
            if let line = finding.sourceLine {
                out += "    \(line)\n"
                let width = finding.kind == .missingArgument ? finding.callee.count : finding.oldLabel.count
                out += "    \(caretPadding(line, byteColumn: finding.location.column))^\(String(repeating: "~", count: max(width - 1, 0)))\n"
            }
            let definition = finding.definition
            out += "\(definition.path):\(definition.line): note: '\(definition.name)' is defined here\n"
            if finding.kind == .missingArgument {
                out += "    fix: pass '\(finding.oldLabel)=...', or give the parameter a default in the definition\n"
            } else if let newLabel = finding.newLabel {
                out += "    fix: pass '\(newLabel)=' instead of '\(finding.oldLabel)='\n"
            } else {
                out += "    fix: drop the '\(finding.oldLabel)=' argument, or keep accepting it in the definition\n"
            }
        }
        for file in report.skipped {
            out += "\(file.path): warning: not checked: \(file.reason)\n"
        }
        let count = report.findings.count
        if count > 0 {
            let files = Set(report.findings.map(\.path)).count
            out += "paramguard: \(count) call\(count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") no longer match\(count == 1 ? "es" : "") the callee's parameters after \(subject) (a TypeError at run time, or for a pydantic model a value silently dropped).\n"
            out += "Update the callers, or keep the definition compatible: keep the old parameter or its default, or take **kwargs and read it.\n"
        }
        return out
    }

    /// White space that puts a caret under the byte column `byteColumn` (1-based) of `line`,
    /// keeping tabs so the caret lines up however the terminal expands them.
    static func caretPadding(_ line: String, byteColumn: Int) -> String {
        let prefix = line.utf8.prefix(max(byteColumn - 1, 0))
        return String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
    }
}
