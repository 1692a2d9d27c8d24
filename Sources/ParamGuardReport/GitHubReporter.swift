import ParamGuardModel

/// The `--format github` output: GitHub Actions workflow commands, so that a check run in CI
/// annotates the pull request's diff at each stale call (`::error file=...,line=...,col=...::...`),
/// followed by the text report's summary. A call already broken before the change is a `warning`, one
/// a migration record accepts a `notice`; files not checked and records files that cannot be used are
/// warnings on their file.
///
/// Columns count UTF-16 code units, as GitHub does. Values are escaped as the runner expects
/// (`%`, CR and LF in messages; also `:` and `,` in properties), so no text from the repository can
/// end an annotation early or start a command of its own.
public enum GitHubReporter {
    public static func render(_ report: CheckReport, subject: String) -> String {
        var out = ""
        for finding in report.findings {
            let rule = Rule.of(finding.kind)
            let command = finding.acceptedBy != nil ? "notice" : finding.alreadyBroken ? "warning" : "error"
            var properties = [("file", finding.path), ("line", String(finding.location.line))]
            if let column = finding.utf16Column {
                properties.append(("col", String(column)))
                properties.append(("endColumn", String(column + (rule.pointsAtCallee ? finding.callee : finding.oldLabel).utf16.count)))
            }
            properties.append(("title", "paramguard: \(rule.id)"))
            // Each part escaped for a terminal (the log viewer renders escape sequences), then joined.
            let safe = TerminalText.escaped
            var message = safe(finding.message)
            if finding.alreadyBroken { message += " (already broken before this change)" }
            if let record = finding.acceptedBy {
                message += "; accepted by the migration record at \(safe(record.path)):\(record.line) (\(safe(record.reason)))"
            } else {
                message += "\nfix: \(safe(rule.fix(finding)))"
                if !finding.definition.isOutsideTree {
                    message += "\n\(safe(finding.definition.path)):\(finding.definition.line): \(safe(rule.definitionNote(finding)))"
                }
            }
            out += line(command, properties, message)
        }
        for file in report.skipped {
            out += line("warning", [("file", file.path), ("title", "paramguard: not checked")], "not checked: \(TerminalText.escaped(file.reason))")
        }
        for warning in report.warnings {
            var properties = [("file", warning.path)]
            if warning.line > 0 { properties.append(("line", String(warning.line))) }
            out += line("warning", properties, TerminalText.escaped(warning.message))
        }
        return out + TextReporter.summary(report, subject: subject)
    }

    static func line(_ command: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapedProperty(TerminalText.escaped($0.1)))" }.joined(separator: ",")
        return "::\(command) \(list)::\(escapedData(message))\n"
    }

    /// A message: `%`, CR and LF escaped, as the runner unescapes them.
    static func escapedData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: as a message, and `:` and `,`, which would end it.
    static func escapedProperty(_ text: String) -> String {
        escapedData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
