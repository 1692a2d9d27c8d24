/// Sorted distinct values of a list of identifier hashes. A file repeats its identifiers three to five
/// times over, so the repeats are dropped first, through a small open-addressing table keyed by the
/// hash itself, and only the distinct values are sorted: sorting them all showed in profiles of a cold run.
enum DistinctHashes {
    static func sorted(_ values: [UInt32]) -> [UInt32] {
        guard values.count > 16 else { return Array(Set(values)).sorted() }
        var capacity = 64
        while capacity < values.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // 0 marks an empty slot; the value 0 itself is remembered aside.
        var table = [UInt32](repeating: 0, count: capacity)
        var distinct: [UInt32] = []
        distinct.reserveCapacity(values.count / 2)
        var sawZero = false
        table.withUnsafeMutableBufferPointer { slots in
            for value in values {
                guard value != 0 else { sawZero = true; continue }
                // The values are already FNV hashes; mixing the high bits in spreads them over the table.
                var slot = Int(truncatingIfNeeded: value ^ (value >> 16)) & mask
                while true {
                    let held = slots[slot]
                    if held == value { break }
                    if held == 0 {
                        slots[slot] = value
                        distinct.append(value)
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if sawZero { distinct.append(0) }
        radixSort(&distinct)
        return distinct
    }

    /// Sorts by one byte at a time, lowest first, four counting passes: for the thousands of values
    /// of a large file, cheaper than comparing (the standard sort dominated this type's time).
    static func radixSort(_ values: inout [UInt32]) {
        guard values.count > 64 else { values.sort(); return }
        var scratch = [UInt32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 257)
        values.withUnsafeMutableBufferPointer { original in
            scratch.withUnsafeMutableBufferPointer { spare in
                counts.withUnsafeMutableBufferPointer { counts in
                    var source = original
                    var target = spare
                    for shift in stride(from: UInt32(0), to: 32, by: 8) {
                        counts.update(repeating: 0)
                        for value in source { counts[Int((value >> shift) & 0xFF) &+ 1] &+= 1 }
                        for digit in 0..<256 { counts[digit &+ 1] &+= counts[digit] }
                        for value in source {
                            let digit = Int((value >> shift) & 0xFF)
                            target[counts[digit]] = value
                            counts[digit] &+= 1
                        }
                        swap(&source, &target)
                    }
                    // Four passes: the sorted values are back in `original`.
                }
            }
        }
    }
}
