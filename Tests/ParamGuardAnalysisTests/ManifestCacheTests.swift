import Foundation
@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardSwift
import ParamGuardTestSupport
import Testing

/// Targets of `Package.swift` blobs kept between runs: a later run must read them back as parsed,
/// without the blob, and must never use a damaged file.
@Suite struct ManifestCacheTests {
    static let manifest = """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(name: "Kit", targets: [
            .target(name: "Kit", path: "Sources"),
            .testTarget(name: "KitTests", dependencies: ["Kit"]),
        ])
        """
    static let expected = [
        SwiftPackageManifest.Target(name: "Kit", path: "Sources", isTest: false),
        SwiftPackageManifest.Target(name: "KitTests", path: nil, isTest: true),
    ]

    func manifestBlob(in sandbox: GitSandbox) throws -> ObjectID {
        try sandbox.commit(["Package.swift": Self.manifest])
        return try #require(ObjectID(hex: try sandbox.git(["rev-parse", "HEAD:Package.swift"]).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func aLaterRunReadsTheTargetsWithoutTheBlob() throws {
        let sandbox = try GitSandbox()
        let blob = try manifestBlob(in: sandbox)
        let repository = try Repository.open(at: sandbox.path)
        let first = ManifestCache(repository: repository)
        #expect(first.targets(of: blob, in: repository) == Self.expected)
        first.save()
        // Another repository lacks the blob: only the kept file can answer.
        let elsewhere = try GitSandbox()
        try elsewhere.commit(["a.swift": "let a = 1\n"])
        let other = try Repository.open(at: elsewhere.path)
        #expect(ManifestCache(repository: repository).targets(of: blob, in: other) == Self.expected)
        #expect(ManifestCache(repository: other).targets(of: blob, in: other).isEmpty, "nothing kept there, and no blob to parse")
    }

    @Test func aDamagedFileIsNotUsed() throws {
        let sandbox = try GitSandbox()
        let blob = try manifestBlob(in: sandbox)
        let repository = try Repository.open(at: sandbox.path)
        let first = ManifestCache(repository: repository)
        _ = first.targets(of: blob, in: repository)
        first.save()
        let url = sandbox.root.appendingPathComponent(".git/paramguard/swift-manifests")
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count - 12] ^= 0x01
        try bytes.write(to: url)
        let elsewhere = try GitSandbox()
        try elsewhere.commit(["a.swift": "let a = 1\n"])
        #expect(ManifestCache(repository: repository).targets(of: blob, in: try Repository.open(at: elsewhere.path)).isEmpty)
        #expect(ManifestCache(repository: repository).targets(of: blob, in: repository) == Self.expected, "parsed again")
    }
}
