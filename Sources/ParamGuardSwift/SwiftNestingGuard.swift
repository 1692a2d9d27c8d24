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
    ///
    /// Comments are told apart without lexing strings, so every comment is read both ways: as trivia
    /// (the run of the code around it goes on across it: `[/**/[/**/[`) and as code (a `/*` or `//`
    /// inside a string literal does not start a comment, so what follows may be brackets the parser
    /// sees: `"/*" [[[[`). A run under either reading counts. Strings are read as code: a string that
    /// holds such a run is caught too.
    static func excessiveBracketRun(in bytes: [UInt8]) -> Int? {
        let (open, slash, star, newline) = (UInt8(ascii: "["), UInt8(ascii: "/"), UInt8(ascii: "*"), UInt8(ascii: "\n"))
        var code = (run: 0, start: 0)  // comments as trivia
        var inner = (run: 0, start: 0)  // the current comment's text as code
        var blockDepth = 0
        var inLineComment = false
        func count(_ byte: UInt8, at index: Int, into counter: inout (run: Int, start: Int)) -> Bool {
            if byte == open {
                if counter.run == 0 { counter.start = index }
                counter.run += 1
                return counter.run > maximumBracketRun
            }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != newline && byte != UInt8(ascii: "\r") {
                counter.run = 0
            }
            return false
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if blockDepth == 0 && !inLineComment && byte == slash && (next == slash || next == star) {
                // A comment starts (or what reads as one): the code's run waits, its text is read as code.
                if next == slash { inLineComment = true } else { blockDepth = 1 }
                inner = (0, 0)
                index += 2
                continue
            }
            if inLineComment || blockDepth > 0 {
                if blockDepth > 0 && byte == slash && next == star {
                    blockDepth += 1  // Swift's block comments nest.
                } else if blockDepth > 0 && byte == star && next == slash {
                    blockDepth -= 1
                    if blockDepth == 0 { index += 2; continue }
                } else if inLineComment && byte == newline {
                    inLineComment = false
                    index += 1
                    continue
                }
                if count(byte, at: index, into: &inner) { return inner.start }
                index += 1
                continue
            }
            if count(byte, at: index, into: &code) { return code.start }
            index += 1
        }
        return nil
    }
}
