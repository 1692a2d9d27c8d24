import ParamGuardModel

/// Splits Python source into tokens and logical lines.
///
/// It follows CPython's tokenizer where that matters for what we extract: implicit joining inside
/// brackets, backslash continuation, every string prefix, triple quotes, and f-strings with PEP 701
/// nesting (an f-string is one opaque string token here). Comments and blank lines vanish.
/// It never throws: the first problem is recorded and reading goes on as far as it sensibly can.
struct Tokenizer {
    private let bytes: [UInt8]
    private var index = 0
    private var line: Int32 = 1
    private var lineStart = 0
    private var bracketDepth = 0
    private(set) var tokens: [Token] = []
    private(set) var lines: [LogicalLine] = []
    private(set) var problem: SyntaxProblem?

    init(bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 4)
    }

    /// Tokenizes the whole input.
    mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        var logicalStart: Int?
        var logicalIndent = 0
        var atLineStart = true

        func closeLogicalLine(_ tokenizer: inout Tokenizer) {
            if let start = logicalStart, start < tokenizer.tokens.count {
                tokenizer.lines.append(LogicalLine(tokens: start..<tokenizer.tokens.count, indent: logicalIndent))
            }
            logicalStart = nil
        }

        while index < bytes.count {
            if atLineStart && bracketDepth == 0 {
                let (width, next) = measureIndent(from: index)
                index = next
                if index >= bytes.count { break }
                let c = bytes[index]
                if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "#") {
                    skipToEndOfLine()
                    consumeNewline()
                    continue
                }
                atLineStart = false
                logicalStart = tokens.count
                logicalIndent = width
            }
            let c = bytes[index]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
                index += 1
            case UInt8(ascii: "#"):
                skipToEndOfLine()
            case UInt8(ascii: "\\"):
                // Explicit line joining; a backslash elsewhere is an error CPython reports too.
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") || bytes[index + 1] == UInt8(ascii: "\r") {
                    index += 1
                    consumeNewline()
                } else {
                    record("unexpected character after line continuation character")
                    index += 1
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeNewline()
                if bracketDepth == 0 {
                    closeLogicalLine(&self)
                    atLineStart = true
                }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                scanStringToken(prefixStart: index)
            case _ where Tokenizer.isIdentifierStart(c):
                scanNameOrPrefixedString()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                scanNumber()
            case UInt8(ascii: "."):
                if index + 1 < bytes.count, Tokenizer.isDigit(bytes[index + 1]) { scanNumber() } else { scanOperator() }
            default:
                scanOperator()
            }
            if problem != nil && stopped { break }
        }
        closeLogicalLine(&self)
        if bracketDepth > 0 && problem == nil {
            record("'(' was never closed")
        }
    }

    /// Set when the rest of the file cannot be tokenized meaningfully (an unterminated string).
    private var stopped = false

    // MARK: - Characters

    static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0x80
    }

    static func isIdentifierContinue(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || isDigit(c)
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    // MARK: - Lines

    private func measureIndent(from start: Int) -> (width: Int, next: Int) {
        var width = 0
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: " "): width += 1
            case UInt8(ascii: "\t"): width = (width / 8 + 1) * 8
            case 0x0C: width = 0
            default: return (width, i)
            }
            i += 1
        }
        return (width, i)
    }

    private mutating func skipToEndOfLine() {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
    }

    /// Consumes `\n`, `\r\n` or a lone `\r` at `index` (or nothing at the end of input).
    private mutating func consumeNewline() {
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
    }

    private mutating func record(_ message: String) {
        if problem == nil {
            problem = SyntaxProblem(
                message: message,
                location: SourceLocation(line: Int(line), column: index - lineStart + 1))
        }
    }

    private mutating func emit(_ kind: Token.Kind, from start: Int, line startLine: Int32, column: Int) {
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(index), line: startLine, column: Int32(column)))
    }

    // MARK: - Names, numbers, operators

    private mutating func scanNameOrPrefixedString() {
        let start = index
        while index < bytes.count, Tokenizer.isIdentifierContinue(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
           Tokenizer.isStringPrefix(bytes[start..<index]) {
            index = start
            scanStringToken(prefixStart: start)
            return
        }
        emit(.name, from: start, line: line, column: start - lineStart + 1)
    }

    private mutating func scanNumber() {
        let start = index
        let isHexLike = bytes[index] == UInt8(ascii: "0") && index + 1 < bytes.count
            && [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "b"), UInt8(ascii: "B")]
                .contains(bytes[index + 1])
        while index < bytes.count {
            let c = bytes[index]
            if Tokenizer.isIdentifierContinue(c) || c == UInt8(ascii: ".") {
                index += 1
            } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && !isHexLike
                        && (bytes[index - 1] == UInt8(ascii: "e") || bytes[index - 1] == UInt8(ascii: "E")) {
                index += 1
            } else {
                break
            }
        }
        emit(.number, from: start, line: line, column: start - lineStart + 1)
    }

    private static let threeCharOperators: [[UInt8]] = ["**=", "//=", ">>=", "<<=", "..."].map { Array($0.utf8) }
    private static let twoCharOperators: Set<[UInt8]> = Set(
        ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="]
            .map { Array($0.utf8) })

    private mutating func scanOperator() {
        let start = index
        let column = start - lineStart + 1
        let c = bytes[index]
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            bracketDepth += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            if bracketDepth == 0 { record("unmatched '\(Character(UnicodeScalar(c)))'") } else { bracketDepth -= 1 }
        default:
            if index + 3 <= bytes.count, Tokenizer.threeCharOperators.contains(where: { bytes[index..<index + 3].elementsEqual($0) }) {
                index += 3
                emit(.op, from: start, line: line, column: column)
                return
            }
            if index + 2 <= bytes.count, Tokenizer.twoCharOperators.contains(Array(bytes[index..<index + 2])) {
                index += 2
                emit(.op, from: start, line: line, column: column)
                return
            }
        }
        index += 1
        emit(.op, from: start, line: line, column: column)
    }

    // MARK: - Strings

    /// `r`, `b`, `u`, `f`, `t` and their legal two-letter combinations, in any case.
    static func isStringPrefix(_ prefix: ArraySlice<UInt8>) -> Bool {
        guard !prefix.isEmpty, prefix.count <= 2 else { return false }
        let lower = prefix.map { $0 | 0x20 }
        if lower.count == 1 { return "rbuft".utf8.contains(lower[0]) }
        let pair = Set(lower)
        guard pair.count == 2, pair.contains(UInt8(ascii: "r")) else { return false }
        return pair.contains(UInt8(ascii: "b")) || pair.contains(UInt8(ascii: "f")) || pair.contains(UInt8(ascii: "t"))
    }

    private mutating func scanStringToken(prefixStart: Int) {
        let startLine = line
        let column = prefixStart - lineStart + 1
        if !scanString(prefixStart: prefixStart) {
            record("unterminated string literal")
            stopped = true
            index = bytes.count
        }
        emit(.string, from: prefixStart, line: startLine, column: column)
    }

    /// Scans one string literal whose prefix starts at `prefixStart`, leaving `index` after its closing quote.
    /// Returns false when the input ends (or a one-line string hits a newline) first.
    private mutating func scanString(prefixStart: Int) -> Bool {
        index = prefixStart
        var isRaw = false
        var isFormatted = false
        while bytes[index] != UInt8(ascii: "\"") && bytes[index] != UInt8(ascii: "'") {
            let lower = bytes[index] | 0x20
            if lower == UInt8(ascii: "r") { isRaw = true }
            if lower == UInt8(ascii: "f") || lower == UInt8(ascii: "t") { isFormatted = true }
            index += 1
        }
        let quote = bytes[index]
        let isTriple = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
        index += isTriple ? 3 : 1
        return scanStringBody(quote: quote, isTriple: isTriple, isRaw: isRaw, isFormatted: isFormatted)
    }

    private mutating func atClosingQuote(_ quote: UInt8, isTriple: Bool) -> Bool {
        guard bytes[index] == quote else { return false }
        if !isTriple { return true }
        return index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
    }

    private mutating func scanStringBody(quote: UInt8, isTriple: Bool, isRaw: Bool, isFormatted: Bool) -> Bool {
        while index < bytes.count {
            let c = bytes[index]
            if atClosingQuote(quote, isTriple: isTriple) {
                index += isTriple ? 3 : 1
                return true
            }
            switch c {
            case UInt8(ascii: "\\"):
                // Even in raw strings a backslash keeps the next quote from closing the literal.
                index += 1
                guard index < bytes.count else { return false }
                if isFormatted && isRaw && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "}")) { continue }
                if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                    consumeNewline()
                } else if isFormatted && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "}")) {
                    continue
                } else {
                    index += 1
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !isTriple { return false }
                consumeNewline()
            case UInt8(ascii: "{") where isFormatted:
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                    index += 2
                } else {
                    index += 1
                    guard scanReplacementField(quote: quote, isTriple: isTriple) else { return false }
                }
            default:
                index += 1
            }
        }
        return false
    }

    /// Scans an f-string replacement field after its `{`, through its closing `}`.
    /// PEP 701 lets the expression hold strings with the same quote, so nested literals are scanned whole.
    private mutating func scanReplacementField(quote: UInt8, isTriple: Bool) -> Bool {
        var depth = 0
        while index < bytes.count {
            let c = bytes[index]
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard scanString(prefixStart: index) else { return false }
            case _ where Tokenizer.isIdentifierStart(c):
                let start = index
                while index < bytes.count, Tokenizer.isIdentifierContinue(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
                   Tokenizer.isStringPrefix(bytes[start..<index]) {
                    guard scanString(prefixStart: start) else { return false }
                }
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                index += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                if depth == 0 { return true }
                depth -= 1
            case UInt8(ascii: ":") where depth == 0:
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "=") {
                    index += 2
                } else {
                    index += 1
                    return scanFormatSpec(quote: quote, isTriple: isTriple)
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeNewline()
            default:
                index += 1
            }
        }
        return false
    }

    /// Scans a format spec (`:>10`, `:{width}`) through the `}` that closes its field.
    private mutating func scanFormatSpec(quote: UInt8, isTriple: Bool) -> Bool {
        while index < bytes.count {
            if atClosingQuote(quote, isTriple: isTriple) { return false }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                guard scanReplacementField(quote: quote, isTriple: isTriple) else { return false }
            case UInt8(ascii: "}"):
                index += 1
                return true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeNewline()
            default:
                index += 1
            }
        }
        return false
    }
}
