import CLibGit2

/// Finds whether a blob can hold a call that names one of a few labels, without parsing it:
/// a byte search for each label as a whole identifier followed (after optional blanks) by `=`, or
/// quoted and followed by `:` inside a `**{...}`.
struct LabelPrefilter {
    private let labels: [[UInt8]]

    init(labels: some Sequence<String>) {
        self.labels = labels.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { labels.isEmpty }

    func mayContainKeyword(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(mayContainKeyword)
    }

    func mayContainKeyword(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if labels.contains(where: { containsKeyword($0, in: bytes) }) { return true }
        // `f(**{"timeout": 5})`.
        var found = false
        KeywordLabelScan.forEachLiteralDictKey(in: bytes) { key in
            if !found, labels.contains(where: { $0.elementsEqual(key) }) { found = true }
        }
        return found
    }

    private func containsKeyword(_ label: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        do {
            let haystack = UnsafeRawBufferPointer(bytes)
            return label.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return false }
                var offset = 0
                while offset < haystack.count {
                    guard let hit = memmem(base + offset, haystack.count - offset, needleBase, needle.count) else { return false }
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    let end = start + needle.count
                    offset = start + 1
                    if start > 0, KeywordLabelScan.isIdentifierContinue(haystack[start - 1]) { continue }
                    var next = end
                    while next < haystack.count, KeywordLabelScan.isBlank(haystack[next]) { next += 1 }
                    if next < haystack.count, haystack[next] == UInt8(ascii: "=") { return true }
                }
                return false
            }
        }
    }
}
