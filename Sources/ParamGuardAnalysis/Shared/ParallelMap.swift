import Dispatch
import Foundation
import ParamGuardGit

/// Runs a transform over items on the machine's cores, each thread with an object store handle of its
/// own (libgit2 handles are not shared between threads), and returns the results in input order, so
/// that output never depends on scheduling.
enum ParallelMap {
    /// One thread per core, at most four: the work is parsing, which scales with cores, and reading
    /// blobs, which scales little (libgit2's object reads contend with each other).
    static let threads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))

    static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], objects: any ObjectStore, _ transform: @escaping @Sendable (Item, any ObjectStore) -> Result
    ) -> [Result] {
        run(items, objects: objects, workerHandles: WorkerHandles(objects), transform)
    }

    /// The same, with handles for the other workers opened once and kept by the caller: a caller that
    /// runs many small batches would otherwise open (and warm up) new handles for each.
    static func run<Item: Sendable, Result: Sendable>(
        _ items: [Item], objects: any ObjectStore, workerHandles: WorkerHandles,
        _ transform: @escaping @Sendable (Item, any ObjectStore) -> Result
    ) -> [Result] {
        let workers = min(threads, items.count)
        guard workers > 1 else { return items.map { transform($0, objects) } }
        let slots = Slots<Result>(count: items.count)
        let chunks = Chunks(count: items.count, workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // The first worker borrows the caller's handle: the caller waits here and does not use it.
            guard let handle = worker == 0 ? objects : workerHandles.handle(worker) else { return }
            while let range = chunks.next() {
                for index in range { slots.store(transform(items[index], handle), at: index) }
            }
        }
        // A worker that could not open a handle left its items: they are done here, in order.
        return items.indices.map { slots.take($0) ?? transform(items[$0], objects) }
    }
}

/// Object store handles for the workers after the first, opened on first use and kept: each worker uses
/// only its own.
final class WorkerHandles: @unchecked Sendable {
    private let objects: any ObjectStore
    private let lock = NSLock()
    private var opened: [Int: any ObjectStore] = [:]

    init(_ objects: any ObjectStore) {
        self.objects = objects
    }

    /// Worker `worker`'s handle (worker ≥ 1), nil if it cannot be opened.
    func handle(_ worker: Int) -> (any ObjectStore)? {
        lock.lock()
        defer { lock.unlock() }
        if let known = opened[worker] { return known }
        let handle = try? objects.handleForAnotherThread()
        opened[worker] = handle
        return handle
    }
}

/// Hands out runs of neighbouring items, to whichever worker asks first. Neighbours go to one worker
/// because blobs listed next to each other are often stored next to each other, as deltas of one
/// another, and each handle keeps its own cache of delta bases; and runs, rather than a fixed share
/// per worker, because one large file must not leave the other cores idle at the end.
private final class Chunks: @unchecked Sendable {
    private let lock = NSLock()
    private var start = 0
    private let count: Int
    private let size: Int

    init(count: Int, workers: Int) {
        self.count = count
        size = max(1, min(32, count / (workers * 16)))
    }

    func next() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard start < count else { return nil }
        let range = start..<min(start + size, count)
        start = range.upperBound
        return range
    }
}

/// Result slots written by several threads, each index by exactly one, and read after all have
/// finished. A raw buffer rather than an `Array`: concurrent writes to one array race on its storage.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        storage[index] = value
    }

    func take(_ index: Int) -> Value? {
        storage[index]
    }
}
