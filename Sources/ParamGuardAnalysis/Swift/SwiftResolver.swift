import ParamGuardModel
import ParamGuardSwift

/// Why a Swift call's overload set is not known completely. An open call is counted, by reason, and
/// never reported: something outside the tree may supply the overload it uses.
enum SwiftOpenReason: String {
    /// The type is only extended here (`extension String`): the standard library, Foundation or a
    /// dependency declares it, with initializers and methods the tree does not show.
    case typeDeclaredOutside = "type-declared-outside-the-tree"
    /// The type conforms to, or inherits from, a protocol or class declared outside the tree whose
    /// extensions may supply initializers and methods (the standard ones paramguard knows excepted).
    case conformanceFromOutside = "conformance-from-outside-the-tree"
    /// The type carries an attribute that may be an attached macro (`@Observable`, `@Reducer`), or
    /// `@dynamicMemberLookup`: either can add members no declaration shows.
    case attachedMacro = "attached-macro"
    /// `P(...)` on a protocol: only a conforming type, unknown here, is constructed.
    case protocolType = "protocol-type"
    /// `x.m(...)` where the calling file does not say what `x` is.
    case unknownReceiver = "unknown-receiver"
    /// `.init(...)`, `.make(...)`: the type comes from a context that could not be read.
    case implicitMember = "implicit-member"
    /// `T(...)` or `x.m(...)` with `x: T`, where `T` is a generic parameter or associated type.
    case genericParameter = "generic-parameter"
    /// A local, parameter or stored property of function type (or a local function) called like a function.
    case functionValue = "function-value"
    /// A type declared inside a function body: only that body sees it, and this reading does not follow
    /// which body a call is in.
    case localType = "local-type"
    /// A free function: a module the file imports from outside the tree, or the standard library,
    /// may declare one of the same name.
    case freeFunctionMayBeImported = "free-function-may-be-imported"
    /// The type's module, or the caller's, is built with build-tool plugins (`plugins:` in its target),
    /// which write sources at build time: members and overloads no file of the tree shows.
    case generatedSources = "module-runs-a-build-plugin"
}

/// The declarations a Swift call may reach in one snapshot, and whether that list is known to be
/// whole: `openReason` is nil only when no declaration outside the repository can add an overload.
struct SwiftResolution {
    var candidates: [SwiftCandidate]
    var openReason: SwiftOpenReason?

    var isClosed: Bool { openReason == nil }

    static func open(_ reason: SwiftOpenReason, _ candidates: [SwiftCandidate] = []) -> SwiftResolution {
        SwiftResolution(candidates: candidates, openReason: reason)
    }
}

/// What resolving a call gave: its candidates, or why its callee is not traced to the repository.
enum SwiftLookup {
    case found(SwiftResolution)
    case unresolved(String)

    var resolution: SwiftResolution? {
        if case let .found(resolution) = self { return resolution }
        return nil
    }
}

/// What a Swift callee names, read from its text and what the calling file says of its receiver.
enum SwiftCallee: Equatable {
    /// `.init(...)`, `.make(...)`: the type comes from context.
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
    /// `x.m(...)` where the calling file says what `x` is.
    case receiver(SwiftReceiver, name: String)
    /// `x.m(...)` on a receiver of unknown type.
    case unknownReceiver(name: String)

    var name: String {
        switch self {
        case .implicitMember: return ""
        case .initializer, .superInitializer: return "init"
        case let .unqualified(name), let .member(_, name), let .superMember(name), let .unknownReceiver(name), let .receiver(_, name):
            return name
        }
    }
}

/// Resolves Swift calls against a snapshot, overload-aware: every visible declaration that the callee
/// can name is a candidate, and a call is fine when any candidate accepts its labels.
struct SwiftResolver {
    let snapshot: SwiftSnapshot
    /// The calling file and its imports: a type declared in a module it neither is in nor imports is
    /// not the type its calls name.
    let path: String
    let imports: [ImportBinding]

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
            if let receiver = call.receiver { return .receiver(receiver, name: name) }
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

    /// Why a call whose overload set is known whole, and empty, is unresolved: no declaration of its
    /// name is visible from the call (the call does not compile).
    static let noVisibleDeclaration = "no-visible-declaration"
    /// Why a call of a name the tree does not declare at all is unresolved.
    static let notDeclaredInTree = "not-declared-in-tree"

