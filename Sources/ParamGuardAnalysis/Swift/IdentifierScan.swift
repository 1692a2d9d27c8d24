/// What the identifier scan found in a Swift file, as sorted distinct hashes: every identifier, and the
/// names the file can declare. It tells, without parsing, whether a file can call or declare a name.
struct IdentifierIndex: Equatable {
    /// How the identifier cache keeps it, as one list: the number of declared names, the declared
    /// names, then the identifiers. The index reads it in place: a copy per file doubled a run's memory.
    let stored: [UInt32]

    /// The names written right after `struct`, `class`, `enum`, `actor`, `protocol`, `extension` (each
    /// component of `extension Outer.Inner`) and `func`: a type's or a function's declarations are
    /// looked for only in the files that can declare it (in the benchmark corpus, 31 files declare or
    /// extend a `Logger`, and 361 mention it).
    var declared: ArraySlice<UInt32> { stored[1..<identifiersStart] }
    var identifiers: ArraySlice<UInt32> { stored[identifiersStart...] }
    private var identifiersStart: Int { Int(stored[0]) + 1 }

    init(declared: [UInt32], identifiers: [UInt32]) {
        stored = [UInt32(declared.count)] + declared + identifiers
    }

    /// Reads the stored form back; nil when it is not one.
    init?(stored: [UInt32]) {
        guard let first = stored.first, Int(first) < stored.count else { return nil }
        self.stored = stored
    }

    /// Whether the file has an identifier with this hash: a binary search among the identifiers.
    func mentions(_ hash: UInt32) -> Bool {
        var low = identifiersStart
        var high = stored.count
        while low < high {
            let middle = (low + high) / 2
            if stored[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < stored.count && stored[low] == hash
    }
}

/// Scans a Swift file's identifiers. Comments and strings are not told apart (an extra word only costs
/// a parse), and `` `default` `` counts as `default`.
enum IdentifierScan {
    static func index(of bytes: [UInt8]) -> IdentifierIndex {
        var hashes: [UInt32] = []
        var declared: [UInt32] = []
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
                    declared.append(value)
                } else {
                    declaring = declarationKeywords.contains(value)
                }
            }
        }
        return IdentifierIndex(declared: DistinctHashes.sorted(declared), identifiers: DistinctHashes.sorted(hashes))
    }

    /// An array: six comparisons cost less than hashing every identifier of the file into a set.
    private static let declarationKeywords: [UInt32] =
        ["struct", "class", "enum", "actor", "protocol", "extension", "func"].map(KeywordLabelScan.hash)
}
