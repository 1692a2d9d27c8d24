import Foundation
@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardTestSupport
import Testing

/// The Swift identifier cache: which identifiers each Swift blob holds, so warm runs find the files
/// that can declare or call a name without reading the others.
@Suite struct SwiftIdentifierCacheTests {
    /// A package whose staged change renames an init label that two of many files still write.
    func stagedRename() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        var files: [String: String] = ["Sources/Net/Client.swift": "public struct Client {\n    public init(timeout: Int) {}\n}\n"]
        for number in 0..<30 { files["Sources/Net/Other\(number).swift"] = "let value\(number) = \(number)\n" }
        files["Sources/App/a.swift"] = "import Net\nlet a = Client(timeout: 1)\n"
        files["Sources/App/b.swift"] = "import Net\nlet b = Client(\n    timeout: 2)\n"
        try sandbox.commit(files)
        try sandbox.write("Sources/Net/Client.swift", "public struct Client {\n    public init(seconds: Int) {}\n}\n")
        try sandbox.git(["add", "-A"])
        return sandbox
    }

    func check(_ sandbox: GitSandbox, cache: LabelCache) throws -> [String] {
        let repository = try Repository.open(at: sandbox.path)
        let report = Checker(objects: repository, caches: Caches(swiftIdentifiers: cache)).check(try repository.changeSet(.staged, include: Checker.isSource))
        return report.findings.map { "\($0.path):\($0.location.line):\($0.location.column) \($0.oldLabel)" }
    }

    static let expected = ["Sources/App/a.swift:2:16 timeout", "Sources/App/b.swift:3:5 timeout"]

    @Test func cachedAndUncachedRunsFindTheSame() throws {
        let sandbox = try stagedRename()
        #expect(try check(sandbox, cache: LabelCache(contents: .swiftIdentifiers)) == Self.expected)
        let repository = try Repository.open(at: sandbox.path)
        let cold = LabelCache(repository: repository, contents: .swiftIdentifiers)
        #expect(try check(sandbox, cache: cold) == Self.expected)
        cold.save()
        let warm = LabelCache(repository: repository, contents: .swiftIdentifiers)
        // 33 files, and the old version of the changed one (looked up in the tree before the change).
        #expect(warm.count == 34, "every Swift blob looked at is remembered")
        #expect(try check(sandbox, cache: warm) == Self.expected)
    }

    @Test(arguments: ["truncated", "older version"])
    func aDamagedOrOlderCacheIsIgnoredAndRewritten(kind: String) throws {
        let sandbox = try stagedRename()
        let repository = try Repository.open(at: sandbox.path)
        let first = LabelCache(repository: repository, contents: .swiftIdentifiers)
        _ = try check(sandbox, cache: first)
        first.save()
        let url = sandbox.root.appendingPathComponent(".git/paramguard/swift-identifier-cache")
        var bytes = try Data(contentsOf: url)
        if kind == "truncated" {
            bytes = bytes.prefix(bytes.count - 5)
        } else {
            bytes = LabelCacheTests.withOlderVersion(bytes)
        }
        try bytes.write(to: url)
        let reread = LabelCache(repository: repository, contents: .swiftIdentifiers)
        #expect(reread.count == 0, "a \(kind) cache is not trusted")
        #expect(try check(sandbox, cache: reread) == Self.expected)
    }

    @Test func identifierScanSkipsNumbersAndReadsBacktickedNames() {
        let index = IdentifierScan.index(of: Array("let `default` = 0x1F + value2 // note".utf8))
        for word in ["let", "default", "value2", "note"] { #expect(index.mentions(IdentifierScan.hash(word)), "\(word)") }
        #expect(!index.mentions(IdentifierScan.hash("x1F")))
    }
}
