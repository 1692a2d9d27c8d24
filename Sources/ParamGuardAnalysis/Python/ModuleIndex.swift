import CLibGit2
import Foundation
import ParamGuardModel

/// Maps Python module names to the files of one snapshot, the way `sys.path` would find them.
///
/// A module is identified by a file path (`a/b.py`, `a/__init__.py`) or, for a namespace package,
/// by its directory with a trailing slash (`a/`). A module answers to its dotted path from the
/// repository root and to every shorter name that starts at a directory which is not itself inside a
/// package (no `__init__.py`): `src/pkg/mod.py` answers to `src.pkg.mod` and `pkg.mod`, and
/// `app/models.py` in a folder without `__init__.py` to `app.models` and `models`. When several
/// modules claim one name, the shallowest claim wins and equally shallow ones are all kept; a module
/// below a configured root claims its name from there before any other.
///
/// Names are looked up lazily: the modules with a given last name component are found when a name
/// ending with it is first looked up, because a check looks up a handful of names (six in the
/// benchmark's rename) while a large repository has tens of thousands of files.
public final class ModuleIndex: @unchecked Sendable {
    /// The `.py` files, sorted: searched by bisection. Folders, packages and namespace packages are
    /// all read off this list (a folder is there when a file path starts with it), never collected
    /// into sets: hashing the 7,000 folders of a large tree on every run cost more than the lookups.
    private let files: [String]
    /// Every file path, each after a newline and the last one before one (`\na/b.py\nc.py\n`), and
    /// where each starts: a lookup is a byte search (memmem) over this one buffer, not a pass over
    /// 13,000 strings.
    private let joined: [UInt8]
    private let starts: [Int]
    private let roots: [String]
    /// Last name component → modules with it (`mod` → `src/pkg/mod.py`, `lib/mod/`), for the
    /// components looked up so far.
    private var byLastComponent: [String: [String]] = [:]
    private var resolved: [String: [String]] = [:]

    /// `roots` are folders that `sys.path` holds in this project (`src`, `lib/python`).
    public init<S: Sequence>(paths: S, roots: [String] = []) where S.Element == String {
        var files = paths.filter { $0.hasByteSuffix(".py") }
        if zip(files, files.dropFirst()).contains(where: { !($0 < $1) }) { files = Array(Set(files)).sorted() }
        var joined: [UInt8] = [UInt8(ascii: "\n")]
        var starts: [Int] = []
        starts.reserveCapacity(files.count)
        for path in files {
            starts.append(joined.count)
            joined.append(contentsOf: path.utf8)
            joined.append(UInt8(ascii: "\n"))
        }
        self.files = files
        self.joined = joined
        self.starts = starts
        self.roots = roots.map { $0.trimmingSlashes() }.filter { !$0.isEmpty }
    }

    /// The modules whose last name component is `last`: files `…/last.py`, and for each folder named
    /// `last`, its `__init__.py` (a package) or the folder itself (a namespace package).
    private func modules(withLastComponent last: String) -> [String] {
        if let known = byLastComponent[last] { return known }
        var found: [String] = []
        // No module is named so: the byte patterns below would also misread these names.
        if !last.isEmpty, last != "__init__", !last.utf8.contains(UInt8(ascii: "/")), !last.utf8.contains(UInt8(ascii: "\n")) {
            found = componentStarts(of: Array((last + ".py\n").utf8)).map { files[fileIndex(at: $0)] }
            var folders: Set<String> = []
            let folder = Array((last + "/").utf8)
            for start in componentStarts(of: folder) {
                let file = fileIndex(at: start)
                folders.insert(String(decoding: joined[starts[file]..<start + folder.count], as: UTF8.self))
            }
            for folder in folders.sorted() {
                found.append(contains(folder + "__init__.py") ? folder + "__init__.py" : folder)
            }
        }
        byLastComponent[last] = found
        return found
    }

    /// After this many searches, a table of every path component replaces the byte search: resolving
    /// every call of a hundred files (the callers of a newly required parameter) looks up hundreds of
    /// names, and a search of the whole buffer for each would weigh on such a run.
    private static let searchesBeforeTable = 32
    private var searches = 0
    /// Each path component with what ends it (`b/`, `c.py\n` in `a/b/c.py`) → where such components start.
    private var componentTable: [String: [Int]]?

