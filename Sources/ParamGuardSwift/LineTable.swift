import ParamGuardModel
import SwiftSyntax

/// Byte offsets of line starts, read straight from the source bytes, to turn syntax positions into
/// 1-based lines and byte columns. (swift-syntax's `SourceLocationConverter` builds the same table by
/// walking every token of the tree, which costs as much as a large part of the parse.)
///
/// A class, to remember the last line found: the tree is read front to back, so most lookups land on
/// that line or the next and skip the binary search. One table serves one file on one thread.
final class LineTable {
    private let starts: [Int]
    private var hint = 0

    init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 24)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            // Eight bytes at a time: most words of source hold no newline and are passed over with a
            // few arithmetic operations (a byte loop, or `memchr` per line, showed in profiles of a parse).
            var offset = 0
            while offset + 8 <= buffer.count {
                var newlines = LineTable.newlineBytes(in: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                while newlines != 0 {
                    starts.append(offset + newlines.trailingZeroBitCount / 8 + 1)
                    newlines &= newlines - 1
                }
                offset += 8
            }
            while offset < buffer.count {
                if buffer[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
                offset += 1
            }
        }
        self.starts = starts
    }

    /// `0x80` in each byte of `word` (read little-endian) that is a newline, `0` in every other byte;
    /// exact, unlike the shorter has-zero-byte trick whose borrows can mark the byte after a match.
    private static func newlineBytes(in word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let zeroed = UInt64(littleEndian: word) ^ 0x0A0A_0A0A_0A0A_0A0A
        return ~(((zeroed & low7) &+ low7) | zeroed | low7)
    }

    /// Where a node's first token starts, after its leading comments and white space.
    func location(of node: some SyntaxProtocol) -> ParamGuardModel.SourceLocation {
        location(ofOffset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    func location(of node: RawNode) -> ParamGuardModel.SourceLocation {
        location(ofOffset: node.start)
    }

    func location(ofOffset offset: Int) -> ParamGuardModel.SourceLocation {
        let line = starts.withUnsafeBufferPointer { starts in
            var low = hint
            // The hinted line or the next one: no search.
            if starts[low] <= offset {
                if low + 1 == starts.count || offset < starts[low + 1] { return low }
                if low + 2 == starts.count || offset < starts[low + 2] { return low + 1 }
            }
            low = 0
            var high = starts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= offset { low = middle } else { high = middle }
            }
            return low
        }
        hint = line
        return ParamGuardModel.SourceLocation(line: line + 1, column: offset - starts[line] + 1)
    }
}
