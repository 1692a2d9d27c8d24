import CLibGit2

/// A git object id (SHA-1), stored by value so it can key dictionaries and caches.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }

    /// Parses 40 hexadecimal digits; nil for anything else.
    public init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.init(oid)
    }

    /// The id from its 20 raw bytes at `offset` (as the caches store it).
    public init(rawBytes: UnsafeRawBufferPointer, at offset: Int) {
        high = rawBytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        middle = rawBytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
        low = rawBytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt32.self)
    }

    /// Appends the id's 20 raw bytes (the form `init(rawBytes:at:)` reads back).
    public func appendRawBytes(to bytes: inout [UInt8]) {
        withUnsafeBytes(of: high) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: middle) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: low) { bytes.append(contentsOf: $0) }
    }

    var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The id git gives a blob of these bytes (`git hash-object`), computed without a repository.
    public init(hashingBlob bytes: [UInt8]) {
        _ = Repository.libraryReady
        var oid = git_oid()
        let code = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        precondition(code == 0, "libgit2 cannot hash a blob in memory")
        self.init(oid)
    }

    /// The all-zero id git uses for "no object" (a created or deleted ref in a push).
    public var isZero: Bool { high == 0 && middle == 0 && low == 0 }

    public static let zero = ObjectID(git_oid())

    public var description: String {
        var oid = raw
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_tostr(&buffer, 41, &oid)
        return String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
