/// What the identifier scan found in a Swift file, as sorted distinct hashes: every identifier, and the
/// names the file can declare. It tells, without parsing, whether a file can call or declare a name.
struct IdentifierIndex: Equatable {
    /// How the identifier cache keeps it, as one list: the number of declared names, the declared
    /// names, then the identifiers. The index reads it in place: a copy per file doubled a run's memory.
    let stored: [UInt32]

    /// The names written right after `struct`, `class`, `enum`, `actor`, `protocol`, `extension`, `typealias` (each
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
/// a parse), and `` `default` `` counts as `default`. An implicit `.init` also counts as the word
/// `implicitInitializer`, and its first argument label as a word of its own.
enum IdentifierScan {
    /// What a byte can be: the start of an identifier, a digit (which continues one), or one of the
    /// bytes that may stand between a declaration keyword and the name it declares.
    private static let identifierStart: UInt8 = 1
    private static let digit: UInt8 = 2
    private static let betweenKeywordAndName: UInt8 = 4

    /// A class per byte value: one table lookup instead of a chain of comparisons per byte.
    private static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        if KeywordLabelScan.isIdentifierStart(byte) { return identifierStart }
        if byte >= 0x30 && byte <= 0x39 { return digit }
        return Array(".` \t\n\r".utf8).contains(byte) ? betweenKeywordAndName : 0
    }

    static func index(of bytes: [UInt8]) -> IdentifierIndex {
        bytes.withUnsafeBufferPointer(index)
    }

    static func index(of bytes: UnsafeBufferPointer<UInt8>) -> IdentifierIndex {
        var declared: [UInt32] = []
        let count = bytes.count
        // Written into a buffer without the checks of `Array.append`. A file has fewer words than bytes:
        // an identifier takes a byte or more and is followed by one that is not part of it, and the two
        // words an implicit `.init` adds stand for its `.` and `(`.
        let hashes = [UInt32](unsafeUninitializedCapacity: count + 2) { slots, written in
            written = 0
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
            let buffer = UnsafeRawBufferPointer(bytes)
            byteClasses.withUnsafeBufferPointer { classes in
                var index = 0
                // After a declaration keyword, until something other than a name, a dot, a backtick or blanks.
                var declaring = false
                // After `typealias X`: the type after `=` is recorded as declared too, so that the
                // files naming a type in an alias (`typealias Handler = RequestHandler`) are among
                // those that "declare" it, and a search for its callers finds `Handler(...)` too.
                // Checked per identifier, not per byte: a test in the loop over the other bytes made
                // the whole scan a fifth slower.
                var aliasing = false
                while index < count {
                    // Indentation: eight blanks at a time.
                    if index &+ 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0x2020_2020_2020_2020 {
                        index &+= 8
                        continue
                    }
                    let kind = classes[Int(buffer[index])]
                    guard kind == identifierStart else {
                        if kind == digit {
                            // A number's digits and letters (`0x1F`, `1e5`) are not an identifier.
                            while index < count, classes[Int(buffer[index])] & (identifierStart | digit) != 0 { index &+= 1 }
                            declaring = false
                        } else {
                            if kind != betweenKeywordAndName { declaring = false }
                            index &+= 1
                        }
                        continue
                    }
                    let start = index
                    index &+= 1
                    while index < count, classes[Int(buffer[index])] & (identifierStart | digit) != 0 { index &+= 1 }
                    let value = hash(base, from: start, to: index, readable: count)
                    slots[written] = value
                    written &+= 1
                    if index &- start == 4, start > 0, buffer[start &- 1] == dot,
                       base.loadUnaligned(fromByteOffset: start, as: UInt32.self) == initBytes,
                       start == 1 || !endsOperand(buffer[start &- 2], classes) {
                        slots[written] = implicitInitializerHash
                        written &+= 1
                        if let first = firstArgumentWord(after: index, in: buffer, classes) {
                            slots[written] = first
                            written &+= 1
                        }
                    }
                    if aliasing && follows(equalsSign, before: start, in: buffer) {
                        declaring = true
                        aliasing = false
                    }
                    if declaring {
                        // Stays on for the next component of `Outer.Inner`.
                        declared.append(value)
                    } else {
                        declaring = isDeclarationKeyword(value, length: index &- start)
                        // Generic parameters (`typealias Pair<T> = Box<T>`) leave it on until the `=`.
                        if declaring { aliasing = index &- start == 9 && value == keywordHashes.typealiasKeyword }
                    }
                }
            }
        }
        return IdentifierIndex(declared: DistinctHashes.sorted(declared), identifiers: DistinctHashes.sorted(hashes))
    }

