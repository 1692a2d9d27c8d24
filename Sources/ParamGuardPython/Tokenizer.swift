import ParamGuardModel

/// Splits Python source into tokens and logical lines.
///
/// It follows CPython's tokenizer where that matters for what we extract: implicit joining inside
/// brackets, backslash continuation, every string prefix, triple quotes, and f-strings with PEP 701
/// nesting (an f-string is one opaque string token here). Comments and blank lines vanish.
/// It never throws: the first problem is recorded and reading goes on as far as it sensibly can.
struct Tokenizer {
    private let bytes: [UInt8]
    /// Where tokenizing stops: the end of the file, or of an f-string replacement field's expression.
    private let end: Int
    /// Inside an f-string field the expression is read as if bracketed: no statements, no indentation.
    private let isExpressionOnly: Bool
    private var index = 0
    private var line: Int32 = 1
    private var lineStart = 0
    private var bracketDepth = 0
    private(set) var tokens: [Token] = []
    private(set) var lines: [LogicalLine] = []
    private(set) var problem: SyntaxProblem?

    /// The replacement-field expressions of f-strings, by the index of their string token: each an
    /// expression's byte range and the line (and that line's start offset) it begins on.
    private(set) var formattedFields: [Int: [FormattedField]] = [:]
    /// Fields found while scanning the current string token; nested literals add none of their own.
    private var pendingFields: [FormattedField] = []
    private var stringNesting = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.end = bytes.count
        self.isExpressionOnly = false
        tokens.reserveCapacity(bytes.count / 4)
    }

    /// Tokenizes one f-string field's expression, located inside the file's bytes.
    init(bytes: [UInt8], field: FormattedField) {
        self.bytes = bytes
        self.end = field.range.upperBound
        self.isExpressionOnly = true
        index = field.range.lowerBound
        line = Int32(field.line)
        lineStart = field.lineStart
        bracketDepth = 1
    }

    /// Tokenizes the whole input.
    mutating func run() {
        if !isExpressionOnly && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        var logicalStart: Int?
        var logicalIndent = 0
        var atLineStart = true

        func closeLogicalLine(_ tokenizer: inout Tokenizer) {
            if let start = logicalStart, start < tokenizer.tokens.count {
                tokenizer.lines.append(LogicalLine(tokens: start..<tokenizer.tokens.count, indent: logicalIndent))
            }
            logicalStart = nil
        }

        while index < end {
            if atLineStart && bracketDepth == 0 {
                let (width, next) = measureIndent(from: index)
                index = next
                if index >= end { break }
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
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "\n") || bytes[index + 1] == UInt8(ascii: "\r") {
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
                if index + 1 < end, Tokenizer.isDigit(bytes[index + 1]) { scanNumber() } else { scanOperator() }
            default:
                scanOperator()
            }
            if problem != nil && stopped { break }
        }
        closeLogicalLine(&self)
        if bracketDepth > 0 && problem == nil && !isExpressionOnly {
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
        while i < end {
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
        while index < end, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
    }

    /// Consumes `\n`, `\r\n` or a lone `\r` at `index` (or nothing at the end of input).
    private mutating func consumeNewline() {
        guard index < end else { return }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "\n") {
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
        while index < end, Tokenizer.isIdentifierContinue(bytes[index]) { index += 1 }
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
           Tokenizer.isStringPrefix(bytes[start..<index]) {
            index = start
            scanStringToken(prefixStart: start)
            return
        }
        emit(.name, from: start, line: line, column: start - lineStart + 1)
    }

    /// Numbers as Python's grammar has them: `0x_ff`, `1_000`, `1.5e-3j`, `.5`, `1.` — a dot after an
    /// exponent or a second dot is not part of the number (`1.5e100.__format__`).
    private mutating func scanNumber() {
        let start = index
        func digits(_ tokenizer: inout Tokenizer, hex: Bool = false) {
            while tokenizer.index < tokenizer.end {
                let c = tokenizer.bytes[tokenizer.index]
                let isHexLetter = hex && ((c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f"))
                guard Tokenizer.isDigit(c) || c == UInt8(ascii: "_") || isHexLetter else { return }
                tokenizer.index += 1
            }
        }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < end, "xXoObB".utf8.contains(bytes[index + 1]) {
            index += 2
            digits(&self, hex: true)
        } else {
            digits(&self)
            if index < end, bytes[index] == UInt8(ascii: ".") {
                index += 1
                digits(&self)
            }
            if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
                var next = index + 1
                if next < end, bytes[next] == UInt8(ascii: "+") || bytes[next] == UInt8(ascii: "-") { next += 1 }
                if next < end, Tokenizer.isDigit(bytes[next]) {
                    index = next
                    digits(&self)
                }
            }
            if index < end, bytes[index] | 0x20 == UInt8(ascii: "j") { index += 1 }
        }
        emit(.number, from: start, line: line, column: start - lineStart + 1)
    }

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
            index += operatorLength(at: index)
            emit(.op, from: start, line: line, column: column)
            return
        }
        index += 1
        emit(.op, from: start, line: line, column: column)
    }

    /// The length of the longest operator at `i`: `**=`, `//=`, `>>=`, `<<=`, `...`, the two-character
    /// operators (`**`, `->`, `:=`, `==`, augmented assignments, …), else 1.
    private func operatorLength(at i: Int) -> Int {
        guard i + 1 < end else { return 1 }
        let a = bytes[i]
        let b = bytes[i + 1]
        let c: UInt8 = i + 2 < end ? bytes[i + 2] : 0
        let equals = UInt8(ascii: "=")
        switch a {
        case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"):
            if b == a { return c == equals ? 3 : 2 }  // ** // >> <<  and  **= //= >>= <<=
            if b == equals { return 2 }
            if a == UInt8(ascii: "<") && b == UInt8(ascii: ">") { return 2 }
            return 1
        case UInt8(ascii: "."):
            return b == a && c == a ? 3 : 1
        case UInt8(ascii: "-"):
            return b == UInt8(ascii: ">") || b == equals ? 2 : 1
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "@"), UInt8(ascii: ":"):
            return b == equals ? 2 : 1
        default:
            return 1
        }
    }

    // MARK: - Strings

    /// `r`, `b`, `u`, `f`, `t` and their legal two-letter combinations, in any case.
    static func isStringPrefix(_ prefix: ArraySlice<UInt8>) -> Bool {
        let r = UInt8(ascii: "r")
        func isOther(_ c: UInt8) -> Bool { c == UInt8(ascii: "b") || c == UInt8(ascii: "f") || c == UInt8(ascii: "t") }
        switch prefix.count {
        case 1:
            let c = prefix[prefix.startIndex] | 0x20
            return c == r || c == UInt8(ascii: "u") || isOther(c)
        case 2:
            let a = prefix[prefix.startIndex] | 0x20
            let b = prefix[prefix.startIndex + 1] | 0x20
            return (a == r && isOther(b)) || (b == r && isOther(a))
        default:
            return false
        }
    }

    private mutating func scanStringToken(prefixStart: Int) {
        let startLine = line
        let column = prefixStart - lineStart + 1
        pendingFields.removeAll()
        if !scanString(prefixStart: prefixStart) {
            record("unterminated string literal")
            stopped = true
            index = end
        }
        if !pendingFields.isEmpty { formattedFields[tokens.count] = pendingFields }
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
        let isTriple = index + 2 < end && bytes[index + 1] == quote && bytes[index + 2] == quote
        index += isTriple ? 3 : 1
        stringNesting += 1
        defer { stringNesting -= 1 }
        return scanStringBody(quote: quote, isTriple: isTriple, isRaw: isRaw, isFormatted: isFormatted)
    }

    private mutating func atClosingQuote(_ quote: UInt8, isTriple: Bool) -> Bool {
        guard bytes[index] == quote else { return false }
        if !isTriple { return true }
        return index + 2 < end && bytes[index + 1] == quote && bytes[index + 2] == quote
    }

    private mutating func scanStringBody(quote: UInt8, isTriple: Bool, isRaw: Bool, isFormatted: Bool) -> Bool {
        while index < end {
            let c = bytes[index]
            if atClosingQuote(quote, isTriple: isTriple) {
                index += isTriple ? 3 : 1
                return true
            }
            switch c {
            case UInt8(ascii: "\\"):
                // Even in raw strings a backslash keeps the next quote from closing the literal.
                index += 1
                guard index < end else { return false }
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
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "{") {
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
        let expressionStart = index
        let startLine = Int(line)
        let startLineStart = lineStart
        let recordsField = stringNesting == 1
        func finishExpression(_ tokenizer: inout Tokenizer, at position: Int) {
            if recordsField && position > expressionStart {
                tokenizer.pendingFields.append(FormattedField(
                    range: expressionStart..<position, line: startLine, lineStart: startLineStart))
            }
        }
        var expressionDone = false
        while index < end {
            let c = bytes[index]
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard scanString(prefixStart: index) else { return false }
            case _ where Tokenizer.isIdentifierStart(c):
                let start = index
                while index < end, Tokenizer.isIdentifierContinue(bytes[index]) { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
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
                if depth == 0 {
                    if !expressionDone { finishExpression(&self, at: index) }
                    index += 1
                    return true
                }
                index += 1
                depth -= 1
            case UInt8(ascii: "!") where depth == 0 && !(index + 1 < end && bytes[index + 1] == UInt8(ascii: "=")):
                // A conversion (`!r`) ends the expression.
                if !expressionDone { finishExpression(&self, at: index) }
                expressionDone = true
                index += 1
            case UInt8(ascii: ":") where depth == 0:
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "=") {
                    index += 2
                } else {
                    if !expressionDone { finishExpression(&self, at: index) }
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
        while index < end {
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