    /// The candidates for a call written in `path`, with whether they are all there is.
    func resolve(_ call: CallSite, callee: SwiftCallee) -> SwiftLookup {
        if let written = call.openReason, let reason = SwiftOpenReason(rawValue: written) { return .found(.open(reason)) }
        var lookup: SwiftLookup
        switch callee {
        case .implicitMember:
            return .found(.open(.implicitMember))
        case let .initializer(type):
            lookup = initializers(of: type, from: call, depth: 0)
        case .superInitializer:
            guard let enclosing = call.enclosingClass else { return .unresolved("super-outside-a-class") }
            switch superclass(of: enclosing, from: call) {
            case let .inTree(superclass): lookup = initializers(of: superclass, from: nil, depth: 1)
            case .outside: return .found(.open(.conformanceFromOutside))
            case .none: return .unresolved("superclass-not-declared-in-tree")
            }
        case let .member(type, name):
            lookup = members(name, of: type, from: call, depth: 0)
        case let .superMember(name):
            guard let enclosing = call.enclosingClass else { return .unresolved("super-outside-a-class") }
            switch superclass(of: enclosing, from: call) {
            case let .inTree(superclass): lookup = members(name, of: superclass, from: nil, depth: 1)
            case .outside: return .found(.open(.conformanceFromOutside))
            case .none: return .unresolved("superclass-not-declared-in-tree")
            }
        case let .unqualified(name):
            lookup = unqualified(name, call: call, path: path, imports: imports)
        case let .receiver(receiver, name):
            guard let type = receiverType(receiver, call: call, depth: 0) else { return .found(.open(.unknownReceiver)) }
            lookup = type.hasPrefix("[") ? collectionMembers(name, of: type) : members(name, of: type, from: call, depth: 0)
        case .unknownReceiver:
            return .found(.open(.unknownReceiver))
        }
        guard case var .found(found) = lookup else { return lookup }
        found.candidates = found.candidates.filter { isVisible($0, fromFile: path, imports: imports) }
        if let wrapped = call.wrappedType {
            // A property wrapper's generic parameter is bound to the wrapped property's type.
            let filter = SwiftRequirementFilter(resolver: self)
            found.candidates = found.candidates.filter { filter.mayCall($0) { _ in wrapped } }
        }
        if found.candidates.isEmpty && found.isClosed { return .unresolved(Self.noVisibleDeclaration) }
        return .found(found)
    }

    /// A declaration is visible in its own file; elsewhere unless private; in another module only when
    /// imported, and then only if public (or the import is `@testable`). A member declared in an
    /// extension in another module is visible when public, imported or not: Swift 5 makes extension
    /// members visible in a whole module once any of its files imports theirs.
    private func isVisible(_ candidate: SwiftCandidate, fromFile path: String, imports: [ImportBinding]) -> Bool {
        if candidate.path == path || candidate.path.isEmpty { return true }
        if !snapshot.modules.mayReach(from: path, to: candidate.path) { return false }
        let access = candidate.callable.swift?.access ?? "internal"
        if access == "private" || access == "fileprivate" { return false }
        let module = snapshot.modules.module(of: candidate.path)
        if module == snapshot.modules.module(of: path) { return true }
        let isPublic = candidate.callable.swift?.isVisibleToOtherModules == true
        guard let binding = imports.first(where: { snapshot.modules.exports(module, through: $0.module) }) else {
            return isPublic && candidate.callable.kind != .function && candidate.callable.kind != .initializer
        }
        return binding.isTestable || isPublic
    }

    // MARK: - Types

    /// The declarations of the type a call names: `T` is a top-level type or one nested in the
    /// caller's enclosing types; `A.B` must be declared (or extended) under that qualified name, or
    /// be `B` in the tree's module `A`. A typealias is followed to the type it names.
    func typeDefinitions(_ bound: String, from call: CallSite?, depth: Int = 0) -> [(path: String, definition: ClassDefinition)]? {
        let written = SwiftBoundType.split(bound).name
        guard depth == 0 else { return lookUpTypeDefinitions(written, from: call, depth: depth) }
        if let call {
            // Kept twice: under the file's context alone when no type the lookup saw is nested (then the
            // enclosing type cannot change the answer), else under the enclosing type too.
            let context = written + " " + lookupContext(declaring: String(written.lastDottedComponent))
            if let known = snapshot.typeDefinitionsFromFileMemo[context] { return known }
            let key = context + " " + (call.enclosingClass ?? "")
            if let known = snapshot.typeDefinitionsFromFileMemo[key] { return known }
            var sawNestedTypes = false
            let found = lookUpTypeDefinitions(written, from: call, depth: 0, sawNestedTypes: &sawNestedTypes)
            snapshot.typeDefinitionsFromFileMemo[sawNestedTypes ? key : context] = found
            return found
        }
        if let known = snapshot.typeDefinitionsMemo[written] { return known }
        let found = lookUpTypeDefinitions(written, from: nil, depth: 0)
        snapshot.typeDefinitionsMemo[written] = found
        return found
    }

