@testable import ParamGuardAnalysis
import Foundation
import ParamGuardTestSupport
import Testing

/// The lines quoted in reports, cut with memchr, against a plain split of the same bytes (a CRLF
/// line without its carriage return).
@Suite struct SourceTextTests {
    static func reference(_ line: Int, of bytes: [UInt8]) -> String? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        var text = lines[line - 1]
        if text.last == UInt8(ascii: "\r") { text = text.dropLast() }
        return String(decoding: text, as: UTF8.self)
    }

    @Test func edgesOfAFile() {
        for text in ["", "a", "a\n", "a\nb", "\n\n", "é\r\nx\n"] {
            let bytes = Array(text.utf8)
            for line in -1...5 {
                #expect(SourceText.line(line, of: bytes) == Self.reference(line, of: bytes), "\(text.debugDescription) line \(line)")
            }
        }
    }

    @Test func everyLineOfRealFiles() throws {
        let files = try RealSources.standardLibraryFiles()
        try #require(files.count > 100, "the Python standard library was not found")
        for path in stride(from: 0, to: files.count, by: files.count / 40).map({ files[$0] }) {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let count = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
            for line in [1, 2, count / 2, count - 1, count, count + 1] {
                #expect(SourceText.line(line, of: bytes) == Self.reference(line, of: bytes), "\(path):\(line)")
            }
        }
    }
}
