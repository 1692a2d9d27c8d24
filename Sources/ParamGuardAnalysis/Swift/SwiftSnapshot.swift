import ParamGuardGit
import ParamGuardModel

/// A declaration a Swift call may reach, and the file that declares it.
struct SwiftCandidate {
    var path: String
    var callable: Callable

    /// The name without its owner: `init`, `make`.
    var baseName: Substring { callable.name.split(separator: ".").last ?? "" }
}

/// The Swift files of one tree (before or after the change) and lookups of the declarations in them.
/// Lookups go by word: only the files whose identifiers include a type's or a function's name are
/// parsed, so a check reads the few files that can declare what its calls name.
final class SwiftSnapshot {
    let files: FileTree
    let store: SwiftSourceStore
    private var pathsByWord: [String: [String]] = [:]
    private var pathsDeclaring: [String: [String]] = [:]
    private var typesByName: [String: [(path: String, definition: ClassDefinition)]] = [:]
    private var callablesByName: [CallablesKey: [SwiftCandidate]] = [:]
    private var methodsByName: [String: [SwiftCandidate]] = [:]

    private struct CallablesKey: Hashable {
        var owner: String?
        var name: String
    }
    private var sortedPaths: [String] { files.paths }

    init(files: FileTree, store: SwiftSourceStore) {
        self.files = files
        self.store = store
    }

    /// Each path's identifier index (in `sortedPaths` order), fetched once per run: a search asks about
    /// a thousand names, and looking each blob up in the cache for every name cost a third of it.
    private lazy var indexes: [IdentifierIndex?] = store.identifierIndexes(of: files.ids)

    /// Every name the tree declares in one flat list, beside the position of its path in `sortedPaths`;
    /// unreadable paths are listed apart (they may declare anything). A lookup is one pass over this list
    /// instead of a binary search in each file's list: a twelfth of a warm run in a tree of 12,000 files.
    private lazy var declaredNames: (hashes: [UInt32], paths: [Int32], unreadable: [Int32]) = {
        var hashes: [UInt32] = []
        var paths: [Int32] = []
        var unreadable: [Int32] = []
        for (position, index) in indexes.enumerated() {
            guard let index else { unreadable.append(Int32(position)); continue }
            hashes.append(contentsOf: index.declared)
            paths.append(contentsOf: repeatElement(Int32(position), count: index.declared.count))
        }
        return (hashes, paths, unreadable)
    }()

    /// `memo[key]`, computed by `compute` the first time it is asked for. Every lookup below is
    /// remembered: a search over a large tree asks about the same few hundred names thousands of times.
    private func remembered<Key: Hashable, Value>(_ memo: ReferenceWritableKeyPath<SwiftSnapshot, [Key: Value]>, _ key: Key,
                                                  _ compute: () -> Value) -> Value {
        if let known = self[keyPath: memo][key] { return known }
        let found = compute()
        self[keyPath: memo][key] = found
        return found
    }

    /// The files that mention `word` as an identifier, in path order; an unreadable blob is included.
    func paths(mentioning word: String) -> [String] {
        remembered(\.pathsByWord, word) {
            let hash = IdentifierScan.hash(word)
            let indexes = self.indexes
            return sortedPaths.indices.filter { indexes[$0]?.mentions(hash) ?? true }.map { sortedPaths[$0] }
        }
    }

    /// The files that can declare a type, an extension or a function whose (last) name is `name`, in
    /// path order: far fewer than those that mention it.
    func paths(declaring name: String) -> [String] {
        remembered(\.pathsDeclaring, name) {
            let hash = IdentifierScan.hash(name)
            let declared = declaredNames
            var positions = declared.unreadable
            declared.hashes.withUnsafeBufferPointer { hashes in
                for index in hashes.indices where hashes[index] == hash { positions.append(declared.paths[index]) }
            }
            // A file lists each name once, so a position appears once; unreadable ones go back in order.
            return positions.sorted().map { sortedPaths[Int($0)] }
        }
    }

    func summary(at path: String) -> FileSummary? {
        guard let blob = files[path], case let .summary(summary) = store.summary(of: blob) else { return nil }
        return summary
    }

    /// The declarations of a file (its summary, perhaps without calls).
    private func definitions(at path: String) -> FileSummary? {
        guard let blob = files[path], case let .summary(summary) = store.definitions(of: blob) else { return nil }
        return summary
    }

    /// Declarations of types, and extensions of them, whose last name component is `name`.
    func types(named name: String) -> [(path: String, definition: ClassDefinition)] {
        remembered(\.typesByName, name) {
            paths(declaring: name).flatMap { path in
                (definitions(at: path)?.classes ?? []).filter { $0.swiftKind != nil && lastComponent($0.name) == name }
                    .map { (path, $0) }
            }
        }
    }

    /// Callables named `name` declared in type `owner` (by its last component), or free functions
    /// when `owner` is nil.
    func callables(owner: String?, name: String) -> [SwiftCandidate] {
        remembered(\.callablesByName, CallablesKey(owner: owner, name: name)) {
            // A type's members are declared in the type or in its extensions: files that declare it.
            let files = paths(declaring: owner ?? name)
            let mentioningName = owner != nil && name != "init" ? Set(paths(mentioning: name)) : nil
            return files.flatMap { path -> [SwiftCandidate] in
                if let mentioningName, !mentioningName.contains(path) { return [] }
                return (definitions(at: path)?.callables ?? []).compactMap { callable in
                    let parts = callable.name.split(separator: ".")
                    guard parts.last.map(String.init) == name else { return nil }
                    if let owner {
                        guard parts.count >= 2, parts[parts.count - 2] == owner else { return nil }
                    } else {
                        guard parts.count == 1 else { return nil }
                    }
                    return SwiftCandidate(path: path, callable: callable)
                }
            }
        }
    }

    /// Methods named `name` of any type: what a call on a receiver of unknown type may reach.
    func methods(named name: String) -> [SwiftCandidate] {
        remembered(\.methodsByName, name) {
            paths(declaring: name).flatMap { path in
                (definitions(at: path)?.callables ?? []).filter { $0.kind == .method && lastComponent($0.name) == name }
                    .map { SwiftCandidate(path: path, callable: $0) }
            }
        }
    }

    private func lastComponent(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }
}
