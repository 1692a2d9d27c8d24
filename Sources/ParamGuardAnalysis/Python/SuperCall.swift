import ParamGuardModel

/// Recognizes `super().name` and `super(Class, self).name` callees.
enum SuperCall {
    /// The member a `super()` callee names, or nil when the callee is something else. `super(C, self)`
    /// counts only when `C` is the enclosing class itself (`owner`): naming another class starts the
    /// search after that class in the MRO, which this analysis does not follow.
    static func member(ofCallee callee: String, owner: String) -> String? {
        guard callee.hasPrefix("super("), let close = callee.firstIndex(of: ")") else { return nil }
        let arguments = callee[callee.index(callee.startIndex, offsetBy: 6)..<close]
        if !arguments.isEmpty {
            let named = arguments.split(separator: ",").first.map(String.init) ?? ""
            guard named == owner.dottedComponents.last.map(String.init) else { return nil }
        }
        let rest = callee[callee.index(after: close)...]
        guard rest.hasPrefix("."), rest.dropFirst().allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }), rest.count > 1 else {
            return nil
        }
        return String(rest.dropFirst())
    }
}
