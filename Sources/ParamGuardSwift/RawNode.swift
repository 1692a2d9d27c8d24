@_spi(RawSyntax) import SwiftSyntax

/// A node of swift-syntax's raw tree with its byte offset in the file (leading trivia included).
/// The frontend reads the raw tree: walking it costs about a tenth of a parse, while materializing
/// typed `Syntax` nodes for a `SyntaxVisitor` costs nearly half of one (measured on 723 files of
/// swift-nio and swift-argument-parser; see `Benchmarks/swift_frontend.py`).
struct RawNode {
    let raw: RawSyntax
    let offset: Int

    var kind: SyntaxKind { raw.kind }

    /// Where the first token's text starts, after comments and white space.
    var start: Int { offset + raw.leadingTriviaByteLength }

    /// Where the last token's text ends, before trailing trivia.
    var end: Int { offset + raw.byteLength - raw.trailingTriviaByteLength }

    /// The children that are present, each at its offset.
    var children: [RawNode] {
        guard let layout = raw.layoutView else { return [] }
        var result: [RawNode] = []
        result.reserveCapacity(layout.children.count)
        var position = offset
        for child in layout.children {
            guard let child else { continue }
            result.append(RawNode(raw: child, offset: position))
            position += child.byteLength
        }
        return result
    }

    /// `child`, one of this node's children (read through a raw view's accessor), at its offset.
    func locate(_ child: (some RawSyntaxNodeProtocol)?) -> RawNode? {
        guard let child, let layout = raw.layoutView else { return nil }
        let target = child.raw.id
        var position = offset
        for candidate in layout.children {
            guard let candidate else { continue }
            if candidate.id == target { return RawNode(raw: candidate, offset: position) }
            position += candidate.byteLength
        }
        return nil
    }

    func `as`<Node: RawSyntaxNodeProtocol>(_ type: Node.Type) -> Node? {
        raw.as(type)
    }
}

extension RawTokenSyntax {
    /// The token's text without backticks: `` `default` `` → `default`.
    var plainText: String {
        let text = String(syntaxText: tokenText)
        if text.count >= 2 && text.hasPrefix("`") && text.hasSuffix("`") {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    var isPresent: Bool { presence == .present }
}
