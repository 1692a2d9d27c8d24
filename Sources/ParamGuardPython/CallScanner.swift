import ParamGuardModel

extension Skim {
    /// Records every call expression in `range`, nested ones and those inside f-strings included.
    mutating func scanCalls(_ range: Range<Int>) {
        let extractor = CallExtractor(
            stream: stream, formattedFields: formattedFields, scope: scope, enclosingClass: enclosingClassOfMethod,
            manglingClass: manglingClass)
        extractor.collect(range, into: &calls)
    }
}

/// Finds the calls in a run of tokens, for one scope.
struct CallExtractor {
    let stream: TokenStream
    let formattedFields: [Int: [FormattedField]]
    let scope: String
    let enclosingClass: String?
    /// The innermost class the code is in, whose name Python mangles `__x` keywords with.
    let manglingClass: String?

    /// Appends the calls in `range` to `found`, in the order their argument lists open.
    func collect(_ range: Range<Int>, into found: inout [CallSite]) {
        let first = found.count
        defer { markComprehensionVariables(in: range, calls: &found, from: first) }
        for i in range {
            if stream.isOp(i, "("), let call = callSite(openingAt: i, within: range) {
                found.append(call)
            } else if stream.tokens[i].kind == .string, let fields = formattedFields[i] {
                for field in fields {
                    var tokenizer = Tokenizer(bytes: stream.bytes, field: field)
                    tokenizer.run()
                    let inner = CallExtractor(
                        stream: TokenStream(bytes: stream.bytes, tokens: tokenizer.tokens),
                        formattedFields: tokenizer.formattedFields, scope: scope, enclosingClass: enclosingClass,
                        manglingClass: manglingClass)
                    inner.collect(0..<tokenizer.tokens.count, into: &found)
                }
            }
        }
    }

    /// Calls on a comprehension's own variable, `[x.m() for x in items]`: that `x` is not the `x` the
    /// function binds, and what it holds is not read here. Such calls are marked open (counted as
    /// `comprehension-variable`), never reported.
    private func markComprehensionVariables(in range: Range<Int>, calls: inout [CallSite], from first: Int) {
        guard first < calls.count, range.contains(where: { stream.isName($0, "for") }) else { return }
        for open in range where stream.partner[open] > open && (stream.isOp(open, "(") || stream.isOp(open, "[") || stream.isOp(open, "{")) {
            let close = stream.partner[open]
            let targets = comprehensionTargets(open + 1..<close)
            guard !targets.isEmpty else { continue }
            let start = stream.location(open), end = stream.location(close)
            for index in first..<calls.count where calls[index].openReason == nil {
                let at = calls[index].location
                guard (at.line, at.column) > (start.line, start.column), (at.line, at.column) < (end.line, end.column) else { continue }
                let head = calls[index].callee.prefix { $0 != "." && $0 != "(" && $0 != "[" }
                if targets.contains(String(head)) { calls[index].openReason = "comprehension-variable" }
            }
        }
    }

    /// The names a comprehension's `for` clauses bind, read at the top level of its brackets.
    private func comprehensionTargets(_ inner: Range<Int>) -> Set<String> {
        var targets: Set<String> = []
        var i = inner.lowerBound
        var inTarget = false
        while i < inner.upperBound {
            if stream.isName(i, "for") {
                inTarget = true
            } else if stream.isName(i, "in") {
                inTarget = false
            } else if inTarget, stream.isName(i), !stream.isKeyword(i) {
                targets.insert(stream.text(i))
            }
            i = inTarget ? i + 1 : stream.skipGroup(i)
        }
        return targets
    }

    /// The call whose argument list opens at token `open`, or nil when the parenthesis
    /// opens a tuple, a grouping, a `def`/`class` header, or follows a keyword.
    private func callSite(openingAt open: Int, within range: Range<Int>) -> CallSite? {
        let before = open - 1
        guard before >= range.lowerBound else { return nil }
        switch stream.tokens[before].kind {
        case .name:
            if stream.isKeyword(before) { return nil }
        case .op:
            if !stream.isOp(before, ")") && !stream.isOp(before, "]") { return nil }
        case .string, .number:
            return nil
        }
        let calleeStart = stream.primaryStart(endingAt: before, notBefore: range.lowerBound)
        if stream.isName(calleeStart - 1, "def") || stream.isName(calleeStart - 1, "class") { return nil }
        let close = stream.partner[open] > open ? stream.partner[open] : range.upperBound
        var call = CallSite(
            callee: calleeStart + 1 == open ? stream.text(calleeStart) : stream.compactText(calleeStart..<open),
            location: stream.location(calleeStart),
            endLine: Int(stream.tokens[min(close, stream.tokens.count - 1)].line),
            keywords: [], positionalCount: 0, hasStarArgs: false, hasStarStarKwargs: false,
            scope: scope, enclosingClass: enclosingClass)
        stream.forEachSegment(of: open + 1..<close, separator: ",") { argument in
            guard !argument.isEmpty else { return }
            let first = argument.lowerBound
            if stream.isOp(first, "**") {
                if let keywords = literalDictKeywords(first + 1..<argument.upperBound) {
                    call.keywords += keywords
                } else {
                    call.hasStarStarKwargs = true
                }
            } else if stream.isOp(first, "*") {
                call.hasStarArgs = true
            } else if stream.isName(first), stream.isOp(first + 1, "="), first + 1 < argument.upperBound {
                call.keywords.append(KeywordArgument(
                    name: NameMangling.mangled(stream.text(first), inClass: manglingClass), location: stream.location(first)))
            } else {
                if call.positionalCount == 0 && !call.hasStarArgs {
                    call.firstArgumentPath = plainPath(argument)
                }
                call.positionalCount += 1
            }
        }
        return call
    }

    /// `{"timeout": 5, "retries": 2}` after `**`: the keywords it passes, when every key is a string
    /// literal naming an identifier (test suites build calls this way). Nil for any other mapping,
    /// which may carry any keyword.
    private func literalDictKeywords(_ range: Range<Int>) -> [KeywordArgument]? {
        guard stream.isOp(range.lowerBound, "{"), stream.partner[range.lowerBound] == range.upperBound - 1 else { return nil }
        var keywords: [KeywordArgument] = []
        var isLiteral = true
        stream.forEachSegment(of: range.lowerBound + 1..<range.upperBound - 1, separator: ",") { entry in
            guard isLiteral, !entry.isEmpty else { return }
            let key = entry.lowerBound
            guard stream.tokens[key].kind == .string, key + 1 < entry.upperBound, stream.isOp(key + 1, ":") else {
                isLiteral = false
                return
            }
            let text = stream.text(key)
            // A plain quoted name: no prefix (an f-string's key is computed), no escapes.
            guard let quote = text.first, quote == "\"" || quote == "'", text.count >= 3 else {
                isLiteral = false
                return
            }
            let name = String(text.dropFirst().dropLast())
            guard let head = name.first, head == "_" || head.isLetter, name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else {
                isLiteral = false
                return
            }
            var location = stream.location(key)
            location.column += 1
            keywords.append(KeywordArgument(name: name, location: location))
        }
        return isLiteral && !keywords.isEmpty ? keywords : nil
    }

    /// `a.b.c` as names, when the tokens are exactly a dotted name.
    private func plainPath(_ range: Range<Int>) -> [String]? {
        let (count, end) = stream.dottedNameExtent(from: range.lowerBound, limit: range.upperBound)
        guard count > 0, end == range.upperBound else { return nil }
        return stream.dottedName(from: range.lowerBound, limit: range.upperBound).0
    }
}
