import Foundation

extension String {
    /// Whether the string's UTF-8 bytes end with `suffix`'s: one `memcmp`, unlike `hasSuffix`, which
    /// compares characters (file extensions are checked for every path of a tree).
    @inlinable public func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        func ends(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= count else { return false }
            return count == 0 || memcmp(bytes.baseAddress! + (bytes.count - count), suffix.utf8Start, count) == 0
        }
        // A native string lends its bytes as they are; the mutable copy below is for the others.
        if let answer = utf8.withContiguousStorageIfAvailable(ends) { return answer }
        var copy = self
        return copy.withUTF8(ends)
    }
}
