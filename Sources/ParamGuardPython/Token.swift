/// One Python token. Offsets index the file's UTF-8 bytes; text is only materialized on demand,
/// because most tokens are never looked at as strings.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable {
        case name
        case number
        case string
        case op
    }

    public var kind: Kind
    public var start: Int32
    public var end: Int32
    /// 1-based line and 1-based UTF-8 column of the first byte.
    public var line: Int32
    public var column: Int32
}

/// A logical line: the tokens of one statement line after joining bracketed and
/// backslash-continued physical lines, with the indentation width of its first physical line.
struct LogicalLine {
    var tokens: Range<Int>
    var indent: Int
}

/// The expression of one f-string replacement field (`{expr!r:spec}` → `expr`), found by the tokenizer
/// so that calls inside f-strings can be read with the enclosing scope.
struct FormattedField {
    var range: Range<Int>
    /// 1-based line of the expression's first byte, and the offset where that line starts.
    var line: Int
    var lineStart: Int
}
