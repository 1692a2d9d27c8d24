import Foundation
@testable import ParamGuardAnalysis
@testable import ParamGuardGit
import ParamGuardTestSupport
import Testing

/// Listings of commit trees kept between runs: a change set built from a kept listing must be the one
/// built by walking the tree, and a damaged listing must never be used.
@Suite struct TreeListingCacheTests {
    func sandbox() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.commit(["a.py": "x = 1\n", "pkg/b.py": "y = 2\n", "Sources/App/c.swift": "let z = 3\n", "notes.txt": "n\n"])
        try sandbox.write("a.py", "x = 2\n")
        try sandbox.write("Sources/App/d.swift", "let w = 4\n")
        try sandbox.git(["add", "-A"])
        return sandbox
    }

    func describe(_ changeSet: ChangeSet) -> [String] {
        changeSet.before.entries.map { "before \($0.0) \($0.1)" } + changeSet.after.entries.map { "after \($0.0) \($0.1)" }
            + changeSet.changes.map { "change \($0.path)" }
    }

    @Test func aKeptListingGivesTheSameChangeSetAsAWalk() throws {
        let sandbox = try sandbox()
        let repository = try Repository.open(at: sandbox.path)
        let walked = describe(try repository.changeSet(.staged, include: Checker.isSource))
        #expect(walked.contains("change a.py") && walked.contains("change Sources/App/d.swift") && !walked.contains { $0.contains("notes.txt") })
        let first = TreeListingCache(repository: repository)
        #expect(describe(try repository.changeSet(.staged, include: Checker.isSource, knownTrees: first)) == walked)
        let tree = try repository.treeID(ofCommit: try #require(try repository.headCommit()))
        #expect(first.files(ofTree: tree)?.paths == ["Sources/App/c.swift", "a.py", "pkg/b.py"], "kept by the first run")
        let second = TreeListingCache(repository: repository)
        #expect(describe(try repository.changeSet(.staged, include: Checker.isSource, knownTrees: second)) == walked)
    }

    @Test func aKeptIndexListingServesOnlyThatIndex() throws {
        let sandbox = try sandbox()
        let repository = try Repository.open(at: sandbox.path)
        let cache = TreeListingCache(repository: repository)
        _ = try repository.changeSet(.staged, include: Checker.isSource, knownTrees: cache)
        let checksum = try #require(repository.indexChecksumOnDisk())
        #expect(cache.files(ofIndex: checksum)?.paths == ["Sources/App/c.swift", "Sources/App/d.swift", "a.py", "pkg/b.py"])
        // Kept as what differs from HEAD's tree (two files), and unusable once that tree's listing is gone.
        let folder = sandbox.root.appendingPathComponent(".git/paramguard/tree-listings")
        let indexListing = try Data(contentsOf: folder.appendingPathComponent("index-\(checksum)"))
        #expect(indexListing.count < 200, "\(indexListing.count) bytes")
        let tree = try repository.treeID(ofCommit: try #require(try repository.headCommit()))
        let treeListing = try Data(contentsOf: folder.appendingPathComponent("\(tree)"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("\(tree)"))
        #expect(TreeListingCache(repository: repository).files(ofIndex: checksum) == nil)
        try treeListing.write(to: folder.appendingPathComponent("\(tree)"))
        // Staged again: another index, another checksum; the kept listing must not stand for it.
        try sandbox.write("pkg/b.py", "y = 3\n")
        try sandbox.write("pkg/e.py", "z = 4\n")
        try sandbox.git(["add", "-A"])
        try sandbox.git(["rm", "-q", "Sources/App/c.swift"])
        #expect(repository.indexChecksumOnDisk() != checksum)
        let walked = describe(try repository.changeSet(.staged, include: Checker.isSource))
        #expect(walked.contains("change pkg/e.py") && walked.contains("change Sources/App/c.swift"))
        #expect(describe(try repository.changeSet(.staged, include: Checker.isSource, knownTrees: cache)) == walked)
        #expect(describe(try repository.changeSet(.staged, include: Checker.isSource, knownTrees: TreeListingCache(repository: repository))) == walked)
    }

    @Test func aDamagedListingIsNotUsed() throws {
        let sandbox = try sandbox()
        let repository = try Repository.open(at: sandbox.path)
        let walked = describe(try repository.changeSet(.staged, include: Checker.isSource))
        _ = try repository.changeSet(.staged, include: Checker.isSource, knownTrees: TreeListingCache(repository: repository))
        let tree = try repository.treeID(ofCommit: try #require(try repository.headCommit()))
        let url = sandbox.root.appendingPathComponent(".git/paramguard/tree-listings/\(tree)")
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count - 30] ^= 0x20
        try bytes.write(to: url)
        let cache = TreeListingCache(repository: repository)
        #expect(cache.files(ofTree: tree) == nil)
        #expect(describe(try repository.changeSet(.staged, include: Checker.isSource, knownTrees: cache)) == walked)
    }

    @Test func onlyTheNewestListingsAreKept() throws {
        let sandbox = try sandbox()
        let repository = try Repository.open(at: sandbox.path)
        let cache = TreeListingCache(repository: repository)
        for number in 0..<(TreeListingCache.kept + 3) {
            var raw = [UInt8](repeating: 0, count: 20)
            raw[19] = UInt8(number)
            cache.remember(FileTree([("f\(number).py", raw.withUnsafeBytes { ObjectID(rawBytes: $0, at: 0) })]), ofTree: raw.withUnsafeBytes { ObjectID(rawBytes: $0, at: 0) })
        }
        let folder = sandbox.root.appendingPathComponent(".git/paramguard/tree-listings").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == TreeListingCache.kept)
    }
}
