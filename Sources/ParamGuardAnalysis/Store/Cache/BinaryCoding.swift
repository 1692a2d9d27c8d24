import ParamGuardGit

/// The caches' binary form: integers in this machine's byte order (the header names it), arrays as a
/// count followed by their elements, and strings as numbers into a table of the distinct strings,
/// which comes first. A text form spent a warm run parsing digits; without the table, reading a
/// summary checked and copied the same type and scope names again and again.
struct BinaryWriter {
    private var body: [UInt8] = []
    private var stringNumbers: [String: UInt32] = [:]
    private var strings: [String] = []

    init(capacity: Int = 0) { body.reserveCapacity(capacity) }

    /// The table of strings, then what was written.
    var bytes: [UInt8] {
        var table = BinaryWriter()
        table.write(UInt32(strings.count))
        for string in strings {
            var string = string
            string.withUTF8 { utf8 in
                table.write(UInt32(utf8.count))
                table.body.append(contentsOf: utf8)
            }
        }
        return table.body + body
    }

    /// What was written, without a table of strings, for a writer that wrote none.
    var bytesWithoutStrings: [UInt8] {
        precondition(strings.isEmpty, "this writer wrote strings: its bytes need their table")
        return body
    }

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value) { body.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// Writes what `content` writes after its length in bytes, so that a reader can skip it.
    mutating func writeSized(_ content: (inout BinaryWriter) -> Void) {
        let start = body.count
        write(UInt32(0))
        content(&self)
        let length = UInt32(body.count - start - 4)
        withUnsafeBytes(of: length) { body.replaceSubrange(start..<start + 4, with: $0) }
    }

    /// Bytes another writer made, as they stand (a section a reader may skip).
    mutating func append(raw bytes: [UInt8]) { body.append(contentsOf: bytes) }

    mutating func write(_ id: ObjectID) { id.appendRawBytes(to: &body) }

    mutating func write(_ string: String) {
        if let number = stringNumbers[string] {
            write(number)
        } else {
            let number = UInt32(strings.count)
            stringNumbers[string] = number
            strings.append(string)
            write(number)
        }
    }

    mutating func write(_ string: String?) {
        write(string != nil)
        if let string { write(string) }
    }

    mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        values.withUnsafeBytes { body.append(contentsOf: $0) }
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
    /// Where each string of the table lies, and the ones made so far: a string is made when first read,
    /// so that a reader that passes over most records (the calls of a cached summary) makes few.
    private var stringSpans: [Range<Int>] = []
    private var strings: [String?] = []

    /// A reader of what a writer's `bytes` hold; reads the table of strings.
    init(_ buffer: UnsafeRawBufferPointer) throws {
        self.buffer = buffer
        let count = Int(try read(UInt32.self))
        guard count <= buffer.count - offset else { throw Malformed() }
        stringSpans.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try read(UInt32.self))
            let start = try advance(by: length)
            stringSpans.append(start..<start + length)
        }
        strings = [String?](repeating: nil, count: count)
    }

    /// How many strings the table holds.
    var stringCount: Int { stringSpans.count }

    /// String `number` of the table.
    mutating func string(number: Int) throws -> String {
        guard number >= 0, number < strings.count else { throw Malformed() }
        if let made = strings[number] { return made }
        let made = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[stringSpans[number]]), as: UTF8.self)
        strings[number] = made
        return made
    }

    /// The first four bytes of what `writeSized` wrote next (a string's number, say), read in place.
    func peekIntoSized() throws -> UInt32 {
        guard offset + 8 <= buffer.count else { throw Malformed() }
        return buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
    }

    /// Passes over what `writeSized` wrote next.
    mutating func skipSized() throws {
        _ = try advance(by: Int(try read(UInt32.self)))
    }

    /// This reader, moved to `offset` (one it stood at before), to read a record again.
    func moved(to offset: Int) throws -> BinaryReader {
        guard offset >= 0, offset <= buffer.count else { throw Malformed() }
        var reader = self
        reader.offset = offset
        return reader
    }

    /// A reader of the next `length` bytes, which another writer made; this one moves past them.
    mutating func section(length: Int) throws -> BinaryReader {
        let start = try advance(by: length)
        return try BinaryReader(UnsafeRawBufferPointer(rebasing: buffer[start..<start + length]))
    }

    /// Reads what `writeSized` wrote: `content` reads it whole, or returns nil to pass over the rest.
    mutating func readSized<Value>(_ content: (inout BinaryReader) throws -> Value?) throws -> Value? {
        let length = Int(try read(UInt32.self))
        guard length <= buffer.count - offset else { throw Malformed() }
        let end = offset + length
        let value = try content(&self)
        guard value == nil ? offset <= end : offset == end else { throw Malformed() }
        offset = end
        return value
    }

    /// The next `count` bytes, as they stand.
    mutating func bytes(_ count: Int) throws -> UnsafeRawBufferPointer {
        let start = try advance(by: count)
        return UnsafeRawBufferPointer(rebasing: buffer[start..<start + count])
    }

    /// The rest of the bytes as a section.
    mutating func remainingSection() throws -> BinaryReader {
        try section(length: buffer.count - offset)
    }

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
        try string(number: Int(try read(UInt32.self)))
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