    /// What of the calling file a type lookup from it depends on (`lookUpTypeDefinitions`): its module,
    /// its package, which of the modules that declare `name` it imports, and the file itself only where
    /// it declares `name`. The files of one module mostly share it, so a caller search over hundreds of
    /// files looks a type up once per module, not once per file.
    private func lookupContext(declaring name: String) -> String {
        let modules = snapshot.modules
        let declaring = snapshot.paths(declaring: name)
        let declaringModules = snapshot.declaringModulesMemo[name] ?? {
            let found = Set(declaring.map(modules.module(of:)))
            snapshot.declaringModulesMemo[name] = found
            return found
        }()
        let imported = Set(imports.map(\.module).filter(declaringModules.contains)).sorted().joined(separator: ",")
        let context = modules.module(of: path) + "|" + (modules.package(of: path) ?? "-") + "|" + imported
        return declaring.contains(path) ? context + "|" + path : context
    }

    /// The declarations of `type` that can declare a member named `member`, as `typeDefinitions` finds
    /// them from `call`: only the files that mention the member are read, when the identifier indexes
    /// show that leaving the others out cannot change which type the name stands for (no file that
    /// declares the name writes `typealias`, and none mentions one of the caller's enclosing types,
    /// which could nest a type of that name). The type a call sits in names itself.
    func typeDefinitions(_ type: String, from call: CallSite, declaringMember member: String) -> [(path: String, definition: ClassDefinition)]? {
        let written = SwiftBoundType.split(type).name
        let last = String(written.lastDottedComponent)
        let scopes = call.enclosingClass.map { Self.enclosingScopes($0) } ?? []
        let mayNest = !written.contains(".") && scopes.contains { scope in
            scope != written && snapshot.someFile(declaring: last, mentions: String(scope.lastDottedComponent))
        }
        guard !mayNest, !snapshot.someFile(declaring: last, mentions: "typealias") else { return typeDefinitions(type, from: call) }
        return lookUpTypeDefinitions(written, from: call, depth: 0, mentioning: member)
    }

    private func lookUpTypeDefinitions(_ written: String, from call: CallSite?, depth: Int,
                                       mentioning member: String? = nil) -> [(path: String, definition: ClassDefinition)]? {
        var sawNestedTypes = false
        return lookUpTypeDefinitions(written, from: call, depth: depth, mentioning: member, sawNestedTypes: &sawNestedTypes)
    }

