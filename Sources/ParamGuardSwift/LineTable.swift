import ParamGuardModel
import SwiftSyntax

/// Byte offsets of line starts, read straight from the source bytes, to turn syntax positions into
/// 1-based lines and byte columns. (swift-syntax's `SourceLocationConverter` builds the same table by
/// walking every token of the tree, which costs as much as a large part of the parse.)
struct LineTable {
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32)
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0..<buffer.count where buffer[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
        }
        self.starts = starts
    }

    /// Where a node's first token starts, after its leading comments and white space.
    func location(of node: some SyntaxProtocol) -> ParamGuardModel.SourceLocation {
        location(ofOffset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    func location(of node: RawNode) -> ParamGuardModel.SourceLocation {
        location(ofOffset: node.start)
    }

    func location(ofOffset offset: Int) -> ParamGuardModel.SourceLocation {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return ParamGuardModel.SourceLocation(line: low + 1, column: offset - starts[low] + 1)
    }
}
