import Foundation
import ParamGuardPython
import ParamGuardTestSupport
import Testing

/// Real standard-library files, damaged at random (bytes deleted, brackets, quotes and keywords
/// inserted, files cut short), must never crash or hang the skimmer. A fixed seed keeps it repeatable.
@Suite struct MutationFuzzTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func damagedRealFilesNeverCrashTheSkimmer() throws {
        let files = try RealSources.standardLibraryFiles()
        try #require(files.count > 100, "the standard library was not found")
        var random = SeededGenerator(state: 42)
        let insertions = ["(", ")", "\"", "'", "\"\"\"", "\\", "\n", ":", "=", "f\"{", "}", "lambda", "def ", "class ", "@", ",", ";", "import ", "from . ", "*", "**"]
            .map { Array($0.utf8) }
        var summarized = 0
        for _ in 0..<400 {
            guard let data = RealSources.bytes(of: files.randomElement(using: &random)!) else { continue }
            var bytes = Array(data.prefix(12_000))
            for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...30, using: &random)))
                case 4..<8: bytes.insert(contentsOf: insertions.randomElement(using: &random)!, at: position)
                default: bytes.removeSubrange(position...)
                }
            }
            _ = PythonSkimmer.summarize(bytes)
            summarized += 1
        }
        #expect(summarized > 300)
    }
}
