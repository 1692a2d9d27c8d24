import Foundation
import ParamGuardModel
import ParamGuardSwift
import ParamGuardTestSupport
import Testing

/// The Swift frontend over real code: the sources of local package copies (`RealSources`). A debug
/// build parses about 0.14 MB/s, so this reads a fixed sample; `scripts/swift_corpus.py --inspect` reads all of them
/// (12,582 files) with the release build.
@Suite struct RealSwiftSourceTests {
    /// The text at a location: what a finding's caret would point at.
    static func text(at location: ParamGuardModel.SourceLocation, in bytes: [UInt8], length: Int) -> String {
        var line = 1
        var start = 0
        for (offset, byte) in bytes.enumerated() where line < location.line {
            if byte == UInt8(ascii: "\n") {
                line += 1
                start = offset + 1
            }
        }
        let from = start + location.column - 1
        return String(decoding: bytes[from..<min(from + length, bytes.count)], as: UTF8.self)
    }

    @Test func everyLocationPointsAtWhatItNames() throws {
        let files = try RealSources.swiftSources(limit: 40)
        try #require(files.count >= 30, "the local copy of swift-argument-parser was not found")
        var callables = 0
        var labels = 0
        for (path, bytes) in files {
            let summary = SwiftSummarizer.summarize(bytes)
            #expect(summary.syntaxProblem == nil, "\(path)")
            for callable in summary.callables where callable.source == .swiftDeclaration {
                let name = String(callable.name.split(separator: ".").last!)
                #expect(Self.text(at: callable.location, in: bytes, length: name.utf8.count) == name, "\(path): \(callable.name)")
                for parameter in callable.parameters where parameter.swiftLabel != nil {
                    let written = Self.text(at: parameter.location, in: bytes, length: parameter.name.utf8.count + 2)
                    #expect(written.hasPrefix(parameter.name) || written.hasPrefix("`" + parameter.name), "\(path): \(parameter.name)")
                }
                callables += 1
            }
            for call in summary.calls {
                for keyword in call.keywords {
                    let written = Self.text(at: keyword.location, in: bytes, length: keyword.name.utf8.count + 2)
                    #expect(written.hasPrefix(keyword.name) || written.hasPrefix("`" + keyword.name), "\(path): \(call.callee)")
                    labels += 1
                }
            }
        }
        #expect(callables > 100 && labels > 100, "the sample is real code: \(callables) declarations, \(labels) labels")
    }

    @Test func damagedFilesNeverCrashAndAreFlagged() throws {
        for (path, bytes) in try RealSources.swiftSources(limit: 12) {
            // Cut in the middle of the file: an unclosed body is a syntax problem, not a crash.
            let cut = Array(bytes.prefix(bytes.count / 2)) + Array("\n func f(a: Int {\n".utf8)
            let summary = SwiftSummarizer.summarize(cut)
            #expect(summary.syntaxProblem != nil, "\(path)")
        }
    }
}
