import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardReport
import ParamGuardTestSupport
import Testing

/// A call the change edits that was broken the same way before it is the change's to warn about, not
/// to block on: blame only what the change did.
@Suite struct AlreadyBrokenTests {
    func check(before: [String: String], after: [String: String]) throws -> CheckReport {
        let sandbox = try GitSandbox()
        try sandbox.commit(before)
        for (path, text) in after { try sandbox.write(path, text) }
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        return Checker(objects: repository).check(try repository.changeSet(.staged, include: Checker.isSource))
    }

    @Test func anEditedCallThatWasAlreadyBrokenIsAWarningThatDoesNotBlock() throws {
        let report = try check(
            before: ["api.py": "def fetch(url, timeout=None):\n    pass\n", "use.py": "from api import fetch\nfetch('u', timout=1)\n"],
            after: ["use.py": "from api import fetch\nfetch('v', timout=1)\n"])
        #expect(report.findings.map(\.kind) == [.unknownKeyword])
        #expect(report.findings.first?.alreadyBroken == true)
        #expect(report.blocking.isEmpty)
        let text = TextReporter.render(report, subject: "this commit")
        #expect(text.contains("use.py:2:12: warning: 'fetch' has no parameter 'timout' (api.fetch); did you mean 'timeout'? (already broken before this change)"))
        #expect(text.contains("1 call the change edited was already broken before it"))
        #expect(JSONReporter.render(report).contains("\"already_broken\" : true"))
    }

    @Test func aNewStaleKeywordOrAChangedCalleeStillBlocks() throws {
        // The edit adds the stale keyword: the change did it.
        let added = try check(
            before: ["api.py": "def fetch(url, timeout=None):\n    pass\n", "use.py": "from api import fetch\nfetch('u')\n"],
            after: ["use.py": "from api import fetch\nfetch('u', timout=1)\n"])
        #expect(added.blocking.map(\.kind) == [.unknownKeyword])
        // The call was broken before, but the change also edited the callee: not the same error.
        let edited = try check(
            before: ["api.py": "def fetch(url, timeout=None):\n    pass\n", "use.py": "from api import fetch\nfetch('u', timout=1)\n"],
            after: [
                "api.py": "def fetch(url, timeout=None, retries=0):\n    pass\n",
                "use.py": "from api import fetch\nfetch('v', timout=1)\n",
            ])
        #expect(edited.blocking.map(\.kind) == [.unknownKeyword])
    }

    /// A second copy of an old broken call is a new call: a file with more such calls after the change
    /// than before gained one, so they block (a line diff cannot tell which is the new one). This keeps
    /// a broken call a migration record once accepted from licensing new ones in its file.
    @Test func aFileThatGainsACopyOfABrokenCallBlocks() throws {
        let python = try check(
            before: ["api.py": "def fetch(url, timeout=None):\n    pass\n", "use.py": "from api import fetch\nfetch('u', timout=1)\n"],
            after: ["use.py": "from api import fetch\nfetch('u', timout=1)\nfetch('w', timout=2)\n"])
        #expect(python.blocking.map(\.kind) == [.unknownKeyword])
        #expect(python.blocking.first?.location.line == 3)
        let definition = "struct Point {\n    init(x: Int, y: Int) {}\n}\n"
        let swift = try check(
            before: ["Sources/Geo/Point.swift": definition, "Sources/Geo/Use.swift": "let p = Point(x: 1, z: 2)\n"],
            after: ["Sources/Geo/Use.swift": "let p = Point(x: 1, z: 2)\nlet q = Point(x: 3, z: 4)\n"])
        #expect(swift.blocking.count == 1)
        #expect(swift.blocking.first?.location.line == 2)
    }

    @Test func swiftTooAnEditedCallNoOverloadEverTookWarns() throws {
        let definition = "struct Point {\n    init(x: Int, y: Int) {}\n}\n"
        let report = try check(
            before: ["Sources/Geo/Point.swift": definition, "Sources/Geo/Use.swift": "let p = Point(x: 1, z: 2)\n"],
            after: ["Sources/Geo/Use.swift": "let p = Point(x: 3, z: 2)\n"])
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.alreadyBroken == true)
        #expect(report.blocking.isEmpty)
        let fresh = try check(
            before: ["Sources/Geo/Point.swift": definition, "Sources/Geo/Use.swift": "let p = Point(x: 1, y: 2)\n"],
            after: ["Sources/Geo/Use.swift": "let p = Point(x: 3, z: 2)\n"])
        #expect(fresh.blocking.count == 1)
    }
}
