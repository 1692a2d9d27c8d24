import ParamGuardModel
import Testing

@Suite struct GitPathTests {
    func decoded(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes(GitPath.decoded)
    }

    @Test func utf8PathsAreTakenAsTheyAre() {
        #expect(decoded(Array("app/models.py".utf8)) == "app/models.py")
        #expect(decoded(Array("docs/café.py".utf8)) == "docs/café.py")
        #expect(!GitPath.isQuoted("docs/café.py"))
    }

    @Test func otherPathsAreQuotedAsGitQuotesThem() {
        #expect(decoded(Array("app/caf".utf8) + [0xE9] + Array(".py".utf8)) == "app/caf\\351.py")
        #expect(decoded(Array("a\\b \"c\".py".utf8)) == "a\\\\b \\\"c\\\".py")
        #expect(decoded(Array("tab\there".utf8) + [0xFF]) == "tab\\there\\377")
        #expect(GitPath.isQuoted("app/caf\\351.py"))
        // Two names that decoding would both turn into "caf\u{FFFD}.py" stay apart.
        #expect(decoded(Array("caf".utf8) + [0xE9] + Array(".py".utf8)) != decoded(Array("caf".utf8) + [0xE8] + Array(".py".utf8)))
    }
}
