import SwiftParser
import SwiftSyntax

/// The targets a `Package.swift` declares, read without running it: each `.target(...)`,
/// `.executableTarget(...)`, `.testTarget(...)`, `.macro(...)` or `.plugin(...)` call whose `name:` is a
/// string literal, with its `path:` when that is one too. A manifest that computes its targets (a
/// helper function building them, say) yields what it writes out literally, and the rest falls back
/// to the folder layout.
public enum SwiftPackageManifest {
    public struct Target: Equatable, Sendable {
        public var name: String
        /// The folder of its sources, relative to the manifest's folder: `path:`, or SwiftPM's default.
        public var path: String?
        public var isTest: Bool
        /// It names build-tool plugins (`plugins: [...]`), which write sources into the module at build
        /// time: declarations the tree does not show.
        public var usesPlugins: Bool

        public init(name: String, path: String?, isTest: Bool, usesPlugins: Bool = false) {
            self.name = name
            self.path = path
            self.isTest = isTest
            self.usesPlugins = usesPlugins
        }
    }

    public static func targets(_ bytes: [UInt8]) -> [Target] {
        // A manifest swift-syntax would take exponential time on reads as one that declares nothing.
        if SwiftNestingGuard.excessiveBracketRun(in: bytes) != nil { return [] }
        let tree = bytes.withUnsafeBufferPointer { Parser.parse(source: $0) }
        let finder = TargetFinder(viewMode: .sourceAccurate)
        finder.walk(tree)
        return finder.targets
    }

    private final class TargetFinder: SyntaxVisitor {
        var targets: [Target] = []
        static let kinds = ["target", "executableTarget", "testTarget", "macro", "plugin", "systemLibrary"]

        override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
            guard let member = node.calledExpression.as(MemberAccessExprSyntax.self),
                  Self.kinds.contains(member.declName.baseName.text) else { return .visitChildren }
            var name: String?
            var path: String?
            // Any `plugins:` but an empty array literal counts: a list built elsewhere may hold some.
            let usesPlugins = node.arguments.contains { argument in
                argument.label?.text == "plugins" && argument.expression.as(ArrayExprSyntax.self)?.elements.isEmpty != true
            }
            for argument in node.arguments {
                guard let label = argument.label?.text, let literal = argument.expression.as(StringLiteralExprSyntax.self),
                      literal.segments.count == 1, let segment = literal.segments.first?.as(StringSegmentSyntax.self) else { continue }
                if label == "name" { name = segment.content.text }
                if label == "path" { path = segment.content.text }
            }
            if let name {
                targets.append(Target(name: name, path: path, isTest: member.declName.baseName.text == "testTarget", usesPlugins: usesPlugins))
            }
            return .visitChildren
        }
    }
}
