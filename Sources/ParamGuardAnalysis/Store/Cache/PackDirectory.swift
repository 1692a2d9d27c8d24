import Foundation
import ParamGuardGit

/// Byte strings keyed by blob id, kept in a folder of pack files: each run that adds entries writes one
/// new pack, instead of one file per entry (creating many small files weighed on a cold run).
///
/// A pack is a header line (format, tool version, byte order), the entry count, a table of (blob id,
/// offset, length), a checksum of count and table, then the entries, each followed by its own checksum.
/// A pack whose header or table does not check out is passed over; an entry whose checksum does not
/// match reads as missing. Packs are written to a temporary file and renamed into place, so a reader
/// never sees a torn one; two hooks running at once each add their own pack. When a folder holds more
/// than `maximumPacks`, the next writer merges them into one.
final class PackDirectory {
    static let maximumPacks = 8

    let path: String
    let header: String
    /// Where each entry is: which pack (in `packs`), at what offset, how long (its checksum after it).
    private var locations: [ObjectID: (pack: Int, offset: Int, length: Int)] = [:]
    private var packs: [String] = []
    private var descriptors: [Int: Int32] = [:]

    /// Reads the tables of the packs in `path` (none if it does not exist); a newer pack's entry wins.
    init(path: String, header: String) {
        self.path = path
        self.header = header
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasPrefix("pack-") && $0.hasSuffix(".pack") }.sorted()
        for name in names {
            let pack = packs.count
            packs.append(path + "/" + name)
            guard let table = readTable(of: packs[pack]) else { continue }
            for (id, offset, length) in table { locations[id] = (pack, offset, length) }
        }
    }

    deinit {
        for descriptor in descriptors.values { close(descriptor) }
    }

    var count: Int { locations.count }
    var packCount: Int { packs.count }

    /// The bytes stored for `id`, if a pack holds them and they check out.
    func entry(_ id: ObjectID) -> [UInt8]? {
        guard let location = locations[id], let descriptor = descriptors[location.pack],
              let bytes = CacheFile.bytes(of: descriptor, at: location.offset, count: location.length + 8) else { return nil }
        let payload = Array(bytes.prefix(location.length))
        let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: location.length, as: UInt64.self) }
        return payload.withUnsafeBytes(CacheFile.checksum) == stored ? payload : nil
    }

    /// Writes `entries` as one new pack, then merges the folder's packs if there are too many, keeping
    /// only the entries `keep` accepts when `trimming`. Failures are ignored: this is a cache.
    func add(_ entries: [(ObjectID, [UInt8])], merging keep: (ObjectID) -> Bool, trimming: Bool) {
        guard !entries.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard write(entries) != nil, packs.count + 1 > PackDirectory.maximumPacks else { return }
        // Merge: every entry this folder held (and the new ones), in one pack, then drop the old packs.
        let fresh = Set(entries.map(\.0))
        var merged = entries
        for id in locations.keys where !fresh.contains(id) && (!trimming || keep(id)) {
            if let bytes = entry(id) { merged.append((id, bytes)) }
        }
        // Packs only: another writer's temporary file is left to it.
        let old = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix("pack-") && $0.hasSuffix(".pack") }
        guard let written = write(merged) else { return }
        for name in old where path + "/" + name != written { unlink(path + "/" + name) }
    }

    /// Writes a new pack; returns its path.
    @discardableResult
    private func write(_ entries: [(ObjectID, [UInt8])]) -> String? {
        var table = BinaryWriter(capacity: 4 + entries.count * 36)
        table.write(UInt32(entries.count))
        let prefix = Array((header + "\n").utf8)
        var offset = prefix.count + 4 + entries.count * 36 + 8
        for (id, bytes) in entries {
            table.write(id)
            table.write(UInt64(offset))
            table.write(UInt64(bytes.count))
            offset += bytes.count + 8
        }
        var contents = prefix
        contents.reserveCapacity(offset)
        let tableBytes = table.bytesWithoutStrings
        contents.append(contentsOf: tableBytes)
        withUnsafeBytes(of: tableBytes.withUnsafeBytes(CacheFile.checksum)) { contents.append(contentsOf: $0) }
        for (_, bytes) in entries {
            contents.append(contentsOf: bytes)
            withUnsafeBytes(of: bytes.withUnsafeBytes(CacheFile.checksum)) { contents.append(contentsOf: $0) }
        }
        // Names sort by time of writing (16 hexadecimal digits of nanoseconds), merged packs too, so
        // that a newer pack's entry wins when two hold one blob: one written again after damage.
        let stamp = String(UInt64(Date().timeIntervalSince1970 * 1e9), radix: 16)
        let target = "\(path)/pack-\(stamp)-\(ProcessInfo.processInfo.processIdentifier).pack"
        return CacheFile.writeAtomically(target, contents) ? target : nil
    }

    /// The table of a pack, nil when its header, size or checksum is off.
    private func readTable(of pack: String) -> [(ObjectID, Int, Int)]? {
        guard let descriptor = CacheFile.openRegularFile(pack) else { return nil }
        descriptors[packs.count - 1] = descriptor
        let prefix = Array((header + "\n").utf8)
        guard let head = CacheFile.bytes(of: descriptor, at: 0, count: prefix.count + 4), head.starts(with: prefix) else { return nil }
        let count = Int(head.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: prefix.count, as: UInt32.self) })
        guard count <= 10_000_000, let rest = CacheFile.bytes(of: descriptor, at: prefix.count + 4, count: count * 36 + 8) else { return nil }
        let tableBytes = Array(head.suffix(4)) + rest.prefix(count * 36)
        let stored = rest.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: count * 36, as: UInt64.self) }
        guard tableBytes.withUnsafeBytes(CacheFile.checksum) == stored else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = UInt64(status.st_size)
        return rest.withUnsafeBytes { raw -> [(ObjectID, Int, Int)]? in
            var table: [(ObjectID, Int, Int)] = []
            table.reserveCapacity(count)
            for index in 0..<count {
                let base = index * 36
                let offset = raw.loadUnaligned(fromByteOffset: base + 20, as: UInt64.self)
                let length = raw.loadUnaligned(fromByteOffset: base + 28, as: UInt64.self)
                // An entry and its checksum lie inside the pack. A table that says otherwise is damaged
                // (its checksum cannot tell a faulty writer): the pack is passed over, not trusted
                // with offsets past the end (an offset above `Int.max` trapped the conversion).
                guard offset <= size, length <= size - offset, size - offset - length >= 8 else { return nil }
                table.append((ObjectID(rawBytes: raw, at: base), Int(offset), Int(length)))
            }
            return table
        }
    }
}