    /// The hash of an identifier, eight bytes at a time (a byte-at-a-time hash dominated the scan).
    /// Identifiers are compared by hash: a collision only costs a parse.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress else { return hash(UnsafeRawPointer(bitPattern: 1)!, from: 0, to: 0, readable: 0) }
        return hash(base, from: 0, to: bytes.count, readable: bytes.count)
    }

    /// The hash of the bytes `start..<end` of `base`, of which the first `readable` may be read: the
    /// last few bytes of an identifier are read in one load when eight bytes can be, and give the
    /// same value as read one by one.
    @inline(__always)
    private static func hash(_ base: UnsafeRawPointer, from start: Int, to end: Int, readable: Int) -> UInt32 {
        let length = end &- start
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var offset = start
        while offset &+ 8 <= end {
            value = (value ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            value ^= value >> 32
            offset &+= 8
        }
        if offset < end {
            let left = end &- offset
            var tail: UInt64 = 0
            if offset &+ 8 <= readable {
                // The bytes in the order the loop below takes them (first byte highest).
                tail = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self).byteSwapped >> UInt64(64 &- 8 &* left)
            } else {
                while offset < end {
                    tail = tail << 8 | UInt64(base.load(fromByteOffset: offset, as: UInt8.self))
                    offset &+= 1
                }
            }
            value = (value ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            value ^= value >> 32
        }
        return UInt32(truncatingIfNeeded: value)
    }

    static func hash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// The word recorded for `.init` written without a type before it (`help: .init(values: [])`), the
    /// only way a call names an initializer without naming its type or sitting in it (`self.init`,
    /// `super.init`). It is not an identifier, so no real word has it.
    static let implicitInitializer = ".init"
    /// The word recorded beside it for the label of its first argument: `.init(values` for the call
    /// above. Most files that write `.init` and a label write them apart.
    static func implicitInitializer(firstLabel label: String) -> String {
        implicitInitializer + "(" + label
    }
    /// Recorded when a comment stands where the first label would be: the label is not known.
    static let implicitInitializerWithUnknownLabel = implicitInitializer + "(?"

    private static let implicitInitializerHash = hash(implicitInitializer)
    private static let unknownLabelHash = hash(implicitInitializerWithUnknownLabel)
    private static let initBytes = Array("init".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
    private static let dot = UInt8(ascii: ".")
    private static let equalsSign = UInt8(ascii: "=")

    /// Whether `byte` is the last byte before `start` other than blanks and a backtick.
    private static func follows(_ byte: UInt8, before start: Int, in buffer: UnsafeRawBufferPointer) -> Bool {
        var index = start - 1
        while index >= 0, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "`")].contains(buffer[index]) { index -= 1 }
        return index >= 0 && buffer[index] == byte
    }

    /// The word for the first argument label of the implicit `.init` that ends at `end`: nil when no
    /// parenthesis follows or its first argument has no label (`.init()`, `.init(x)`, `.init { }`).
    private static func firstArgumentWord(after end: Int, in buffer: UnsafeRawBufferPointer, _ classes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        func skippingBlanks(_ start: Int) -> Int {
            var index = start
            while index < buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[index]) { index += 1 }
            return index
        }
        var index = skippingBlanks(end)
        guard index < buffer.count, buffer[index] == UInt8(ascii: "(") else { return nil }
        index = skippingBlanks(index + 1)
        guard index < buffer.count else { return nil }
        if buffer[index] == UInt8(ascii: "/") { return unknownLabelHash }
        let backticked = buffer[index] == UInt8(ascii: "`")
        if backticked { index += 1 }
        guard index < buffer.count, classes[Int(buffer[index])] == identifierStart else { return nil }
        let start = index
        while index < buffer.count, classes[Int(buffer[index])] & (identifierStart | digit) != 0 { index += 1 }
        let label = UnsafeRawBufferPointer(rebasing: buffer[start..<index])
        if backticked, index < buffer.count, buffer[index] == UInt8(ascii: "`") { index += 1 }
        index = skippingBlanks(index)
        guard index < buffer.count else { return nil }
        if buffer[index] == UInt8(ascii: "/") { return unknownLabelHash }
        guard buffer[index] == UInt8(ascii: ":") else { return nil }
        return (Array(implicitInitializer.utf8) + [UInt8(ascii: "(")] + Array(label)).withUnsafeBytes(hash)
    }

    /// Whether a byte right before a `.` makes that dot a member access on what it ends (`x.init`,
    /// `f().init`, `[T].init`, `` `T`.init ``). Any other byte (a blank, `(`, `,`, `:`, an operator)
    /// may leave the member implicit, so the scan counts it as implicit: an extra file costs a parse,
    /// a missed one a finding.
    private static func endsOperand(_ byte: UInt8, _ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        classes[Int(byte)] & (identifierStart | digit) != 0 || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "`")
    }

    /// Whether an identifier of `length` bytes with this hash is a declaration keyword: the length
    /// rules out most identifiers before any comparison.
    @inline(__always)
    private static func isDeclarationKeyword(_ value: UInt32, length: Int) -> Bool {
        switch length {
        case 4: return value == keywordHashes.enumKeyword || value == keywordHashes.funcKeyword
        case 5: return value == keywordHashes.classKeyword || value == keywordHashes.actorKeyword
        case 6: return value == keywordHashes.structKeyword
        case 8: return value == keywordHashes.protocolKeyword
        case 9: return value == keywordHashes.extensionKeyword || value == keywordHashes.typealiasKeyword
        default: return false
        }
    }

    private static let keywordHashes = (
        enumKeyword: hash("enum"), funcKeyword: hash("func"), classKeyword: hash("class"), actorKeyword: hash("actor"),
        structKeyword: hash("struct"), protocolKeyword: hash("protocol"), extensionKeyword: hash("extension"),
        typealiasKeyword: hash("typealias"))
}
