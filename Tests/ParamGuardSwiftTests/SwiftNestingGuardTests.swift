import ParamGuardModel
@testable import ParamGuardSwift
import ParamGuardTestSupport
import Testing

/// Found by Fuzz/SwiftFrontend: swift-syntax's parser takes time exponential in the `[` a file opens
/// in a row. Without the guard, the first test runs until its time limit.
@Suite struct SwiftNestingGuardTests {
    @Test(.timeLimit(.minutes(1)))
    func aLongRunOfOpeningBracketsIsReportedNotParsed() {
        for source in [
            "let x = " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n",
            "func f() { t.append(Target" + String(repeating: "[", count: 120) + "(name: n)) }\n",
            "let x = " + String(repeating: "[ /* a */ // b\n", count: 40) + "1\n",
            // Found by the fuzzer: a `/*` inside a string literal, read as a comment, hid the run after it.
            "var refs = [\"refs/heads/*\"]\nlet x = " + String(repeating: "[", count: 40) + "1\n",
            "let url = \"http://example.com\"; let x = " + String(repeating: "[", count: 40) + "1\n",
        ] {
            let summary = SwiftSummarizer.summarize(Array(source.utf8))
            let problem = summary.syntaxProblem
            #expect(problem?.message == "more than 16 '[' in a row, which swift-syntax's parser takes exponential time on")
            #expect(problem != nil && problem!.location.line <= 2)
            #expect(SwiftPackageManifest.targets(Array(source.utf8)).isEmpty)
        }
    }

    @Test func runsRealCodeWritesAreParsed() {
        let sixteen = "let x = " + String(repeating: "[", count: 16) + "1" + String(repeating: "]", count: 16) + "\n"
        #expect(SwiftNestingGuard.excessiveBracketRun(in: Array(sixteen.utf8)) == nil)
        #expect(SwiftSummarizer.summarize(Array(sixteen.utf8)).syntaxProblem == nil)
        // Brackets with anything else between them are not a run, however many there are.
        let spread = "let x = " + String(repeating: "[a, ", count: 40) + "1" + String(repeating: "]", count: 40) + "\n"
        #expect(SwiftNestingGuard.excessiveBracketRun(in: Array(spread.utf8)) == nil)
        // A nested block comment is skipped whole: what follows it continues the run.
        let nested = "let x = [[ /* /* */ [[[[ */ ]]\n"
        #expect(SwiftNestingGuard.excessiveBracketRun(in: Array(nested.utf8)) == nil)
    }

    @Test func noRealSourceIsCaught() throws {
        for (path, bytes) in try RealSources.swiftSources(limit: 60) {
            #expect(SwiftNestingGuard.excessiveBracketRun(in: bytes) == nil, "\(path)")
        }
    }
}
