/// A TOML 1.0 reader for the part of TOML a records file uses: comments, `[[name]]` and `[name]`
/// headers, `key = value` with bare or quoted keys, and values that are strings (all four kinds),
/// integers, booleans, arrays and inline tables. A document that is valid TOML but uses anything
/// else (dotted keys, floats, dates and times, integers beyond 64 bits, nesting deeper than
/// `maximumDepth`) is refused as *unsupported*, never misread; an invalid one is refused with the
/// line at fault. `TOMLReaderTests` holds it to CPython's `tomllib` on thousands of documents: what
/// both accept reads the same, and what `tomllib` refuses this refuses.
///
/// Why not a TOML library: TOMLKit 0.6.0, the one at hand, bundles a toml++ whose parser aborts the
/// process on the two bytes `[#` (an assertion left on in release builds; found by fuzzing), and frees
/// nothing it parses. The file is pushed content that a server hook reads, so a crash on it is not
/// acceptable, and the part of TOML it needs is small enough to read exactly.
struct TOMLReader {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case array([Value])
        case table(Table)
    }

    /// A table with its keys in the order the document writes them, and the line it starts on (its
    /// header's, or its `{`'s).
    struct Table: Equatable {
        var keys: [String] = []
        var values: [String: Value] = [:]
        /// The line each key is set on (a header's for a table it names).
        var lines: [String: Int] = [:]
        var line: Int

        subscript(key: String) -> Value? { values[key] }
    }

    struct Problem: Error, Equatable {
        var line: Int
        var message: String
        /// Valid TOML that this reader does not read (as opposed to invalid TOML).
        var isUnsupported = false
    }

    static let maximumDepth = 16

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var depth = 0

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The document's root table. `bytes` must be valid UTF-8 (the caller checks, to say so itself).
    static func read(_ bytes: [UInt8]) throws(Problem) -> Table {
        var reader = TOMLReader(bytes)
        return try reader.document()
    }

    // MARK: - Document

    /// Where key/value lines go: the root, the last table of a `[[name]]` array, or a `[name]` table.
    private enum Section {
        case root
        case arrayElement(String)
        case table(String)
    }

    private mutating func document() throws(Problem) -> Table {
        var root = Table(line: 1)
        var section = Section.root
        // Arrays made by `[[name]]` headers: only those take more tables by header.
        var headerArrays: Set<String> = []
        while index < bytes.count {
            skipBlanks()
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "#") || isNewlineStart(byte) {
                try endOfLine()
                continue
            }
            if byte == UInt8(ascii: "[") {
                let headerLine = line
                index += 1
                let isArray = peek() == UInt8(ascii: "[")
                if isArray { index += 1 }
                skipBlanks()
                let name = try key()
                skipBlanks()
                if peek() == UInt8(ascii: ".") { throw unsupported("dotted keys are not read in this file") }
                try expect("]", "']' to close the table header")
                if isArray { try expect("]", "']]' to close the header") }
                if isArray {
                    if root[name] == nil {
                        root.keys.append(name)
                        root.values[name] = .array([])
                        root.lines[name] = headerLine
                        headerArrays.insert(name)
                    }
                    guard headerArrays.contains(name), case var .array(elements) = root[name] else {
                        throw problem("'\(name)' is already defined, and not as an array of tables")
                    }
                    elements.append(.table(Table(line: headerLine)))
                    root.values[name] = .array(elements)
                    section = .arrayElement(name)
                } else {
                    guard root[name] == nil else { throw problem("'\(name)' is already defined") }
                    root.keys.append(name)
                    root.values[name] = .table(Table(line: headerLine))
                    root.lines[name] = headerLine
                    section = .table(name)
                }
                try endOfLine()
                continue
            }
            let keyLine = line
            let (name, value) = try keyValue()
            switch section {
            case .root:
                try root.set(name, value, line: keyLine)
            case let .table(header):
                guard case var .table(table) = root[header] else { throw problem("internal: lost table '\(header)'") }
                try table.set(name, value, line: keyLine)
                root.values[header] = .table(table)
            case let .arrayElement(header):
                guard case var .array(elements) = root[header], case var .table(table) = elements.last else {
                    throw problem("internal: lost table '\(header)'")
                }
                try table.set(name, value, line: keyLine)
                elements[elements.count - 1] = .table(table)
                root.values[header] = .array(elements)
            }
            try endOfLine()
        }
        return root
    }

    private mutating func keyValue() throws(Problem) -> (String, Value) {
        let name = try key()
        skipBlanks()
        if peek() == UInt8(ascii: ".") { throw unsupported("dotted keys are not read in this file") }
        try expect("=", "'=' after the key '\(name)'")
        skipBlanks()
        return (name, try value())
    }

    /// After a key/value pair or a header: blanks, a comment, then a newline or the end.
    private mutating func endOfLine() throws(Problem) {
        skipBlanks()
        if peek() == UInt8(ascii: "#") { try comment() }
        guard let byte = peek() else { return }
        guard isNewlineStart(byte) else { throw problem("expected the end of the line, found \(describe(byte))") }
        try newline()
    }

    // MARK: - Keys and values

    private mutating func key() throws(Problem) -> String {
        guard let byte = peek() else { throw problem("expected a key, found the end of the file") }
        if byte == UInt8(ascii: "\"") { return try basicString() }
        if byte == UInt8(ascii: "'") { return try literalString() }
        let start = index
        while let next = peek(), Self.isBareKeyByte(next) { index += 1 }
        guard index > start else { throw problem("expected a key, found \(describe(byte))") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func value() throws(Problem) -> Value {
        guard let byte = peek() else { throw problem("expected a value, found the end of the file") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(starts(with: "\"\"\"") ? try multilineString(basic: true) : try basicString())
        case UInt8(ascii: "'"):
            return .string(starts(with: "'''") ? try multilineString(basic: false) : try literalString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            if starts(with: "true") { index += 4; return .boolean(true) }
            if starts(with: "false") { index += 5; return .boolean(false) }
            throw problem("expected a value, found \(describe(byte))")
        case UInt8(ascii: "["):
            return try array()
        case UInt8(ascii: "{"):
            return try inlineTable()
        case UInt8(ascii: "i"), UInt8(ascii: "n"):
            if starts(with: "inf") || starts(with: "nan") { throw unsupported("floats are not read in this file") }
            throw problem("expected a value, found \(describe(byte))")
        default:
            guard Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else {
                throw problem("expected a value, found \(describe(byte))")
            }
            return .integer(try number())
        }
    }

    private mutating func array() throws(Problem) -> Value {
        let arrayLine = line
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [Value] = []
        while true {
            try skipBlanksNewlinesAndComments()
            guard let byte = peek() else { throw Problem(line: arrayLine, message: "the array opened here is not closed") }
            if byte == UInt8(ascii: "]") { index += 1; return .array(elements) }
            elements.append(try value())
            try skipBlanksNewlinesAndComments()
            guard let next = peek() else { throw Problem(line: arrayLine, message: "the array opened here is not closed") }
            if next == UInt8(ascii: ",") { index += 1; continue }
            if next == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw problem("expected ',' or ']' in the array, found \(describe(next))")
        }
    }

    private mutating func inlineTable() throws(Problem) -> Value {
        var table = Table(line: line)
        try enter()
        defer { depth -= 1 }
        index += 1
        skipBlanks()
        if peek() == UInt8(ascii: "}") { index += 1; return .table(table) }
        while true {
            skipBlanks()
            let (name, value) = try keyValue()
            try table.set(name, value, line: line)
            skipBlanks()
            guard let next = peek() else { throw problem("the inline table is not closed") }
            if next == UInt8(ascii: ",") { index += 1; continue }
            if next == UInt8(ascii: "}") { index += 1; return .table(table) }
            throw problem("expected ',' or '}' in the inline table (which stays on one line), found \(describe(next))")
        }
    }

    private mutating func enter() throws(Problem) {
        depth += 1
        if depth > Self.maximumDepth { throw unsupported("arrays and tables nest deeper than \(Self.maximumDepth)") }
    }

    // MARK: - Numbers

    private mutating func number() throws(Problem) -> Int {
        let start = index
        while let byte = peek(), Self.isNumberByte(byte) { index += 1 }
        let token = Array(bytes[start..<index])
        if let value = Self.integer(token) { return value }
        let text = String(decoding: token, as: UTF8.self)
        if Self.looksLikeInteger(token) { throw unsupported("the integer \(text) is beyond 64 bits") }
        let isPrefixed = token.count > 1 && token[0] == UInt8(ascii: "0") && "xob".utf8.contains(token[1])
        if !isPrefixed, token.contains(where: { ".eE:".utf8.contains($0) }) || text.hasSuffix("inf") || text.hasSuffix("nan")
            || (token.count >= 5 && token[4] == UInt8(ascii: "-") && token[..<4].allSatisfy(Self.isDigit)) {
            throw unsupported("floats, dates and times are not read in this file")
        }
        throw problem("'\(text)' is not a number TOML reads")
    }

    /// An integer as TOML writes it (decimal with an optional sign, or 0x, 0o, 0b), underscores only
    /// between digits and no leading zero; nil for anything else, or beyond 64 bits.
    static func integer(_ token: [UInt8]) -> Int? {
        guard looksLikeInteger(token) else { return nil }
        var digits = token[...]
        var negative = false
        var radix = 10
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            digits = digits.dropFirst()
        } else if digits.count > 2, digits.first == UInt8(ascii: "0"), let mark = digits.dropFirst().first {
            radix = mark == UInt8(ascii: "x") ? 16 : mark == UInt8(ascii: "o") ? 8 : mark == UInt8(ascii: "b") ? 2 : 10
            if radix != 10 { digits = digits.dropFirst(2) }
        }
        let text = String(decoding: digits.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        return Int(negative ? "-" + text : text, radix: radix)
    }

    /// The shape of a TOML integer, whatever its size.
    static func looksLikeInteger(_ token: [UInt8]) -> Bool {
        var digits = token[...]
        var radix = 10
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            digits = digits.dropFirst()
        } else if digits.count > 2, digits.first == UInt8(ascii: "0"), let mark = digits.dropFirst().first, "xob".utf8.contains(mark) {
            radix = mark == UInt8(ascii: "x") ? 16 : mark == UInt8(ascii: "o") ? 8 : 2
            digits = digits.dropFirst(2)
        }
        guard let first = digits.first, let last = digits.last, first != UInt8(ascii: "_"), last != UInt8(ascii: "_") else { return false }
        if radix == 10, first == UInt8(ascii: "0"), digits.count > 1 { return false }
        var previousWasUnderscore = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                if previousWasUnderscore { return false }
                previousWasUnderscore = true
                continue
            }
            previousWasUnderscore = false
            guard let value = hexValue(byte), value < radix else { return false }
        }
        return true
    }

    // MARK: - Strings

    private mutating func basicString() throws(Problem) -> String {
        index += 1
        var out: [UInt8] = []
        while true {
            guard let byte = peek() else { throw problem("the string is not closed") }
            if byte == UInt8(ascii: "\"") { index += 1; return String(decoding: out, as: UTF8.self) }
            if byte == UInt8(ascii: "\\") {
                try escape(into: &out)
                continue
            }
            guard !Self.isControl(byte) else { throw problem("a string holds \(describe(byte)), which TOML writes escaped") }
            out.append(byte)
            index += 1
        }
    }

    private mutating func literalString() throws(Problem) -> String {
        index += 1
        let start = index
        while true {
            guard let byte = peek() else { throw problem("the string is not closed") }
            if byte == UInt8(ascii: "'") {
                index += 1
                return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
            }
            guard !Self.isControl(byte) else { throw problem("a literal string holds \(describe(byte))") }
            index += 1
        }
    }

    /// A multi-line string: basic (`"""`, with escapes) or literal (`'''`, without).
    private mutating func multilineString(basic: Bool) throws(Problem) -> String {
        let quote = basic ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        let opened = line
        index += 3
        try skipFirstNewline()
        var out: [UInt8] = []
        while true {
            guard let byte = peek() else { throw Problem(line: opened, message: "the string opened here is not closed") }
            if byte == quote {
                if let quotes = try closingQuotes(quote) {
                    out += [UInt8](repeating: quote, count: quotes)
                    return String(decoding: out, as: UTF8.self)
                }
                out.append(byte)
                index += 1
            } else if basic, byte == UInt8(ascii: "\\") {
                // A backslash at the end of a line (blanks after it allowed) joins the next line,
                // dropping the white space and newlines up to the next character.
                var probe = index + 1
                while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
                if probe < bytes.count, isNewlineStart(bytes[probe]) {
                    index = probe
                    while let next = peek(), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || isNewlineStart(next) {
                        if isNewlineStart(next) { try newline() } else { index += 1 }
                    }
                    continue
                }
                try escape(into: &out)
            } else if isNewlineStart(byte) {
                try newline()
                out.append(UInt8(ascii: "\n"))
            } else {
                guard !Self.isControl(byte) else { throw problem("a string holds \(describe(byte)), which TOML writes escaped") }
                out.append(byte)
                index += 1
            }
        }
    }

    /// At a quote inside a multi-line string: when a run of three to five quotes starts here, the
    /// string ends after it and the quotes beyond the closing three are its last characters (their
    /// count is returned); nil for one or two quotes, which are content.
    private mutating func closingQuotes(_ quote: UInt8) throws(Problem) -> Int? {
        var run = 0
        while index + run < bytes.count, bytes[index + run] == quote { run += 1 }
        guard run >= 3 else { return nil }
        guard run <= 5 else { throw problem("a multi-line string ends with more than five quotes") }
        index += run
        return run - 3
    }

    /// A newline right after the opening delimiter of a multi-line string is not part of it.
    private mutating func skipFirstNewline() throws(Problem) {
        if let byte = peek(), isNewlineStart(byte) { try newline() }
    }

    private mutating func escape(into out: inout [UInt8]) throws(Problem) {
        index += 1
        guard let byte = peek() else { throw problem("the string is not closed") }
        index += 1
        switch byte {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = byte == UInt8(ascii: "u") ? 4 : 8
            guard index + count <= bytes.count else { throw problem("a \\\(Character(Unicode.Scalar(byte))) escape needs \(count) hex digits") }
            var value: UInt32 = 0
            for digit in bytes[index..<(index + count)] {
                guard let digitValue = Self.hexValue(digit) else { throw problem("a \\\(Character(Unicode.Scalar(byte))) escape needs \(count) hex digits") }
                value = value * 16 + UInt32(digitValue)
            }
            index += count
            guard let scalar = Unicode.Scalar(value) else { throw problem("\\\(Character(Unicode.Scalar(byte))) escapes a value that is no Unicode scalar") }
            out += Array(String(Character(scalar)).utf8)
        default:
            throw problem("'\\\(describe(byte))' is not an escape TOML knows")
        }
    }

    // MARK: - Bytes

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func starts(with text: String) -> Bool {
        let prefix = Array(text.utf8)
        return index + prefix.count <= bytes.count && Array(bytes[index..<(index + prefix.count)]) == prefix
    }

    private mutating func expect(_ character: Character, _ what: String) throws(Problem) {
        guard let byte = peek(), byte == character.asciiValue! else {
            throw problem("expected \(what), found \(peek().map(describe) ?? "the end of the file")")
        }
        index += 1
    }

    private mutating func skipBlanks() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    private mutating func skipBlanksNewlinesAndComments() throws(Problem) {
        while let byte = peek() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
            } else if isNewlineStart(byte) {
                try newline()
            } else if byte == UInt8(ascii: "#") {
                try comment()
            } else {
                return
            }
        }
    }

    /// A comment up to the end of its line; TOML allows no control character in it but tab.
    private mutating func comment() throws(Problem) {
        index += 1
        while let byte = peek(), !isNewlineStart(byte) {
            guard !Self.isControl(byte) else { throw problem("a comment holds \(describe(byte))") }
            index += 1
        }
    }

    private func isNewlineStart(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D
    }

    /// A newline: LF, or CR LF (a CR alone is none).
    private mutating func newline() throws(Problem) {
        if peek() == 0x0D {
            guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { throw problem("a carriage return without a line feed after it") }
            index += 1
        }
        index += 1
        line += 1
    }

    private func problem(_ message: String) -> Problem {
        Problem(line: line, message: message)
    }

    private func unsupported(_ message: String) -> Problem {
        Problem(line: line, message: message, isUnsupported: true)
    }

    private func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// Control characters TOML allows nowhere unescaped but in the places that take newlines: every
    /// one below U+0020 except tab, and DEL.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// What a number token may hold, floats and dates included (they are refused after, as such).
    static func isNumberByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}

extension TOMLReader.Table {
    /// Adds a key; TOML allows no key twice in one table.
    mutating func set(_ key: String, _ value: TOMLReader.Value, line: Int) throws(TOMLReader.Problem) {
        guard values[key] == nil else { throw TOMLReader.Problem(line: line, message: "the key '\(key)' is set twice") }
        keys.append(key)
        values[key] = value
        lines[key] = line
    }
}
