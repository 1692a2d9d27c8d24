/// Every identifier of a file, as sorted distinct hashes: the index that tells, without parsing, whether
/// a Swift file can declare or call a name. Comments and strings are not told apart (an extra word only
/// costs a parse), and `` `default` `` counts as `default`.
///
/// The names written right after `struct`, `class`, `enum`, `actor`, `protocol`, `extension` (each
/// component of `extension Outer.Inner`) and `func` are also recorded as declaration hashes, so that
/// a type's or a function's declarations are looked for only in files that can declare it, not in
/// every file that uses it.
enum IdentifierScan {
    static func hashes(in bytes: [UInt8]) -> [UInt32] {
        var hashes: [UInt32] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            // After a declaration keyword, until something other than a name, a dot, a backtick or blanks.
            var declaring = false
            while index < count {
                let byte = buffer[index]
                guard KeywordLabelScan.isIdentifierStart(byte) else {
                    // A number's digits and letters (`0x1F`, `1e5`) are not an identifier.
                    if byte >= 0x30 && byte <= 0x39 {
                        while index < count, KeywordLabelScan.isIdentifierContinue(buffer[index]) { index += 1 }
                        declaring = false
                    } else {
                        if declaring && !(byte == UInt8(ascii: ".") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: " ")
                            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                            declaring = false
                        }
                        index += 1
                    }
                    continue
                }
                var value: UInt32 = 2_166_136_261
                while index < count, KeywordLabelScan.isIdentifierContinue(buffer[index]) {
                    value = (value ^ UInt32(buffer[index])) &* 16_777_619
                    index += 1
                }
                hashes.append(value)
                if declaring {
                    // Stays on for the next component of `Outer.Inner`.
                    hashes.append(declarationHash(value))
                } else {
                    declaring = declarationKeywords.contains(value)
                }
            }
        }
        hashes.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(hashes.count / 3)
        for value in hashes where distinct.last != value { distinct.append(value) }
        return distinct
    }

    /// The hash recorded for a name written after a declaration keyword, given the name's own hash.
    static func declarationHash(_ nameHash: UInt32) -> UInt32 {
        (nameHash ^ 0x5BD1_E995) &* 16_777_619
    }

    /// An array: six comparisons cost less than hashing every identifier of the file into a set.
    private static let declarationKeywords: [UInt32] =
        ["struct", "class", "enum", "actor", "protocol", "extension", "func"].map(KeywordLabelScan.hash)
}
