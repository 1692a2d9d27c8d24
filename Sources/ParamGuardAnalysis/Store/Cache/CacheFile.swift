import Foundation

/// One cache file: a text header line naming the format, the tool version and the byte order, then a
/// binary body, then a checksum of the body. A file whose header differs (another version or format),
/// that is truncated, or whose checksum does not match is not read. Writes go to a temporary file that
/// is renamed into place, so two hooks running at once (say, in two worktrees) never leave a torn file:
/// a reader sees the old file or the new one.
enum CacheFile {
    /// The header line for a format: "paramguard-<name> <format> <version> <byte order>".
    static func header(name: String, format: Int) -> String {
        "paramguard-\(name) \(format) \(ParamGuardVersion.current) \(UInt16(1).littleEndian == 1 ? "le" : "be")"
    }

    /// Calls `body` with the file's body if the file is there, has this header and checks out; nil otherwise.
    static func read<Result>(_ path: String, header: String, _ body: (UnsafeRawBufferPointer) throws -> Result) -> Result? {
        guard let data = contents(of: path) else { return nil }
        let prefix = Array((header + "\n").utf8)
        return data.withUnsafeBytes { raw -> Result? in
            guard raw.count >= prefix.count + 8, raw.prefix(prefix.count).elementsEqual(prefix) else { return nil }
            let contents = UnsafeRawBufferPointer(rebasing: raw[prefix.count..<raw.count - 8])
            guard checksum(contents) == raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self) else { return nil }
            return try? body(contents)
        }
    }

    /// A whole file, read with plain system calls: a warm run reads a thousand small cache files, and
    /// going through `URL` and `Data` cost more than reading them.
    private static func contents(of path: String) -> [UInt8]? {
        guard let descriptor = openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return bytes(of: descriptor, at: 0, count: Int(status.st_size))
    }

    /// A descriptor for reading `path` when it is a regular file; nil for anything else. Opening a
    /// FIFO for reading waits for a writer: a FIFO put in the cache directory hung every run. The
    /// open does not wait (`O_NONBLOCK`), and whatever is not a regular file is not read.
    static func openRegularFile(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// `count` bytes of an open file at `offset`; nil on an error or when the file is shorter (it
    /// shrank while it was read, or is damaged: what was read would fail the checks anyway).
    static func bytes(of descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let read = pread(descriptor, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { complete = false; break }
                initialized += read
            }
        }
        return complete ? bytes : nil
    }

    /// Writes header, body and checksum to `path`, atomically. Failures are ignored (a cache is an
    /// optimisation); false when it was not written.
    @discardableResult
    static func write(_ path: String, header: String, body: [UInt8]) -> Bool {
        var bytes = Array((header + "\n").utf8)
        bytes.reserveCapacity(bytes.count + body.count + 8)
        bytes.append(contentsOf: body)
        body.withUnsafeBytes { withUnsafeBytes(of: checksum($0)) { bytes.append(contentsOf: $0) } }
        return writeAtomically(path, bytes)
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path` (rename(2) replaces
    /// a file atomically: a reader sees the old one or the new one). Creates the folder if needed.
    static func writeAtomically(_ path: String, _ bytes: [UInt8]) -> Bool {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent("\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
    }

    /// A 64-bit checksum: it catches truncation and damage, not adversaries. Four independent lanes of
    /// eight bytes each, so that the multiplications overlap (the identifier cache is megabytes long).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x0100_0000_01B3
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 1, 2, 3)
        var index = 0
        func mixed(_ lane: UInt64, _ offset: Int) -> UInt64 {
            let value = (lane ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            return value ^ (value >> 29)
        }
        while index + 32 <= bytes.count {
            lanes = (mixed(lanes.0, index), mixed(lanes.1, index + 8), mixed(lanes.2, index + 16), mixed(lanes.3, index + 24))
            index += 32
        }
        var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7)
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
            index += 1
        }
        return hash
    }
}
