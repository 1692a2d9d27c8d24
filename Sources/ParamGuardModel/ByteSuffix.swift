import Foundation

extension String {
    /// Whether the string's UTF-8 bytes end with `suffix`'s: one `memcmp`, unlike `hasSuffix`, which
    /// compares characters (file extensions are checked for every path of a tree).
    @inlinable public func hasByteSuffix(_ suffix: StaticString) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            let count = suffix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            return count == 0 || memcmp(bytes.baseAddress! + (bytes.count - count), suffix.utf8Start, count) == 0
        }
    }
}
