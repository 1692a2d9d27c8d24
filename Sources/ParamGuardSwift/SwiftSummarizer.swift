import ParamGuardModel
import SwiftParser
@_spi(RawSyntax) import SwiftSyntax

/// The Swift frontend: reads one file with swift-syntax's `Parser` and extracts the same model the
/// Python skimmer does (callables with their parameters, types, calls with their labels, imports).
/// A pure function of the file's bytes; nothing in the file is compiled or run.
public enum SwiftSummarizer {
    public static func summarize(_ bytes: [UInt8]) -> FileSummary {
        if let problem = SwiftNestingGuard.problem(in: bytes) {
            var summary = FileSummary()
            summary.syntaxProblem = problem
            return summary
        }
        let tree = bytes.withUnsafeBufferPointer { Parser.parse(source: $0) }
        let lines = LineTable(bytes)
        var reader = SwiftTreeReader(bytes: bytes, lines: lines)
        reader.read(RawNode(raw: tree.raw, offset: 0))
        var summary = reader.summary
        if tree.hasError, let error = FirstSyntaxError.find(in: tree) {
            summary.syntaxProblem = SyntaxProblem(message: "Swift syntax error", location: lines.location(of: error))
        }
        return summary
    }
}

/// Finds the first node the parser had to invent or skip.
private final class FirstSyntaxError: SyntaxAnyVisitor {
    var found: Syntax?

    static func find(in tree: SourceFileSyntax) -> Syntax? {
        let finder = FirstSyntaxError(viewMode: .all)
        finder.walk(tree)
        return finder.found
    }

    override func visitAny(_ node: Syntax) -> SyntaxVisitorContinueKind {
        guard found == nil, node.hasError else { return .skipChildren }
        if node.is(UnexpectedNodesSyntax.self) || node.as(TokenSyntax.self)?.presence == .missing {
            found = node
            return .skipChildren
        }
        return .visitChildren
    }
}