    /// `sawNestedTypes`: whether a nested type of the name was among the declarations seen, which is
    /// when the caller's enclosing types can change the answer.
    private func lookUpTypeDefinitions(_ written: String, from call: CallSite?, depth: Int, mentioning member: String? = nil,
                                       sawNestedTypes: inout Bool) -> [(path: String, definition: ClassDefinition)]? {
        var parts = written.dottedComponents.map(String.init)
        guard let last = parts.last, depth < 8 else { return nil }
        if parts.count > 1, snapshot.modules.isTreeModule(parts[0]) { parts.removeFirst() }
        // From a call, only the declarations its file can see: in its own module or one it imports.
        let own = snapshot.modules.module(of: path)
        let visible: ((String) -> Bool)? = call == nil ? nil : { [snapshot, path, imports] candidate in
            let module = snapshot.modules.module(of: candidate)
            return candidate == path || snapshot.modules.mayReach(from: path, to: candidate)
                && (module == own || imports.contains { $0.module == module })
        }
        // `A.B` is declared inside `A` or as `extension A.B`: only files that mention `A` can declare it.
        let words = [member, parts.count > 1 ? parts[parts.count - 2] : nil].compactMap { $0 }
        let all = words.isEmpty && visible == nil ? snapshot.types(named: last) : snapshot.types(named: last, mentioning: words, inFiles: visible)
        var matched: [(path: String, definition: ClassDefinition)]
        if parts.count > 1 {
            let qualified = parts.joined(separator: ".")
            matched = all.filter { $0.definition.name == qualified || $0.definition.name.hasSuffix("." + qualified) }
        } else {
            let scopes = call?.enclosingClass.map { Self.enclosingScopes($0) } ?? []
            sawNestedTypes = all.contains { $0.definition.name.hasSuffix("." + last) }
            matched = all.filter { candidate in
                let name = candidate.definition.name
                return name == last || scopes.contains { name == $0 + "." + last }
            }
            // A nested type is found from inside the type that nests it; otherwise the top-level one.
            if let nested = scopes.first(where: { scope in matched.contains { $0.definition.name == scope + "." + last } }) {
                matched = matched.filter { $0.definition.name == nested + "." + last }
            } else {
                matched = matched.filter { $0.definition.name == last }
            }
        }
        if !matched.isEmpty, matched.allSatisfy({ $0.definition.swiftKind == .typealias }) {
            let targets = Set(matched.map { $0.definition.bases.first ?? "" })
            guard targets.count == 1, let target = targets.first, !target.isEmpty else { return [] }
            return typeDefinitions(target, from: nil, depth: depth + 1)
        }
        matched.removeAll { $0.definition.swiftKind == .typealias }
        return matched.isEmpty ? nil : matched
    }

    /// `A.B.C` → `A.B.C`, `A.B`, `A`: the types a call inside `C` can name nested types of, innermost first.
    private static func enclosingScopes(_ enclosing: String) -> [String] {
        let parts = enclosing.dottedComponents
        return (1...parts.count).reversed().map { parts.prefix($0).joined(separator: ".") }
    }

    /// The callables named `name` that the definitions (a type and its extensions) declare.
    func declared(_ name: String, in definitions: [(path: String, definition: ClassDefinition)]) -> [SwiftCandidate] {
        guard let first = definitions.first else { return [] }
        let owners = Set(definitions.map(\.definition.name))
        // Not only from the files of `definitions`: an extension in a module the caller's file does
        // not import still adds members (Swift 5 makes them visible in the whole importing module).
        // Only files that can name the type can extend it: when one module declares it, only those.
        let primary = Set(definitions.filter { $0.definition.swiftKind != .extension }.map { snapshot.modules.module(of: $0.path) })
        return snapshot.callables(owner: String(first.definition.name.lastDottedComponent), name: name,
                                  inFilesSeeing: primary.count == 1 ? primary.first : nil).filter { candidate in
            let parts = candidate.callable.name.dottedComponents
            return owners.contains(parts.dropLast().joined(separator: "."))
        }
    }

    /// Why the definitions may have members they do not show: a macro-like attribute, or only extensions.
    func openness(of definitions: [(path: String, definition: ClassDefinition)]) -> SwiftOpenReason? {
        let primary = definitions.filter { $0.definition.swiftKind != .extension }
        if primary.isEmpty { return .typeDeclaredOutside }
        if primary.contains(where: { $0.definition.swiftIsLocal == true }) { return .localType }
        if snapshot.modules.runsBuildPlugins(path) || primary.contains(where: { snapshot.modules.runsBuildPlugins($0.path) }) {
            return .generatedSources
        }
        let attributes = definitions.flatMap(\.definition.decorators)
        if attributes.contains(where: { !SwiftStandardConformances.plainAttributes.contains($0) }) { return .attachedMacro }
        return nil
    }

    /// What an overload set worked out from `definitions` is, remembered for the run.
    private func remembered(
        _ name: String, of type: String, _ definitions: [(path: String, definition: ClassDefinition)], depth: Int,
        _ work: () -> SwiftLookup
    ) -> SwiftLookup {
        // The calling file enters only through whether it imports a module from outside the tree
        // (`conformanceCandidates`), and through the declarations its lookup found.
        var key = name + " " + type + " " + String(depth) + (importsFromOutside ? " outside" : "")
        for (path, definition) in definitions { key += "\n" + path + " " + definition.name }
        if let known = snapshot.overloadSetMemo[key] { return known }
        let found = work()
        snapshot.overloadSetMemo[key] = found
        return found
    }

    func initializers(of type: String, from call: CallSite?, depth: Int) -> SwiftLookup {
        guard depth < 8, let definitions = typeDefinitions(type, from: call) else { return .unresolved(Self.notDeclaredInTree) }
        return remembered("init", of: type, definitions, depth: depth) { initializers(of: type, definitions, depth: depth) }
    }

