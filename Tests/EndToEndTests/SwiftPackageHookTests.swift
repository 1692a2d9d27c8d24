import Foundation
import ParamGuardTestSupport
import Testing

/// `git commit` and `git push` through the real hooks, on a small Swift package.
@Suite struct SwiftPackageHookTests {
    static let manifest = """
        // swift-tools-version:5.9
        import PackageDescription

        let package = Package(
            name: "Shapes",
            targets: [
                .target(name: "Geometry"),
                .executableTarget(name: "App", dependencies: ["Geometry"]),
            ]
        )
        """

    static func point(label: String) -> String {
        """
        public struct Point {
            public var x: Double
            public var y: Double
            public init(\(label) x: Double, y: Double) {
                self.x = x
                self.y = y
            }
        }
        """
    }

    static func app(label: String) -> String {
        "import Geometry\n\nlet origin = Point(\(label): 0, y: 0)\nprint(origin)\n"
    }

    static let files: [String: String] = [
        "Package.swift": manifest,
        "Sources/Geometry/Point.swift": point(label: "x"),
        "Sources/App/main.swift": app(label: "x"),
    ]

    @Test func renamedInitLabelBlocksTheCommitUntilTheCallerIsMigrated() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(Self.files, message: "shapes")
        #expect(try sandbox.paramguard(["install"]).status == 0)

        try sandbox.write("Sources/Geometry/Point.swift", Self.point(label: "horizontal"))
        try sandbox.git(["add", "-A"])
        let blocked = try sandbox.gitWithHooks(["commit", "-m", "rename x"])
        #expect(blocked.status != 0)
        #expect(blocked.output.contains("Sources/App/main.swift:3:20: error: 'Point' no longer accepts label 'x:'"), "\(blocked.output)")
        #expect(blocked.output.contains("did you mean 'Point(horizontal:y:)'?"))
        #expect(blocked.output.contains("Sources/Geometry/Point.swift:4: note: 'Point.init' is defined here"))
        #expect(try sandbox.git(["log", "--oneline"]).split(separator: "\n").count == 1, "nothing was committed")

        try sandbox.write("Sources/App/main.swift", Self.app(label: "horizontal"))
        try sandbox.git(["add", "-A"])
        let passed = try sandbox.gitWithHooks(["commit", "-m", "rename x"])
        #expect(passed.status == 0, "\(passed.output)")
    }

    @Test func deprecatedOverloadWithTheOldLabelsLetsTheCommitThrough() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(Self.files, message: "shapes")
        #expect(try sandbox.paramguard(["install"]).status == 0)
        let alias = """

            extension Point {
                @available(*, deprecated, renamed: "init(horizontal:y:)")
                public init(x: Double, y: Double) { self.init(horizontal: x, y: y) }
            }
            """
        try sandbox.write("Sources/Geometry/Point.swift", Self.point(label: "horizontal") + alias)
        try sandbox.git(["add", "-A"])
        let passed = try sandbox.gitWithHooks(["commit", "-m", "rename x, keep the old spelling"])
        #expect(passed.status == 0, "\(passed.output)")
    }

    @Test func pushOfAStaleSwiftCallerIsRejectedByPreReceive() throws {
        let server = try GitSandbox(bare: true)
        try FileManager.default.createDirectory(atPath: server.path + "/hooks", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: BuiltProducts.packageRoot().appendingPathComponent("hooks/pre-receive"),
            to: URL(fileURLWithPath: server.path + "/hooks/pre-receive"))
        let clone = try GitSandbox()
        try clone.git(["remote", "add", "origin", server.path])
        try clone.commit(Self.files, message: "shapes")
        #expect(try clone.gitWithHooks(["push", "-q", "origin", "main"]).status == 0)

        try clone.commit(["Sources/Geometry/Point.swift": Self.point(label: "horizontal")], message: "rename x")
        let rejected = try clone.gitWithHooks(["push", "origin", "main"])
        #expect(rejected.status != 0)
        #expect(rejected.output.contains("Sources/App/main.swift:3:20"), "\(rejected.output)")
    }
}