    /// Where `pattern` occurs in `joined` right after a `/` or a newline: at the start of a path
    /// component. `pattern` is one component and what ends it (`name/` or `name.py\n`).
    private func componentStarts(of pattern: [UInt8]) -> [Int] {
        searches += 1
        if componentTable == nil && searches > ModuleIndex.searchesBeforeTable { componentTable = makeComponentTable() }
        if let componentTable { return componentTable[String(decoding: pattern, as: UTF8.self)] ?? [] }
        return joined.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var offset = 1
            while offset + pattern.count <= buffer.count,
                  let hit = memmem(buffer.baseAddress! + offset, buffer.count - offset, pattern, pattern.count) {
                let position = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if buffer[position - 1] == UInt8(ascii: "/") || buffer[position - 1] == UInt8(ascii: "\n") { found.append(position) }
                offset = position + 1
            }
            return found
        }
    }

    private func makeComponentTable() -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        joined.withUnsafeBufferPointer { buffer in
            var start = 1
            for index in 1..<max(1, buffer.count) where buffer[index] == UInt8(ascii: "/") || buffer[index] == UInt8(ascii: "\n") {
                table[String(decoding: UnsafeBufferPointer(rebasing: buffer[start...index]), as: UTF8.self), default: []].append(start)
                start = index + 1
            }
        }
        return table
    }

    /// The file whose path holds the byte at `offset` of `joined`.
    private func fileIndex(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// Whether a file or a namespace package has this module path.
    private func contains(_ module: String) -> Bool {
        guard module.hasByteSuffix("/") else { return firstFile(notBefore: module).map { files[$0] == module } ?? false }
        // A namespace package: a folder that holds a `.py` file somewhere below it, and no `__init__.py`.
        guard let first = firstFile(notBefore: module), files[first].hasPrefix(module) else { return false }
        return !contains(module + "__init__.py")
    }

    /// The position of the first file not sorted before `path`, if any.
    private func firstFile(notBefore path: String) -> Int? {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle] < path { low = middle + 1 } else { high = middle }
        }
        return low < files.count ? low : nil
    }

    /// `a/b/c.py` → `[a, b, c]`; `a/b/__init__.py` → `[a, b]`; `a/b/` → `[a, b]`.
    static func components(of module: String) -> [String] {
        var path = Substring(module)
        if path.hasSuffix("/") { path = path.dropLast() } else if path.hasSuffix(".py") { path = path.dropLast(3) }
        var parts = path.split(separator: "/").map(String.init)
        if parts.last == "__init__" { parts.removeLast() }
        return parts
    }

    static func isIdentifier<S: StringProtocol>(_ s: S) -> Bool {
        guard let first = s.utf8.first, !(first >= 0x30 && first <= 0x39) else { return false }
        var ascii = true
        for byte in s.utf8 {
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
            if !isWord {
                if byte < 0x80 { return false }
                ascii = false
            }
        }
        return ascii || s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// The modules that `import name` may load; empty when it is not in the repository.
    public func modules(named name: String) -> [String] {
        if let known = resolved[name] { return known }
        let parts = name.dottedComponents.map(String.init)
        var best: (depth: Int, modules: [String])?
        for module in modules(withLastComponent: parts.last ?? "") {
            guard let depth = claimDepth(of: module, for: parts) else { continue }
            if best == nil || depth < best!.depth {
                best = (depth, [module])
            } else if depth == best!.depth {
                best!.modules.append(module)
            }
        }
        let found = (best?.modules ?? []).sorted()
        resolved[name] = found
        return found
    }

    /// How deep below the root `module` claims the dotted name `parts`: the number of leading folders
    /// dropped (-1 below a configured root), or nil when it cannot be imported under that name.
    private func claimDepth(of module: String, for parts: [String]) -> Int? {
        let components = ModuleIndex.components(of: module)
        guard components.count >= parts.count, Array(components.suffix(parts.count)) == parts else { return nil }
        let first = components.count - parts.count
        let parent = components[0..<first].joined(separator: "/")
        if roots.contains(parent) { return -1 }
        if first > 0 && contains(parent + "/__init__.py") { return nil }  // inside a package: not a top-level name
        guard parts.allSatisfy(ModuleIndex.isIdentifier) else { return nil }
        return first
    }

    /// The dotted name a module is known by from the repository root.
    public static func displayName(of module: String) -> String {
        components(of: module).joined(separator: ".")
    }

    /// The module a relative import names: `from ..x import y` in `a/b/c.py` is `a/x.py` (or its package).
    public func module(relative name: String, level: Int, importingPath path: String) -> String? {
        var directory = path.split(separator: "/").dropLast().map(String.init)
        guard level - 1 <= directory.count else { return nil }
        directory.removeLast(level - 1)
        let parts = directory + (name.isEmpty ? [] : name.dottedComponents.map(String.init))
        return module(atComponents: parts)
    }

    /// The submodule `name` of a package module, if the snapshot has it.
    public func submodule(_ name: String, of package: String) -> String? {
        guard package.hasSuffix("/__init__.py") || package.hasSuffix("/") else { return nil }
        return module(atComponents: ModuleIndex.components(of: package) + [name])
    }

    private func module(atComponents parts: [String]) -> String? {
        let base = parts.joined(separator: "/")
        if parts.isEmpty { return nil }
        for candidate in [base + ".py", base + "/__init__.py", base + "/"] where contains(candidate) {
            return candidate
        }
        return nil
    }
}

extension String {
    func trimmingSlashes() -> String {
        var text = Substring(self)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