    private func initializers(of type: String, _ definitions: [(path: String, definition: ClassDefinition)], depth: Int) -> SwiftLookup {
        var candidates = declared("init", in: definitions)
        if let reason = openness(of: definitions) { return .found(.open(reason, candidates)) }
        let primary = definitions.filter { $0.definition.swiftKind != .extension }
        if primary.contains(where: { $0.definition.swiftKind == .protocol }) { return .found(.open(.protocolType, candidates)) }
        var openReason: SwiftOpenReason?
        // A class or actor whose body declares no initializer gets `init()`, or inherits its superclass's.
        let qualified = primary[0].definition.name
        for (path, definition) in primary where [SwiftDeclarationKind.class, .actor].contains(definition.swiftKind) && !definition.definesInitializer {
            switch superclass(of: qualified, from: nil) {
            case let .inTree(superclass):
                switch initializers(of: superclass, from: nil, depth: depth + 1) {
                case let .found(inherited):
                    candidates += inherited.candidates
                    openReason = openReason ?? inherited.openReason
                case .unresolved:
                    openReason = .conformanceFromOutside
                }
            case .outside:
                openReason = .conformanceFromOutside
            case .none:
                candidates.append(SwiftCandidate(path: path, callable: Self.defaultInitializer(of: definition)))
            }
        }
        let conformances = conformanceCandidates(of: definitions, name: "init", depth: depth)
        return .found(SwiftResolution(
            candidates: applicable(candidates + conformances.candidates, to: type, definitions),
            openReason: openReason ?? conformances.openReason))
    }

    func members(_ name: String, of type: String, from call: CallSite?, depth: Int) -> SwiftLookup {
        guard depth < 8, let definitions = typeDefinitions(type, from: call) else { return .unresolved(Self.notDeclaredInTree) }
        return remembered(name, of: type, definitions, depth: depth) { members(name, of: type, definitions, depth: depth) }
    }

    private func members(_ name: String, of type: String, _ definitions: [(path: String, definition: ClassDefinition)], depth: Int) -> SwiftLookup {
        var candidates = declared(name, in: definitions)
        let properties = definitions.flatMap { $0.definition.swiftProperties ?? [] }
        if properties.contains(where: { $0.name == name }) { return .found(.open(.functionValue, candidates)) }
        if let reason = openness(of: definitions) { return .found(.open(reason, candidates)) }
        var openReason: SwiftOpenReason?
        switch superclass(of: definitions[0].definition.name, from: nil) {
        case let .inTree(superclass):
            switch members(name, of: superclass, from: nil, depth: depth + 1) {
            case let .found(inherited):
                candidates += inherited.candidates
                openReason = inherited.openReason
            case .unresolved:
                openReason = .conformanceFromOutside
            }
        case let .outside(superclass):
            // A superclass whose methods are known (`XCTestCase`) adds no overload of another name.
            if SwiftStandardConformances.classMembers[superclass]?.contains(name) ?? true { openReason = .conformanceFromOutside }
        case .none:
            break
        }
        let conformances = conformanceCandidates(of: definitions, name: name, depth: depth)
        return .found(SwiftResolution(
            candidates: applicable(candidates + conformances.candidates, to: type, definitions),
            openReason: openReason ?? conformances.openReason))
    }

    /// The candidates whose extension's `where` clause may hold for the type: an extension constrained
    /// on a generic parameter or associated type the type binds otherwise adds nothing to its overloads.
    private func applicable(
        _ candidates: [SwiftCandidate], to written: String, _ definitions: [(path: String, definition: ClassDefinition)]
    ) -> [SwiftCandidate] {
        guard candidates.contains(where: { $0.callable.swift?.extensionRequirements != nil }) else { return candidates }
        let filter = SwiftRequirementFilter(resolver: self)
        return candidates.filter { filter.mayCall($0) { binding($0, written: written, definitions: definitions) } }
    }

