/// Picks the accepted keyword a stale one most likely meant ("did you mean").
enum LabelSuggestion {
    /// The candidate sharing the most underscore-separated words with `label`, ties broken by edit
    /// distance; nil when nothing is close enough to be a helpful guess.
    static func closest(to label: String, among candidates: [String]) -> String? {
        let words = Set(label.lowercased().split(separator: "_"))
        var best: (score: Double, distance: Int, name: String)?
        for candidate in candidates where candidate != label {
            let other = Set(candidate.lowercased().split(separator: "_"))
            let union = words.union(other).count
            let overlap = union == 0 ? 0 : Double(words.intersection(other).count) / Double(union)
            let distance = editDistance(label, candidate)
            // Close in spelling: at most half of the longer name edited (`retry` → `retries`).
            let closeSpelling = distance * 2 <= max(label.count, candidate.count)
            guard overlap >= 0.5 || closeSpelling else { continue }
            let score = overlap + (closeSpelling ? 0.5 : 0)
            if best == nil || score > best!.score || (score == best!.score && distance < best!.distance) {
                best = (score, distance, candidate)
            }
        }
        return best?.name
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
