import Foundation
import CLibGit2  // memmem, a GNU extension the C module exposes (as LabelPrefilter uses it)

/// A cheap over-approximation of the keywords a file may pass: every identifier followed (after
/// blanks) by a single `=`, and every quoted name followed by `:` inside a `**{...}`. It takes in
/// assignments and defaults too, which is harmless for a filter: a file whose set lacks a label
/// cannot call anything with that label.
enum KeywordLabelScan {
    /// FNV-1a over an identifier's bytes: labels are compared by hash (a collision only costs a parse).
    static func hash<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var value: UInt32 = 2_166_136_261
        for byte in bytes {
            value = (value ^ UInt32(byte)) &* 16_777_619
        }
        return value
    }

    static func hash(_ label: String) -> UInt32 {
        hash(label.utf8)
    }

    /// The sorted, distinct hashes of the identifiers in `bytes` that stand before a single `=`.
    /// It jumps from one `=` to the next with `memchr` and reads the identifier backwards from there,
    /// so its cost follows the number of `=` signs, not the size of the file.
    static func labelHashes(in bytes: [UInt8]) -> [UInt32] {
        bytes.withUnsafeBufferPointer(labelHashes)
    }

    static func labelHashes(in buffer: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var hashes: [UInt32] = []
        do {
            guard let base = buffer.baseAddress else { return [] }
            let count = buffer.count
            var offset = 0
            while offset < count {
                guard let hit = memchr(base + offset, Int32(UInt8(ascii: "=")), count - offset) else { break }
                let equals = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                offset = equals + 1
                // `==`, and the second `=` of `==`, `<=`, `+=`, `!=` and friends, are not keyword signs.
                if equals + 1 < count, buffer[equals + 1] == UInt8(ascii: "=") { offset = equals + 2; continue }
                var end = equals
                while end > 0, isBlank(buffer[end - 1]) { end -= 1 }
                var start = end
                while start > 0, isIdentifierContinue(buffer[start - 1]) { start -= 1 }
                guard start < end, isIdentifierStart(buffer[start]) else { continue }
                hashes.append(hash(UnsafeBufferPointer(rebasing: buffer[start..<end])))
            }
            hashes += literalDictKeyHashes(in: buffer)
        }
        return DistinctHashes.sorted(hashes)
    }

    /// `f(**{"timeout": 5})` passes `timeout` too: the hashes of the quoted names followed by `:`
    /// inside each `**{...}` of the file (rare, so found with `memmem` and read to its closing brace).
    static func literalDictKeyHashes(in buffer: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var hashes: [UInt32] = []
        forEachLiteralDictKey(in: buffer) { hashes.append(hash($0)) }
        return hashes
    }

    /// Calls `body` with each quoted name followed by `:` inside a `**{...}` of the bytes.
    static func forEachLiteralDictKey(in buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        var offset = 0
        // `memchr` for each `{`, then a look at the two bytes before it: faster than `memmem` for the
        // three bytes, which was most of the extra cost of a cold scan.
        while offset < count, let hit = memchr(base + offset, Int32(UInt8(ascii: "{")), count - offset) {
            let brace = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            offset = brace + 1
            guard brace >= 2, buffer[brace - 1] == UInt8(ascii: "*"), buffer[brace - 2] == UInt8(ascii: "*") else { continue }
            var index = brace + 1
            var depth = 1
            while index < count, depth > 0 {
                let byte = buffer[index]
                if byte == UInt8(ascii: "{") { depth += 1 }
                if byte == UInt8(ascii: "}") { depth -= 1 }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    var end = index + 1
                    while end < count, isIdentifierContinue(buffer[end]) { end += 1 }
                    var after = end + 1
                    while after < count, isBlank(buffer[after]) { after += 1 }
                    if end > index + 1, end < count, buffer[end] == byte, after < count, buffer[after] == UInt8(ascii: ":") {
                        body(UnsafeBufferPointer(rebasing: buffer[index + 1..<end]))
                    }
                    index = end
                }
                index += 1
            }
            offset = index
        }
    }

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0x80
    }

    static func isIdentifierContinue(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= 0x30 && c <= 0x39)
    }

    /// Blanks between a keyword and its `=`; line breaks too, inside a call's parentheses.
    static func isBlank(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\\")
    }
}
