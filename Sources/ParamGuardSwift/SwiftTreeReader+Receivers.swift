@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// What the calling file says of the value a method is called on: how `SwiftResolver` finds the
/// receiver's type without compiling.
extension SwiftTreeReader {
    /// What this file says of a callee: the type of the receiver of `x.m(...)`, `self.p.m(...)`,
    /// `x?.m(...)` or `T(...).m(...)`, or why the callee cannot be known (a generic parameter, or a
    /// local value of function type called like a function).
    func receiverFacts(of callee: RawExprSyntax) -> (SwiftReceiver?, String?) {
        if let specialized = callee.as(RawGenericSpecializationExprSyntax.self) { return receiverFacts(of: specialized.expression) }
        if let reference = callee.as(RawDeclReferenceExprSyntax.self) {
            switch locals.lookup(reference.baseName.plainText) {
            case .value?, .function?: return (nil, "function-value")
            case .generic?: return (nil, "generic-parameter")
            case .localFunction?, nil: return (nil, nil)
            }
        }
        guard let member = callee.as(RawMemberAccessExprSyntax.self), let base = member.base else { return (nil, nil) }
        if let reference = Self.unwrapped(base).as(RawDeclReferenceExprSyntax.self), reference.argumentNames == nil {
            let name = reference.baseName.plainText
            if name == "self" || name == "Self" || name == "super" { return (nil, nil) }
            if case .generic? = locals.lookup(name) { return (nil, "generic-parameter") }
        }
        if let call = Self.unwrapped(base).as(RawFunctionCallExprSyntax.self), let text = SwiftTypeReading.plainCallee(call.calledExpression),
           locals.isGeneric(String(text.dottedComponents[0])) {
            return (nil, "generic-parameter")
        }
        return (valueReceiver(base), nil)
    }

    /// `x?`, `x!`, `try x`, `await x` → `x`.
    static func unwrapped(_ expression: RawExprSyntax) -> RawExprSyntax {
        var expression = expression
        while true {
            if let optional = expression.as(RawOptionalChainingExprSyntax.self) { expression = optional.expression; continue }
            if let forced = expression.as(RawForceUnwrapExprSyntax.self) { expression = forced.expression; continue }
            if let wrapped = expression.as(RawTryExprSyntax.self) { expression = wrapped.expression; continue }
            if let wrapped = expression.as(RawAwaitExprSyntax.self) { expression = wrapped.expression; continue }
            return expression
        }
    }

    /// What the file says of a value: a local's or parameter's declared type or initial call, a
    /// property of the enclosing type (`self.p`, or `p` where no local hides it), a property of such a
    /// value (`x.p`), an element of one (`x[0]`), or a call's result. nil when it says nothing.
    func valueReceiver(_ expression: RawExprSyntax) -> SwiftReceiver? {
        let expression = Self.unwrapped(expression)
        if let reference = expression.as(RawDeclReferenceExprSyntax.self), reference.argumentNames == nil {
            let name = reference.baseName.plainText
            switch locals.lookup(name) {
            case let .value(receiver)?: return receiver
            case .function?, .generic?, .localFunction?: return nil
            case nil:
                // A capitalised name is a type (`T.make(...)`); another one, inside a type, is one of its properties.
                guard name.first?.isUppercase != true, !name.hasPrefix("$"), name != "self", name != "super",
                      enclosingTypeName != nil else { return nil }
                return .property(name)
            }
        }
        if let member = expression.as(RawMemberAccessExprSyntax.self), member.declName.argumentNames == nil, let base = member.base {
            let name = member.declName.baseName.plainText
            if let reference = Self.unwrapped(base).as(RawDeclReferenceExprSyntax.self), reference.baseName.plainText == "self" {
                return .property(name)
            }
            return valueReceiver(base).map { .member($0, name) }
        }
        if let subscriptCall = expression.as(RawSubscriptCallExprSyntax.self) {
            return valueReceiver(subscriptCall.calledExpression).map { .element($0) }
        }
        if let call = expression.as(RawFunctionCallExprSyntax.self), let text = SwiftTypeReading.plainCallee(call.calledExpression) {
            let first = String(text.dottedComponents[0])
            if locals.isGeneric(first) { return nil }
            if first != "self" && first != "Self" && locals.lookup(first) != nil { return nil }
            return .resultOf(text)
        }
        return nil
    }

    /// `for x in values { ... }`: `x` is an element of `values` in the body.
    mutating func readFor(_ node: RawNode) {
        let loop = node.as(RawForStmtSyntax.self)!
        locals.open()
        for child in node.children where !child.raw.isToken {
            if child.raw.id == loop.body.raw.id, let pattern = loop.pattern.as(RawIdentifierPatternSyntax.self), loop.caseKeyword == nil {
                let element: SwiftLocalBinding
                if let annotation = loop.typeAnnotation {
                    element = locals.binding(forType: annotation.type)
                } else {
                    element = .value(valueReceiver(loop.sequence).map { .iterated($0) })
                }
                locals.bind(pattern.identifier.plainText, element)
            }
            read(child)
        }
        locals.close()
    }
}
