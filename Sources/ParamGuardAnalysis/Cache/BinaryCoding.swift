import ParamGuardGit

/// The caches' binary form: integers in this machine's byte order (the header names it), strings and
/// arrays as a count followed by their elements. A text form cost most of a warm run in parsing digits.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// What another writer wrote, as it stands.
    mutating func append(_ other: BinaryWriter) { bytes.append(contentsOf: other.bytes) }

    mutating func write(_ id: ObjectID) { id.appendRawBytes(to: &bytes) }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ string: String?) {
        write(string != nil)
        if let string { write(string) }
    }

    mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A count, then each element as `element` writes it.
    mutating func write<Element>(_ elements: [Element], _ element: (inout BinaryWriter, Element) -> Void) {
        write(UInt32(elements.count))
        for value in elements { element(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote. Every read checks the bounds and throws past the end, so a damaged
/// file is rejected, never read out of bounds.
struct BinaryReader {
    struct Malformed: Error {}

    let buffer: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    var isAtEnd: Bool { offset == buffer.count }

    private mutating func advance(by count: Int) throws -> Int {
        guard count >= 0, count <= buffer.count - offset else { throw Malformed() }
        defer { offset += count }
        return offset
    }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws -> Value {
        let start = try advance(by: MemoryLayout<Value>.size)
        return buffer.loadUnaligned(fromByteOffset: start, as: Value.self)
    }

    mutating func read(_: Bool.Type = Bool.self) throws -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw Malformed()
        }
    }

    mutating func read(_: ObjectID.Type = ObjectID.self) throws -> ObjectID {
        ObjectID(rawBytes: buffer, at: try advance(by: 20))
    }

    mutating func read(_: String.Type = String.self) throws -> String {
        let count = Int(try read(UInt32.self))
        let start = try advance(by: count)
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<start + count]), as: UTF8.self)
    }

    mutating func read(_: String?.Type = String?.self) throws -> String? {
        try read(Bool.self) ? try read(String.self) : nil
    }

    mutating func read(_: [UInt32].Type = [UInt32].self) throws -> [UInt32] {
        let count = Int(try read(UInt32.self))
        let start = try advance(by: count * 4)
        return [UInt32](unsafeUninitializedCapacity: count) { values, initialized in
            UnsafeMutableRawBufferPointer(values).copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[start..<start + count * 4]))
            initialized = count
        }
    }

    /// A count, then that many elements as `element` reads them.
    mutating func read<Element>(_ element: (inout BinaryReader) throws -> Element) throws -> [Element] {
        let count = Int(try read(UInt32.self))
        // Each element takes at least a byte: a damaged count cannot reserve gigabytes.
        guard count <= buffer.count - offset else { throw Malformed() }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element(&self)) }
        return elements
    }
}
