import Foundation
import ParamGuardGit
import ParamGuardSwift

/// The targets of the `Package.swift` blobs runs have parsed, by blob id. Which modules a tree builds
/// is asked of every manifest in it (is `Logging` a module of the tree, or a dependency?), and parsing
/// a monorepo's many manifests with swift-syntax on every run would weigh on every warm check.
///
/// One `CacheFile`, `<git common dir>/paramguard/swift-manifests`; in memory when made without a
/// repository. Saving keeps the manifests this run asked about first, then the others, up to `kept`.
public final class ManifestCache {
    static let header = CacheFile.header(name: "swift-manifest-targets", format: 2)
    static let kept = 2048

    private let path: String?
    private lazy var stored: [ObjectID: [SwiftPackageManifest.Target]] = path.flatMap(Self.load) ?? [:]
    private var asked: [ObjectID] = []
    private var added = false

    public init() {
        path = nil
    }

    public init(repository: Repository) {
        path = Caches.directory(of: repository).appendingPathComponent("swift-manifests").path
    }

    /// The targets of one manifest blob, parsed if no run has; none when it cannot be read.
    func targets(of blob: ObjectID, in objects: any ObjectStore) -> [SwiftPackageManifest.Target] {
        asked.append(blob)
        if let known = stored[blob] { return known }
        let found = (try? objects.blobContent(blob)).map(SwiftPackageManifest.targets) ?? []
        stored[blob] = found
        added = true
        return found
    }

    public func save() {
        guard added, let path else { return }
        var order = asked + stored.keys.sorted { $0.description < $1.description }
        var seen = Set<ObjectID>()
        order = order.filter { seen.insert($0).inserted }.prefix(Self.kept).map { $0 }
        var body = BinaryWriter(capacity: order.count * 64)
        body.write(UInt32(order.count))
        for blob in order {
            let targets = stored[blob] ?? []
            body.write(blob)
            body.write(UInt32(targets.count))
            for target in targets {
                body.write(target.name)
                body.write(target.path)
                body.write(target.isTest)
                body.write(target.usesPlugins)
            }
        }
        _ = CacheFile.write(path, header: Self.header, body: body.bytes)
    }

    private static func load(_ path: String) -> [ObjectID: [SwiftPackageManifest.Target]]? {
        CacheFile.read(path, header: header) { raw in
            var reader = try BinaryReader(raw)
            let entries = try reader.read { entry in
                (try entry.read(ObjectID.self), try entry.read { target in
                    SwiftPackageManifest.Target(
                        name: try target.read(String.self), path: try target.read(String?.self), isTest: try target.read(Bool.self),
                        usesPlugins: try target.read(Bool.self))
                })
            }
            guard reader.isAtEnd else { throw BinaryReader.Malformed() }
            return Dictionary(entries, uniquingKeysWith: { first, _ in first })
        }
    }
}
