import ParamGuardModel

/// How Python matches a call's arguments to a callable's parameters: which keywords it takes, which
/// arguments a call must pass, how many positional ones it may. The model holds what a declaration
/// says; what a call may do with it is Python's, and lives here (Swift's is `SwiftLabelMatcher`).
extension Callable {
    /// Takes `**kwargs`, so every keyword is accepted at call time. A callable under a decorator that
    /// may change its parameters (`@paginate` adding `max_results=`) is given the same benefit of the doubt.
    var acceptsAnyKeyword: Bool {
        hasOpaqueDecorators || parameters.contains { $0.kind == .varKeyword }
    }

    /// Whether a call may pass `label=...` without a `TypeError`.
    func accepts(keyword label: String) -> Bool {
        acceptsAnyKeyword || parameters.contains { $0.name == label && $0.kind.acceptsKeyword }
    }

    /// Whether `call` leaves the required parameter `name` without an argument. Never true when the
    /// call passes `*args` or `**kwargs` (they may carry it) or the decorators may supply it.
    func lacksArgument(_ name: String, in call: CallSite) -> Bool {
        guard !hasOpaqueDecorators, !call.hasStarArgs, !call.hasStarStarKwargs,
              let parameter = parameters.first(where: { $0.name == name }), !parameter.hasDefault,
              !call.keywords.contains(where: { $0.name == name }) else { return false }
        switch parameter.kind {
        case .keywordOnly:
            return true
        case .positionalOnly, .positionalOrKeyword:
            let position = parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }
                .firstIndex { $0.name == name } ?? 0
            return call.positionalCount <= position
        case .varPositional, .varKeyword:
            return false
        }
    }

    /// The parameters positional arguments fill, in order.
    var positionalNames: [String] {
        parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }.map(\.name)
    }

    /// How many positional arguments a call may pass; nil for any number (`*args`).
    var positionalLimit: Int? {
        parameters.contains { $0.kind == .varPositional } ? nil : positionalNames.count
    }

    /// The parameters a caller must pass.
    var requiredParameters: [Parameter] {
        parameters.filter { !$0.hasDefault && $0.kind != .varPositional && $0.kind != .varKeyword }
    }

    /// Names a caller can pass as keywords, in declaration order.
    var keywordNames: [String] {
        parameters.filter { $0.kind.acceptsKeyword }.map(\.name)
    }
}
