import Foundation
@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardTestSupport
import Testing

@Suite struct LabelCacheTests {
    /// A repository whose staged change renames a keyword that two of many files still pass.
    func stagedRename() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        var files: [String: String] = ["api.py": "def fetch(url, timeout=5):\n    pass\n"]
        for number in 0..<30 { files["m\(number).py"] = "x = \(number)\n" }
        files["a.py"] = "from api import fetch\nfetch('u', timeout=1)\n"
        files["b.py"] = "import api\napi.fetch('u',\n    timeout = 2)\n"
        try sandbox.commit(files)
        try sandbox.write("api.py", "def fetch(url, timeout_seconds=5):\n    pass\n")
        try sandbox.git(["add", "-A"])
        return sandbox
    }

    func check(_ sandbox: GitSandbox, cache: LabelCache) throws -> [String] {
        let repository = try Repository.open(at: sandbox.path)
        let report = Checker(objects: repository, caches: Caches(pythonLabels: cache)).check(try repository.changeSet(.staged, include: Checker.isSource))
        return report.findings.map { "\($0.path):\($0.location.line):\($0.location.column) \($0.oldLabel)" }
    }

    var cacheFile: (GitSandbox) -> URL {
        { $0.root.appendingPathComponent(".git/paramguard/label-cache") }
    }

    @Test func cachedAndUncachedRunsFindTheSame() throws {
        let sandbox = try stagedRename()
        let uncached = try check(sandbox, cache: LabelCache())
        #expect(uncached == ["a.py:2:12 timeout", "b.py:3:5 timeout"])
        let repository = try Repository.open(at: sandbox.path)
        let cold = LabelCache(repository: repository)
        #expect(try check(sandbox, cache: cold) == uncached)
        cold.save()
        let warm = LabelCache(repository: repository)
        #expect(warm.count == 33, "every blob searched is remembered")
        #expect(try check(sandbox, cache: warm) == uncached)
    }

    /// Callers of a newly required parameter pass nothing to find them by: the search reads every blob
    /// for the callable's name once, then answers from the identifier cache.
    @Test func theNewlyRequiredSearchRemembersEachBlobsIdentifiersAndTrustsThem() throws {
        let sandbox = try GitSandbox()
        var files: [String: String] = ["api.py": "def fetch(url, retries=3):\n    pass\n"]
        for number in 0..<10 { files["m\(number).py"] = "x = \(number)\n" }
        files["use.py"] = "from api import fetch\nfetch('u')\n"
        try sandbox.commit(files)
        try sandbox.write("api.py", "def fetch(url, retries=3, *, timeout):\n    pass\n")
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        let changeSet = try repository.changeSet(.staged, include: Checker.isSource)
        func findings(_ identifiers: LabelCache) -> [String] {
            Checker(objects: repository, caches: Caches(pythonIdentifiers: identifiers)).check(changeSet).findings
                .map { "\($0.path):\($0.location.line) \($0.kind.rawValue) \($0.oldLabel)" }
        }
        let identifiers = LabelCache(repository: repository, contents: .pythonIdentifiers)
        let cold = findings(identifiers)
        #expect(cold == ["use.py:2 missing-argument timeout"])
        identifiers.save()
        let warm = LabelCache(repository: repository, contents: .pythonIdentifiers)
        #expect(warm.count == 12, "every blob of the tree was read once and remembered")
        #expect(findings(warm) == cold)
        // What the cache says is trusted: a blob it remembers without the name is not read again.
        let planted = LabelCache(contents: .pythonIdentifiers)
        planted.record([], for: try #require(changeSet.after["use.py"]))
        #expect(findings(planted).isEmpty)
    }

    /// The cache file with its header's version replaced by an older one; the binary body is untouched.
    static func withOlderVersion(_ bytes: Data) -> Data {
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n"))!
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        #expect(header.contains(ParamGuardVersion.current))
        return Data(header.replacingOccurrences(of: ParamGuardVersion.current, with: "0.0.1").utf8) + bytes[newline...]
    }

    @Test func labelScanFindsKeywordsAcrossLinesAndIgnoresComparisons() {
        let hashes = KeywordLabelScan.labelHashes(in: Array("f(a=1, b\n  = 2)\nif c == d: pass\ne += 1\ng <= h\n".utf8))
        #expect(hashes.sortedContains(KeywordLabelScan.hash("a")))
        #expect(hashes.sortedContains(KeywordLabelScan.hash("b")))
        #expect(!hashes.sortedContains(KeywordLabelScan.hash("c")))
        #expect(!hashes.sortedContains(KeywordLabelScan.hash("e")))
        #expect(!hashes.sortedContains(KeywordLabelScan.hash("g")))
    }

    @Test(arguments: ["truncated", "garbage", "flipped byte", "older version"])
    func aDamagedOrForeignCacheIsIgnoredAndRewritten(kind: String) throws {
        let sandbox = try stagedRename()
        let repository = try Repository.open(at: sandbox.path)
        let first = LabelCache(repository: repository)
        _ = try check(sandbox, cache: first)
        first.save()
        let url = cacheFile(sandbox)
        var bytes = try Data(contentsOf: url)
        switch kind {
        case "truncated": bytes = bytes.prefix(bytes.count - 7)
        case "garbage": bytes = Data((LabelCache.Contents.pythonKeywordLabels.header + "\nnot a line\n").utf8)
        case "flipped byte": bytes[bytes.count / 2] ^= 0x10
        default: bytes = Self.withOlderVersion(bytes)
        }
        try bytes.write(to: url)
        let reread = LabelCache(repository: repository)
        #expect(reread.count == 0, "a \(kind) cache is not trusted")
        #expect(try check(sandbox, cache: reread) == ["a.py:2:12 timeout", "b.py:3:5 timeout"])
        reread.save()
        #expect(LabelCache(repository: repository).count == 33, "and it is rewritten whole")
    }
}
