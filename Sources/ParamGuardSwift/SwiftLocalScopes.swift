@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// What a name bound in a function body, a parameter list or a generic clause stands for.
enum SwiftLocalBinding {
    /// A value: what its declaration says of its type, nil when it says nothing.
    case value(SwiftReceiver?)
    /// A value of function type (`handler: () -> Void`, `let f = { ... }`): calling it calls a closure.
    case function
    /// A generic parameter or associated type: it stands for whatever type is substituted.
    case generic
    /// A function declared in a body: calls of its name reach it, and nothing else.
    case localFunction
}

/// The names in scope at one point of the walk, innermost last. A flat list with the start of each
/// scope: a lookup walks back from the end, and entering a block allocates nothing.
///
/// Scopes open at types, functions, closures, code blocks, `if` and `while` (whose conditions bind
/// for their body) and `for` loops. A name bound by any other pattern (`case let .x(v)`, `catch let e`)
/// is added as a value of unknown type where it appears: it may outlive its real scope by a block,
/// which only makes a later same-named value unknown, never wrongly typed.
struct SwiftLocalScopes {
    private var names: [String] = []
    private var bindings: [SwiftLocalBinding] = []
    private var starts: [Int] = []

    mutating func open() { starts.append(names.count) }

    mutating func close() {
        let start = starts.removeLast()
        names.removeSubrange(start...)
        bindings.removeSubrange(start...)
    }

    mutating func bind(_ name: String, _ binding: SwiftLocalBinding) {
        names.append(name)
        bindings.append(binding)
    }

    func lookup(_ name: String) -> SwiftLocalBinding? {
        var index = names.count
        while index > 0 {
            index -= 1
            if names[index] == name { return bindings[index] }
        }
        return nil
    }

    func isGeneric(_ name: String) -> Bool {
        if case .generic? = lookup(name) { return true }
        return false
    }

    /// What a declared type makes a value: a function type makes a function, a generic parameter in
    /// scope a generic, a plain (possibly optional, `some`/`any`, `inout`) name a value of that type.
    func binding(forType type: RawTypeSyntax) -> SwiftLocalBinding {
        if SwiftTypeReading.isFunction(type) { return .function }
        guard let name = SwiftTypeReading.written(type) else { return .value(nil) }
        let first = name.hasPrefix("[") ? SwiftReceiver.elementType(of: name) ?? "" : String(name.dottedComponents[0])
        if isGeneric(String(first.dottedComponents.first ?? "")) { return .generic }
        return .value(.type(name))
    }
}

/// Reading types and callees as plain names, for the receivers of calls.
enum SwiftTypeReading {
    /// A nominal type as a dotted name: optionals, `some`/`any`, `inout` and generic arguments dropped.
    static func nominal(_ type: RawTypeSyntax) -> String? {
        if let optional = type.as(RawOptionalTypeSyntax.self) { return nominal(optional.wrappedType) }
        if let unwrapped = type.as(RawImplicitlyUnwrappedOptionalTypeSyntax.self) { return nominal(unwrapped.wrappedType) }
        if let existential = type.as(RawSomeOrAnyTypeSyntax.self) { return nominal(existential.constraint) }
        // `P.Type`: a metatype's members are the type's static ones, which calls reach the same way.
        if let metatype = type.as(RawMetatypeTypeSyntax.self) { return nominal(metatype.baseType) }
        return SwiftNames.dottedType(type)
    }

    /// A nominal type, or a collection of one written `[T]` (an array or a set) or `[K: V]`.
    static func written(_ type: RawTypeSyntax) -> String? {
        if let optional = type.as(RawOptionalTypeSyntax.self) { return written(optional.wrappedType) }
        if let unwrapped = type.as(RawImplicitlyUnwrappedOptionalTypeSyntax.self) { return written(unwrapped.wrappedType) }
        if let array = type.as(RawArrayTypeSyntax.self) { return nominal(array.element).map { "[" + $0 + "]" } }
        if let dictionary = type.as(RawDictionaryTypeSyntax.self) {
            guard let key = nominal(dictionary.key), let value = nominal(dictionary.value) else { return nil }
            return "[" + key + ": " + value + "]"
        }
        if let identifier = type.as(RawIdentifierTypeSyntax.self), let clause = identifier.genericArgumentClause,
           ["Array", "Set", "ContiguousArray", "ArraySlice"].contains(identifier.name.plainText),
           let argument = clause.arguments.elements.first, let element = argument.argument.as(RawTypeSyntax.self) {
            return nominal(element).map { "[" + $0 + "]" }
        }
        return nominal(type)
    }

    /// The generic arguments written on a nominal type (`Graph<V, UnweightedEdge>` → `["V",
    /// "UnweightedEdge"]`), white space removed; nil when it has none.
    static func genericArguments(_ type: RawTypeSyntax) -> [String]? {
        let clause = type.as(RawIdentifierTypeSyntax.self)?.genericArgumentClause ?? type.as(RawMemberTypeSyntax.self)?.genericArgumentClause
        return clause?.arguments.elements.map { SwiftNames.trimmed($0.argument.raw).filter { !$0.isWhitespace } }
    }

    /// A function type, possibly optional or attributed (`@escaping () -> Void`, `((Int) -> Void)?`).
    static func isFunction(_ type: RawTypeSyntax) -> Bool {
        if type.is(RawFunctionTypeSyntax.self) { return true }
        if let optional = type.as(RawOptionalTypeSyntax.self) { return isFunction(optional.wrappedType) }
        if let unwrapped = type.as(RawImplicitlyUnwrappedOptionalTypeSyntax.self) { return isFunction(unwrapped.wrappedType) }
        if let attributed = type.as(RawAttributedTypeSyntax.self) { return isFunction(attributed.baseType) }
        if let tuple = type.as(RawTupleTypeSyntax.self), tuple.elements.elements.count == 1,
           let only = tuple.elements.elements.first {
            return isFunction(only.type)
        }
        return false
    }

    /// A callee or receiver written as a plain dotted name (`T`, `T.make`, `Outer.T.init`, `self`,
    /// `super`, `Foo<T>.Bar`), generic arguments dropped.
    static func plainCallee(_ expression: RawExprSyntax) -> String? {
        if expression.is(RawSuperExprSyntax.self) { return "super" }
        if let specialized = expression.as(RawGenericSpecializationExprSyntax.self) { return plainCallee(specialized.expression) }
        if let reference = expression.as(RawDeclReferenceExprSyntax.self), reference.argumentNames == nil {
            return reference.baseName.plainText
        }
        if let member = expression.as(RawMemberAccessExprSyntax.self), member.declName.argumentNames == nil,
           let base = member.base, let prefix = plainCallee(base) {
            return prefix + "." + member.declName.baseName.plainText
        }
        if let type = expression.as(RawTypeExprSyntax.self) { return SwiftNames.dottedType(type.type) }
        return nil
    }
}
