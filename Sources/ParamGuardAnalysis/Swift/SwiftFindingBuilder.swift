import ParamGuardModel

/// A Swift finding before suppressions and excerpts: what kind, which label, where, and the
/// declaration it points at.
struct SwiftFindingDraft {
    var kind: FindingKind
    var label: String
    var newLabel: String?
    var location: SourceLocation
    var definition: SwiftCandidate
    /// The labels the call should write, as a compound name: `Point(x:y:)`; for a stale
    /// conformance, the requirement's new labels, `(b:)`.
    var suggestion: String?
    /// For a stale conformance: the implementation, `Type.m(a:)`.
    var implementation: String?

    func message(_ reference: DefinitionReference) -> String {
        var text = FindingText(
            language: .swift, callee: definitionCallee, label: label, newLabel: newLabel, definition: reference,
            suggestion: suggestion)
        text.implementation = implementation
        text.requirement = definition.callable.name
        return Rule.of(kind).message(text)
    }

    private var definitionCallee: String {
        let parts = definition.callable.name.dottedComponents
        return parts.last == "init" ? parts.dropLast().joined(separator: ".") : parts.joined(separator: ".")
    }
}

/// Works out what a call got wrong from the declaration that accepted it before and the ones there are now.
enum SwiftFindingBuilder {
    /// A call that `previous` accepted and no declaration accepts now.
    static func broken(call: CallSite, previous: Callable, now: [SwiftCandidate]) -> SwiftFindingDraft {
        let successor = closest(to: previous, among: now.filter { $0.baseName == previous.name.dottedComponents.last ?? "" }) ?? closest(to: previous, among: now)
        let oldLabels = previous.parameters.map(\.swiftLabel)
        let newLabels = successor?.callable.parameters.map(\.swiftLabel)
        // Position by position, what each old label became.
        func renamed(_ label: String?) -> String?? {
            guard let newLabels, newLabels.count == oldLabels.count, let index = oldLabels.firstIndex(of: label) else { return nil }
            return newLabels[index]
        }
        let accepted = Set((successor?.callable.parameters ?? []).compactMap(\.swiftLabel))
        let definition = successor ?? SwiftCandidate(path: "", callable: previous)
        let suggestion = successor.map { suggest(call: call, for: $0.callable) }
        for keyword in call.keywords where !accepted.contains(keyword.name) {
            if case let .some(.some(newLabel)) = renamed(keyword.name) {
                return SwiftFindingDraft(kind: .renamedParameter, label: keyword.name, newLabel: newLabel, location: keyword.location,
                                         definition: definition, suggestion: suggestion)
            }
            let closestLabel = LabelSuggestion.closest(to: keyword.name, among: Array(accepted).sorted())
            return SwiftFindingDraft(kind: .removedParameter, label: keyword.name, newLabel: closestLabel, location: keyword.location,
                                     definition: definition, suggestion: suggestion)
        }
        // Every label still exists: a label was added where the call passes none, a parameter became
        // required, or the order changed.
        if let successor {
            let passed = Set(call.keywords.map(\.name))
            if let required = successor.callable.parameters.first(where: { !$0.hasDefault && $0.swift?.isVariadic != true && $0.swiftLabel.map { !passed.contains($0) } ?? false }),
               let label = required.swiftLabel {
                let wasUnlabeled = renamed(nil).map { $0 == label } ?? false
                return SwiftFindingDraft(kind: wasUnlabeled ? .renamedParameter : .missingArgument, label: wasUnlabeled ? "_" : label,
                                         newLabel: wasUnlabeled ? label : nil, location: call.location, definition: successor,
                                         suggestion: suggestion)
            }
        }
        let first = call.keywords.first
        return SwiftFindingDraft(kind: .reorderedParameters, label: first?.name ?? "_", newLabel: nil,
                                 location: first?.location ?? call.location, definition: definition, suggestion: suggestion)
    }

    /// A call of a declaration the change deleted, with nothing of its name left: the finding points
    /// at the name in the callee when the call's line writes the callee as the call names it.
    static func deleted(call: CallSite, previous: SwiftCandidate, lineText: String?) -> SwiftFindingDraft {
        let name = String(previous.baseName == "init" ? (previous.callable.name.dottedComponents.dropLast().last ?? "init") : previous.baseName)
        var location = call.location
        // The last time the name stands as a word on the call's line, from where the call starts:
        // `Point(x: 1).scaled(by: 2)` names `scaled` after its receiver's own call.
        if let line = lineText.map({ Array($0.utf8) }), name != "init",
           let last = SourceText.wordOffsets(of: name, in: line, from: max(call.location.column - 1, 0)).last {
            location.column = last + 1
        }
        return SwiftFindingDraft(kind: .deletedCallable, label: name, newLabel: nil, location: location, definition: previous,
                                 suggestion: compoundName(previous.callable))
    }

