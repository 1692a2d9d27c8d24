import ParamGuardModel

/// The tokens of one file with the queries every extractor needs: token text, operator tests,
/// matching brackets, and comma-separated segments at one nesting level.
struct TokenStream {
    let bytes: [UInt8]
    let tokens: [Token]
    /// For each bracket token, the index of its partner; -1 elsewhere or when unmatched.
    let partner: [Int]

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
        var partner = [Int](repeating: -1, count: tokens.count)
        var open: [Int] = []
        for (i, token) in tokens.enumerated() where token.kind == .op && token.end - token.start == 1 {
            switch bytes[Int(token.start)] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(i)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let o = open.popLast() {
                    partner[o] = i
                    partner[i] = o
                }
            default:
                break
            }
        }
        self.partner = partner
    }

    func text(_ i: Int) -> String {
        let t = tokens[i]
        return String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
    }

    /// Source text of tokens `range` with the white space between them dropped.
    func compactText(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        for i in range { out += bytes[Int(tokens[i].start)..<Int(tokens[i].end)] }
        return String(decoding: out, as: UTF8.self)
    }

    func location(_ i: Int) -> SourceLocation {
        SourceLocation(line: Int(tokens[i].line), column: Int(tokens[i].column))
    }

    @inline(__always)
    func isOp(_ i: Int, _ op: StaticString) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .op else { return false }
        return equals(i, op)
    }

    @inline(__always)
    func isName(_ i: Int, _ name: StaticString) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .name else { return false }
        return equals(i, name)
    }

    func isName(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .name
    }

    @inline(__always)
    private func equals(_ i: Int, _ s: StaticString) -> Bool {
        let t = tokens[i]
        let length = Int(t.end - t.start)
        guard length == s.utf8CodeUnitCount else { return false }
        if length == 1 { return bytes[Int(t.start)] == s.utf8Start.pointee }
        let base = s.utf8Start
        for k in 0..<length where bytes[Int(t.start) + k] != base[k] { return false }
        return true
    }

    /// Python's hard keywords by length: a name token that is one of these never starts a callee.
    private static let keywordsByLength: [[[UInt8]]] = {
        let all = [
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        ]
        var table = [[[UInt8]]](repeating: [], count: 9)
        for word in all { table[word.utf8.count].append(Array(word.utf8)) }
        return table
    }()

    private static func isKeyword(_ name: ArraySlice<UInt8>) -> Bool {
        let length = name.count
        guard length >= 2, length < keywordsByLength.count else { return false }
        let first = name[name.startIndex]
        // Keywords start with a lowercase letter or F, N, T: most identifiers are out after one byte.
        guard (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "y")) || first == UInt8(ascii: "F")
                || first == UInt8(ascii: "N") || first == UInt8(ascii: "T") else { return false }
        for word in keywordsByLength[length] where word[0] == first {
            var same = true
            var k = 1
            while k < length {
                if word[k] != name[name.startIndex + k] { same = false; break }
                k += 1
            }
            if same { return true }
        }
        return false
    }

    /// Whether token `i` is one of Python's hard keywords; answered from its bytes, without allocating,
    /// and only for the tokens someone asks about.
    func isKeyword(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .name else { return false }
        return TokenStream.isKeyword(bytes[Int(tokens[i].start)..<Int(tokens[i].end)])
    }

    /// The index after the token at `i`, jumping over a bracketed group when `i` opens one.
    func skipGroup(_ i: Int) -> Int {
        let p = partner[i]
        return p > i ? p + 1 : i + 1
    }

    /// Splits `range` at commas of its own nesting level. A `lambda`'s parameter list is kept whole.
    func commaSegments(_ range: Range<Int>) -> [Range<Int>] {
        split(range, at: ",")
    }

    /// Splits `range` at a separator (`,` or `;`) of its own nesting level.
    func split(_ range: Range<Int>, at separator: StaticString) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        forEachSegment(of: range, separator: separator) { segments.append($0) }
        return segments
    }

    /// Visits the tokens of `range` at its own nesting level, jumping over bracketed groups and over the
    /// colons that end a lambda's parameters; `visit` learns whether the token is inside a lambda's
    /// parameter list and returns false to stop.
    func walkTopLevel(_ range: Range<Int>, _ visit: (_ index: Int, _ inLambdaParameters: Bool) -> Bool) {
        var pendingLambdas = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if isName(i, "lambda") {
                pendingLambdas += 1
            } else if pendingLambdas > 0 && isOp(i, ":") {
                pendingLambdas -= 1
            } else if !visit(i, pendingLambdas > 0) {
                return
            }
            i = min(skipGroup(i), range.upperBound)
        }
    }

    /// Calls `body` with each part of `range` between separators of its own nesting level, without
    /// collecting them (this runs for every call and statement, so it must not allocate).
    func forEachSegment(of range: Range<Int>, separator: StaticString, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        walkTopLevel(range) { i, inLambdaParameters in
            if !inLambdaParameters && isOp(i, separator) {
                body(start..<i)
                start = i + 1
            }
            return true
        }
        body(start..<range.upperBound)
    }

    /// The first token in `range` at its own nesting level that is `op`, not counting the colons of lambdas.
    func firstTopLevel(_ op: StaticString, in range: Range<Int>) -> Int? {
        var found: Int?
        walkTopLevel(range) { i, _ in
            if isOp(i, op) { found = i }
            return found == nil
        }
        return found
    }

    /// The index of the first token of the primary expression that ends at token `end`
    /// (`a.b`, `super().x`, `f(1)[0]`), walking back over names, dots, calls and subscripts.
    func primaryStart(endingAt end: Int, notBefore floor: Int) -> Int {
        var k = end
        while true {
            var atomStart = k
            if tokens[k].kind == .op, partner[k] >= 0, partner[k] < k {
                let open = partner[k]
                atomStart = open
                // A trailer `(...)` or `[...]` belongs to the expression before it.
                if open - 1 >= floor, !isOp(open, "{"), endsPrimary(open - 1) {
                    k = open - 1
                    continue
                }
            } else if tokens[k].kind == .string {
                while atomStart - 1 >= floor, tokens[atomStart - 1].kind == .string { atomStart -= 1 }
                return atomStart
            }
            if atomStart - 2 >= floor, isOp(atomStart - 1, "."), endsPrimary(atomStart - 2) {
                k = atomStart - 2
                continue
            }
            return atomStart
        }
    }

    /// Whether token `i` can end a primary expression that a trailer (`.x`, `(...)`, `[...]`) follows.
    private func endsPrimary(_ i: Int) -> Bool {
        switch tokens[i].kind {
        case .name: return !isKeyword(i) || isName(i, "None") || isName(i, "True") || isName(i, "False")
        case .string, .number: return true
        case .op: return isOp(i, ")") || isOp(i, "]") || isOp(i, "}")
        }
    }
}
