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
    private var positionsDeclaring: [String: [Int]] = [:]
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
        positions(declaring: name).map { sortedPaths[$0] }
    }

    /// The same files, as positions in `sortedPaths`.
    private func positions(declaring name: String) -> [Int] {
        remembered(\.positionsDeclaring, name) {
            let hash = IdentifierScan.hash(name)
            let declared = declaredNames
            var positions = declared.unreadable
            declared.hashes.withUnsafeBufferPointer { hashes in
                for index in hashes.indices where hashes[index] == hash { positions.append(declared.paths[index]) }
            }
            // A file lists each name once, so a position appears once; unreadable ones go back in order.
            return positions.sorted().map(Int.init)
        }
    }

    func summary(at path: String) -> FileSummary? {
        guard let blob = files[path], case let .summary(summary) = store.summary(of: blob) else { return nil }
        return summary
    }

    /// The declarations of the file at a position (its summary, perhaps without calls).
    private func definitions(at position: Int) -> FileSummary? {
        guard case let .summary(summary) = store.definitions(of: files.ids[position]) else { return nil }
        return summary
    }

    /// Declarations of types, and extensions of them, whose last name component is `name`.
    func types(named name: String) -> [(path: String, definition: ClassDefinition)] {
        remembered(\.typesByName, name) {
            positions(declaring: name).flatMap { position in
                (definitions(at: position)?.classes ?? []).filter { $0.swiftKind != nil && lastComponent($0.name) == name }
                    .map { (sortedPaths[position], $0) }
            }
        }
    }

    /// Callables named `name` declared in type `owner` (by its last component), or free functions
    /// when `owner` is nil.
    func callables(owner: String?, name: String) -> [SwiftCandidate] {
        remembered(\.callablesByName, CallablesKey(owner: owner, name: name)) {
            // A type's members are declared in the type or in its extensions: files that declare it (and,
            // for a member other than `init`, mention its name).
            let nameHash = owner != nil && name != "init" ? IdentifierScan.hash(name) : nil
            let indexes = self.indexes
            return positions(declaring: owner ?? name).flatMap { position -> [SwiftCandidate] in
                if let nameHash, indexes[position]?.mentions(nameHash) == false { return [] }
                let path = sortedPaths[position]
                return (definitions(at: position)?.callables ?? []).compactMap { callable in
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
            positions(declaring: name).flatMap { position in
                (definitions(at: position)?.callables ?? []).filter { $0.kind == .method && lastComponent($0.name) == name }
                    .map { SwiftCandidate(path: sortedPaths[position], callable: $0) }
            }
        }
    }

    private func lastComponent(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }
}
