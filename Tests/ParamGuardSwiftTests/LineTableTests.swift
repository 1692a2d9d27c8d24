@testable import ParamGuardSwift
import Testing

/// The line table reads eight bytes at a time; it must agree with a byte-by-byte count everywhere,
/// including newlines at word edges, bytes that differ from a newline by one bit, CR LF, and tails
/// shorter than a word.
@Suite struct LineTableTests {
    /// Line and column of `offset`, counted one byte at a time.
    static func expected(_ bytes: [UInt8], _ offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    static func check(_ bytes: [UInt8]) {
        let table = LineTable(bytes)
        // Backwards as well as forwards: the remembered line must never stick.
        for offset in Array(0...bytes.count) + Array((0...bytes.count).reversed()) {
            let location = table.location(ofOffset: offset)
            let wanted = expected(bytes, offset)
            #expect(location.line == wanted.line && location.column == wanted.column, "offset \(offset) of \(bytes)")
        }
    }

    @Test func newlinesAtEveryPositionOfAWord() {
        for position in 0..<17 {
            var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 17)
            bytes[position] = UInt8(ascii: "\n")
            LineTableTests.check(bytes)
        }
    }

    @Test func bytesNearANewlineAreNotNewlines() {
        // 0x0B, 0x09, 0x8A, 0x0A ^ 0x80 and zero bytes, next to real newlines.
        LineTableTests.check([0x0B, 0x0A, 0x09, 0x8A, 0x00, 0x0A, 0x0A, 0x8A, 0x0B, 0x00, 0x0A, 0xFF, 0x0A])
        LineTableTests.check(Array("a\r\nb\r\n\r\nc\n".utf8))
    }

    @Test func emptyAndShortInputs() {
        LineTableTests.check([])
        LineTableTests.check([0x0A])
        LineTableTests.check(Array("abc".utf8))
    }

    @Test func pseudoRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in
                // Mostly newlines and their near neighbours, to hit the word arithmetic's edges.
                [0x0A, 0x0B, 0x8A, 0x00, 0x61, 0xFF].randomElement(using: &generator)! as UInt8
            }
            LineTableTests.check(bytes)
        }
    }
}
