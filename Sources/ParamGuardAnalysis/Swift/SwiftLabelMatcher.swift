import ParamGuardModel

/// Whether a call's labels fit a declaration, by Swift's rules: arguments bind to parameters in
/// order, each with the parameter's label (none for `_`); parameters with defaults, and variadics,
/// may be left out; a variadic takes further unlabeled arguments; the first trailing closure binds to
/// any remaining parameter, the others by label. A compound-name reference (`m(a:b:)`) must name
/// every parameter exactly.
enum SwiftLabelMatcher {
    static func accepts(_ callable: Callable, _ call: CallSite) -> Bool {
        let parameters = callable.parameters
        let labels = call.argumentLabels ?? []
        if call.isReference == true {
            return parameters.count == labels.count && zip(parameters, labels).allSatisfy { $0.swiftLabel == $1 }
        }
        // Past this size the search below could grow large; such a call is taken as matching.
        guard parameters.count <= 40, labels.count <= 40 else { return true }
        return Matching(parameters: parameters, labels: labels, trailing: call.trailingClosureLabels ?? []).match(0, 0)
    }

    private struct Matching {
        let parameters: [Parameter]
        let labels: [String?]
        let trailing: [String?]

        func canOmit(_ parameter: Parameter) -> Bool {
            parameter.hasDefault || parameter.swift?.isVariadic == true
        }

        func match(_ parameter: Int, _ argument: Int) -> Bool {
            if argument == labels.count { return matchTrailing(parameter, 0) }
            guard parameter < parameters.count else { return false }
            let current = parameters[parameter]
            if labels[argument] == current.swiftLabel {
                if current.swift?.isVariadic == true {
                    var next = argument + 1
                    while true {
                        if match(parameter + 1, next) { return true }
                        guard next < labels.count, labels[next] == nil else { break }
                        next += 1
                    }
                } else if match(parameter + 1, argument + 1) {
                    return true
                }
            }
            return canOmit(current) && match(parameter + 1, argument)
        }

        func matchTrailing(_ parameter: Int, _ closure: Int) -> Bool {
            if closure == trailing.count { return parameters[parameter...].allSatisfy(canOmit) }
            guard parameter < parameters.count else { return false }
            let current = parameters[parameter]
            let binds = closure == 0 || trailing[closure] == current.swiftLabel
            if binds && matchTrailing(parameter + 1, closure + 1) { return true }
            return canOmit(current) && matchTrailing(parameter + 1, closure)
        }
    }
}
