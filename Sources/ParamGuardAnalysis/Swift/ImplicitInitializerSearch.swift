import ParamGuardModel

/// Which files can hold an implicit `.init(...)` that a changed initializer breaks. Such a call
/// (`logger: .init(label: "x")`) names neither its type nor the initializer's owner, so the search
/// goes by what every call of a vanished overload must write, from the narrowest word to the widest:
///
/// 1. its first argument label, when every parameter up to the first required one has a label and that
///    one is never filled by a trailing closure (`init(label: String)`: `.init(label`);
/// 2. else a label every call writes somewhere (`.init` and that label in one file);
/// 3. else any implicit `.init` (`init(values: [String] = [])` accepted `.init()`).
struct ImplicitInitializerSearch {
    private var firstLabels: Set<String> = []
    private var writtenLabels: Set<String> = []
    private var anyCall = false

    var isEmpty: Bool { firstLabels.isEmpty && writtenLabels.isEmpty && !anyCall }

    /// Adds the calls `overload` accepted. `isClosureProof` tells whether no closure converts to a type
    /// (by its last name component), so that a parameter of it is never filled by a trailing closure.
    mutating func add(vanished overload: Callable, isClosureProof: (String) -> Bool) {
        let parameters = overload.parameters
        func alwaysWritten(_ parameter: Parameter) -> Bool {
            guard parameter.swiftLabel != nil, !parameter.hasDefault, parameter.swift?.isVariadic != true,
                  let type = parameter.annotation else { return false }
            return isClosureProof(String(type.lastDottedComponent))
        }
        if let firstRequired = parameters.firstIndex(where: { !$0.hasDefault && $0.swift?.isVariadic != true }),
           alwaysWritten(parameters[firstRequired]), parameters[...firstRequired].allSatisfy({ $0.swiftLabel != nil }) {
            // A call's first argument fills one of these parameters, by its label.
            firstLabels.formUnion(parameters[...firstRequired].compactMap(\.swiftLabel))
        } else if let label = parameters.first(where: alwaysWritten)?.swiftLabel {
            writtenLabels.insert(label)
        } else {
            anyCall = true
        }
    }

    /// The files of `snapshot` that can hold such a call.
    func paths(in snapshot: SwiftSnapshot) -> Set<String> {
        let writingInit = { Set(snapshot.paths(mentioning: IdentifierScan.implicitInitializer)) }
        if anyCall { return writingInit() }
        var paths = Set<String>()
        if !firstLabels.isEmpty {
            paths.formUnion(snapshot.paths(mentioning: IdentifierScan.implicitInitializerWithUnknownLabel))
            for label in firstLabels { paths.formUnion(snapshot.paths(mentioning: IdentifierScan.implicitInitializer(firstLabel: label))) }
        }
        if !writtenLabels.isEmpty {
            let writingInit = writingInit()
            for label in writtenLabels { paths.formUnion(snapshot.paths(mentioning: label).filter(writingInit.contains)) }
        }
        return paths
    }
}
