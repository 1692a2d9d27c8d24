import ParamGuardModel

/// A keyword that callers could pass before the change and cannot pass after it.
struct Breakage: Equatable {
    var oldLabel: String
    /// Set when another keyword took the old one's place: the rename to suggest.
    var newLabel: String?

    var kind: FindingKind { newLabel == nil ? .removedParameter : .renamedParameter }
}

/// Compares one callable's parameter lists before and after a change.
enum SignatureDiff {
    /// The keywords `old` accepted that `new` no longer does. A keyword that disappears while
    /// another appears at the same position (or as the only other newcomer) is reported as renamed.
    static func breakages(old: Callable, new: Callable) -> [Breakage] {
        let oldNames = old.keywordNames
        let newNames = new.keywordNames
        let lost = oldNames.filter { !new.accepts(keyword: $0) }
        guard !lost.isEmpty else { return [] }
        let gained = newNames.filter { !oldNames.contains($0) }
        var unclaimed = gained
        var result: [Breakage] = []
        for label in lost {
            var replacement: String?
            if let position = old.parameters.firstIndex(where: { $0.name == label }), position < new.parameters.count,
               unclaimed.contains(new.parameters[position].name) {
                replacement = new.parameters[position].name
            } else if lost.count == 1 && unclaimed.count == 1 {
                replacement = unclaimed[0]
            } else {
                replacement = LabelSuggestion.closest(to: label, among: unclaimed)
            }
            if let replacement { unclaimed.removeAll { $0 == replacement } }
            result.append(Breakage(oldLabel: label, newLabel: replacement))
        }
        return result
    }

    /// Parameters a call that fit `old` may leave without an argument under `new`: added without a
    /// default, or whose default was removed; and required ones that moved right among the positional
    /// parameters (`def f(x, y)` → `def f(x, q, y)`: `f(1, 2)` no longer reaches `y`). `renamedTo`
    /// holds the new names of renamed parameters, whose callers get a rename finding.
    static func newlyRequired(old: Callable, new: Callable, renamedTo: Set<String>) -> [Requirement] {
        let oldPositions = old.positionalNames, newPositions = new.positionalNames
        return new.requiredParameters.compactMap { parameter in
            guard !renamedTo.contains(parameter.name) else { return nil }
            guard let before = old.parameters.first(where: { $0.name == parameter.name }), !before.hasDefault else {
                return Requirement(name: parameter.name, oldPosition: nil)
            }
            guard let was = oldPositions.firstIndex(of: parameter.name), let now = newPositions.firstIndex(of: parameter.name), now > was else {
                return nil
            }
            return Requirement(name: parameter.name, oldPosition: was)
        }
    }

    /// How many positional arguments `old` took when `new` takes fewer (`nil`: any number, through
    /// `*args`); nil when `new` takes as many.
    static func loweredPositionalLimit(old: Callable, new: Callable) -> Int?? {
        guard let now = new.positionalLimit else { return nil }
        if let before = old.positionalLimit, before <= now { return nil }
        return .some(old.positionalLimit)
    }
}

/// A parameter a call may now leave without an argument.
struct Requirement: Hashable {
    var name: String
    /// For a required parameter that moved right among the positional ones, its old position: only a
    /// call that passed more positional arguments than that filled it before. nil for a parameter the
    /// change made required.
    var oldPosition: Int?
}
