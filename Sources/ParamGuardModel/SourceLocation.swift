/// A position in a source file. Lines are 1-based; columns are 1-based and count UTF-8 bytes,
/// the unit every frontend can compute without decoding (CPython's `col_offset` is the same unit, 0-based).
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    @inlinable public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
