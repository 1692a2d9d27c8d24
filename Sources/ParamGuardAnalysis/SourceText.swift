/// Reading lines out of a file's bytes, for the excerpts in reports.
enum SourceText {
    /// The text of 1-based line `line`, without its line break; nil past the end.
    static func line(_ line: Int, of bytes: [UInt8]) -> String? {
        var current = 1
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if current == line { return String(decoding: bytes[start..<offset], as: UTF8.self) }
            current += 1
            start = offset + 1
        }
        return current == line ? String(decoding: bytes[start...], as: UTF8.self) : nil
    }
}
