import ParamGuardGit
import ParamGuardModel

/// A declaration a Swift call may reach, and the file that declares it.
struct SwiftCandidate {
    var path: String
    var callable: Callable

    /// The name without its owner: `init`, `make`.
    var baseName: Substring { callable.name.lastDottedComponent }
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
    private var declaresTypeByName: [String: Bool] = [:]
    private var callablesByName: [CallablesKey: [SwiftCandidate]] = [:]

    private struct CallablesKey: Hashable {
        var owner: String?
        var name: String
        /// The module of the type whose members are looked for, when only the files that can see it count.
        var module: String? = nil
    }
    /// The modules that may re-export a module (`@_exported import`), by module, transitively.
    private var reexportersMemo: [String: Set<String>] = [:]
    private var sortedPaths: [String] { files.paths }
    /// A snapshot of the same tree that this one differs from in a few files (the tree after the
    /// change, for the one before it): its identifier indexes and declared names serve this one too,
    /// except where the files differ. Building them again cost a twentieth of a warm Swift check.
    private let base: SwiftSnapshot?

    init(files: FileTree, store: SwiftSourceStore, base: SwiftSnapshot? = nil) {
        self.files = files
        self.store = store
        self.base = base
    }

    /// Each path's identifier index (in `sortedPaths` order), fetched once per run: a search asks about
    /// many names, and looking each blob up in the cache again for every name is wasted work.
    private lazy var indexes: [IdentifierIndex?] = {
        guard let base, let shared = sharedWithBase else { return store.identifierIndexes(of: files.ids) }
        var indexes = [IdentifierIndex?](repeating: nil, count: files.count)
        for (basePosition, position) in shared.positions.enumerated() where position >= 0 {
            indexes[position] = base.indexes[basePosition]
        }
        for (position, index) in zip(shared.own, store.identifierIndexes(of: shared.own.map { files.ids[$0] })) {
            indexes[position] = index
        }
        return indexes
    }()

    /// Where the base's files stand in this snapshot: for each base position, this snapshot's position
    /// of the same path with the same blob, or -1; and this snapshot's positions that have no such match
    /// (added or changed files). One merge walk over the two sorted path lists.
    private lazy var sharedWithBase: (positions: [Int], own: [Int])? = {
        guard let base else { return nil }
        var positions = [Int](repeating: -1, count: base.files.count)
        var own: [Int] = []
        var basePosition = 0
        for position in 0..<files.count {
            let path = files.paths[position]
            while basePosition < base.files.count && base.files.paths[basePosition] < path { basePosition += 1 }
            if basePosition < base.files.count, base.files.paths[basePosition] == path, base.files.ids[basePosition] == files.ids[position] {
                positions[basePosition] = position
            } else {
                own.append(position)
            }
        }
        return (positions, own)
    }()

    /// Every name the tree declares, filed by the top 16 bits of its hash (a counting sort, two passes):
    /// bucket `b` holds `hashes[starts[b]..<starts[b + 1]]`, each beside the position of its path in
    /// `sortedPaths`, in path order. Unreadable paths are listed apart (they may declare anything).
    /// A lookup reads one small bucket instead of every file's list: a search of a large tree looks up
    /// a few hundred names, and scanning, or sorting, every name of every file costs more.
    private lazy var declaredNames: (starts: [Int], hashes: [UInt32], positions: [Int32], unreadable: [Int]) = {
        var starts = [Int](repeating: 0, count: (1 << 16) + 1)
        var unreadable: [Int] = []
        for (position, index) in indexes.enumerated() {
            guard let index else { unreadable.append(position); continue }
            for hash in index.declared { starts[Int(hash >> 16) + 1] += 1 }
        }
        for bucket in 0..<(1 << 16) { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var hashes = [UInt32](repeating: 0, count: starts[1 << 16])
        var positions = [Int32](repeating: 0, count: starts[1 << 16])
        for (position, index) in indexes.enumerated() {
            for hash in index?.declared ?? [] {
                let slot = next[Int(hash >> 16)]
                hashes[slot] = hash
                positions[slot] = Int32(position)
                next[Int(hash >> 16)] = slot + 1
            }
        }
        return (starts, hashes, positions, unreadable)
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
            if let base, let shared = sharedWithBase {
                // The base's answer where the files are the same, this snapshot's own files apart.
                let indexes = self.indexes
                let found = base.positions(declaring: name).map { shared.positions[$0] }.filter { $0 >= 0 }
                    + shared.own.filter { indexes[$0]?.declared.contains(hash) ?? true }
                return found.sorted()
            }
            let declared = declaredNames
            let bucket = Int(hash >> 16)
            var positions = declared.unreadable
            for slot in declared.starts[bucket]..<declared.starts[bucket + 1] where declared.hashes[slot] == hash {
                positions.append(Int(declared.positions[slot]))
            }
            // A file lists each name once, so a position appears once; unreadable ones go back in order.
            return declared.unreadable.isEmpty ? positions : positions.sorted()
        }
    }

