import ParamGuardModel
import ParamGuardSwift

/// Unqualified calls, and the types of receivers: what the calling file says of a value, followed
/// through properties, elements and the return annotations of calls.
extension SwiftResolver {

    /// The methods named `name` of an array, a set or a dictionary (`[T]`, `[K: V]`): those the tree's
    /// extensions of the standard collection types and protocols declare. The standard library's own
    /// are known by name (`SwiftStandardConformances.protocolMembers`); a name among them, or any name
    /// when the file imports a module from outside the tree, leaves the set open. The extensions'
    /// `where` clauses are not weighed: a wider set can only hide a finding.
    func collectionMembers(_ name: String, of type: String) -> SwiftLookup {
        if importsFromOutside || SwiftStandardConformances.protocolMembers["RangeReplaceableCollection"]!.contains(name) {
            return .found(.open(.typeDeclaredOutside))
        }
        let owners = type.contains(": ") ? ["Dictionary", "Collection", "Sequence"]
            : ["Array", "Set", "Collection", "BidirectionalCollection", "RandomAccessCollection", "MutableCollection",
               "RangeReplaceableCollection", "Sequence"]
        let candidates = owners.flatMap { snapshot.callables(owner: $0, name: name) }
        return candidates.isEmpty ? .unresolved(Self.notDeclaredInTree) : .found(SwiftResolution(candidates: candidates, openReason: nil))
    }

    /// Whether the calling file imports a module that is neither the tree's nor a system module: its
    /// extensions may add methods to any protocol of the standard library.
    var importsFromOutside: Bool {
        if let known = snapshot.importsFromOutsideMemo[path] { return known }
        let found = imports.contains { !SwiftSystemModules.names.contains($0.module) && !snapshot.modules.isTreeModule($0.module) }
        snapshot.importsFromOutsideMemo[path] = found
        return found
    }

    /// `m(...)`: inside a type, its members shadow free functions; otherwise the free functions of the
    /// tree, closed only when nothing the file imports from outside the tree can declare `m`.
    func unqualified(_ name: String, call: CallSite, path: String, imports: [ImportBinding]) -> SwiftLookup {
        if call.callsLocalFunction == true {
            // A local function hides every other `m`: its declaration is in this file, read as private.
            let local = snapshot.callables(owner: nil, name: name).filter { $0.path == path && $0.callable.swift?.access == "private" }
            return local.isEmpty ? .unresolved(Self.notDeclaredInTree) : .found(SwiftResolution(candidates: local, openReason: nil))
        }
        if let enclosing = call.enclosingClass, case let .found(own) = members(name, of: enclosing, from: call, depth: 0) {
            if !own.candidates.isEmpty || !own.isClosed { return .found(own) }
        }
        let free = snapshot.callables(owner: nil, name: name)
        guard !free.isEmpty else { return .unresolved(Self.notDeclaredInTree) }
        if importsFromOutside || SwiftSystemModules.globalFunctions.contains(name) { return .found(.open(.freeFunctionMayBeImported, free)) }
        if snapshot.modules.runsBuildPlugins(path) || free.contains(where: { snapshot.modules.runsBuildPlugins($0.path) }) {
            return .found(.open(.generatedSources, free))
        }
        return .found(SwiftResolution(candidates: free, openReason: nil))
    }

    /// The type of a receiver, from what the calling file says of it.
    func receiverType(_ receiver: SwiftReceiver, call: CallSite, depth: Int) -> String? {
        guard depth < 4 else { return nil }
        switch receiver {
        case let .type(type):
            return type
        case let .resultOf(callee):
            return resultType(of: callee, call: call)
        case let .property(name):
            guard let enclosing = call.enclosingClass else { return nil }
            return propertyType(name, of: enclosing, call: call, depth: depth)
        case let .member(base, name):
            guard let type = receiverType(base, call: call, depth: depth + 1), !type.hasPrefix("[") else { return nil }
            return propertyType(name, of: type, call: call, depth: depth)
        case let .element(base):
            return receiverType(base, call: call, depth: depth + 1).flatMap { SwiftReceiver.elementType(of: $0) }
        case let .iterated(base):
            return receiverType(base, call: call, depth: depth + 1).flatMap { SwiftReceiver.elementType(of: $0, iterating: true) }
        }
    }

    /// The type of a property of `type`, when its declarations agree on one: an annotation, or a call
    /// that is not relative to the type (`let x = T()`).
    func propertyType(_ name: String, of type: String, call: CallSite, depth: Int) -> String? {
        guard let definitions = typeDefinitions(type, from: call, declaringMember: name) else { return nil }
        let values = Set(definitions.flatMap { $0.definition.swiftProperties ?? [] }.filter { $0.name == name }.map(\.value))
        guard values.count == 1, let value = values.first, let known = value else { return nil }
        if type != call.enclosingClass, case .property = known { return nil }
        return receiverType(known, call: call, depth: depth + 1)
    }

    /// The type a call gives: the type it constructs, or the return annotation every candidate agrees on.
    func resultType(of callee: String, call: CallSite) -> String? {
        let parts = callee.dottedComponents.map(String.init)
        guard let last = parts.last else { return nil }
        if last == "init" { return parts.count > 1 ? parts.dropLast().joined(separator: ".") : nil }
        if last.first?.isUppercase == true, typeDefinitions(callee, from: call) != nil { return callee }
        let lookup: SwiftLookup
        var owner: String?
        if parts.count == 1 {
            owner = call.enclosingClass
            if let enclosing = owner, case let .found(own) = members(last, of: enclosing, from: call, depth: 0), !own.candidates.isEmpty {
                lookup = .found(own)
            } else {
                owner = nil
                lookup = .found(SwiftResolution(candidates: snapshot.callables(owner: nil, name: last), openReason: nil))
            }
        } else {
            let base = parts.dropLast().joined(separator: ".")
            owner = base == "self" || base == "Self" ? call.enclosingClass : base
            guard let owner, owner.first?.isUppercase == true else { return nil }
            lookup = members(last, of: owner, from: call, depth: 0)
        }
        guard case let .found(found) = lookup, !found.candidates.isEmpty else { return nil }
        // `Self` is the owner; a typealias and the type it names are one type.
        let types = Set(found.candidates.map { candidate -> String? in
            guard let written = candidate.callable.returnAnnotation == "Self" ? owner : candidate.callable.returnAnnotation else { return nil }
            let type = typeDefinitions(written, from: nil)?.first(where: { $0.definition.swiftKind != .extension })?.definition.name ?? written
            return boundResult(type, of: candidate, owner: owner)
        })
        guard types.count == 1, let type = types.first, let known = type else { return nil }
        return known
    }
}
