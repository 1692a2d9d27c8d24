/// A path as git stores it (bytes) as the string paramguard keys files by and prints. Most paths are
/// UTF-8 without a backslash or a double quote, and are taken as they are. The others are written the
/// way git quotes a path (`git diff` with `core.quotePath`): `\\`, `\"`, `\t`, `\n`, and every other
/// control byte and every byte from 0x80 up as three octal digits, so that a path that is not UTF-8
/// stays distinct and can be found (`"caf\351.py"`), where decoding it would turn its bytes into
/// U+FFFD. Such a path holds a backslash, and only such a path does: the reporter prints it between
/// double quotes, as git does.
public enum GitPath {
    public static func decoded(_ bytes: UnsafeRawBufferPointer) -> String {
        var ascii = true
        for byte in bytes {
            if byte >= 0x80 {
                ascii = false
            } else if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") {
                return quoted(bytes)
            }
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self) ?? quoted(bytes)
    }

    /// Whether a path was quoted by `decoded`.
    public static func isQuoted(_ path: String) -> Bool {
        path.utf8.contains(UInt8(ascii: "\\"))
    }

    /// The bytes git stores for a path `decoded` gave: its UTF-8, or for a quoted path the bytes its
    /// escapes stand for.
    public static func bytes(of path: String) -> [UInt8] {
        guard isQuoted(path) else { return Array(path.utf8) }
        let text = Array(path.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < text.count else {
                out.append(byte)
                index += 1
                continue
            }
            let next = text[index + 1]
            switch next {
            case UInt8(ascii: "t"): out.append(0x09); index += 2
            case UInt8(ascii: "n"): out.append(0x0A); index += 2
            case UInt8(ascii: "0")...UInt8(ascii: "7") where index + 3 < text.count:
                let digits = text[(index + 1)...(index + 3)].map { Int($0) - Int(UInt8(ascii: "0")) }
                out.append(UInt8(truncatingIfNeeded: digits[0] * 64 + digits[1] * 8 + digits[2]))
                index += 4
            default: out.append(next); index += 2
            }
        }
        return out
    }

    private static func quoted(_ bytes: UnsafeRawBufferPointer) -> String {
        var out = ""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): out += "\\\\"
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\t"): out += "\\t"
            case UInt8(ascii: "\n"): out += "\\n"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let octal = String(byte, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return out
    }
}
