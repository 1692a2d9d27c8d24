@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardTestSupport
import Testing

/// The snapshot before a change borrows the identifier indexes and declared names of the snapshot
/// after it; every lookup must answer as a snapshot that computed them itself.
@Suite struct SwiftSnapshotTests {
    @Test func aSnapshotOnABaseAnswersAsOneOnItsOwn() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit([
            "Sources/A/Point.swift": "public struct Point {\n    public init(x: Int) {}\n}\n",
            "Sources/A/Shape.swift": "protocol Shape {}\nextension Point: Shape {}\n",
            "Sources/A/Gone.swift": "final class Gone {\n    func run(label: String) {}\n}\n",
            "Sources/B/Use.swift": "import A\nlet p = Point(x: 1)\n",
            "Sources/B/Broken.swift": "struct Broken {\n",
        ])
        try sandbox.write("Sources/A/Point.swift", "public struct Point {\n    public init(horizontal: Int) {}\n}\nstruct Line {}\n")
        try sandbox.git(["rm", "-q", "Sources/A/Gone.swift"])
        try sandbox.write("Sources/A/New.swift", "enum Gone { case a }\nfunc run(label: String) {}\n")
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        let changeSet = try repository.changeSet(.staged, include: { $0.hasSuffix(".swift") })
        let store = SwiftSourceStore(
            repository: repository, identifierCache: LabelCache(contents: .swiftIdentifiers), summaryCache: SummaryCache(language: .swift))
        let after = SwiftSnapshot(files: changeSet.after, store: store)
        let onBase = SwiftSnapshot(files: changeSet.before, store: store, base: after)
        let alone = SwiftSnapshot(files: changeSet.before, store: store)
        for name in ["Point", "Line", "Gone", "run", "Shape", "Broken", "Use", "init", "label", "horizontal", "x"] {
            #expect(onBase.paths(declaring: name) == alone.paths(declaring: name), "declaring \(name)")
            #expect(onBase.paths(mentioning: name) == alone.paths(mentioning: name), "mentioning \(name)")
        }
        #expect(alone.paths(declaring: "Gone") == ["Sources/A/Gone.swift"])
        #expect(after.paths(declaring: "Gone") == ["Sources/A/New.swift"])
        #expect(onBase.paths(declaring: "Line").isEmpty && after.paths(declaring: "Line") == ["Sources/A/Point.swift"])
    }
}
