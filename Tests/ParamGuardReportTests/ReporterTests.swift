import Foundation
import ParamGuardModel
import ParamGuardReport
import Testing

@Suite struct ReporterTests {
    func finding(line: String, column: Int, newLabel: String?) -> Finding {
        Finding(
            kind: newLabel == nil ? .removedParameter : .renamedParameter, language: .python, path: "app/jobs.py",
            location: SourceLocation(line: 3, column: column), callee: "Ctx", oldLabel: "conn_id", newLabel: newLabel,
            definition: DefinitionReference(path: "app/ctx.py", line: 7, name: "Ctx", module: "app.ctx"),
            message: "'Ctx' no longer accepts keyword 'conn_id'", sourceLine: line)
    }

    @Test func textPutsTheCaretUnderTheKeywordWhateverPrecedesIt() {
        let line = "\tx = Ctx(é=1, conn_id=2)"
        let column = line.utf8.count - "conn_id=2)".utf8.count + 1
        let report = CheckReport(findings: [finding(line: line, column: column, newLabel: "client_id")], skipped: [], stats: CheckStatistics())
        let text = TextReporter.render(report, subject: "this commit")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "app/jobs.py:3:\(column): error: 'Ctx' no longer accepts keyword 'conn_id' [renamed-parameter]")
        #expect(lines[1] == "    " + line)
        #expect(lines[2] == "    \t" + String(repeating: " ", count: 13) + "^~~~~~~")
        #expect(lines[3] == "app/ctx.py:7: note: 'Ctx' is defined here")
        #expect(lines[4] == "    fix: pass 'client_id=' instead of 'conn_id='")
        #expect(text.contains("1 call in 1 file no longer matches the callee's parameters after this commit"))
    }

    @Test func textEscapesControlCharactersFromTheRepository() {
        let line = "x = Ctx(\u{1b}]0;owned\u{07}\u{1b}[2J, conn_id=2)\r"
        let column = line.utf8.count - "conn_id=2)\r".utf8.count + 1
        var stale = finding(line: line, column: column, newLabel: "client_id")
        stale.path = "app/\u{1b}[31mjobs\u{202E}.py"
        let report = CheckReport(
            findings: [stale], skipped: [SkippedFile(path: "bad\u{9b}name.py", reason: "syntax error")], stats: CheckStatistics())
        let text = TextReporter.render(report, subject: "this commit")
        #expect(!text.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("app/\\x1b[31mjobs\\u{202e}.py:3:"))
        #expect(lines[1] == "    x = Ctx(\\x1b]0;owned\\x07\\x1b[2J, conn_id=2)\\r")
        // The caret still stands under the keyword, as the escaped line prints it.
        #expect(lines[2].count == lines[1].count - "conn_id=2)\\r".count + 7)
        #expect(text.contains("bad\\u{9b}name.py: warning: not checked"))
    }

    @Test func aLongLineIsQuotedAsAWindowAroundTheKeywordAndAFileStopsAfterItsFirstFindings() {
        let calls = (0..<3000).map { "Ctx(conn_id=\($0))" }
        let line = calls.joined(separator: "; ")
        var findings: [Finding] = []
        var offset = 0
        for call in calls {
            var stale = finding(line: "", column: offset + 5, newLabel: "client_id")
            (stale.sourceLine, stale.sourceLineOffset) = SourceExcerpt.around(line, byteColumn: offset + 5)
            findings.append(stale)
            offset += call.utf8.count + 2
        }
        let text = TextReporter.render(CheckReport(findings: findings, skipped: [], stats: CheckStatistics()), subject: "this commit")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Each quoted line is a window, and the caret stands under the keyword in it.
        #expect(lines[1].utf8.count < 2 * SourceExcerpt.reach + 16)
        let quoted = lines[6 * 5 + 1], caret = lines[6 * 5 + 2]
        let caretColumn = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) } ?? -1
        #expect(Array(quoted)[caretColumn...].starts(with: "conn_id="))
        #expect(text.contains("app/jobs.py: note: 2950 more findings in this file (`--format json` lists them all)"))
        #expect(text.utf8.count < 100_000)
    }

    @Test func jsonHasTheDocumentedFieldsAndAnExplicitNullLabel() throws {
        var stats = CheckStatistics()
        for _ in 0..<3 { stats.countUnresolved("not-declared-in-tree") }
        stats.countUnresolved("superclass-not-declared-in-tree")
        stats.countOpen("unknown-receiver")
        let report = CheckReport(
            findings: [finding(line: "Ctx(conn_id=1)", column: 5, newLabel: nil)],
            skipped: [SkippedFile(path: "bin.py", reason: "binary content (NUL bytes)")], stats: stats)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter.render(report).utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["kind", "path", "line", "column", "callee", "old_label", "new_label", "definition", "message"])
        #expect(first["new_label"] is NSNull)
        #expect((first["definition"] as? [String: Any])?["module"] as? String == "app.ctx")
        #expect((object["skipped"] as? [[String: Any]])?.first?["reason"] as? String == "binary content (NUL bytes)")
        let statistics = try #require(object["stats"] as? [String: Any])
        #expect(statistics["unresolved_calls"] as? Int == 4)
        #expect(statistics["unverifiable_calls"] as? Int == 1)
        #expect(statistics["unresolved_calls_by_reason"] as? [String: Int] == ["not-declared-in-tree": 3, "superclass-not-declared-in-tree": 1])
        #expect(statistics["open_calls_by_reason"] as? [String: Int] == ["unknown-receiver": 1])
    }

    @Test func aStandardLibraryFactoryHasNoPathOrLineAndNoDefinitionToChange() throws {
        let reference = DefinitionReference(path: "", line: 0, name: "namedtuple", module: "collections")
        let stdlib = Finding(
            kind: .unknownKeyword, language: .python, path: "k.py", location: SourceLocation(line: 2, column: 28), callee: "namedtuple",
            oldLabel: "verbos", newLabel: nil, definition: reference, message: "m", sourceLine: "P = namedtuple('P', 'x y', verbos=1)")
        let report = CheckReport(findings: [stdlib], skipped: [], stats: CheckStatistics())
        let text = TextReporter.render(report, subject: "x")
        #expect(text.contains("k.py:2: note: 'collections.namedtuple' is Python's; no version of it since 3.0 takes 'verbos'\n"))
        #expect(text.contains("    fix: drop the 'verbos=' argument\n"))
        #expect(!text.contains(":0:"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter.render(report).utf8)) as? [String: Any])
        let definition = try #require((object["findings"] as? [[String: Any]])?.first?["definition"] as? [String: Any])
        #expect(definition["path"] is NSNull && definition["line"] is NSNull)
        #expect(definition["module"] as? String == "collections")
    }

    @Test func cleanReportsPrintNothing() {
        let report = CheckReport(findings: [], skipped: [], stats: CheckStatistics())
        #expect(TextReporter.render(report, subject: "x").isEmpty)
    }

    @Test func anAcceptedFindingIsOneNoteLineAndTheRejectionShowsTheRecordToAdd() {
        var accepted = finding(line: "Ctx(conn_id=1)", column: 5, newLabel: "client_id")
        accepted.acceptedBy = AcceptingRecord(path: ".paramguard.toml", line: 2, reason: "legacy \u{1b}[2J jobs go in May")
        var blocking = finding(line: "Ctx(conn_id=2)", column: 5, newLabel: "client_id")
        blocking.path = "app/other.py"
        blocking.definition.name = "Other"
        var report = CheckReport(findings: [accepted, blocking], skipped: [], stats: CheckStatistics())
        report.warnings = [ReportWarning(path: ".paramguard.toml", line: 7, message: "the migration record for 'x' accepts no finding")]
        #expect(report.blocking == [blocking])
        let text = TextReporter.render(report, subject: "this commit")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "app/jobs.py:3:5: note: 'Ctx' no longer accepts keyword 'conn_id'; accepted by the migration record at .paramguard.toml:2 [renamed-parameter]")
        #expect(lines[1].hasPrefix("app/other.py:3:5: error:"))
        #expect(text.contains("\n.paramguard.toml:7: warning: the migration record for 'x' accepts no finding\n"))
        #expect(text.contains("paramguard: 1 call still on the old labels is accepted by the migration record this change adds: .paramguard.toml:2 (legacy \\x1b[2J jobs go in May).\n"))
        #expect(text.contains("1 call in 1 file no longer matches"))
        // The record to add names the blocking finding's definition, not the accepted one's.
        #expect(text.contains("    [[migration]]\n    callable = \"app.ctx.Other\"\n    renamed = { conn_id = \"client_id\" }\n    reason = \"why the calls left on the old labels are fine\"\n"))
        #expect(!text.contains("app.ctx.Ctx\""))
    }

    @Test func noRecordIsSuggestedForACallOnAKeywordItsCalleeNeverTook() {
        var unknown = finding(line: "Ctx(colour=1)", column: 5, newLabel: "color")
        unknown.kind = .unknownKeyword
        let text = TextReporter.render(CheckReport(findings: [unknown], skipped: [], stats: CheckStatistics()), subject: "x")
        #expect(text.contains("error:"))
        #expect(!text.contains("[[migration]]"))
    }

    @Test func jsonTellsWhichRecordAcceptedAFindingAndListsWarnings() throws {
        var accepted = finding(line: "Ctx(conn_id=1)", column: 5, newLabel: "client_id")
        accepted.acceptedBy = AcceptingRecord(path: ".paramguard.toml", line: 2, reason: "r")
        var report = CheckReport(findings: [accepted], skipped: [], stats: CheckStatistics())
        report.warnings = [ReportWarning(path: ".paramguard.toml", line: 0, message: "not TOML")]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter.render(report).utf8)) as? [String: Any])
        let first = try #require((object["findings"] as? [[String: Any]])?.first)
        let record = try #require(first["accepted_by"] as? [String: Any])
        #expect(record["path"] as? String == ".paramguard.toml" && record["line"] as? Int == 2 && record["reason"] as? String == "r")
        let warning = try #require((object["warnings"] as? [[String: Any]])?.first)
        #expect(warning["line"] is NSNull && warning["message"] as? String == "not TOML")
        #expect((object["stats"] as? [String: Any])?["accepted_findings"] as? Int == 1)
    }

    /// SARIF 2.1.0: every rule described; a result per finding, at UTF-16 columns (the line holds
    /// `é`, two bytes and one code unit, before the keyword); the definition as a related location;
    /// an accepted finding suppressed with its record's reason; skipped files and record-file
    /// problems as notifications; a path git quotes percent-encoded from its bytes.
    @Test func sarifDescribesRulesResultsAndNotifications() throws {
        let line = "x = Ctx(é=1, conn_id=2)"
        let byteColumn = line.utf8.count - "conn_id=2)".utf8.count + 1
        var stale = finding(line: line, column: byteColumn, newLabel: "client_id")
        stale.quote(line)
        var accepted = stale
        accepted.acceptedBy = AcceptingRecord(path: ".paramguard.toml", line: 2, reason: "legacy")
        accepted.path = "app/caf\\351 x.py"
        var report = CheckReport(
            findings: [stale, accepted], skipped: [SkippedFile(path: "bin.py", reason: "binary content (NUL bytes)")], stats: CheckStatistics())
        report.warnings = [ReportWarning(path: ".paramguard.toml", line: 3, message: "not TOML")]
        let document = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(report).utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0" && document["$schema"] as? String == SARIFReporter.schema)
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect((driver["rules"] as? [[String: Any]])?.map { $0["id"] as? String } == Rule.all.map(\.id))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "renamed-parameter" && first["level"] as? String == "error")
        #expect(first["ruleIndex"] as? Int == 0)
        let location = try #require(((first["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3)
        #expect(region["startColumn"] as? Int == byteColumn - 1 && region["endColumn"] as? Int == byteColumn - 1 + 7)
        #expect((first["message"] as? [String: Any])?["text"] as? String == "'Ctx' no longer accepts keyword 'conn_id'\nfix: pass 'client_id=' instead of 'conn_id='")
        let related = try #require((first["relatedLocations"] as? [[String: Any]])?.first)
        #expect(((related["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String == "app/ctx.py")
        #expect(first["suppressions"] == nil)
        let second = results[1]
        #expect(second["level"] as? String == "warning")
        let suppression = try #require((second["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "external" && suppression["justification"] as? String == "migration record at .paramguard.toml:2: legacy")
        let secondLocation = try #require(((second["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((secondLocation["artifactLocation"] as? [String: Any])?["uri"] as? String == "app/caf%E9%20x.py")
        let notifications = try #require(((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]) as? [[String: Any]])
        #expect(notifications.map { ($0["message"] as? [String: Any])?["text"] as? String } == ["not checked: binary content (NUL bytes)", "not TOML"])
    }

    /// Workflow commands: one annotation per finding at UTF-16 columns, the fix on a line of its own
    /// (`%0A`), and nothing from the repository able to end a property or the command early.
    @Test func githubAnnotationsAreEscaped() {
        let line = "x = Ctx(é=1, conn_id=2)"
        var stale = finding(line: line, column: line.utf8.count - "conn_id=2)".utf8.count + 1, newLabel: "client_id")
        stale.quote(line)
        stale.path = "app/a,b:c.py"
        stale.message = "100% stale\r\n::error::injected"
        var broken = stale
        broken.alreadyBroken = true
        var accepted = stale
        accepted.acceptedBy = AcceptingRecord(path: ".paramguard.toml", line: 2, reason: "legacy\u{1b}[2J")
        let text = GitHubReporter.render(CheckReport(findings: [stale, broken, accepted], skipped: [], stats: CheckStatistics()), subject: "x")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "::error file=app/a%2Cb%3Ac.py,line=3,col=14,endColumn=21,title=paramguard%3A renamed-parameter::100%25 stale\\r\\n::error::injected%0Afix: pass 'client_id=' instead of 'conn_id='%0Aapp/ctx.py:7: 'Ctx' is defined here")
        #expect(lines[1].hasPrefix("::warning file=app/a%2Cb%3Ac.py,line=3,"))
        #expect(lines[1].contains("(already broken before this change)"))
        #expect(lines[2].hasPrefix("::notice ") && lines[2].hasSuffix("accepted by the migration record at .paramguard.toml:2 (legacy\\x1b[2J)"))
        #expect(lines.filter { $0.hasPrefix("::") }.count == 3)
        #expect(text.contains("1 call in 1 file no longer matches"))
    }
}
