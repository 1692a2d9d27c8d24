@_spi(RawSyntax) import SwiftSyntax

/// A node of swift-syntax's raw tree with its byte offset in the file (leading trivia included).
/// The frontend reads the raw tree: walking it costs a small part of a parse, while materializing
/// typed `Syntax` nodes for a `SyntaxVisitor` costs nearly as much as the parse itself
/// (`Benchmarks/swift_frontend.py` measures both).
struct RawNode {
    let raw: RawSyntax
    let offset: Int

    var kind: SyntaxKind { raw.kind }

    /// Where the first token's text starts, after comments and white space.
    var start: Int { offset + raw.leadingTriviaByteLength }

    /// Where the last token's text ends, before trailing trivia.
    var end: Int { offset + raw.byteLength - raw.trailingTriviaByteLength }

    /// The children that are present, each at its offset.
    var children: RawChildren { RawChildren(of: self) }

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

/// A node's present children, each at its offset; iterating allocates nothing (an array of them per
/// node visited showed up in profiles).
struct RawChildren: Sequence, IteratorProtocol {
    private let slots: RawSyntaxBuffer?
    private var index = 0
    private var position: Int

    init(of node: RawNode) {
        slots = node.raw.layoutView?.children
        position = node.offset
    }

    /// No children: for an optional child that is absent.
    static let none = RawChildren()

    private init() {
        slots = nil
        position = 0
    }

    var first: RawNode? {
        var copy = self
        return copy.next()
    }

    mutating func next() -> RawNode? {
        guard let slots else { return nil }
        while index < slots.count {
            let slot = slots[index]
            index += 1
            guard let child = slot else { continue }
            defer { position += child.byteLength }
            return RawNode(raw: child, offset: position)
        }
        return nil
    }
}

extension RawTokenSyntax {
    /// The token's text without backticks: `` `default` `` → `default`.
    var plainText: String {
        let text = tokenText
        let backtick = UInt8(ascii: "`")
        if text.count >= 2 && text.first == backtick && text.last == backtick {
            return String(syntaxText: SyntaxText(rebasing: text[(text.startIndex + 1)..<(text.endIndex - 1)]))
        }
        return String(syntaxText: text)
    }

    var isPresent: Bool { presence == .present }
}
