/// Maps Python module names to the files of one snapshot, the way `sys.path` would find them.
///
/// A module is identified by a file path (`a/b.py`, `a/__init__.py`) or, for a namespace package,
/// by its directory with a trailing slash (`a/`). Each module is registered under its dotted path from
/// the repository root and under every shorter name that starts at a directory which is not itself
/// inside a package (no `__init__.py`): `src/pkg/mod.py` answers to `src.pkg.mod` and `pkg.mod`,
/// and `app/models.py` in a folder without `__init__.py` to `app.models` and `models`. When several
/// modules claim one name, the shallowest registration wins and equally shallow ones are all kept.
public struct ModuleIndex: Sendable {
    private var candidates: [String: (depth: Int, modules: [String])] = [:]
    private let modules: Set<String>

    /// `roots` are folders that `sys.path` holds in this project (`src`, `lib/python`): a module below
    /// one is known by its name from there before any other.
    public init<S: Sequence>(paths: S, roots: [String] = []) where S.Element == String {
        let files = paths.filter { $0.hasSuffix(".py") }
        var modules = Set(files)
        var directories: Set<String> = []
        for path in files {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                directories.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        let packages = Set(files.compactMap { $0.hasSuffix("/__init__.py") ? String($0.dropLast(12)) : nil })
        for directory in directories where !packages.contains(directory) {
            modules.insert(directory + "/")
        }
        self.modules = modules
        for module in modules {
            register(module, packages: packages)
        }
        for root in roots.map({ $0.trimmingSlashes() }) where !root.isEmpty {
            for module in modules where module.hasPrefix(root + "/") {
                let relative = ModuleIndex.components(of: String(module.dropFirst(root.count + 1)))
                guard !relative.isEmpty, relative.allSatisfy(ModuleIndex.isIdentifier) else { continue }
                let name = relative.joined(separator: ".")
                if let existing = candidates[name], existing.depth == -1 {
                    candidates[name] = (-1, (existing.modules + [module]).sorted())
                } else {
                    candidates[name] = (-1, [module])
                }
            }
        }
    }

    private mutating func register(_ module: String, packages: Set<String>) {
        let components = ModuleIndex.components(of: module)
        guard let last = components.last, ModuleIndex.isIdentifier(last) else { return }
        var start = components.count - 1
        // Walk the start leftwards while the name stays importable: identifiers all the way, and
        // never starting inside a package (a directory with `__init__.py`) from outside it.
        while start > 0 {
            guard ModuleIndex.isIdentifier(components[start - 1]) else { break }
            start -= 1
        }
        for first in start..<components.count {
            if first > 0 && packages.contains(components[0..<first].joined(separator: "/")) { continue }
            let name = components[first...].joined(separator: ".")
            let depth = first
            if let existing = candidates[name] {
                if depth < existing.depth {
                    candidates[name] = (depth, [module])
                } else if depth == existing.depth {
                    candidates[name] = (depth, (existing.modules + [module]).sorted())
                }
            } else {
                candidates[name] = (depth, [module])
            }
        }
    }

    /// `a/b/c.py` → `[a, b, c]`; `a/b/__init__.py` → `[a, b]`; `a/b/` → `[a, b]`.
    static func components(of module: String) -> [String] {
        var path = Substring(module)
        if path.hasSuffix("/") { path = path.dropLast() } else if path.hasSuffix(".py") { path = path.dropLast(3) }
        var parts = path.split(separator: "/").map(String.init)
        if parts.last == "__init__" { parts.removeLast() }
        return parts
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// The modules that `import name` may load; empty when it is not in the repository.
    public func modules(named name: String) -> [String] {
        candidates[name]?.modules ?? []
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
        let parts = directory + (name.isEmpty ? [] : name.split(separator: ".").map(String.init))
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
        for candidate in [base + ".py", base + "/__init__.py", base + "/"] where modules.contains(candidate) {
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
