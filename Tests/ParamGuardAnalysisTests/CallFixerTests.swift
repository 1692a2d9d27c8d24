import ParamGuardAnalysis
import ParamGuardModel
import Testing

/// What `fix` rewrites in a file's bytes, and what it leaves.
@Suite struct CallFixerTests {
    func finding(_ kind: FindingKind = .renamedParameter, _ language: SourceLanguage = .python, line: Int, column: Int, old: String, new: String?) -> Finding {
        Finding(
            kind: kind, language: language, path: "use.py", location: SourceLocation(line: line, column: column), callee: "f", oldLabel: old,
            newLabel: new, definition: DefinitionReference(path: "api.py", line: 1, name: "f", module: "api"), message: "m")
    }

    @Test func rewritesRenamedKeywordsRightToLeftOnOneLine() {
        let text = "x = 1\nf(é=1, timeout=2); f(timeout = 3)\n"
        let first = text.utf8.count - "timeout=2); f(timeout = 3)\n".utf8.count - 6 + 1
        let second = "f(é=1, timeout=2); f(".utf8.count + 1
        let outcome = CallFixer.apply(
            [finding(line: 2, column: first, old: "timeout", new: "seconds"), finding(line: 2, column: second, old: "timeout", new: "seconds")],
            to: Array(text.utf8))
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == "x = 1\nf(é=1, seconds=2); f(seconds = 3)\n")
        #expect(outcome.fixed.count == 2 && outcome.left.isEmpty)
    }

    @Test func rewritesASwiftLabel() {
        let outcome = CallFixer.apply([finding(.renamedParameter, .swift, line: 1, column: 15, old: "x", new: "horizontal")], to: Array("let p = Point(x: 1, y: 2)".utf8))
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == "let p = Point(horizontal: 1, y: 2)")
    }

    @Test("leaves what is not a certain rename, or not where the finding says", arguments: [
        // The closest keyword is a guess, not a rename.
        ("f(colour=1)", FindingKind.unknownKeyword, SourceLanguage.python, 3, "colour", "color" as String?),
        // A Swift label dropped changes the call's shape.
        ("f(x: 1)", .renamedParameter, .swift, 3, "x", nil),
        // The bytes there are not the old label followed by `=`.
        ("f(timeout2=1)", .renamedParameter, .python, 3, "timeout", "seconds"),
        ("f(timeout == 1)", .renamedParameter, .python, 3, "timeout", "seconds"),
        ("f(other=1)", .renamedParameter, .python, 3, "timeout", "seconds"),
        ("f(x = 1)", .renamedParameter, .swift, 3, "x", "y"),
        ("f(timeout=1)", .renamedParameter, .python, 40, "timeout", "seconds"),
    ])
    func leaves(_ text: String, _ kind: FindingKind, _ language: SourceLanguage, _ column: Int, _ old: String, _ new: String?) {
        let outcome = CallFixer.apply([finding(kind, language, line: 1, column: column, old: old, new: new)], to: Array(text.utf8))
        #expect(outcome.bytes == Array(text.utf8))
        #expect(outcome.fixed.isEmpty && outcome.left.count == 1)
    }

    @Test func leavesAFindingARecordAccepts() {
        var accepted = finding(line: 1, column: 3, old: "timeout", new: "seconds")
        accepted.acceptedBy = AcceptingRecord(path: ".paramguard.toml", line: 1, reason: "r")
        let outcome = CallFixer.apply([accepted], to: Array("f(timeout=1)".utf8))
        #expect(outcome.fixed.isEmpty && outcome.left.first?.reason == "a migration record accepts it")
    }
}
