extension StringProtocol where SubSequence == Substring {
    /// The components of a dotted name (`a.b.c` → `a`, `b`, `c`; empty ones left out, as
    /// `split(separator: ".")` does). Cut on bytes: `.` is ASCII, so every cut is a character boundary,
    /// and `split` walks grapheme clusters, which was a fifth of a large Swift check.
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

    /// The last component of a dotted name (`a.b.c` → `c`, `init` → `init`; empty for an empty name),
    /// without building the others.
    @inlinable public var lastDottedComponent: Substring {
        var start = startIndex
        var last = self[startIndex..<startIndex]
        while let dot = utf8[start...].firstIndex(of: UInt8(ascii: ".")) {
            if dot > start { last = self[start..<dot] }
            start = utf8.index(after: dot)
        }
        if start < endIndex { last = self[start..<endIndex] }
        return last
    }
}
