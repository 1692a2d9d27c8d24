import Foundation
import ParamGuardTestSupport
import Testing

/// `git commit` through the installed hook, in real repositories.
@Suite struct PreCommitHookTests {
    @Test func staleCallerBlocksTheCommitAndMigratingItLetsItThrough() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("app/caller.py:4:31: error:"), "\(blocked.output)")
        #expect(blocked.output.contains("renamed it to 'client_id'"))
        #expect(blocked.output.contains("app/context.py:4: note: 'Context' is defined here"))
        #expect(try sandbox.git(["log", "--oneline"]).split(separator: "\n").count == 1, "nothing was committed")

        try sandbox.write("app/caller.py", Scenario.caller("client_id"))
        try sandbox.git(["add", "-A"])
        let passed = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(passed.status == 0, "\(passed.output)")
    }

    /// The rejection shows the migration record that would declare the rename; committed with the
    /// rename, the record lets it through, the accepted call listed. A later commit that writes a new
    /// call on the old keyword is blocked: the record declared the change that added it, nothing after.
    @Test func aMigrationRecordCommittedWithTheChangeDeclaresItAndOnlyIt() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("    [[migration]]\n    callable = \"app.context.Context\"\n    renamed = { connection_id = \"client_id\" }\n"), "\(blocked.output)")
        #expect(blocked.output.contains("or declare an intended change with the migration record shown above"))

        try sandbox.write(".paramguard.toml", Scenario.record)
        try sandbox.git(["add", "-A"])
        let declared = try sandbox.gitWithHooks(["commit", "-m", "rename, declared"])
        #expect(declared.status == 0, "\(declared.output)")
        #expect(declared.output.contains("app/caller.py:4:31: note: "), "\(declared.output)")
        #expect(declared.output.contains("accepted by the migration record at .paramguard.toml:1 [renamed-parameter]"))

        // Not a copy of app/caller.py: a file copied unchanged brings no new call.
        try sandbox.write("app/worker.py", Scenario.caller("connection_id") + "\nmake('u', 'c')\n")
        try sandbox.git(["add", "-A"])
        let later = try sandbox.gitWithHooks(["commit", "-m", "a new caller on the old keyword"])
        #expect(later.status != 0, "\(later.output)")
        #expect(later.output.contains("app/worker.py:4:31: error:"), "\(later.output)")
    }

    @Test func commitAllChecksTheWorkingTreeChanges() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        // A run at the repository's own index keeps its listing; the hook of `commit -a` must read the
        // index GIT_INDEX_FILE names, not that listing.
        #expect(try sandbox.paramguard(["pre-commit"]).status == 0, "nothing is staged yet")
        let blocked = try sandbox.gitWithHooks(["commit", "-a", "-m", "rename"])
        #expect(blocked.status != 0, "git commit -a must be checked through GIT_INDEX_FILE: \(blocked.output)")
        #expect(blocked.output.contains("app/caller.py:4:31"))
    }

    @Test func commitWithPathsChecksOnlyWhatIsCommitted() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.write("app/caller.py", Scenario.caller("client_id"))
        // Committing the definition alone leaves the committed caller stale.
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename", "app/context.py"])
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("app/caller.py:4:31"))
        // Committing both paths together is a complete migration.
        let passed = try sandbox.gitWithHooks(["commit", "-m", "rename", "app/context.py", "app/caller.py"])
        #expect(passed.status == 0, "\(passed.output)")
    }

    /// A file name that is not UTF-8 is printed as git quotes it, so that it can be found; decoding
    /// it would print U+FFFD. Its calls are checked like any other file's.
    @Test func aPathThatIsNotUTF8IsPrintedAsGitQuotesIt() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.write("app/caller.py", Scenario.caller("client_id"))
        var name = Array((sandbox.path + "/app/caf").utf8CString.dropLast())
        name += [CChar(bitPattern: 0xE9)] + Array(".py".utf8CString)
        let descriptor = open(name, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        let text = Array(Scenario.caller("connection_id").utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("\"app/caf\\351.py\":4:31: error:"), "\(blocked.output)")
        #expect(!blocked.output.contains("\u{FFFD}"))
    }

    /// Odd files: a Git LFS pointer is skipped and named; a CRLF file with a byte-order mark is read
    /// (its quoted line without the carriage return); a change of mode alone changes nothing.
    @Test func oddFilesHaveTheirDocumentedOutcomes() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.write("app/caller.py", Scenario.caller("client_id"))
        try sandbox.write("app/model.py", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")
        try sandbox.write("app/crlf.py", "\u{FEFF}" + Scenario.caller("connection_id").replacingOccurrences(of: "\n", with: "\r\n"))
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("app/crlf.py:4:31: error:"), "\(blocked.output)")
        #expect(blocked.output.contains("return Context(user_id=u, connection_id=c)\n"), "no \\r: \(blocked.output)")
        #expect(blocked.output.contains("app/model.py: warning: not checked: a Git LFS pointer"), "\(blocked.output)")

        try sandbox.write("app/crlf.py", "\u{FEFF}" + Scenario.caller("client_id").replacingOccurrences(of: "\n", with: "\r\n"))
        try sandbox.git(["add", "-A"])
        #expect(try sandbox.gitWithHooks(["commit", "-q", "-m", "rename"]).status == 0)
        try sandbox.git(["update-index", "--chmod=+x", "app/caller.py"])
        let modeOnly = try sandbox.gitWithHooks(["commit", "-m", "executable"])
        #expect(modeOnly.status == 0, "\(modeOnly.output)")
    }

    @Test func firstCommitOfARepositoryIsCheckedAsAllNew() throws {
        let sandbox = try GitSandbox()
        #expect(try sandbox.paramguard(["install"]).status == 0)
        var files = Scenario.base
        files["app/caller.py"] = Scenario.caller("conection_id")
        for (path, text) in files { try sandbox.write(path, text) }
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "first"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("did you mean 'connection_id'?"), "\(blocked.output)")
        try sandbox.write("app/caller.py", Scenario.caller("connection_id"))
        try sandbox.git(["add", "-A"])
        #expect(try sandbox.gitWithHooks(["commit", "-m", "first"]).status == 0)
    }

    @Test func linkedWorktreeCommitsAreChecked() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        let worktree = sandbox.path + "-worktree"
        defer { try? FileManager.default.removeItem(atPath: worktree) }
        try sandbox.git(["worktree", "add", "-q", "-b", "side", worktree])
        try Data(Scenario.contextAfter.utf8).write(to: URL(fileURLWithPath: worktree + "/app/context.py"))
        try sandbox.git(["add", "-A"], in: worktree)
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"], in: worktree)
        #expect(blocked.status != 0, "\(blocked.output)")
        #expect(blocked.output.contains("app/caller.py:4:31"))
    }

    @Test func detachedHeadIsCheckedLikeABranch() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.git(["checkout", "-q", "--detach"])
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "-A"])
        let result = try sandbox.paramguard(["check-diff", "--staged"])
        #expect(result.status == 1, "\(result.output)")
    }

    @Test func installKeepsAndChainsAnExistingHook() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(Scenario.base)
        let hooks = sandbox.path + "/.git/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try Data("#!/bin/sh\ntouch \"$(git rev-parse --show-toplevel)/ran-old-hook\"\n".utf8).write(to: URL(fileURLWithPath: hooks + "/pre-commit"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hooks + "/pre-commit")
        let install = try sandbox.paramguard(["install"])
        #expect(install.status == 0)
        #expect(install.output.contains("runs first"))
        #expect(FileManager.default.fileExists(atPath: hooks + "/pre-commit.before-paramguard"))
        try sandbox.write("app/context.py", Scenario.contextAfter)
        try sandbox.git(["add", "app/context.py"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename"])
        #expect(blocked.status != 0)
        #expect(FileManager.default.fileExists(atPath: sandbox.path + "/ran-old-hook"), "the earlier hook still runs")
        let again = try sandbox.paramguard(["install"])
        #expect(again.status == 0 && again.output.contains("updated"), "\(again.output)")
    }

    @Test func installRefusesToOverwriteAnEarlierChainedHookWithoutForce() throws {
        let sandbox = try GitSandbox()
        let hooks = sandbox.path + "/.git/hooks"
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: URL(fileURLWithPath: hooks + "/pre-commit"))
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: URL(fileURLWithPath: hooks + "/pre-commit.before-paramguard"))
        let refused = try sandbox.paramguard(["install"])
        #expect(refused.status == 2, "\(refused.output)")
        #expect(refused.output.contains("--force"))
        #expect(try sandbox.paramguard(["install", "--force"]).status == 0)
    }

    @Test func installHonoursCoreHooksPath() throws {
        let sandbox = try GitSandbox()
        try sandbox.git(["config", "core.hooksPath", ".githooks"])
        let install = try sandbox.paramguard(["install"])
        #expect(install.status == 0, "\(install.output)")
        #expect(FileManager.default.fileExists(atPath: sandbox.path + "/.githooks/pre-commit"))
    }

    @Test func installedHookIsTheOneInTheHooksFolder() throws {
        let sandbox = try GitSandbox()
        #expect(try sandbox.paramguard(["install"]).status == 0)
        let installed = sandbox.read(".git/hooks/pre-commit")
        let shipped = try String(contentsOf: BuiltProducts.packageRoot().appendingPathComponent("hooks/pre-commit"), encoding: .utf8)
        #expect(installed == shipped)
    }

    @Test func hookWithoutTheBinaryFailsClosedWithAMessage() throws {
        let sandbox = try GitSandbox.withInstalledHook()
        try sandbox.write("app/other.py", "x = 1\n")
        try sandbox.git(["add", "-A"])
        let result = try sandbox.run(["git", "commit", "-m", "x"], environment: ["PARAMGUARD": "/nonexistent/paramguard"])
        #expect(result.status != 0)
        #expect(result.output.contains("not found"))
    }
}
