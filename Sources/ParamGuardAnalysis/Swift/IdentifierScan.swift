/// Every identifier of a file, as sorted distinct hashes: the index that tells, without parsing, whether
/// a Swift file can declare or call a name. Comments and strings are not told apart (an extra word only
/// costs a parse), and `` `default` `` counts as `default`.
enum IdentifierScan {
    static func hashes(in bytes: [UInt8]) -> [UInt32] {
        var hashes: [UInt32] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                guard KeywordLabelScan.isIdentifierStart(byte) else {
                    // A number's digits and letters (`0x1F`, `1e5`) are not an identifier.
                    if byte >= 0x30 && byte <= 0x39 {
                        while index < count, KeywordLabelScan.isIdentifierContinue(buffer[index]) { index += 1 }
                    } else {
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
            }
        }
        hashes.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(hashes.count / 3)
        for value in hashes where distinct.last != value { distinct.append(value) }
        return distinct
    }
}
