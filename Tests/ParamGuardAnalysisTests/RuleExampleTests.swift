import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import Testing

/// Runs every rule's examples (`Rule.examples`, `Rule.counterexamples`) from files held in memory: the
/// findings of an example must land exactly on its `↓` markers, with the rule's kind and the example's
/// suggestion, and a counterexample must give none.
@Suite struct RuleExampleTests {
    static let marker = "↓"

    struct Expected: Hashable, CustomStringConvertible {
        var path: String
        var line: Int
        var column: Int
        var description: String { "\(path):\(line):\(column)" }
    }

    /// One example of one rule, as a test argument.
    struct Case: CustomStringConvertible, Sendable {
        var rule: Rule
        var example: Rule.Example
        var description: String { "\(rule.id): \(example.name)" }
    }

    static let examples = Rule.all.flatMap { rule in rule.examples.map { Case(rule: rule, example: $0) } }
    static let counterexamples = Rule.all.flatMap { rule in rule.counterexamples.map { Case(rule: rule, example: $0) } }

    /// Strips the markers from `text`, returning the clean text and the marker positions (1-based, byte columns).
    static func stripMarkers(_ text: String, path: String) -> (String, [Expected]) {
        var clean = ""
        var expected: [Expected] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cleanLine = ""
            var rest = Substring(line)
            while let range = rest.range(of: marker) {
                cleanLine += rest[..<range.lowerBound]
                expected.append(Expected(path: path, line: index + 1, column: cleanLine.utf8.count + 1))
                rest = rest[range.upperBound...]
            }
            cleanLine += rest
            clean += (index == 0 ? "" : "\n") + cleanLine
        }
        return (clean, expected)
    }

    /// Checks the example's change as a commit of it would be checked, from files held in memory: no
    /// git repository is made, and the check runs the same caches and prefilters as a hook.
    static func run(_ example: Rule.Example) throws -> (CheckReport, Set<Expected>) {
        let before = Dictionary(example.before, uniquingKeysWith: { $1 })
        var after = before
        var expected: Set<Expected> = []
        for (path, text) in example.after {
            let (clean, marks) = stripMarkers(text, path: path)
            after[path] = clean
            expected.formUnion(marks)
        }
        for path in example.removed { after[path] = nil }
        let store = InMemoryStore(before: before, after: after)
        let changeSet = store.changeSet.filtered(Checker.isRead)
        return (Checker(objects: store).check(changeSet), expected)
    }

    @Test("example", arguments: examples)
    func example(_ test: Case) throws {
        let (report, expected) = try Self.run(test.example)
        #expect(!expected.isEmpty, "an example needs at least one ↓ marker")
        // What a migration record accepts is not marked: it does not block.
        let unaccepted = report.findings.filter { $0.acceptedBy == nil }
        let found = Set(unaccepted.map { Expected(path: $0.path, line: $0.location.line, column: $0.location.column) })
        #expect(found == expected, "findings: \(report.findings.map(\.message))")
        #expect(unaccepted.contains { $0.kind == test.rule.kind }, "no \(test.rule.id) finding: \(report.findings.map(\.message))")
        for finding in unaccepted {
            #expect(finding.kind == test.rule.kind || test.example.alsoReports.contains(finding.kind), "\(finding.message)")
            if let suggestion = test.example.suggestion { #expect(finding.newLabel == suggestion, "\(finding.message)") }
        }
    }

    /// The example `paramguard rules ID` shows reports in the language it names.
    @Test("each rule's shown example", arguments: Rule.all.map(\.id))
    func ruleDocumentation(_ id: String) throws {
        let rule = try #require(Rule.named(id))
        let languages = Set(try Self.run(rule.example).0.findings.map(\.language))
        #expect(languages == [rule.example.language])
    }

    @Test("counterexample", arguments: counterexamples)
    func counterexample(_ test: Case) throws {
        let (report, expected) = try Self.run(test.example)
        #expect(expected.isEmpty)
        // A finding a migration record of the change accepts is listed, but is none of the rule's.
        #expect(report.findings.allSatisfy { $0.acceptedBy != nil }, "unexpected: \(report.findings.map(\.message))")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        // A counterexample that declares its change must have had the rule's finding to accept.
        if test.example.after.contains(where: { $0.path == MigrationRecord.file }) {
            #expect(report.accepted.contains { $0.kind == test.rule.kind }, "the record accepted no \(test.rule.id) finding")
        }
    }

    @Test func markersAreStrippedToByteColumns() {
        let (clean, marks) = Self.stripMarkers("a\nf(é=1, ↓b=2)\n", path: "x.py")
        #expect(clean == "a\nf(é=1, b=2)\n")
        #expect(marks == [Expected(path: "x.py", line: 2, column: 9)])
    }
}
