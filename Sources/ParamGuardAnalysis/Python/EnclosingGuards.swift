/// Whether a statement of a Python file runs only where a failure is expected: inside `try:` (or one
/// of its `except` clauses), under `if TYPE_CHECKING:`, or under an `if` that asks `hasattr`/`getattr`
/// first. An import or a call there may name something that is gone on purpose (an optional import, a
/// fallback, a name only type checkers read), so it is never reported as broken.
///
/// Read from the text, by indentation: the headers of the blocks around a line are the lines above it
/// that are indented less. A header that spans lines (`if (a and\n b):`) is read by its first line.
struct EnclosingGuards {
    private let lines: [Substring]

    init(bytes: [UInt8]) {
        lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The guard that encloses 1-based line `line`, if any: `try`, `except`, `TYPE_CHECKING`, `hasattr`.
    func guardEnclosing(line: Int) -> String? {
        guard line >= 1 && line <= lines.count else { return nil }
        let own = lines[line - 1]
        if let found = Self.guardKind(of: own.drop(while: Self.isBlank)) { return found }
        var indent = Self.indentation(of: own)
        var index = line - 2
        while indent > 0 && index >= 0 {
            let text = lines[index]
            index -= 1
            let code = text.drop(while: Self.isBlank)
            if code.isEmpty || code.hasPrefix("#") { continue }
            let depth = Self.indentation(of: text)
            guard depth < indent else { continue }
            indent = depth
            if let found = Self.guardKind(of: code) { return found }
        }
        return nil
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\r" || character == "\u{0C}"
    }

    /// Leading white space, a tab counting to the next multiple of eight as Python reads it.
    private static func indentation(of line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width = (width / 8 + 1) * 8 } else if character == "\u{0C}" { width = 0 } else { break }
        }
        return width
    }

    private static func guardKind(of code: Substring) -> String? {
        if Self.startsWithKeyword(code, "try") { return "try" }
        if Self.startsWithKeyword(code, "except") { return "except" }
        if Self.startsWithKeyword(code, "if") || Self.startsWithKeyword(code, "elif") {
            if code.contains("TYPE_CHECKING") { return "TYPE_CHECKING" }
            if code.contains("hasattr(") || code.contains("getattr(") { return "hasattr" }
        }
        return nil
    }

    /// `try:`, `try :`, `if x`: the keyword, then anything but a character of an identifier.
    private static func startsWithKeyword(_ code: Substring, _ keyword: String) -> Bool {
        guard code.hasPrefix(keyword) else { return false }
        guard let next = code.dropFirst(keyword.count).first else { return false }
        return !(next.isLetter || next.isNumber || next == "_")
    }
}
