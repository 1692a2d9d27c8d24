import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardTestSupport
import Testing

/// Runs every example of `RuleExamples` and `SwiftRuleExamples`, from files held in memory: the findings must land exactly
/// on the `↓` markers, with the example's kind and suggestion, and nowhere else.
@Suite struct RuleExampleTests {
    static let marker = "↓"

    struct Expected: Hashable, CustomStringConvertible {
        var path: String
        var line: Int
        var column: Int
        var description: String { "\(path):\(line):\(column)" }
    }

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
    static func run(_ example: RuleExample) throws -> (CheckReport, Set<Expected>) {
        var after = example.before
        var expected: Set<Expected> = []
        for (path, text) in example.after {
            let (clean, marks) = stripMarkers(text, path: path)
            after[path] = clean
            expected.formUnion(marks)
        }
        for path in example.removed { after[path] = nil }
        let store = InMemoryStore(before: example.before, after: after)
        let changeSet = store.changeSet.filtered(Checker.isSource)
        return (Checker(objects: store).check(changeSet), expected)
    }

    @Test("triggering example", arguments: RuleExamples.triggering + SwiftRuleExamples.triggering + DeletedCallableExamples.triggering)
    func triggering(_ example: RuleExample) throws {
        let (report, expected) = try Self.run(example)
        #expect(!expected.isEmpty, "a triggering example needs at least one ↓ marker")
        let found = Set(report.findings.map { Expected(path: $0.path, line: $0.location.line, column: $0.location.column) })
        #expect(found == expected, "findings: \(report.findings.map(\.message))")
        for finding in report.findings {
            if let kind = example.kind { #expect(finding.kind == kind, "\(finding.message)") }
            if let suggestion = example.suggestion { #expect(finding.newLabel == suggestion, "\(finding.message)") }
        }
    }

    /// The example `paramguard rules ID` shows for each rule reports that rule, where it marks.
    @Test("each rule's own example", arguments: Rule.all.map(\.id))
    func ruleDocumentation(_ id: String) throws {
        let rule = try #require(Rule.named(id))
        let example = RuleExample(
            name: rule.id, before: Dictionary(uniqueKeysWithValues: rule.example.before.map { ($0.path, $0.text) }),
            after: Dictionary(uniqueKeysWithValues: rule.example.after.map { ($0.path, $0.text) }), kind: rule.kind)
        try triggering(example)
        let languages = Set(try Self.run(example).0.findings.map(\.language))
        #expect(languages == [rule.example.language])
    }

    @Test("non-triggering example", arguments: RuleExamples.nonTriggering + SwiftRuleExamples.nonTriggering + DeletedCallableExamples.nonTriggering)
    func nonTriggering(_ example: RuleExample) throws {
        let (report, expected) = try Self.run(example)
        #expect(expected.isEmpty)
        #expect(report.findings.isEmpty, "unexpected: \(report.findings.map(\.message))")
    }

    @Test func markersAreStrippedToByteColumns() {
        let (clean, marks) = Self.stripMarkers("a\nf(é=1, ↓b=2)\n", path: "x.py")
        #expect(clean == "a\nf(é=1, b=2)\n")
        #expect(marks == [Expected(path: "x.py", line: 2, column: 9)])
    }
}
