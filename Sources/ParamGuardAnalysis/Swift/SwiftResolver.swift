import ParamGuardModel
import ParamGuardSwift

/// The declarations a Swift call may reach in one snapshot, and whether that list is known to be
/// whole. `isClosed` holds only when no declaration outside the repository can add an overload: an
/// initializer or a `self.`/`Type.` method of a type declared here whose superclass and protocols are
/// declared here too (or are standard protocols that add none).
struct SwiftResolution {
    var candidates: [SwiftCandidate]
    var isClosed: Bool
}

/// What a Swift callee names, read from its text.
enum SwiftCallee: Equatable {
    /// `.init(...)`, `.make(...)`: the type comes from context this analysis does not infer.
    case implicitMember
    /// `Foo(...)`, `Foo.init(...)`, `self.init(...)`, `super.init(...)`.
    case initializer(type: String)
    /// `super.init(...)` in a type whose superclass is not known yet: resolved against the snapshot.
    case superInitializer
    /// `m(...)` written alone: a method of the enclosing type, or a free function.
    case unqualified(name: String)
    /// `self.m(...)`, `Foo.m(...)`: a method of a known type.
    case member(type: String, name: String)
    /// `super.m(...)`.
    case superMember(name: String)
    /// `x.m(...)` on a receiver of unknown type.
    case unknownReceiver(name: String)

    var name: String {
        switch self {
        case .implicitMember: return ""
        case .initializer, .superInitializer: return "init"
        case let .unqualified(name), let .member(_, name), let .superMember(name), let .unknownReceiver(name): return name
        }
    }
}

/// Resolves Swift calls against a snapshot, overload-aware: every visible declaration that the callee
/// can name is a candidate, and a call is fine when any candidate accepts its labels.
struct SwiftResolver {
    let snapshot: SwiftSnapshot

    static func callee(of call: CallSite, isType: (String) -> Bool) -> SwiftCallee {
        if call.callee.hasPrefix(".") { return .implicitMember }
        let parts = call.callee.dottedComponents.map(String.init)
        let name = parts.last ?? ""
        if parts.count == 1 {
            return isType(name) ? .initializer(type: name) : .unqualified(name: name)
        }
        let base = parts.dropLast().joined(separator: ".")
        let enclosing = call.enclosingClass
        switch base {
        case "self", "Self":
            guard let enclosing else { return name == "init" ? .implicitMember : .unknownReceiver(name: name) }
            return name == "init" ? .initializer(type: enclosing) : .member(type: enclosing, name: name)
        case "super":
            return name == "init" ? .superInitializer : .superMember(name: name)
        default:
            let last = parts[parts.count - 2]
            // `Outer.Inner(...)` constructs the nested type.
            if name != "init", name.first?.isUppercase == true, last != "?", isType(name) {
                return .initializer(type: base + "." + name)
            }
            if name == "init" {
                return last == "?" ? .implicitMember : .initializer(type: base)
            }
            if last != "?", last.first?.isUppercase == true, isType(last) { return .member(type: base, name: name) }
            return .unknownReceiver(name: name)
        }
    }

    /// The candidates for a call written in `path`; nil when the callee is not declared in the repository
    /// (or cannot be narrowed, as `.init(...)`).
    func resolve(_ call: CallSite, callee: SwiftCallee, inFile path: String, imports: [ImportBinding]) -> SwiftResolution? {
        var resolution: SwiftResolution?
        switch callee {
        case .implicitMember:
            return nil
        case let .initializer(type):
            resolution = initializers(of: last(type), depth: 0)
        case .superInitializer:
            guard let enclosing = call.enclosingClass, let superclass = superclass(of: last(enclosing)) else { return nil }
            resolution = initializers(of: superclass, depth: 0)
        case let .member(type, name):
            resolution = members(name, of: last(type), depth: 0)
        case let .superMember(name):
            guard let enclosing = call.enclosingClass, let superclass = superclass(of: last(enclosing)) else { return nil }
            resolution = members(name, of: superclass, depth: 0)
        case let .unqualified(name):
            var candidates = snapshot.callables(owner: nil, name: name)
            if let enclosing = call.enclosingClass, let own = members(name, of: last(enclosing), depth: 0) {
                candidates += own.candidates
            }
            // A global function of another module may be meant: never a closed list.
            resolution = SwiftResolution(candidates: candidates, isClosed: false)
        case let .unknownReceiver(name):
            resolution = SwiftResolution(candidates: snapshot.methods(named: name), isClosed: false)
        }
        guard var found = resolution else { return nil }
        found.candidates = found.candidates.filter { isVisible($0, fromFile: path, imports: imports) }
        if let wrapped = call.wrappedType {
            let filter = SwiftWrappedTypeFilter(snapshot: snapshot)
            found.candidates = found.candidates.filter { filter.mayCall($0, wrapping: wrapped) }
        }
        return found.candidates.isEmpty && !found.isClosed ? nil : found
    }

