import Foundation
import ParamGuardTestSupport
import Testing

/// `paramguard check-diff`, `inspect` and the command line's error handling.
@Suite struct CheckDiffTests {
    func breakingHistory() throws -> (GitSandbox, String, String) {
        let sandbox = try GitSandbox()
        let first = try sandbox.commit(Scenario.base, message: "base")
        let second = try sandbox.commit(["app/context.py": Scenario.contextAfter], message: "rename")
        return (sandbox, first, second)
    }

    /// The CI formats: SARIF for code scanning, workflow commands for GitHub Actions; the exit code
    /// is the same as the text report's.
    @Test func rangeWithSARIFAndGitHubOutput() throws {
        let (sandbox, first, second) = try breakingHistory()
        let sarif = try sandbox.paramguard(["check-diff", "\(first)..\(second)", "--format", "sarif"])
        #expect(sarif.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.output.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "renamed-parameter" && result["level"] as? String == "error")
        let location = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "app/caller.py")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 4 && region["startColumn"] as? Int == 31 && region["endColumn"] as? Int == 44)

        let github = try sandbox.paramguard(["check-diff", "\(first)..\(second)", "--format", "github"])
        #expect(github.status == 1)
        #expect(github.output.hasPrefix("::error file=app/caller.py,line=4,col=31,endColumn=44,title=paramguard%3A renamed-parameter::'Context' no longer accepts keyword 'connection_id'"), "\(github.output)")
        #expect(github.output.contains("1 call in 1 file no longer matches"))
    }

    @Test func rangeWithJSONOutput() throws {
        let (sandbox, first, second) = try breakingHistory()
        let result = try sandbox.paramguard(["check-diff", "\(first)..\(second)", "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding["path"] as? String == "app/caller.py")
        #expect(finding["line"] as? Int == 4 && finding["column"] as? Int == 31)
        #expect(finding["callee"] as? String == "Context")
        #expect(finding["old_label"] as? String == "connection_id")
        #expect(finding["new_label"] as? String == "client_id")
        #expect(finding["kind"] as? String == "renamed-parameter")
        let definition = try #require(finding["definition"] as? [String: Any])
        #expect(definition["path"] as? String == "app/context.py" && definition["line"] as? Int == 4)
        #expect((document["stats"] as? [String: Any])?["unresolved_calls"] != nil)
    }

    /// libgit2 1.5 loops forever inflating a truncated loose object: the time budget ends the run,
    /// failing closed with a message, instead of hanging the commit.
    @Test func aTruncatedObjectStopsAtTheTimeBudgetInsteadOfHanging() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["m.py": "def f(a=1):\n    pass\n", "u.py": "from m import f\nf(a=1)\n"])
        let filler = (0..<200).map { "x\($0) = '\(String(repeating: "ab", count: 20))'" }.joined(separator: "\n")
        try sandbox.write("m.py", "def f(b=1):\n    pass\n" + filler + "\n")
        try sandbox.git(["add", "m.py"])
        let object = try sandbox.git(["rev-parse", ":m.py"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = sandbox.root.appendingPathComponent(".git/objects/\(object.prefix(2))/\(object.dropFirst(2))")
        let bytes = try Data(contentsOf: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try bytes.prefix(bytes.count / 2).write(to: url)
        let result = try sandbox.run(
            [try BuiltProducts.paramguard(), "check-diff", "--staged"], environment: ["PARAMGUARD_TIME_BUDGET": "2"])
        #expect(result.status == 2)
        #expect(result.output.contains("stopped after 2 s, its time budget (PARAMGUARD_TIME_BUDGET)"))
        let invalid = try sandbox.run([try BuiltProducts.paramguard(), "check-diff", "--staged"], environment: ["PARAMGUARD_TIME_BUDGET": "soon"])
        #expect(invalid.status == 2 && invalid.output.contains("PARAMGUARD_TIME_BUDGET must be a number of seconds"))
    }

    /// A sparse checkout leaves callers out of the work tree, not out of the index or the object
    /// store: they are checked. A sparse index (`index.sparse = true`), which libgit2 1.5 cannot read,
    /// stops the check with a message saying how to keep the sparse checkout readable.
    @Test func aSparseCheckoutIsCheckedAndASparseIndexSaysWhatToDo() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["a/__init__.py": "", "a/api.py": "def f(x, timeout=1):\n    pass\n", "b/__init__.py": "", "b/use.py": "from a.api import f\nf(1, timeout=2)\n"])
        try sandbox.git(["sparse-checkout", "set", "a"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("b/use.py").path))
        try sandbox.write("a/api.py", "def f(x, seconds=1):\n    pass\n")
        try sandbox.git(["add", "a/api.py"])
        let sparse = try sandbox.paramguard(["check-diff", "--staged"])
        #expect(sparse.status == 1)
        #expect(sparse.output.contains("b/use.py:2:6: error: 'f' no longer accepts keyword 'timeout'"))
        try sandbox.git(["config", "index.sparse", "true"])
        try sandbox.git(["sparse-checkout", "reapply"])
        let sparseIndex = try sandbox.paramguard(["check-diff", "--staged"])
        #expect(sparseIndex.status == 2)
        #expect(sparseIndex.output.contains("This is a sparse index (index.sparse = true)"))
        #expect(sparseIndex.output.contains("git config index.sparse false && git sparse-checkout reapply"))
    }

    /// A blob that cannot be read (deleted from the object store, say) is reported by path, never
    /// passed over in silence: a caller's, and the version before of a changed definition's.
    @Test func missingBlobsAreReportedByPath() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["m.py": "def f(a=1):\n    pass\n", "u.py": "from m import f\nf(a=1)\n", "n.py": "def g(c=1):\n    pass\n"])
        for path in ["u.py", "n.py"] {
            let object = try sandbox.git(["rev-parse", "HEAD:\(path)"]).trimmingCharacters(in: .whitespacesAndNewlines)
            try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent(".git/objects/\(object.prefix(2))/\(object.dropFirst(2))"))
        }
        try sandbox.write("m.py", "def f(b=1):\n    pass\n")
        try sandbox.write("n.py", "def g(d=1):\n    pass\n")
        try sandbox.git(["add", "m.py", "n.py"])
        let result = try sandbox.paramguard(["check-diff", "--staged", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let skipped = try #require(document["skipped"] as? [[String: String]])
        #expect(skipped.map { $0["path"] } == ["n.py", "u.py"])
        #expect(skipped.first?["reason"]?.contains("its version before the change cannot be read") == true)
        #expect(skipped.last?["reason"]?.contains("cannot be read") == true)
    }

    /// Something other than a regular file where a cache file goes (a FIFO, which blocks whoever opens
    /// it for reading) is not read: the run goes on as with no cache.
    @Test func aFIFOInTheCacheDirectoryIsNotRead() throws {
        let (sandbox, first, second) = try breakingHistory()
        let expected = try sandbox.paramguard(["check-diff", "\(first)..\(second)"])
        let cache = sandbox.root.appendingPathComponent(".git/paramguard")
        try FileManager.default.removeItem(at: cache)
        for folder in ["python-summaries", "tree-listings"] {
            try FileManager.default.createDirectory(at: cache.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for name in ["label-cache", "swift-manifests", "python-summaries/pack-0-1.pack"] {
            #expect(mkfifo(cache.appendingPathComponent(name).path, 0o644) == 0)
        }
        let result = try sandbox.run(
            [try BuiltProducts.paramguard(), "check-diff", "\(first)..\(second)"], environment: ["PARAMGUARD_TIME_BUDGET": "30"])
        #expect(result.status == 1)
        #expect(result.output == expected.output)
    }

    /// A repository owned by another user, as git's rules have it: refused, with a message that says
    /// why (not "not a git repository"), unless `safe.directory` lists its path or `*`.
    @Test(.enabled(if: getuid() == 0, "needs root, to give the repository to another user"))
    func aRepositoryOfAnotherUserFollowsSafeDirectory() throws {
        let (sandbox, first, second) = try breakingHistory()
        _ = try sandbox.run(["chown", "-R", "nobody", sandbox.path])
        defer { _ = try? sandbox.run(["chown", "-R", "root", sandbox.path]) }
        let home = sandbox.path + "-home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        func check(safeDirectories: [String]) throws -> GitSandbox.Result {
            let config = safeDirectories.map { "[safe]\n\tdirectory = \($0)\n" }.joined()
            try config.write(toFile: home + "/.gitconfig", atomically: true, encoding: .utf8)
            return try sandbox.run(
                [try BuiltProducts.paramguard(), "check-diff", "\(first)..\(second)"],
                environment: ["HOME": home, "GIT_CONFIG_GLOBAL": home + "/.gitconfig"])
        }
        let refused = try check(safeDirectories: [])
        #expect(refused.status == 2)
        #expect(refused.output.contains("is owned by another user, and git's safe.directory does not list it"))
        #expect(try check(safeDirectories: ["*"]).status == 1, "the stale call is found")
        #expect(try check(safeDirectories: [sandbox.path]).status == 1)
    }

    @Test func twoRevisionsAndBaseAndBareRepository() throws {
        let (sandbox, first, second) = try breakingHistory()
        #expect(try sandbox.paramguard(["check-diff", first, second]).status == 1)
        #expect(try sandbox.paramguard(["check-diff", "\(second)..\(second)"]).status == 0)
        try sandbox.git(["branch", "base", first])
        #expect(try sandbox.paramguard(["check-diff", "--base", "base"]).status == 1)
        let bare = sandbox.path + "-bare.git"
        defer { try? FileManager.default.removeItem(atPath: bare) }
        try sandbox.git(["clone", "-q", "--bare", sandbox.path, bare])
        let leading = try sandbox.paramguard(["-C", bare, "check-diff", "\(first)..\(second)"])
        #expect(leading.status == 1, "\(leading.output)")
        let trailing = try sandbox.paramguard(["check-diff", "-C", bare, "\(first)..\(second)"])
        #expect(trailing.status == 1, "\(trailing.output)")
        // A bare repository has no index and no commits made in it: said, with exit 2, not a silent pass.
        for command in [["check-diff", "--staged"], ["pre-commit"]] {
            let staged = try sandbox.paramguard(["-C", bare] + command)
            #expect(staged.status == 2 && staged.output.contains("this is a bare repository: nothing is staged in it"))
        }
        let install = try sandbox.paramguard(["-C", bare, "install"])
        #expect(install.status == 2 && install.output.contains("install the pre-receive hook instead"))
        #expect(!FileManager.default.fileExists(atPath: bare + "/hooks/pre-commit"))
    }

    @Test func outsideARepositoryExitsTwoWithOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paramguard-norepo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sandbox = try GitSandbox()
        let result = try sandbox.run([try BuiltProducts.paramguard(), "check-diff"], in: folder.path, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.output.contains("not a git repository"), "\(result.output)")
        #expect(result.output.split(separator: "\n").count <= 2)
    }

    @Test func unknownRevisionAndConflictingOptionsExitTwo() throws {
        let (sandbox, _, _) = try breakingHistory()
        let unknown = try sandbox.paramguard(["check-diff", "nope..HEAD"])
        #expect(unknown.status == 2 && unknown.output.contains("unknown revision 'nope'"), "\(unknown.output)")
        let conflicting = try sandbox.paramguard(["check-diff", "--base", "main", "HEAD~1..HEAD"])
        #expect(conflicting.status == 2)
        let notARange = try sandbox.paramguard(["check-diff", "HEAD"])
        #expect(notARange.status == 2 && notARange.output.contains("not a range"))
    }

    @Test func unreadableFilesAreReportedAndSkipped() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(Scenario.base, message: "base")
        try sandbox.write("app/binary.py", bytes: [0x63, 0x00, 0x01, 0x02])
        try sandbox.write("app/latin.py", bytes: Array("x = '".utf8) + [0xE9] + Array("'\n".utf8))
        try sandbox.write("app/broken.py", "def f(:\n")
        try sandbox.git(["add", "-A"])
        let result = try sandbox.paramguard(["check-diff"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("app/binary.py: warning: not checked: binary content"))
        #expect(result.output.contains("app/latin.py: warning: not checked: not valid UTF-8"))
        #expect(result.output.contains("app/broken.py: warning: not checked: syntax error at"))
    }

    @Test func theLabelCacheIsWrittenByACheckAndCleared() throws {
        let (sandbox, first, second) = try breakingHistory()
        #expect(try sandbox.paramguard(["check-diff", "\(first)..\(second)"]).status == 1)
        let cache = sandbox.path + "/.git/paramguard/label-cache"
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(try sandbox.paramguard(["check-diff", "\(first)..\(second)"]).status == 1, "a warm run finds the same")
        let cleared = try sandbox.paramguard(["cache", "clear"])
        #expect(cleared.status == 0 && cleared.output.contains("cache cleared"))
        #expect(!FileManager.default.fileExists(atPath: cache))
        #expect(try sandbox.paramguard(["cache", "clear"]).output.contains("there was no cache"))
    }

    @Test func inspectPrintsTheExtractedFacts() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("m.py", Scenario.contextBefore)
        let result = try sandbox.paramguard(["inspect", sandbox.path + "/m.py"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let callables = try #require(document["callables"] as? [[String: Any]])
        #expect(callables.contains { $0["name"] as? String == "Context" && $0["source"] as? String == "dataclass_fields" })
        let missing = try sandbox.paramguard(["inspect", sandbox.path + "/none.py"])
        #expect(missing.status == 2)
    }

    @Test func rulesListsEveryRuleAndExplainsOne() throws {
        let sandbox = try GitSandbox()
        let list = try sandbox.paramguard(["rules"])
        #expect(list.status == 0)
        for id in ["renamed-parameter", "removed-parameter", "unknown-keyword", "missing-argument", "too-many-positional",
                   "reordered-parameters", "stale-conformance"] {
            #expect(list.output.contains("\n\(id) ") || list.output.hasPrefix("\(id) "), "\(id) listed")
        }
        let one = try sandbox.paramguard(["rules", "renamed-parameter"])
        #expect(one.status == 0)
        #expect(one.output.hasPrefix("renamed-parameter (error; python, swift)"))
        #expect(one.output.contains("    fetch('u', timeout=1)\n"), "the example, without its markers")
        #expect(one.output.contains("paramguard reports renamed-parameter at use.py:2."))
        let unknown = try sandbox.paramguard(["rules", "renamed-label"])
        #expect(unknown.status == 2 && unknown.output.contains("no rule 'renamed-label'; the rules are: renamed-parameter"))
    }

    @Test func demoBlocksTwiceAndPassesOnce() throws {
        let sandbox = try GitSandbox()
        let result = try sandbox.paramguard(["demo"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.components(separatedBy: "commit BLOCKED").count - 1 == 2)
        #expect(result.output.contains("app/agents.py:7:9: error:"))
        #expect(result.output.contains("did you mean 'websocket_client_id'?"))
        #expect(!result.output.contains("legacy/"), "the decoy class's callers are never flagged")
    }
}
