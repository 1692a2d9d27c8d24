@_spi(RawSyntax) import SwiftSyntax
import ParamGuardModel

/// Reads callees and argument labels of calls.
///
/// The callee is kept as a dotted name where it is one (`Foo`, `self.init`, `super.init`, `x.m`,
/// `Foo.Bar.init`); a receiver that is not a plain name (`f().m`, `a[0].m`, `x?.m`) is written `?`,
/// and an implicit member (`.init(...)`, `.make(...)`) starts with a dot. Generic arguments are dropped.
enum SwiftCalls {
    /// The callee as a dotted name, nil for callees that are not names at all (closures, subscripts).
    static func calleeText(_ node: RawNode) -> String? {
        if let specialized = node.as(RawGenericSpecializationExprSyntax.self) {
            return calleeText(node.locate(specialized.expression)!)
        }
        if let reference = node.as(RawDeclReferenceExprSyntax.self) {
            return reference.baseName.plainText
        }
        if let member = node.as(RawMemberAccessExprSyntax.self) {
            let name = member.declName.baseName.plainText
            guard let base = node.locate(member.base) else { return "." + name }
            return (base.raw.as(RawExprSyntax.self).flatMap(SwiftTypeReading.plainCallee) ?? "?") + "." + name
        }
        return nil
    }

    /// Every argument's label in order (nil when unlabeled), and the labeled ones with their locations.
    static func labels(of list: RawNode, lines: LineTable) -> (labels: [String?], keywords: [KeywordArgument]) {
        var labels: [String?] = []
        var keywords: [KeywordArgument] = []
        // Sized once (every argument has an entry): growing it one argument at a time showed up in profiles.
        labels.reserveCapacity(list.raw.layoutView?.children.count ?? 0)
        for element in list.children {
            guard let argument = element.as(RawLabeledExprSyntax.self) else { continue }
            if let label = argument.label, label.isPresent {
                let name = label.plainText
                labels.append(name)
                keywords.append(KeywordArgument(name: name, location: lines.location(of: element.locate(label)!)))
            } else {
                labels.append(nil)
            }
        }
        return (labels, keywords)
    }
}
