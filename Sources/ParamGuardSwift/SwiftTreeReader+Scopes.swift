@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// The names a body binds, as the walk meets them: parameters, closure parameters, locals,
/// `if let`/`guard let`, `for` loops and patterns, and the properties a type's body declares.
extension SwiftTreeReader {
    /// A function's or initializer's parameters, by the name its body uses.
    mutating func bindParameters(_ clause: RawFunctionParameterClauseSyntax) {
        for parameter in clause.parameters.elements {
            let name = (parameter.secondName ?? parameter.firstName).plainText
            locals.bind(name, locals.binding(forType: parameter.type))
        }
    }

    /// `{ (x: T) in ... }` binds `x` as a `T`; `{ x in ... }` binds a value of unknown type.
    mutating func readClosure(_ node: RawNode) {
        let closure = node.as(RawClosureExprSyntax.self)!
        bodyDepth += 1
        locals.open()
        let element = elementClosures.removeValue(forKey: node.raw.id)
        // `$0`, `$1`: the anonymous parameters, the element one typed when known; they hide outer ones.
        for position in 0..<2 {
            locals.bind("$\(position)", .value(element?.position == position ? element?.element : nil))
        }
        if let clause = closure.signature?.parameterClause {
            if let list = clause.as(RawClosureShorthandParameterListSyntax.self) {
                for (position, parameter) in list.elements.enumerated() {
                    locals.bind(parameter.name.plainText, .value(element?.position == position ? element?.element : nil))
                }
            } else if let parenthesized = clause.as(RawClosureParameterClauseSyntax.self) {
                for (position, parameter) in parenthesized.parameters.elements.enumerated() {
                    let name = (parameter.secondName ?? parameter.firstName).plainText
                    let known: SwiftLocalBinding = element?.position == position ? .value(element?.element) : .value(nil)
                    locals.bind(name, parameter.type.map(locals.binding(forType:)) ?? known)
                }
            }
        }
        readChildren(node)
        locals.close()
        bodyDepth -= 1
    }

    /// The names a pattern binds (`let x` inside it), as values of unknown type.
    mutating func bindPatternNames(_ node: RawNode) {
        if let pattern = node.as(RawIdentifierPatternSyntax.self) {
            locals.bind(pattern.identifier.plainText, .value(nil))
            return
        }
        for child in node.children where !child.raw.isToken { bindPatternNames(child) }
    }

    static let elementPositions: [String: Int] = [
        "forEach": 0, "map": 0, "compactMap": 0, "flatMap": 0, "filter": 0, "first": 0, "last": 0, "contains": 0,
        "allSatisfy": 0, "firstIndex": 0, "lastIndex": 0, "removeAll": 0, "drop": 0, "prefix": 0, "partition": 0,
        "reduce": 1,
    ]

    mutating func noteElementClosure(_ call: RawFunctionCallExprSyntax) {
        guard let member = call.calledExpression.as(RawMemberAccessExprSyntax.self), let base = member.base,
              let position = Self.elementPositions[member.declName.baseName.plainText],
              let collection = valueReceiver(base) else { return }
        let closure = call.trailingClosure?.raw.id
            ?? call.arguments.elements.first(where: { $0.expression.is(RawClosureExprSyntax.self) })?.expression.raw.id
        if let closure { elementClosures[closure] = (position, .iterated(collection)) }
    }

    /// `if let x = T(...)`, `guard let x: T = ...`: binds `x` for what follows.
    mutating func readOptionalBinding(_ node: RawNode) {
        let condition = node.as(RawOptionalBindingConditionSyntax.self)!
        guard let pattern = condition.pattern.as(RawIdentifierPatternSyntax.self) else { return }
        let name = pattern.identifier.plainText
        if let annotation = condition.typeAnnotation {
            locals.bind(name, locals.binding(forType: annotation.type))
        } else if let value = condition.initializer?.value {
            locals.bind(name, binding(forValue: value))
        } else if locals.lookup(name) == nil {
            // `if let x` unwraps a property or global of the same name: nothing known about it here.
            locals.bind(name, .value(nil))
        }
    }

    /// A variable: in a type's body, a property of the type; in a body, a local for what follows.
    mutating func readVariable(_ node: RawNode) {
        readChildren(node)
        let variable = node.as(RawVariableDeclSyntax.self)!
        let isMember = owningType.map { $0.bodyDepth == bodyDepth } ?? false
        for binding in variable.bindings.elements {
            guard let pattern = binding.pattern.as(RawIdentifierPatternSyntax.self) else { continue }
            let name = pattern.identifier.plainText
            let value: SwiftLocalBinding
            if let annotation = binding.typeAnnotation {
                value = locals.binding(forType: annotation.type)
            } else if let initial = binding.initializer?.value {
                value = self.binding(forValue: initial)
            } else {
                value = .value(nil)
            }
            if isMember, let index = owningType?.classIndex {
                var property: SwiftProperty
                switch value {
                case let .value(receiver): property = SwiftProperty(name: name, value: receiver, isFunction: false)
                case .function, .localFunction: property = SwiftProperty(name: name, value: nil, isFunction: true)
                case .generic: property = SwiftProperty(name: name, value: nil, isFunction: false)
                }
                property.annotation = binding.typeAnnotation.map { SwiftNames.trimmed($0.type.raw).filter { !$0.isWhitespace } }
                summary.classes[index].swiftProperties?.append(property)
            } else if !isMember {
                locals.bind(name, value)
            }
        }
    }

    /// What an initial value makes a local: a closure a function; otherwise whatever the file says of
    /// the value (`T(...)`, `T.make(...)`, another typed local, `x.p`, `items[0]`).
    func binding(forValue expression: RawExprSyntax) -> SwiftLocalBinding {
        var expression = expression
        while true {
            if let wrapped = expression.as(RawTryExprSyntax.self) { expression = wrapped.expression; continue }
            if let wrapped = expression.as(RawAwaitExprSyntax.self) { expression = wrapped.expression; continue }
            break
        }
        if expression.is(RawClosureExprSyntax.self) { return .function }
        return .value(valueReceiver(expression))
    }
}
