/// Files moved and edited in one change: `git diff -M` pairs an added file with a deleted one when
/// at least half of it is unchanged. Paired, the added file is compared with the deleted one, so only
/// its lines that differ hold new calls and only its edited declarations changed; unpaired, every
/// call in it would count as new and a stale call it carried along would be blamed on the move.
extension ChangeSet {
    /// Pairs each added file with the deleted file of the same extension that leaves the fewest of its
    /// lines changed, if that is at most half of them. Deleted files of the same name are compared
    /// first; at most `budget` comparisons are made (each diffs two blobs), so a change that adds and
    /// deletes thousands of files stays quick and pairs what it can.
    public func pairingEditedMoves(in repository: any ObjectStore, budget: Int = 64) -> ChangeSet {
        let added = changes.indices.filter { changes[$0].oldBlob == nil && changes[$0].newBlob != nil }
        let deleted = changes.filter { $0.newBlob == nil && $0.oldBlob != nil }
        guard !added.isEmpty, !deleted.isEmpty else { return self }
        var paired = self
        var remaining = budget
        var taken: Set<String> = []
        for index in added {
            let change = changes[index]
            guard remaining > 0, let newBlob = change.newBlob,
                  let lineCount = try? repository.withBlobContent(newBlob, Self.lineCount), lineCount > 0 else { continue }
            let name = Self.fileName(change.path)
            let candidates = deleted.filter { !taken.contains($0.path) && Self.fileExtension($0.path) == Self.fileExtension(change.path) }
                .sorted { (Self.fileName($0.path) == name ? 0 : 1, $0.path) < (Self.fileName($1.path) == name ? 0 : 1, $1.path) }
            var best: (path: String, blob: ObjectID, changed: Int)?
            for candidate in candidates where remaining > 0 {
                remaining -= 1
                guard let oldBlob = candidate.oldBlob, let changed = try? repository.addedLines(from: oldBlob, to: newBlob).count,
                      changed * 2 <= lineCount, changed < (best?.changed ?? Int.max) else { continue }
                best = (candidate.path, oldBlob, changed)
            }
            guard let best else { continue }
            taken.insert(best.path)
            paired.changes[index] = FileChange(path: change.path, oldBlob: best.blob, newBlob: newBlob, copiedFrom: best.path)
        }
        return paired
    }

    private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let newlines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return newlines + (bytes.last.map { $0 == UInt8(ascii: "\n") ? 0 : 1 } ?? 0)
    }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    private static func fileExtension(_ path: String) -> Substring {
        let name = fileName(path)
        return name.lastIndex(of: ".").map { name[$0...] } ?? ""
    }
}
