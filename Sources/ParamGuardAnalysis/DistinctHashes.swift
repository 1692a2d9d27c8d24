/// Sorted distinct values of a list of identifier hashes. A file repeats its identifiers three to five
/// times over, so the repeats are dropped first, through a small open-addressing table keyed by the
/// hash itself, and only the distinct values are sorted: sorting them all was a tenth of a cold run.
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
        distinct.sort()
        return distinct
    }
}
