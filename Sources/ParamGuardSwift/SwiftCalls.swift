import ParamGuardModel
import SwiftSyntax

/// Reads calls and compound-name references into the model's call sites.
///
/// The callee is kept as a dotted name where it is one (`Foo`, `self.init`, `super.init`, `x.m`,
/// `Foo.Bar.init`); a receiver that is not a plain name (`f().m`, `a[0].m`, `x?.m`) is written `?`,
/// and an implicit member (`.init(...)`, `.make(...)`) starts with a dot. Generic arguments are dropped.
enum SwiftCalls {
    static func call(
        _ node: FunctionCallExprSyntax, collector: SwiftDeclarationCollector, scope: String, enclosingType: String?
    ) -> CallSite? {
        guard let callee = calleeText(node.calledExpression) else { return nil }
        var keywords: [KeywordArgument] = []
        var labels: [String?] = []
        for argument in node.arguments {
            if let label = argument.label {
                let name = SwiftNames.plain(label)
                labels.append(name)
                keywords.append(KeywordArgument(name: name, location: collector.location(of: label)))
            } else {
                labels.append(nil)
            }
        }
        let end = node.rightParen ?? node.calledExpression.lastToken(viewMode: .sourceAccurate)
        let endLine = end.map { collector.location(of: $0).line } ?? collector.location(of: node).line
        var call = CallSite(
            callee: callee, location: collector.location(of: node.calledExpression), endLine: endLine,
            keywords: keywords, positionalCount: labels.count - keywords.count, hasStarArgs: false,
            hasStarStarKwargs: false, scope: scope, enclosingClass: enclosingType)
        call.argumentLabels = labels
        if node.trailingClosure != nil {
            call.trailingClosureLabels = [nil] + node.additionalTrailingClosures.map { SwiftNames.plain($0.label) }
        }
        return call
    }

    /// A custom attribute with arguments on a stored property: a property wrapper's initializer, called
    /// with `wrappedValue:` first when the property has an initial value.
    static func propertyWrapperCall(
        _ node: AttributeSyntax, collector: SwiftDeclarationCollector, scope: String, enclosingType: String?
    ) -> CallSite? {
        guard case let .argumentList(arguments)? = node.arguments,
              let type = SwiftNames.dottedType(node.attributeName),
              let variable = node.parent?.parent?.as(VariableDeclSyntax.self) else { return nil }
        var keywords: [KeywordArgument] = []
        var labels: [String?] = []
        if variable.bindings.first?.initializer != nil { labels.append("wrappedValue") }
        for argument in arguments {
            if let label = argument.label {
                let name = SwiftNames.plain(label)
                labels.append(name)
                keywords.append(KeywordArgument(name: name, location: collector.location(of: label)))
            } else {
                labels.append(nil)
            }
        }
        let end = node.rightParen.map { collector.location(of: $0).line } ?? collector.location(of: node).line
        var call = CallSite(
            callee: type, location: collector.location(of: node.attributeName), endLine: end,
            keywords: keywords, positionalCount: labels.count - keywords.count, hasStarArgs: false,
            hasStarStarKwargs: false, scope: scope, enclosingClass: enclosingType)
        call.argumentLabels = labels
        call.wrappedType = wrappedType(of: variable)
        return call
    }

    /// The type a property declares, or the one a literal initial value gives it (`= false` → `Bool`).
    private static func wrappedType(of variable: VariableDeclSyntax) -> String? {
        guard let binding = variable.bindings.first else { return nil }
        if let type = binding.typeAnnotation?.type {
            return type.trimmedDescription.filter { !$0.isWhitespace }
        }
        switch binding.initializer?.value.kind {
        case .booleanLiteralExpr: return "Bool"
        case .integerLiteralExpr: return "Int"
        case .floatLiteralExpr: return "Double"
        case .stringLiteralExpr: return "String"
        default: return nil
        }
    }

    /// `m(a:b:)`, `x.m(a:)`, `Foo.init(a:)`: the labels of every parameter, as a reference names them.
    static func reference(
        _ node: DeclReferenceExprSyntax, collector: SwiftDeclarationCollector, scope: String, enclosingType: String?
    ) -> CallSite? {
        guard let names = node.argumentNames else { return nil }
        let expression: ExprSyntax
        if let member = node.parent?.as(MemberAccessExprSyntax.self), member.declName.id == node.id {
            expression = ExprSyntax(member)
        } else {
            expression = ExprSyntax(node)
        }
        guard let callee = calleeText(expression) else { return nil }
        var keywords: [KeywordArgument] = []
        var labels: [String?] = []
        for argument in names.arguments {
            if argument.name.tokenKind == .wildcard {
                labels.append(nil)
            } else {
                let name = SwiftNames.plain(argument.name)
                labels.append(name)
                keywords.append(KeywordArgument(name: name, location: collector.location(of: argument.name)))
            }
        }
        var call = CallSite(
            callee: callee, location: collector.location(of: expression),
            endLine: collector.location(of: names.rightParen).line, keywords: keywords,
            positionalCount: labels.count - keywords.count, hasStarArgs: false, hasStarStarKwargs: false,
            scope: scope, enclosingClass: enclosingType)
        call.argumentLabels = labels
        call.isReference = true
        return call
    }

    /// Whether a reference is itself called (`m(a:)(1)`): then the call, not the reference, is read.
    static func isCalledExpression(_ node: DeclReferenceExprSyntax) -> Bool {
        var expression = Syntax(node)
        if let member = node.parent?.as(MemberAccessExprSyntax.self), member.declName.id == node.id {
            expression = Syntax(member)
        }
        guard let call = expression.parent?.as(FunctionCallExprSyntax.self) else { return false }
        return call.calledExpression.id == expression.id
    }

    /// The callee as a dotted name, `?` standing for a receiver that is not one; nil for callees that
    /// are not names at all (closures, subscripts).
    private static func calleeText(_ expression: ExprSyntax) -> String? {
        if let specialized = expression.as(GenericSpecializationExprSyntax.self) {
            return calleeText(specialized.expression)
        }
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            return SwiftNames.plain(reference.baseName)
        }
        if let member = expression.as(MemberAccessExprSyntax.self) {
            let name = SwiftNames.plain(member.declName.baseName)
            guard let base = member.base else { return "." + name }
            return (dottedName(base) ?? "?") + "." + name
        }
        return nil
    }

    /// `a.b.c`, `self`, `super`, `Foo<T>.Bar`: a receiver written as a plain name.
    private static func dottedName(_ expression: ExprSyntax) -> String? {
        if let reference = expression.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
            return SwiftNames.plain(reference.baseName)
        }
        if expression.is(SuperExprSyntax.self) { return "super" }
        if let specialized = expression.as(GenericSpecializationExprSyntax.self) {
            return dottedName(specialized.expression)
        }
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base,
           member.declName.argumentNames == nil, let prefix = dottedName(base) {
            return prefix + "." + SwiftNames.plain(member.declName.baseName)
        }
        if let type = expression.as(TypeExprSyntax.self) {
            return SwiftNames.dottedType(type.type)
        }
        return nil
    }
}
