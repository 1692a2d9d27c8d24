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
            objects: repository, identifierCache: LabelCache(contents: .swiftIdentifiers), summaryCache: SummaryCache(language: .swift))
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

/// Lookups that need only some of the files declaring a name parse only those, and answer as a
/// lookup of all of them would.
@Suite struct SwiftSnapshotNarrowLookupTests {
    /// The sandbox is returned too: its folder goes when it does.
    func snapshot() throws -> (SwiftSnapshot, SwiftSourceStore, GitSandbox) {
        let sandbox = try GitSandbox()
        var files = [
            "Sources/Kit/Box.swift": "public struct Box {\n    public var tool: Tool\n}\n",
            "Sources/Kit/Tool.swift": "public struct Tool {\n    public func use(force: Int) {}\n}\n",
            "Sources/Kit/Response.swift": "struct Response {\n    init(status: Int) {}\n}\n",
            "Sources/Other/Response.swift": "public struct Response {\n    public init(code: Int) {}\n}\n",
        ]
        for number in 1...4 { files["Sources/Kit/Box+\(number).swift"] = "extension Box {\n    func step\(number)() {}\n}\n" }
        try sandbox.commit(files)
        let repository = try Repository.open(at: sandbox.path)
        let store = SwiftSourceStore(
            objects: repository, identifierCache: LabelCache(contents: .swiftIdentifiers), summaryCache: SummaryCache(language: .swift))
        let tree = try repository.changeSet(.staged, include: { $0.hasSuffix(".swift") }).after
        return (SwiftSnapshot(files: tree, store: store), store, sandbox)
    }

    @Test func aMemberIsLookedForOnlyInTheFilesThatMentionIt() throws {
        let (snapshot, store, sandbox) = try snapshot()
        defer { withExtendedLifetime(sandbox) {} }
        let narrowed = snapshot.types(named: "Box", mentioning: ["tool"], inFiles: nil)
        #expect(narrowed.map(\.path) == ["Sources/Kit/Box.swift"])
        #expect(store.parsedCount == 1, "the four extensions do not mention `tool`")
        #expect(snapshot.types(named: "Box").count == 5)
        #expect(snapshot.types(named: "Box", mentioning: ["tool"], inFiles: nil).map(\.path) == narrowed.map(\.path), "the same once all are known")
    }

    @Test func onlyTheFilesACallerCanSeeAreRead() throws {
        let (snapshot, store, sandbox) = try snapshot()
        defer { withExtendedLifetime(sandbox) {} }
        let seen = snapshot.types(named: "Response", mentioning: [], inFiles: { $0.hasPrefix("Sources/Kit/") })
        #expect(seen.map(\.path) == ["Sources/Kit/Response.swift"])
        #expect(store.parsedCount == 1)
    }

    @Test func whetherATypeExistsNeedsOneFile() throws {
        let (snapshot, store, sandbox) = try snapshot()
        defer { withExtendedLifetime(sandbox) {} }
        #expect(snapshot.declaresType(named: "Box"))
        #expect(store.parsedCount == 1)
        #expect(!snapshot.declaresType(named: "step1"), "a function is not a type")
        #expect(!snapshot.declaresType(named: "Missing"))
    }
}
