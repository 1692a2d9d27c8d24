import Foundation

/// A cheap over-approximation of the keywords a file may pass: every identifier followed (after
/// blanks) by a single `=`. It takes in assignments and defaults too, which is harmless for a filter:
/// a file whose set lacks a label cannot call anything with that label.
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
        }
        return DistinctHashes.sorted(hashes)
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
