import ParamGuardGit

extension LabelCache {
    /// Reads `blobs` (ones this cache does not know) on every core, records the hashes `scan` finds in
    /// each, and returns, in order, what else it found; nil for a blob that cannot be read, which is
    /// not recorded (it may read next time). Every cold scan goes through here: Python keyword labels,
    /// Python and Swift identifiers.
    func scanAndRecord<Found: Sendable>(
        _ blobs: [ObjectID], objects: any ObjectStore, workerHandles: WorkerHandles,
        _ scan: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> (hashes: [UInt32], found: Found)
    ) -> [Found?] {
        let limit = SourceReader.maximumSize
        let scanned = ParallelMap.run(blobs, objects: objects, workerHandles: workerHandles) { blob, objects -> (hashes: [UInt32], found: Found)? in
            // A blob over the size limit is not read: as one that cannot be, it is parsed (and skipped there, by path).
            guard let size = try? objects.blobSize(blob), size <= limit else { return nil }
            return try? objects.withBlobContent(blob, scan)
        }
        return zip(blobs, scanned).map { blob, result in
            guard let result else { return nil }
            record(result.hashes, for: blob)
            return result.found
        }
    }
}
