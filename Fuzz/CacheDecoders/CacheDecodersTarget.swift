import CLibGit2
import Foundation
@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel

/// libFuzzer's entry point: any bytes as the body of a cache file, read back through the cache's own
/// loading code. The fuzzer cannot forge a checksum, so this harness writes each file as paramguard
/// does (header, body, checksum; for a summary pack, table and entry checksums), and the decoders
/// behind the checks see arbitrary bytes: what a cache damaged in a way the checksum does not catch,
/// or written by a faulty build, would give them. The first byte picks the cache (and, for a summary
/// pack, whether the table's offsets come from the input). A crash, a hang, a
/// leak or a sanitizer report is a bug; a cache that reads as missing is the right outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCacheDecoders(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: start, count: count))
    guard let selector = input.first else { return 0 }
    let body = Array(input.dropFirst())
    let sandbox = CacheSandbox.shared
    sandbox.clear()
    let blob = ObjectID(hex: String(repeating: "ab", count: 20))!
    switch selector % 8 {
    case 0, 1, 2:
        let contents = LabelCache.Contents.allCases[Int(selector % 8)]
        sandbox.write(LabelCache.location(of: contents, in: sandbox.repository).path, header: contents.header, body: body)
        _ = LabelCache(repository: sandbox.repository, contents: contents).labels(of: blob)
    case 3:
        let cache = TreeListingCache(repository: sandbox.repository)
        sandbox.write("\(cache.directory)/\(blob)", header: TreeListingCache.header, body: body)
        _ = cache.files(ofTree: blob)
    case 4:
        let cache = TreeListingCache(repository: sandbox.repository)
        sandbox.write("\(cache.directory)/index-\(blob)", header: TreeListingCache.indexHeader, body: body)
        // A listing kept as differences names its base tree: give the one the input may name a listing.
        if body.count > 21, body[0] == 1 {
            let base = body.withUnsafeBytes { ObjectID(rawBytes: $0, at: 1) }
            sandbox.write("\(cache.directory)/\(base)", header: TreeListingCache.header, body: [0, 0, 0, 0])
        }
        _ = cache.files(ofIndex: blob)
    case 5:
        sandbox.write(Caches.directory(of: sandbox.repository).appendingPathComponent("swift-manifests").path, header: ManifestCache.header, body: body)
        _ = ManifestCache(repository: sandbox.repository).targets(of: blob, in: sandbox.repository)
    default:
        let language: SourceLanguage = selector % 8 == 6 ? .python : .swift
        let directory = Caches.directory(of: sandbox.repository).appendingPathComponent("\(language.name)-summaries").path
        sandbox.writePack(directory, header: SummaryCache.header(language), blob: blob, input: body, rawTable: selector & 8 != 0)
        _ = SummaryCache(repository: sandbox.repository, language: language).summary(of: blob)
        _ = SummaryCache(repository: sandbox.repository, language: language).definitions(of: blob)
        _ = SummaryCache(repository: sandbox.repository, language: language).summary(of: blob, callsPassingAnyOf: ["name", "x"])
        _ = SummaryCache(repository: sandbox.repository, language: language).summary(of: blob, keepingCallsWhere: { $0.hasPrefix("f") })
    }
    return 0
}

/// A repository made once in a temporary folder, whose cache folder each input rewrites.
final class CacheSandbox: @unchecked Sendable {
    static let shared = CacheSandbox()
    let root: String
    let repository: Repository

    init() {
        root = NSTemporaryDirectory() + "paramguard-fuzz-\(getpid())"
        var handle: OpaquePointer?
        git_libgit2_init()
        guard git_repository_init(&handle, root, 0) == 0 else { fatalError("cannot create a repository in \(root)") }
        git_repository_free(handle)
        repository = try! Repository.open(at: root)
        atexit { _ = try? FileManager.default.removeItem(atPath: CacheSandbox.shared.root) }
    }

    func clear() {
        try? FileManager.default.removeItem(at: Caches.directory(of: repository))
    }

    /// A cache file as `CacheFile.write` makes one: header line, body, checksum of the body.
    func write(_ path: String, header: String, body: [UInt8]) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = CacheFile.write(path, header: header, body: body)
    }

    /// A pack of one entry for `blob`, laid out as `PackDirectory` writes one, with valid checksums.
    /// With `rawTable`, the table's offset and length are the input's first 16 bytes (any values, as a
    /// damaged table could hold) and the entry the rest; otherwise they point at the entry, the input.
    func writePack(_ directory: String, header: String, blob: ObjectID, input: [UInt8], rawTable: Bool) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let prefix = Array((header + "\n").utf8)
        var offset = UInt64(prefix.count + 4 + 36 + 8)
        var payload = input
        var length = UInt64(payload.count)
        if rawTable, input.count >= 16 {
            input.withUnsafeBytes { raw in
                offset = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                length = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            }
            payload = Array(input.dropFirst(16))
        }
        var table = BinaryWriter(capacity: 40)
        table.write(UInt32(1))
        table.write(blob)
        table.write(offset)
        table.write(length)
        let tableBytes = table.bytesWithoutStrings
        var contents = prefix + tableBytes
        withUnsafeBytes(of: tableBytes.withUnsafeBytes(CacheFile.checksum)) { contents.append(contentsOf: $0) }
        contents += payload
        withUnsafeBytes(of: payload.withUnsafeBytes(CacheFile.checksum)) { contents.append(contentsOf: $0) }
        _ = CacheFile.writeAtomically(directory + "/pack-0000000000000001-1.pack", contents)
    }
}