    /// What the protocols a type conforms to add: requirements and protocol extensions of protocols
    /// declared here (and of the protocols they refine), and what the standard protocols in
    /// `SwiftStandardConformances` supply. Any other protocol leaves the set open.
    func conformanceCandidates(of definitions: [(path: String, definition: ClassDefinition)], name: String, depth: Int) -> SwiftResolution {
        var candidates: [SwiftCandidate] = []
        var openReason: SwiftOpenReason?
        let owner = String(definitions[0].definition.name)
        for (_, definition) in definitions {
            for (index, base) in expandingCompositions(definition.bases).enumerated() {
                let simple = String(base.lastDottedComponent)
                if SwiftStandardNames.rawValueTypes.contains(simple) && definition.swiftKind != .protocol {
                    // `enum Kind: String` has `init?(rawValue:)`, with the enum's access.
                    if definition.swiftKind == .enum {
                        candidates += SwiftStandardConformances.candidates(of: "RawRepresentable", for: owner, name: name, at: definition.location)
                    }
                    continue
                }
                if SwiftStandardConformances.table[simple] != nil {
                    candidates += SwiftStandardConformances.candidates(of: simple, for: owner, name: name, at: definition.location)
                    continue
                }
                guard let declared = typeDefinitions(base, from: nil), depth < 8 else {
                    // A class's first inherited name from outside is its superclass (or a protocol):
                    // `superclass(of:)` judges it, with what is known of the methods of some classes.
                    if index == 0 && definition.swiftKind == .class { continue }
                    if let members = SwiftStandardConformances.protocolMembers[simple], !importsFromOutside {
                        if name == "init" {
                            candidates += SwiftStandardConformances.candidates(of: simple, for: owner, name: name, at: definition.location)
                        } else if members.contains(name) {
                            openReason = openReason ?? .conformanceFromOutside
                        }
                        continue
                    }
                    openReason = openReason ?? .conformanceFromOutside
                    continue
                }
                let kinds = Set(declared.map(\.definition.swiftKind))
                if kinds.contains(.protocol) {
                    candidates += self.declared(name, in: declared)
                    if let reason = openness(of: declared) { openReason = openReason ?? reason }
                    let refined = conformanceCandidates(of: declared, name: name, depth: depth + 1)
                    candidates += refined.candidates
                    openReason = openReason ?? refined.openReason
                } else if index == 0 && kinds.contains(.class) {
                    continue  // the superclass, followed by the callers
                } else {
                    openReason = openReason ?? .conformanceFromOutside
                }
            }
        }
        return SwiftResolution(candidates: candidates, openReason: openReason)
    }

    /// Inherited names with `typealias Fragment = Readable & HTMLConvertible` replaced by its members.
    /// The standard protocols `SwiftStandardConformances` knows are taken as the standard library's
    /// (as `conformanceCandidates` takes them), without reading the many files that extend them.
    func expandingCompositions(_ bases: [String]) -> [String] {
        bases.flatMap { base -> [String] in
            if let known = snapshot.compositionMemo[base] { return known }
            if SwiftStandardConformances.table[String(base.lastDottedComponent)] != nil { return [base] }
            let aliases = snapshot.typeAliases(named: String(base.lastDottedComponent))
            let expanded = aliases.count == 1 && aliases[0].definition.bases.count > 1 ? aliases[0].definition.bases : [base]
            snapshot.compositionMemo[base] = expanded
            return expanded
        }
    }

    enum Superclass {
        case none
        case inTree(String)
        /// Declared outside the tree, by its last name component.
        case outside(String)
    }

    /// A class's superclass: its first inherited name when that is a class declared here; `outside`
    /// when that name is neither a class nor a protocol of the tree nor a standard protocol.
    func superclass(of type: String, from call: CallSite?) -> Superclass {
        guard let definitions = typeDefinitions(type, from: call) else { return .none }
        for (_, definition) in definitions where definition.swiftKind == .class {
            guard let first = definition.bases.first else { return .none }
            if let declared = typeDefinitions(first, from: nil) {
                if declared.contains(where: { $0.definition.swiftKind == .class }) { return .inTree(declared[0].definition.name) }
                return .none
            }
            let simple = String(first.lastDottedComponent)
            return SwiftStandardConformances.table[simple] == nil ? .outside(simple) : .none
        }
        return .none
    }

    private static func defaultInitializer(of definition: ClassDefinition) -> Callable {
        var callable = Callable(
            name: definition.name + ".init", kind: .initializer, parameters: [], location: definition.location,
            source: .synthesizedInitializer)
        callable.swift = SwiftDeclarationTraits(access: "internal", isStatic: false, isProtocolRequirement: false, isMigrationAlias: false)
        return callable
    }
}