    /// `moved(by:)`, `Point(x:y:)`: how Swift names one declaration.
    static func compoundName(_ callable: Callable) -> String {
        calledName(callable) + compoundLabels(callable.parameters.map(\.swiftLabel))
    }

    /// How a call names a declaration: its type for an initializer (`Geo.Point` for `Geo.Point.init`),
    /// else its base name.
    static func calledName(_ callable: Callable) -> String {
        let parts = callable.name.dottedComponents
        return parts.last == "init" ? parts.dropLast().joined(separator: ".") : String(parts.last ?? "")
    }

    /// A call the change adds or edits whose labels no overload of a fully known callee accepts.
    static func neverAccepted(call: CallSite, now: [SwiftCandidate]) -> SwiftFindingDraft {
        let labels = Set(now.flatMap { $0.callable.parameters.compactMap(\.swiftLabel) })
        let best = now.max { score(call, $0.callable) < score(call, $1.callable) }!
        let suggestion = suggest(call: call, for: best.callable)
        if let stale = call.keywords.first(where: { !labels.contains($0.name) }) {
            return SwiftFindingDraft(kind: .unknownKeyword, label: stale.name,
                                     newLabel: LabelSuggestion.closest(to: stale.name, among: labels.sorted()),
                                     location: stale.location, definition: best, suggestion: suggestion)
        }
        // Every label exists in some overload: name the first one the closest overload does not take.
        let bestLabels = Set(best.callable.parameters.compactMap(\.swiftLabel))
        if let stale = call.keywords.first(where: { !bestLabels.contains($0.name) }) {
            return SwiftFindingDraft(kind: .unknownKeyword, label: stale.name,
                                     newLabel: LabelSuggestion.closest(to: stale.name, among: bestLabels.sorted()),
                                     location: stale.location, definition: best, suggestion: suggestion)
        }
        let passed = Set(call.keywords.map(\.name))
        if let required = best.callable.parameters.first(where: { !$0.hasDefault && $0.swift?.isVariadic != true && $0.swiftLabel.map { !passed.contains($0) } ?? false }),
           let label = required.swiftLabel {
            return SwiftFindingDraft(kind: .missingArgument, label: label, newLabel: nil, location: call.location,
                                     definition: best, suggestion: suggestion)
        }
        let first = call.keywords.first
        return SwiftFindingDraft(kind: .reorderedParameters, label: first?.name ?? "_", newLabel: nil,
                                 location: first?.location ?? call.location, definition: best, suggestion: suggestion)
    }

    /// The overload most like `previous`: same number of parameters first, then most labels in place.
    private static func closest(to previous: Callable, among candidates: [SwiftCandidate]) -> SwiftCandidate? {
        let oldLabels = previous.parameters.map(\.swiftLabel)
        return candidates.max { lhs, rhs in
            rank(lhs.callable, oldLabels) < rank(rhs.callable, oldLabels)
        }
    }

    private static func rank(_ callable: Callable, _ oldLabels: [String?]) -> (Int, Int) {
        let labels = callable.parameters.map(\.swiftLabel)
        return (labels.count == oldLabels.count ? 1 : 0, zip(labels, oldLabels).filter { $0 == $1 }.count)
    }

    private static func score(_ call: CallSite, _ callable: Callable) -> Int {
        let labels = Set(callable.parameters.compactMap(\.swiftLabel))
        // A deprecated or unavailable overload is the one a call should not be steered to.
        let alias = callable.swift?.isMigrationAlias == true ? 2 : 0
        return call.keywords.filter { labels.contains($0.name) }.count * 2 - abs(callable.parameters.count - (call.argumentLabels?.count ?? 0)) - alias
    }

    /// The compound name a call should use: the declaration's labels for every parameter the call
    /// passes or must pass.
    static func suggest(call: CallSite, for callable: Callable) -> String {
        let name = calledName(callable)
        let passedCount = (call.argumentLabels?.count ?? 0) + (call.trailingClosureLabels?.count ?? 0)
        let parameters = callable.parameters.enumerated().filter { index, parameter in
            !parameter.hasDefault || call.keywords.contains { $0.name == parameter.swiftLabel } || index < passedCount && parameter.swiftLabel == nil
        }.map(\.element)
        return name + compoundLabels(parameters.map(\.swiftLabel))
    }

    /// Labels as a compound name writes them: `(x:_:)`.
    static func compoundLabels(_ labels: [String?]) -> String {
        "(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
    }
}
