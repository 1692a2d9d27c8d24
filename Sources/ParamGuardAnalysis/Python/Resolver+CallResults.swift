import ParamGuardModel

extension Resolver {
    /// `C(x).a().m` → (`C(x).a()`, [`m`]): a callee that calls a method of what a call returns. Nil
    /// when the callee is anything else (a subscript, a literal, unbalanced text).
    static func splitCallResult(_ callee: String) -> (receiver: Substring, rest: [String])? {
        guard let close = callee.range(of: ").", options: .backwards) else { return nil }
        let receiver = callee[..<callee.index(after: close.lowerBound)]
        guard let rest = CallSite.dottedPath(String(callee[close.upperBound...])) else { return nil }
        return (receiver, rest)
    }

    /// The instances a call expression's value can be: `C(...)` an instance of `C`, `make(...)` or
    /// `C(...).a(...)` one of the class the function's return annotation names. Nil when not known.
    func instances(ofCallExpression text: Substring, inFile path: String, scope: String, depth: Int) -> [Target]? {
        guard depth < Resolver.maximumDepth, text.last == ")", let open = Self.openingParenthesis(closing: text) else { return nil }
        let callee = text[..<open]
        let calleeTargets: [Target]?
        if let parts = CallSite.dottedPath(String(callee)) {
            guard let head = parts.first, head != "self", head != "cls", head != "super",
                  let bound = bindings(of: head, inFile: path, scope: scope, depth: depth + 1) else { return nil }
            calleeTargets = try? follow(Array(parts.dropFirst()), from: bound, depth: depth + 1)
        } else {
            guard let (receiver, rest) = Self.splitCallResult(String(callee)),
                  let receivers = instances(ofCallExpression: receiver, inFile: path, scope: scope, depth: depth + 1) else { return nil }
            calleeTargets = try? follow(rest, from: receivers, depth: depth + 1)
        }
        guard let calleeTargets, !calleeTargets.isEmpty else { return nil }
        return instances(returnedBy: calleeTargets, depth: depth + 1)
    }

    /// Where the parenthesis that the text's last character closes opens; nil when unbalanced. A
    /// string argument is passed over to the quote that opens it (one with that quote inside, or an
    /// escaped one, leaves the count unbalanced: nil, never a guess).
    private static func openingParenthesis(closing text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")": depth += 1
            case "(":
                depth -= 1
                if depth == 0 { return index }
            case "\"", "'":
                let quote = text[index]
                guard let opening = text[..<index].lastIndex(of: quote) else { return nil }
                index = opening
            default: break
            }
        }
        return nil
    }

    /// What `with manager as x` binds `x` to: what the manager's `__enter__` returns (or, for
    /// `async with`, its `__aenter__`; the statement's `async` is not recorded, so when a class has
    /// both they must agree). Nil when neither is known or neither says what it returns.
    func enteredContexts(of managers: [Target], depth: Int) -> [Target]? {
        var entered: [Target] = []
        for manager in managers {
            guard case let .instance(module, names) = manager else { return nil }
            let results = ["__enter__", "__aenter__"].compactMap { method -> [Target]? in
                guard let file = summary(module), let definition = file.classDefinition(named: names.joined(separator: ".")) else { return nil }
                let declared = file.callables.contains { $0.name == definition.name + "." + method }
                guard declared || { if case .found = inheritedMethod(method, of: definition, inModule: module, depth: depth + 1) { return true }; return false }()
                else { return nil }
                return instances(returnedBy: [.member(module: module, names: names + [method])], depth: depth + 1) ?? []
            }
            guard let first = results.first, !first.isEmpty, results.allSatisfy({ Set($0) == Set(first) }) else { return nil }
            entered += first
        }
        return entered.isEmpty ? nil : entered
    }
}
