extension StringProtocol where SubSequence == Substring {
    /// The components of a dotted name (`a.b.c` → `a`, `b`, `c`; empty ones left out, as
    /// `split(separator: ".")` does). Cut on bytes: `.` is ASCII, so every cut is a character boundary,
    /// and `split` walks grapheme clusters, which showed in profiles of a large Swift check.
    @inlinable public var dottedComponents: [Substring] {
        var parts: [Substring] = []
        var start = startIndex
        while let dot = utf8[start...].firstIndex(of: UInt8(ascii: ".")) {
            if dot > start { parts.append(self[start..<dot]) }
            start = utf8.index(after: dot)
        }
        if start < endIndex { parts.append(self[start..<endIndex]) }
        return parts
    }
}

extension String {
    /// The last component of a dotted name (`a.b.c` → `c`, `init` → `init`; empty for an empty name),
    /// found by a backward scan of the bytes, without building the other components.
    @inlinable public var lastDottedComponent: Substring {
        var copy = self
        let range = copy.withUTF8(DottedName.lastComponent)
        return self[utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)]
    }
}

extension Substring {
    /// The last component of a dotted name; see `String.lastDottedComponent`.
    @inlinable public var lastDottedComponent: Substring {
        var copy = self
        let range = copy.withUTF8(DottedName.lastComponent)
        return self[utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)]
    }
}

public enum DottedName {
    /// The byte range of the last non-empty component of a dotted name (empty at the end if none).
    @inlinable public static func lastComponent(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: ".") { start -= 1 }
        return start..<end
    }
}