    /// `SwiftResolver.typeDefinitions` of a name looked up from no particular file, which every call's
    /// judgement asks again for the same supertypes and protocols.
    var typeDefinitionsMemo: [String: [(path: String, definition: ClassDefinition)]?] = [:]
    /// `SwiftResolver`'s overload sets, by what they were worked out from (the member's name, the type
    /// as written, and the declarations found for it): a caller search judges the same type's
    /// initializers for hundreds of calls, and only the lookup of its declarations depends on the file.
    var overloadSetMemo: [String: SwiftLookup] = [:]
    /// Inherited names with compositions expanded, by name (`SwiftResolver.expandingCompositions`).
    var compositionMemo: [String: [String]] = [:]
    /// `SwiftResolver.typeDefinitions` of a name looked up from a file, by name, what of the file the
    /// lookup depends on (`SwiftResolver.lookupContext`) and enclosing type: the calls of one file, and of one
    /// module, name the same types again and again.
    var typeDefinitionsFromFileMemo: [String: [(path: String, definition: ClassDefinition)]?] = [:]
    /// The modules of the files that declare a name, by name (`SwiftResolver.lookupContext`).
    var declaringModulesMemo: [String: Set<String>] = [:]
    /// Whether a file imports a module from outside the tree, by path.
    var importsFromOutsideMemo: [String: Bool] = [:]

    /// The modules of this tree, read from its `Package.swift` files when first asked. A snapshot with
    /// the same paths and the same manifests as its base (a change that edits files, adds and deletes
    /// none) has the same modules: the base's serve, and their folder names are listed once, not twice.
    lazy var modules: SwiftModules = {
        if let base, let shared = sharedWithBase, base.files.count == files.count,
           shared.own.allSatisfy({ files.paths[$0] == base.files.paths[$0] && !files.paths[$0].hasSuffix("Package.swift") }) {
            return base.modules
        }
        return SwiftModules(files: files, objects: store.objects, manifests: store.manifestCache)
    }()

    func summary(at path: String) -> FileSummary? {
        guard let blob = files[path], case let .summary(summary) = store.summary(of: blob) else { return nil }
        return summary
    }

    /// Makes the declarations of the files at `positions` known, parsing on every core the ones no
    /// run has parsed, and returns the positions.
    private func loadingDefinitions(_ positions: [Int]) -> [Int] {
        store.loadDefinitions(of: positions.map { files.ids[$0] })
        return positions
    }

    /// The declarations of the file at a position (its summary, perhaps without calls).
    private func definitions(at position: Int) -> FileSummary? {
        guard case let .summary(summary) = store.definitions(of: files.ids[position]) else { return nil }
        return summary
    }

    /// Declarations of types, and extensions of them, whose last name component is `name`.
    func types(named name: String) -> [(path: String, definition: ClassDefinition)] {
        remembered(\.typesByName, name) { typeDeclarations(in: positions(declaring: name), named: name) }
    }

    /// The declarations of types named `name` in the files at `positions`, loaded together.
    private func typeDeclarations(in positions: [Int], named name: String) -> [(path: String, definition: ClassDefinition)] {
        loadingDefinitions(positions).flatMap { position in typeDeclarations(at: position, named: name).map { (sortedPaths[position], $0) } }
    }

    private func typeDeclarations(at position: Int, named name: String) -> [ClassDefinition] {
        (definitions(at: position)?.classes ?? []).filter { $0.swiftKind != nil && lastComponent($0.name) == name }
    }

    /// Whether the tree declares or extends a type whose last name component is `name`. The files that
    /// can declare it are read one at a time until one does, those already read first: a name that sixty
    /// files of a large tree declare needs one of them parsed to answer, not sixty.
    func declaresType(named name: String) -> Bool {
        if let all = typesByName[name] { return !all.isEmpty }
        return remembered(\.declaresTypeByName, name) {
            let positions = positions(declaring: name)
            let declares: (Int) -> Bool = { !self.typeDeclarations(at: $0, named: name).isEmpty }
            let read = positions.filter { store.hasDefinitionsInMemory(of: files.ids[$0]) }
            return read.contains(where: declares) || positions.contains { !read.contains($0) && declares($0) }
        }
    }

