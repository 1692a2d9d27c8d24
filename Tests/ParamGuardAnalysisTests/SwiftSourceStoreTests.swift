@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardTestSupport
import Testing

/// The Swift store hands out what each blob gave, parsed or skipped, however it was asked for.
@Suite struct SwiftSourceStoreTests {
    @Test func declarationsOfAFileThatDoesNotParseAreASkipNotACrash() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["Sources/App/broken.swift": "struct Box {\n    func open( {\n}\n"])
        let repository = try Repository.open(at: sandbox.path)
        let files = try repository.files(ofCommit: try #require(try repository.headCommit()), include: Checker.isSource)
        let blob = try #require(files["Sources/App/broken.swift"])
        let store = SwiftSourceStore(
            objects: repository, identifierCache: LabelCache(contents: .swiftIdentifiers), summaryCache: SummaryCache(language: .swift))
        guard case let .skipped(reason) = store.definitions(of: blob) else {
            Issue.record("a file with a syntax error was summarized")
            return
        }
        #expect(reason.hasPrefix("syntax error at"))
        guard case .skipped = store.summary(of: blob) else {
            Issue.record("asked again, the same blob gave something else")
            return
        }
        #expect(store.parsedCount == 1, "parsed once")
    }
}
