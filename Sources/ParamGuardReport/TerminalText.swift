/// Text read from a repository, made safe to print on a terminal. Paths, names and source lines are
/// pushed by anyone: a control character in them could move the cursor, recolour or retitle the
/// terminal of whoever reads the report (on a server, the pusher's, through git's sideband). Each one
/// is written as an escape (`\x1b`, `\r`, `\u{9b}`); tabs are kept, since source lines are indented
/// with them and the caret below a line relies on it.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\r" {
                out += "\\r"
            } else if scalar == "\n" {
                out += "\\n"
            } else if scalar.value < 0x80 {
                out += "\\x" + hex(scalar.value, digits: 2)
            } else {
                out += "\\u{" + hex(scalar.value, digits: 2) + "}"
            }
        }
        return out
    }

    /// C0 controls but the tab, DEL, C1 controls, and the bidirectional overrides and isolates that
    /// can make a line read otherwise than it is (U+202A–U+202E, U+2066–U+2069).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