    /// Declarations of types, and extensions of them, whose last name component is `name`, from only
    /// the files that mention every one of `words` and that `include` takes; only those are parsed.
    /// The words are a member looked for (a type spread over thirty extension files declares a given
    /// property in one or two of them) or an enclosing type (`A.B` is declared where `A` is written);
    /// `include` keeps the files a caller can see (many packages of a large tree declare a `Response`).
    func types(named name: String, mentioning words: [String], inFiles include: ((String) -> Bool)?) -> [(path: String, definition: ClassDefinition)] {
        if let all = typesByName[name] {
            return all.filter { entry in words.allSatisfy { mayMention($0, at: entry.path) } && (include?(entry.path) ?? true) }
        }
        let hashes = words.map(IdentifierScan.hash)
        let indexes = self.indexes
        let chosen = positions(declaring: name).filter { position in
            hashes.allSatisfy { indexes[position]?.mentions($0) ?? true } && (include?(sortedPaths[position]) ?? true)
        }
        return typeDeclarations(in: chosen, named: name)
    }

    /// The typealiases whose last name component is `name`: read only from the files that declare the
    /// name and write `typealias` (a name like `Sendable` is extended by hundreds of files).
    func typeAliases(named name: String) -> [(path: String, definition: ClassDefinition)] {
        types(named: name, mentioning: ["typealias"], inFiles: nil).filter { $0.definition.swiftKind == .typealias }
    }

    /// Whether some file that can declare `name` mentions `word`, from the identifier indexes alone.
    func someFile(declaring name: String, mentions word: String) -> Bool {
        let hash = IdentifierScan.hash(word)
        let indexes = self.indexes
        return positions(declaring: name).contains { indexes[$0]?.mentions(hash) ?? true }
    }

    private func mayMention(_ word: String, at path: String) -> Bool {
        guard let blob = files[path] else { return true }
        return store.mayMention(IdentifierScan.hash(word), blob: blob)
    }

    /// Callables named `name` declared in type `owner` (by its last component), or free functions
    /// when `owner` is nil.
    /// With `module`, the type is the one declared in that module, and only the files that can name it
    /// are read: its own module's, and those that import it or a module that may re-export it. A file
    /// must see a type to extend it (the Swift 5 rule that spreads an extension's members over the
    /// importing module is about its callers), and sixty files of a large tree may declare a `Response`.
    func callables(owner: String?, name: String, inFilesSeeing module: String? = nil) -> [SwiftCandidate] {
        remembered(\.callablesByName, CallablesKey(owner: owner, name: name, module: module)) {
            // A type's members are declared in the type or in its extensions: files that declare it (and,
            // for a member other than `init`, mention its name).
            let nameHash = owner != nil && name != "init" ? IdentifierScan.hash(name) : nil
            let indexes = self.indexes
            let seeing = module.map { Set(reexporters(of: $0).union([$0]).map(IdentifierScan.hash)) }
            let candidates = positions(declaring: owner ?? name).filter { position in
                guard nameHash.map({ indexes[position]?.mentions($0) != false }) ?? true else { return false }
                guard let module, let seeing, let index = indexes[position] else { return true }
                return seeing.contains(where: index.mentions) || modules.module(of: sortedPaths[position]) == module
            }
            return loadingDefinitions(candidates).flatMap { position -> [SwiftCandidate] in
                let path = sortedPaths[position]
                return (definitions(at: position)?.callables ?? []).compactMap { callable in
                    let parts = callable.name.dottedComponents
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

    /// The tree's modules that may re-export `module`: those with a file that writes `_exported` and
    /// mentions `module` or a module found so far.
    private func reexporters(of module: String) -> Set<String> {
        if let known = reexportersMemo[module] { return known }
        let indexes = self.indexes
        var found: Set<String> = []
        var frontier = [module]
        while !frontier.isEmpty {
            let hashes = frontier.map(IdentifierScan.hash)
            frontier = []
            for position in reexportingPositions where hashes.contains(where: { indexes[position]?.mentions($0) ?? true }) {
                let reexporter = modules.module(of: sortedPaths[position])
                if reexporter != module, found.insert(reexporter).inserted { frontier.append(reexporter) }
            }
        }
        reexportersMemo[module] = found
        return found
    }

    /// The files that write `_exported` (or cannot be read), found once per run.
    private lazy var reexportingPositions: [Int] = {
        let exported = IdentifierScan.hash("_exported")
        let indexes = self.indexes
        return indexes.indices.filter { indexes[$0]?.mentions(exported) ?? true }
    }()

    private func lastComponent(_ name: String) -> String {
        String(name.lastDottedComponent)
    }
}
