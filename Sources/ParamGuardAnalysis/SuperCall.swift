/// Recognizes `super().name` and `super(Class, self).name` callees.
enum SuperCall {
    /// The member a `super()` callee names, or nil when the callee is something else.
    static func member(ofCallee callee: String) -> String? {
        guard callee.hasPrefix("super("), let close = callee.firstIndex(of: ")") else { return nil }
        let rest = callee[callee.index(after: close)...]
        guard rest.hasPrefix("."), rest.dropFirst().allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }), rest.count > 1 else {
            return nil
        }
        return String(rest.dropFirst())
    }
}
