import ParamGuardModel

/// swift-syntax's parser takes time exponential in the number of `[` a file opens in a row (`[[[[`,
/// with only white space or comments between them): a small file the fuzzer built with a long run of
/// them parsed for minutes, so a pushed file could hold a hook until its time budget. A file with a
/// longer run than real code writes (a few, as in `[[[Double]]]`) is not parsed; it is skipped with
/// the reason, like a file with a syntax error (a skip fails open, and is never silent).
enum SwiftNestingGuard {
    /// More `[` in a row than this, and the file is not parsed (the parse is still quick at this many).
    static let maximumBracketRun = 16

    /// The problem to report for a file with too long a run of `[`, at the run's start; nil for any
    /// other file. Strings are not told apart from code: a string with such a run is skipped too.
    static func problem(in bytes: [UInt8]) -> SyntaxProblem? {
        guard let start = excessiveBracketRun(in: bytes) else { return nil }
        return SyntaxProblem(
            message: "more than \(maximumBracketRun) '[' in a row, which swift-syntax's parser takes exponential time on",
            location: LineTable(bytes).location(ofOffset: start))
    }

    /// The offset where the first run of more than `maximumBracketRun` `[` starts.
    static func excessiveBracketRun(in bytes: [UInt8]) -> Int? {
        let (open, slash, star) = (UInt8(ascii: "["), UInt8(ascii: "/"), UInt8(ascii: "*"))
        var run = 0
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open {
                if run == 0 { start = index }
                run += 1
                if run > maximumBracketRun { return start }
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                // White space between brackets is trivia to the parser: the run goes on.
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                // Swift's block comments nest.
                var depth = 0
                while index + 1 < bytes.count {
                    if bytes[index] == slash && bytes[index + 1] == star {
                        depth += 1
                        index += 2
                    } else if bytes[index] == star && bytes[index + 1] == slash {
                        depth -= 1
                        index += 2
                        if depth == 0 { break }
                    } else {
                        index += 1
                    }
                }
                if depth > 0 { index = bytes.count }
                continue
            } else {
                run = 0
            }
            index += 1
        }
        return nil
    }
}
