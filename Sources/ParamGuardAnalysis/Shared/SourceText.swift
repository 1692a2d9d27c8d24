import Foundation

/// Reading lines out of a file's bytes, for the excerpts in reports.
enum SourceText {
    /// The text of 1-based line `line`, without its line break; nil past the end.
    static func line(_ line: Int, of bytes: [UInt8]) -> String? {
        guard line >= 1 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var current = 1
            var start = 0
            // memchr from one line break to the next: a byte loop showed in profiles of a warm run.
            while current < line {
                guard start < buffer.count, let found = memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), buffer.count - start) else {
                    return nil
                }
                start = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                current += 1
            }
            guard start <= buffer.count else { return nil }
            let end = start == buffer.count ? nil : memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
            var stop = end.map { buffer.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
            // A CRLF file's line ends before its carriage return.
            if stop > start && buffer[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<stop]), as: UTF8.self)
        }
    }

    /// The byte offsets, at or after `start`, where `word` stands in `text` as a whole word (no
    /// identifier character right before or after it).
    static func wordOffsets(of word: String, in text: [UInt8], from start: Int = 0) -> [Int] {
        let word = Array(word.utf8)
        guard !word.isEmpty, start >= 0 else { return [] }
        var found: [Int] = []
        var index = start
        while index + word.count <= text.count {
            if text[index..<index + word.count].elementsEqual(word)
                && (index == 0 || !KeywordLabelScan.isIdentifierContinue(text[index - 1]))
                && (index + word.count == text.count || !KeywordLabelScan.isIdentifierContinue(text[index + word.count])) {
                found.append(index)
            }
            index += 1
        }
        return found
    }
}
