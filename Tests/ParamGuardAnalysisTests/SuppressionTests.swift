@testable import ParamGuardAnalysis
import Testing

@Suite struct SuppressionTests {
    @Test(arguments: [
        ("f(a=1)  # paramguard: ignore", true),
        ("f(a=1)  # paramguard: ignore[renamed-parameter]", true),
        ("f(a=1)  # noqa # paramguard: ignore[unknown-keyword, renamed-parameter]", true),
        ("f(a=1)  # paramguard: ignore[unknown-keyword]", false),
        ("f(a=1)  # paramguard: ignore[renamed-parameter", false),
        ("f(a=1)  # paramguard ignore", false),
        ("f(a=1)", false),
    ])
    func directive(line: String, suppressesRename: Bool) {
        #expect(Suppression.suppresses(.renamedParameter, onLine: line) == suppressesRename)
    }
}
