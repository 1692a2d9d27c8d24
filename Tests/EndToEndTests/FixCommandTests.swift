import Foundation
import ParamGuardTestSupport
import Testing

/// `paramguard fix` in real repositories: it rewrites the renamed keywords of the staged change in the
/// work tree, and the commit then passes the installed hook.
@Suite struct FixCommandTests {
    @Test func rewritesTheStaleKeywordsAndTheCommitThenPasses() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.write("app/other.py", "from app.context import Context\n\nx = Context(user_id='u', connection_id='c'); y = Context('v', connection_id = 'd')\n")
        try sandbox.git(["add", "-A"])

        let dryRun = try sandbox.paramguard(["fix", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.output)")
        #expect(dryRun.output.contains("app/caller.py:4:31: would rewrite 'connection_id=' as 'client_id=' [renamed-parameter]"), "\(dryRun.output)")
        #expect(try String(contentsOfFile: sandbox.path + "/app/caller.py", encoding: .utf8) == Scenario.caller("connection_id"))

        let fixed = try sandbox.paramguard(["fix"])
        #expect(fixed.status == 0, "\(fixed.output)")
        #expect(fixed.output.contains("rewrote 3 calls in 2 files"), "\(fixed.output)")
        #expect(try String(contentsOfFile: sandbox.path + "/app/caller.py", encoding: .utf8) == Scenario.caller("client_id"))
        #expect(try String(contentsOfFile: sandbox.path + "/app/other.py", encoding: .utf8)
            == "from app.context import Context\n\nx = Context(user_id='u', client_id='c'); y = Context('v', client_id = 'd')\n")
        #expect(try sandbox.git(["diff", "--cached", "--name-only"]).contains("app/caller.py") == false, "the index is not touched")

        try sandbox.git(["add", "-A"])
        let commit = try sandbox.gitWithHooks(["commit", "-m", "rename, callers fixed"])
        #expect(commit.status == 0, "\(commit.output)")
    }

    /// A file whose work tree bytes are not the version checked is left alone: the findings' places
    /// are exact for that version only.
    @Test func leavesAFileEditedSinceTheVersionChecked() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "-A"])
        let edited = "# edited, not staged\n" + Scenario.caller("connection_id")
        try sandbox.write("app/caller.py", edited)
        let result = try sandbox.paramguard(["fix"])
        #expect(result.status == 1)
        #expect(result.output.contains("the file changed in the work tree since the version checked"), "\(result.output)")
        #expect(try String(contentsOfFile: sandbox.path + "/app/caller.py", encoding: .utf8) == edited)
    }

    /// A caller that is a symbolic link in the work tree is not written through.
    @Test func doesNotWriteThroughASymbolicLink() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "-A"])
        let outside = try GitSandbox()
        try outside.write("target.py", Scenario.caller("connection_id"))
        try FileManager.default.removeItem(atPath: sandbox.path + "/app/caller.py")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/app/caller.py", withDestinationPath: outside.path + "/target.py")
        let result = try sandbox.paramguard(["fix"])
        #expect(result.status == 1)
        #expect(result.output.contains("left:"), "\(result.output)")
        #expect(try String(contentsOfFile: outside.path + "/target.py", encoding: .utf8) == Scenario.caller("connection_id"))
    }

    @Test func aBareRepositoryHasNoWorkTreeToFix() throws {
        let sandbox = try GitSandbox(bare: true)
        let result = try sandbox.paramguard(["fix", "HEAD..HEAD"])
        #expect(result.status == 2)
        #expect(result.output.contains("bare repository"), "\(result.output)")
    }
}
