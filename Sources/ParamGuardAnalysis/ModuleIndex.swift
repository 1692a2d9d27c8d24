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
    /// The `.py` files, sorted (searched by bisection), and the namespace packages (`a/`).
    private let files: [String]
    private let namespaces: Set<String>
    private let packages: Set<String>
    private let roots: [String]
    /// Last name component → modules with it (`mod` → `src/pkg/mod.py`, `lib/mod/`), for the
    /// components looked up so far.
    private var byLastComponent: [String: [String]] = [:]
    private var resolved: [String: [String]] = [:]

    /// `roots` are folders that `sys.path` holds in this project (`src`, `lib/python`).
    public init<S: Sequence>(paths: S, roots: [String] = []) where S.Element == String {
        var files = paths.filter { $0.hasByteSuffix(".py") }
        if zip(files, files.dropFirst()).contains(where: { !($0 < $1) }) { files = Array(Set(files)).sorted() }
        var packages: Set<String> = []
        var directories: Set<Substring> = []
        // Paths are cut on their UTF-8 bytes: `/` and `.` are ASCII, so every cut is a character
        // boundary, and byte work avoids walking grapheme clusters (it was most of building the index).
        // A file in the folder of the file before it adds no folder: sorted, a folder's files come
        // together, so most files skip the set of folders altogether.
        var previousFolder: Substring?
        for path in files {
            if path.hasByteSuffix("/__init__.py") { packages.insert(String(path.utf8.dropLast(12))!) }
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] }
            if let folder, folder != previousFolder {
                var directory = folder
                while directories.insert(directory).inserted, let slash = directory.utf8.lastIndex(of: UInt8(ascii: "/")) {
                    directory = directory[..<slash]
                }
            }
            previousFolder = folder
        }
        self.files = files
        namespaces = Set(directories.filter { !packages.contains(String($0)) }.map { $0 + "/" })
        self.packages = packages
        self.roots = roots.map { $0.trimmingSlashes() }.filter { !$0.isEmpty }
    }

    /// The modules whose last name component is `last`, found by one pass over the paths' ends.
    private func modules(withLastComponent last: String) -> [String] {
        if let known = byLastComponent[last] { return known }
        let found: [String]
        if last.isEmpty || last == "__init__" || last.utf8.contains(UInt8(ascii: "/")) {
            // Names the byte patterns below would misread: cut every module instead.
            found = (files + namespaces).filter { ModuleIndex.lastComponent(of: $0) == Substring(last) }
        } else {
            let file = Array((last + ".py").utf8)
            let package = Array((last + "/__init__.py").utf8)
            let folder = Array((last + "/").utf8)
            found = files.filter { ModuleIndex.path($0, endsWithComponents: file) || ModuleIndex.path($0, endsWithComponents: package) }
                + namespaces.filter { ModuleIndex.path($0, endsWithComponents: folder) }
        }
        byLastComponent[last] = found
        return found
    }

    /// Whether `path` is `tail` or ends with `/` and `tail`.
    private static func path(_ path: String, endsWithComponents tail: [UInt8]) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard bytes.count >= tail.count else { return false }
            let start = bytes.count - tail.count
            guard start == 0 || bytes[start - 1] == UInt8(ascii: "/") else { return false }
            return memcmp(bytes.baseAddress! + start, tail, tail.count) == 0
        }
    }

    /// Whether a file or a namespace package has this module path.
    private func contains(_ module: String) -> Bool {
        if module.hasByteSuffix("/") { return namespaces.contains(module) }
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle] < module { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low] == module
    }

    /// `a/b.py` → `b`; `a/b/__init__.py` → `b`; `a/b/` → `b`.
    private static func lastComponent(of module: String) -> Substring? {
        var copy = module
        // One pass over the bytes, from the end (this runs for every module of the tree).
        let range: Range<Int>? = copy.withUTF8 { bytes in
            let end: Int
            if bytes.last == UInt8(ascii: "/") {
                end = bytes.count - 1
            } else if module.hasByteSuffix("/__init__.py") {
                end = bytes.count - 12
            } else if module.hasByteSuffix(".py") {
                end = bytes.count - 3
            } else {
                return nil
            }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            // A top-level `__init__.py` names no module.
            if start == 0, end == 8, UnsafeBufferPointer(rebasing: bytes[0..<8]).elementsEqual("__init__".utf8) { return nil }
            return start..<end
        }
        guard let range else { return nil }
        let utf8 = module.utf8
        return module[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
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
        if first > 0 && packages.contains(parent) { return nil }  // inside a package: not a top-level name
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
