/// The part of a source line a report quotes: the whole line when it is short, else a window around
/// the column a finding points at, marked with `…` where it was cut. A minified or generated file can
/// hold thousands of calls on one line of a hundred kilobytes; quoting the whole line for each would
/// make the report (and the memory it takes) grow with findings × line length.
public enum SourceExcerpt {
    /// Bytes quoted on each side of the column.
    public static let reach = 120

    /// The text to quote, and how many bytes to take from a column of the line to get the column in
    /// that text.
    public static func around(_ line: String, byteColumn: Int) -> (text: String, columnOffset: Int) {
        let bytes = Array(line.utf8)
        guard bytes.count > 2 * reach else { return (line, 0) }
        var start = max(0, byteColumn - 1 - reach)
        var end = min(bytes.count, byteColumn - 1 + reach)
        // Never cut inside a UTF-8 sequence.
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let head = start > 0 ? "…" : ""
        let tail = end < bytes.count ? "…" : ""
        let text = head + String(decoding: bytes[start..<end], as: UTF8.self) + tail
        return (text, start - head.utf8.count)
    }
}

extension SourceExcerpt {
    /// The 1-based column of the UTF-8 `byteColumn` of `line`, counted in UTF-16 code units, as
    /// editors, SARIF and GitHub count columns.
    public static func utf16Column(in line: String, byteColumn: Int) -> Int {
        let prefix = line.utf8.prefix(max(byteColumn - 1, 0))
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1
    }
}

extension Finding {
    /// Quotes `line`, the text of the finding's line: the window of it a report prints
    /// (`SourceExcerpt`), and the finding's column as editors count it.
    public mutating func quote(_ line: String) {
        (sourceLine, sourceLineOffset) = SourceExcerpt.around(line, byteColumn: location.column)
        utf16Column = SourceExcerpt.utf16Column(in: line, byteColumn: location.column)
    }
}
