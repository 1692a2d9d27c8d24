import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardTestSupport
import Testing

/// What the statistics say of the Python calls a check could not trace to the repository, by reason:
/// a user reads them to see what was not checked.
@Suite struct UnresolvedReasonTests {
    @Test func eachUntracedCallIsCountedUnderWhyItWasNotTraced() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["lib.py": "def helper(a=1):\n    pass\n"])
        try sandbox.write("use.py", """
            import requests
            from lib import helper
            def run(client, items):
                requests.get('u', timeout=1)
                client.fetch(retries=2)
                print('x', end='')
                undefined_here(flag=True)
                items[0].go(now=True)
                value = make()
                value.go(now=False)
                helper(a=2)

            """)
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        let report = Checker(objects: repository).check(try repository.changeSet(.staged, include: Checker.isSource))
        #expect(report.findings.isEmpty)
        #expect(report.stats.callsChecked == 1, "helper(a=2) resolves")
        #expect(report.stats.unresolvedCallsByReason == [
            "imported-from-outside-the-tree": 1, "unknown-receiver": 2, "builtin": 1, "name-not-bound-in-file": 2,
            "callee-is-an-expression": 1,
        ])
    }
}
