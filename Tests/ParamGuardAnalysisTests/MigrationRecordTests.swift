@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import Testing

/// The records file (`.paramguard.toml`): what it accepts, every way it can be wrong, and the records a
/// rejection suggests. What a record does to a change's findings is specified by the rules' examples.
@Suite struct MigrationRecordTests {
    static func records(_ text: String) throws(MigrationRecordFile.Problem) -> [MigrationRecord] {
        try MigrationRecordFile.records(in: Array(text.utf8))
    }

    static func problem(_ text: String) -> MigrationRecordFile.Problem? {
        do {
            _ = try records(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfChange() throws {
        let read = try Self.records("""
            # intended changes
            [[migration]]
            callable = "app.api.fetch"
            renamed = { timeout = "seconds", "naïve" = "plain" }
            removed = ["verbose"]
            required = ["region"]
            positional = 2
            paths = ["legacy/**", "scripts/*.py"]
            reason = "the v1 scripts go in January"

            [[migration]]
            callable = "Geometry.Point.init"
            reordered = true
            deleted = false
            reason = "r"
            """)
        #expect(read.count == 2)
        var first = MigrationRecord(callable: "app.api.fetch", reason: "the v1 scripts go in January")
        first.renamed = ["timeout": "seconds", "naïve": "plain"]
        first.removed = ["verbose"]
        first.required = ["region"]
        first.positional = 2
        first.paths = ["legacy/**", "scripts/*.py"]
        first.line = 2
        #expect(read[0] == first)
        #expect(read[1].reordered && !read[1].deleted && read[1].line == 11)
        #expect(try Self.records("").isEmpty)
        #expect(try Self.records("# nothing declared yet\n").isEmpty)
    }

    @Test("a file that cannot be used says why, at the line at fault", arguments: [
        ("[[migration]\ncallable = 'a'", 1, "not TOML"),
        ("mode = \"warn\"\n", 1, "'mode' cannot be set here"),
        ("[paramguard]\nbudget = 0\n", 1, "'paramguard' cannot be set here"),
        ("migration = 3\n", 1, "must be an array of tables"),
        ("migration = [1]\n", 1, "must be a table"),
        ("[[migration]]\nreason = 'r'\nrenamed = { a = 'b' }\n", 1, "needs 'callable'"),
        ("[[migration]]\ncallable = 'f'\nrenamed = { a = 'b' }\n", 1, "needs a 'reason'"),
        ("[[migration]]\ncallable = 'f'\nreason = '  '\nrenamed = { a = 'b' }\n", 1, "needs a 'reason'"),
        ("[[migration]]\ncallable = 'f'\nreason = 'why the calls left on the old labels are fine'\nrenamed = { a = 'b' }\n", 1, "placeholder"),
        ("\n[[migration]]\ncallable = 'f'\nreason = 'r'\n", 2, "declares no change"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\nrenamed = ['a']\n", 1, "'renamed' must be a table"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\nrenamed = { a = 1 }\n", 1, "'renamed' must be a table"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\nremoved = 'a'\n", 1, "'removed' must be an array of strings"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\npaths = ['']\nremoved = ['a']\n", 1, "'paths' must be an array of strings"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\npositional = -1\n", 1, "'positional' must be"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\ndeleted = true\npaths = []\n", 1, "covers no file"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\npositional = 1.5\n", 4, "not read: floats"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\ndeleted = 'yes'\n", 1, "'deleted' must be true or false"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\ndeleted = true\nmode = 'warn'\n", 1, "has no key 'mode'"),
        ("[[migration]]\ncallable = 'f'\nreason = 'r'\ndeleted = true\n\n[[migration]]\ncallable = 'g'\nreason = 'r'\n", 6, "declares no change"),
    ])
    func refusesWhatItCannotUse(_ text: String, _ line: Int, _ message: String) {
        let problem = Self.problem(text)
        #expect(problem?.message.contains(message) == true, "\(String(describing: problem))")
        #expect(problem?.line == line)
    }

    @Test func refusesBytesThatAreNotAShortUTF8Text() {
        #expect(Self.problem("[[migration]]\ncallable = 'f'\u{0}\n")?.message.hasPrefix("not TOML") == true)
        #expect(Self.problem("[[migration]]\ncallable = 'f'\u{0}\n")?.line == 2)
        #expect(Self.problem("[#")?.message.hasPrefix("not TOML") == true, "toml++ aborted the process on these two bytes")
        let latin1: [UInt8] = Array("[[migration]]\ncallable = 'caf".utf8) + [0xE9] + Array("'\n".utf8)
        #expect(throws: MigrationRecordFile.Problem.self) { try MigrationRecordFile.records(in: latin1) }
        let large = [UInt8](repeating: UInt8(ascii: "#"), count: MigrationRecordFile.maximumSize + 1)
        #expect(throws: MigrationRecordFile.Problem.self) { try MigrationRecordFile.records(in: large) }
        // Deep nesting is refused, not followed into a stack overflow.
        let nested = "a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(Self.problem(nested)?.message.contains("nest deeper than") == true)
    }

    @Test("path patterns", arguments: [
        ("legacy/**", "legacy/a.py", true), ("legacy/**", "legacy/deep/er/a.py", true), ("legacy/**", "legacyx/a.py", false),
        ("legacy/*", "legacy/deep/a.py", false), ("legacy/*.py", "legacy/a.py", true), ("**/test_*.py", "test_a.py", true),
        ("**/test_*.py", "a/b/test_a.py", true), ("**/test_*.py", "a/b/atest_a.py", false), ("src/?.py", "src/a.py", true),
        ("src/?.py", "src/ab.py", false), ("a/**/b.py", "a/b.py", true), ("a/**/b.py", "a/x/y/b.py", true), ("*.py", "a/b.py", false),
        ("use.py", "use.py", true), ("use.py", "other/use.py", false),
    ])
    func pathPatterns(_ pattern: String, _ path: String, _ matches: Bool) {
        #expect(PathPattern.matches(pattern, path) == matches)
    }

    /// Matched by dynamic programming: a pattern of many stars against a long path that it does not
    /// match finishes (backtracking would try every way to split the path between the stars).
    @Test func manyStarsDoNotBacktrack() {
        let pattern = String(repeating: "*a", count: 300) + "b"
        let path = String(repeating: "a", count: 4000)
        #expect(!PathPattern.matches(pattern, path))
        #expect(PathPattern.matches(String(repeating: "**", count: 300) + "b", path + "b"))
    }

    /// The records a rejection suggests, with a reason written in, read back as records that accept
    /// every finding they were made from.
    @Test func suggestedRecordsAcceptTheirFindings() throws {
        func finding(_ kind: FindingKind, _ callable: (String, String), old: String, new: String? = nil, path: String = "use.py") -> Finding {
            Finding(
                kind: kind, language: .python, path: path, location: SourceLocation(line: 1, column: 1), callee: "c", oldLabel: old,
                newLabel: new, definition: DefinitionReference(path: "api.py", line: 1, name: callable.1, module: callable.0), message: "m")
        }
        let findings = [
            finding(.renamedParameter, ("app.api", "fetch"), old: "timeout", new: "seconds"),
            finding(.renamedParameter, ("app.api", "fetch"), old: "naïve \"x\"", new: "plain"),
            finding(.removedParameter, ("app.api", "fetch"), old: "verbose"),
            finding(.missingArgument, ("app.api", "Client.__init__"), old: "region"),
            finding(.tooManyPositional, ("app.api", "move"), old: "2"),
            finding(.reorderedParameters, ("Geometry", "Point.init"), old: "x"),
            finding(.staleConformance, ("Core", "Renderer.render"), old: "into", new: nil),
            finding(.deletedCallable, ("app.text", "slugify"), old: "slugify"),
        ]
        let suggested = MigrationRecord.declaring(findings, reason: "because")
        #expect(suggested.map(\.callable) == ["app.api.fetch", "app.api.Client.__init__", "app.api.move", "Geometry.Point.init", "Core.Renderer.render", "app.text.slugify"])
        let text = suggested.map(\.tomlText).joined(separator: "\n\n")
        let read = try Self.records(text)
        #expect(read.count == suggested.count)
        for finding in findings {
            #expect(read.contains { $0.accepts(finding) }, "\(finding.kind) \(finding.oldLabel)\n\(text)")
        }
        // And nothing else: another label, another callable, another count.
        #expect(!read.contains { $0.accepts(finding(.renamedParameter, ("app.api", "fetch"), old: "retries", new: "attempts")) })
        #expect(!read.contains { $0.accepts(finding(.renamedParameter, ("app.other", "fetch"), old: "timeout", new: "seconds")) })
        #expect(!read.contains { $0.accepts(finding(.tooManyPositional, ("app.api", "move"), old: "1")) })
        #expect(!read.contains { $0.accepts(finding(.unknownKeyword, ("app.api", "fetch"), old: "retries")) })
        #expect(read.contains { $0.accepts(finding(.unknownKeyword, ("app.api", "fetch"), old: "verbose")) })
    }

    /// A call that names a keyword its callee never took, and a definition outside the tree, are not
    /// a change of the tree's to declare: no record is suggested for them.
    @Test func suggestsNoRecordForWhatTheTreeDidNotChange() {
        let unknown = Finding(
            kind: .unknownKeyword, language: .python, path: "use.py", location: SourceLocation(line: 1, column: 1), callee: "f",
            oldLabel: "colour", newLabel: nil, definition: DefinitionReference(path: "api.py", line: 1, name: "f", module: "api"), message: "m")
        var outside = unknown
        outside.kind = .removedParameter
        outside.definition = DefinitionReference(path: "", line: 0, name: "namedtuple", module: "collections")
        #expect(MigrationRecord.declaring([unknown, outside], reason: "r").isEmpty)
    }

    /// Through a whole check from memory: a records file the change adds that cannot be used is
    /// reported, and its records accept nothing; the same file already in the tree, unchanged, is not
    /// read at all.
    @Test func aFileThatCannotBeUsedIsReportedWhenTheChangeWritesIt() {
        let before = ["api.py": "def fetch(url, timeout=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', timeout=1)\n"]
        var after = before
        after["api.py"] = "def fetch(url, seconds=5):\n    return url\n"
        after[MigrationRecord.file] = "[[migration]]\ncallable = 'api.fetch'\nrenamed = { timeout = 'seconds' }\nreason = 'r'\n[oops\n"
        let report = Self.check(before: before, after: after)
        #expect(report.blocking.count == 1)
        #expect(report.warnings.map(\.line) == [5])
        #expect(report.warnings.first?.message.contains("none of its migration records apply") == true)

        var unchanged = before
        unchanged[MigrationRecord.file] = "not toml ["
        var edited = unchanged
        edited["use.py"] = "from api import fetch\nfetch('u', timeout=1)\nfetch('v')\n"
        #expect(Self.check(before: unchanged, after: edited).warnings.isEmpty)
    }

    /// A record the change only moves (another record added before it) is not new: it accepts nothing.
    @Test func aRecordMovedDownIsNotNew() {
        let record = "[[migration]]\ncallable = 'api.fetch'\nrenamed = { timeout = 'seconds' }\nreason = 'r'\n"
        let other = "[[migration]]\ncallable = 'api.other'\ndeleted = true\nreason = 'r'\n\n"
        let before = [
            "api.py": "def fetch(url, seconds=5):\n    return url\n", "use.py": "from api import fetch\n", MigrationRecord.file: record,
        ]
        var after = before
        after["use.py"] = "from api import fetch\nfetch('u', timeout=1)\n"
        after[MigrationRecord.file] = other + record
        let report = Self.check(before: before, after: after)
        #expect(report.blocking.count == 1)
        #expect(report.accepted.isEmpty)
    }

    static func check(before: [String: String], after: [String: String]) -> CheckReport {
        let store = InMemoryStore(before: before, after: after)
        return Checker(objects: store).check(store.changeSet.filtered(Checker.isRead))
    }
}