    private func last(_ dotted: String) -> String {
        String(dotted.lastDottedComponent)
    }

    /// A declaration is visible in its own file; elsewhere unless private; in another module only when
    /// imported, and then only if public (or the import is `@testable`).
    private func isVisible(_ candidate: SwiftCandidate, fromFile path: String, imports: [ImportBinding]) -> Bool {
        if candidate.path == path { return true }
        let access = candidate.callable.swift?.access ?? "internal"
        if access == "private" || access == "fileprivate" { return false }
        let module = SwiftModules.module(of: candidate.path)
        if module == SwiftModules.module(of: path) { return true }
        guard let binding = imports.first(where: { $0.module == module }) else { return false }
        return binding.symbol == "@testable" || candidate.callable.swift?.isVisibleToOtherModules == true
    }

    // MARK: - Types

    private func initializers(of type: String, depth: Int) -> SwiftResolution? {
        let definitions = snapshot.types(named: type)
        guard !definitions.isEmpty, depth < 8 else { return nil }
        var candidates = snapshot.callables(owner: type, name: "init")
        var isClosed = true
        let primary = definitions.filter { $0.definition.swiftKind != "extension" }
        if primary.contains(where: { $0.definition.swiftKind == "protocol" }) { isClosed = false }
        // A class or actor whose body declares no initializer gets `init()` (or inherits its superclass's).
        for (path, definition) in primary where ["class", "actor"].contains(definition.swiftKind) && !definition.definesInitializer {
            if let superclass = superclass(of: type) {
                if let inherited = initializers(of: superclass, depth: depth + 1) {
                    candidates += inherited.candidates
                    isClosed = isClosed && inherited.isClosed
                } else {
                    isClosed = false
                }
            } else {
                candidates.append(SwiftCandidate(path: path, callable: Self.defaultInitializer(of: definition)))
            }
        }
        let conformances = conformanceCandidates(of: definitions, name: "init")
        return SwiftResolution(candidates: candidates + conformances.candidates, isClosed: isClosed && conformances.isClosed)
    }

    private func members(_ name: String, of type: String, depth: Int) -> SwiftResolution? {
        let definitions = snapshot.types(named: type)
        guard !definitions.isEmpty, depth < 8 else { return nil }
        var candidates = snapshot.callables(owner: type, name: name)
        var isClosed = true
        if let superclass = superclass(of: type) {
            if let inherited = members(name, of: superclass, depth: depth + 1) {
                candidates += inherited.candidates
                isClosed = inherited.isClosed
            } else {
                isClosed = false
            }
        }
        let conformances = conformanceCandidates(of: definitions, name: name)
        return SwiftResolution(candidates: candidates + conformances.candidates, isClosed: isClosed && conformances.isClosed)
    }

    /// What protocols declared here add (requirements and protocol extensions); closed only when every
    /// other inherited name is a class declared here or a standard protocol that adds nothing.
    private func conformanceCandidates(of definitions: [(path: String, definition: ClassDefinition)], name: String) -> SwiftResolution {
        var candidates: [SwiftCandidate] = []
        var isClosed = true
        for base in Set(definitions.flatMap(\.definition.bases)) {
            let simple = last(base)
            if SwiftStandardNames.protocolsAddingNoOverloads.contains(simple) || SwiftStandardNames.rawValueTypes.contains(simple) { continue }
            let declared = snapshot.types(named: simple)
            if declared.contains(where: { $0.definition.swiftKind == "protocol" }) {
                candidates += snapshot.callables(owner: simple, name: name)
            } else if !declared.contains(where: { $0.definition.swiftKind == "class" }) {
                isClosed = false
            }
        }
        return SwiftResolution(candidates: candidates, isClosed: isClosed)
    }

    /// The first inherited name of a class that is a class declared in the repository.
    private func superclass(of type: String) -> String? {
        for (_, definition) in snapshot.types(named: type) where definition.swiftKind == "class" {
            guard let first = definition.bases.first.map(last) else { return nil }
            if snapshot.types(named: first).contains(where: { $0.definition.swiftKind == "class" }) { return first }
            return nil
        }
        return nil
    }

    private static func defaultInitializer(of definition: ClassDefinition) -> Callable {
        var callable = Callable(
            name: definition.name + ".init", kind: .initializer, parameters: [], location: definition.location,
            source: .synthesizedInitializer)
        callable.swift = SwiftDeclarationTraits(access: "internal", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
        return callable
    }
}

