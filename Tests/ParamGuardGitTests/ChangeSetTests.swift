import ParamGuardGit
import ParamGuardTestSupport
import Testing

@Suite struct ChangeSetTests {
    let isPython: (String) -> Bool = { $0.hasSuffix(".py") }

    @Test func stagedChangesBeforeTheFirstCommitAreAllAdditions() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("a.py", "x = 1\n")
        try sandbox.write("notes.txt", "ignored\n")
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        #expect(try repository.headCommit() == nil)
        let changes = try repository.changeSet(.staged, include: isPython)
        #expect(changes.changes.map(\.path) == ["a.py"])
        #expect(changes.changes[0].oldBlob == nil && changes.changes[0].newBlob != nil)
    }

    @Test func rangesAddModifyAndDelete() throws {
        let sandbox = try GitSandbox()
        let first = try sandbox.commit(["keep.py": "k\n", "edit.py": "a\n", "gone.py": "g\n"])
        try sandbox.git(["rm", "-q", "gone.py"])
        let second = try sandbox.commit(["edit.py": "b\n", "new.py": "n\n"])
        let repository = try Repository.open(at: sandbox.path)
        let changes = try repository.changeSet(.range(from: first, to: second), include: isPython)
        #expect(changes.changes.map(\.path) == ["edit.py", "gone.py", "new.py"])
        #expect(changes.changes[1].newBlob == nil)
        #expect(changes.after.paths == ["edit.py", "keep.py", "new.py"])
    }

    @Test func baseComparesFromTheForkPoint() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["a.py": "1\n"])
        try sandbox.git(["checkout", "-q", "-b", "feature"])
        try sandbox.commit(["b.py": "2\n"])
        try sandbox.git(["checkout", "-q", "main"])
        try sandbox.commit(["c.py": "3\n"])
        try sandbox.git(["checkout", "-q", "feature"])
        let repository = try Repository.open(at: sandbox.path)
        let changes = try repository.changeSet(.base("main"), include: isPython)
        #expect(changes.changes.map(\.path) == ["b.py"], "main's own later commits are not part of the feature's change")
    }

    @Test func addedLinesAreTheNewSidesLineNumbers() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["f.py": "a\nb\nc\nd\n"])
        try sandbox.commit(["f.py": "a\nB\nc\nd\ne\n"])
        let repository = try Repository.open(at: sandbox.path)
        let changes = try repository.changeSet(.range(from: "HEAD~1", to: "HEAD"), include: isPython)
        let change = try #require(changes.changes.first)
        #expect(try repository.addedLines(from: change.oldBlob, to: change.newBlob!) == [2, 5])
        #expect(try repository.addedLines(from: nil, to: change.newBlob!) == [1, 2, 3, 4, 5])
    }

    @Test func unknownRevisionsAndUnbornBaseAreClearErrors() throws {
        let sandbox = try GitSandbox()
        let repository = try Repository.open(at: sandbox.path)
        #expect(throws: GitError.self) { try repository.commit("does-not-exist") }
        do {
            _ = try repository.changeSet(.base("main"), include: isPython)
            Issue.record("a base check needs a HEAD commit")
        } catch let error as GitError {
            #expect(error.message.contains("HEAD has no commit yet"))
        }
    }

    @Test func objectIDsRoundTripThroughHex() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        #expect(ObjectID(hex: hex)?.description == hex)
        #expect(ObjectID(hex: String(repeating: "0", count: 40))?.isZero == true)
        #expect(ObjectID(hex: "xyz") == nil)
    }
}
