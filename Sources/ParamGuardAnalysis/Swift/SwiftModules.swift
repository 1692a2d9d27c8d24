import ParamGuardGit
import ParamGuardSwift

/// Which Swift module and package a file belongs to. The targets of the `Package.swift` above a file
/// come first: it belongs to the target whose folder (its `path:`, or SwiftPM's default
/// `Sources/<name>`, `Source/<name>`, `src/<name>`, `Tests/<name>` or `Plugins/<name>`) holds it, the
/// deepest one winning. A file no manifest places falls back to the folder layout: the folder after
/// the last `Sources`, `Tests` or `Plugins` component (`Sources/Core/A.swift` → `Core`); files outside
/// that layout form one unnamed module, so that a plain folder of Swift files still sees itself.
///
/// Manifests are read when a file of their package is first asked about (parsed once per blob, across
/// runs, by the `ManifestCache`), and every answer is remembered: a caller search asks about the same
/// few hundred paths thousands of times.
final class SwiftModules {
    private let files: FileTree
    private let objects: any ObjectStore
    private let manifests: ManifestCache
    /// Folders (with a trailing `/`; "" for the root) that hold a `Package.swift`, deepest first.
    private let packageFolders: [String]
    private var packages: [String: String?] = [:]
    private var modules: [String: String] = [:]
    /// Each parsed package's target folders and their modules, longest folder first.
    private var roots: [String: [(prefix: String, module: String)]] = [:]
    /// The modules whose targets run build-tool plugins, by package folder.
    private var pluginModules: [String: Set<String>] = [:]

    init(files: FileTree, objects: any ObjectStore, manifests: ManifestCache) {
        self.files = files
        self.objects = objects
        self.manifests = manifests
        packageFolders = files.paths.filter { $0 == "Package.swift" || $0.hasSuffix("/Package.swift") }
            .map { String($0.dropLast("Package.swift".count)) }
            .sorted { $0.utf8.count > $1.utf8.count }
    }

    /// The folder of the innermost `Package.swift` above a file, nil when there is none.
    func package(of path: String) -> String? {
        if let known = packages[path] { return known }
        let found = packageFolders.first { path.hasPrefix($0) }
        packages[path] = found
        return found
    }

    /// Whether declarations of one file may be what calls in another reach, as packages go. A package
    /// nested in another one's folder (`Examples/Demo/Package.swift` inside a library) depends on a
    /// released version of it, whose declarations may differ from the tree's: the two are kept apart.
    /// Files of one package, of sibling packages (a monorepo's, which refer to each other by path), or
    /// outside any package see each other.
    func mayReach(from caller: String, to declaration: String) -> Bool {
        guard let callerPackage = package(of: caller), let declarationPackage = package(of: declaration),
              callerPackage != declarationPackage else { return true }
        return !callerPackage.hasPrefix(declarationPackage) && !declarationPackage.hasPrefix(callerPackage)
    }

    func module(of path: String) -> String {
        if let known = modules[path] { return known }
        var found: String?
        if let package = package(of: path) {
            found = targets(of: package).first { path.hasPrefix($0.prefix) }?.module
        }
        let module = found ?? Self.folderModule(of: path)
        modules[path] = module
        return module
    }

    /// Whether the file's module is built with build-tool plugins, which write sources into it at
    /// build time: its types may have members, and it may have free functions, that no file shows.
    func runsBuildPlugins(_ path: String) -> Bool {
        guard let package = package(of: path) else { return false }
        _ = targets(of: package)
        return pluginModules[package]?.contains(module(of: path)) ?? false
    }

    /// The target folders of the package whose manifest is in `folder`, parsed once.
    private func targets(of folder: String) -> [(prefix: String, module: String)] {
        if let known = roots[folder] { return known }
        var found: [(String, String)] = []
        var plugins: Set<String> = []
        if let id = files[folder + "Package.swift"] {
            for target in manifests.targets(of: id, in: objects) {
                if target.usesPlugins { plugins.insert(target.name) }
                let defaults = target.isTest ? ["Tests/"] : ["Sources/", "Source/", "src/", "srcs/", "Plugins/"]
                let candidates = target.path.map { [folder + ($0.hasSuffix("/") ? $0 : $0 + "/")] }
                    ?? defaults.map { folder + $0 + target.name + "/" }
                if let prefix = candidates.first(where: holdsFiles) { found.append((prefix, target.name)) }
            }
        }
        let sorted = found.sorted { $0.0.utf8.count > $1.0.utf8.count }
        roots[folder] = sorted
        pluginModules[folder] = plugins
        return sorted
    }

    /// Whether some path starts with `prefix`: a binary search of the sorted paths.
    private func holdsFiles(_ prefix: String) -> Bool {
        let paths = files.paths
        var low = 0
        var high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < paths.count && paths[low].hasPrefix(prefix)
    }

    /// The modules the folder layout names: a SwiftPM tree's, nearly always.
    private lazy var folderNames: Set<String> = Set(files.paths.map(Self.folderModule))

    /// The target names of every manifest, parsed only when a name is not a folder's.
    private lazy var manifestNames: Set<String> = Set(packageFolders.flatMap { targets(of: $0).map(\.module) })

    /// Whether a module of this name is built from the tree.
    func isTreeModule(_ name: String) -> Bool {
        folderNames.contains(name) || manifestNames.contains(name)
    }

    /// Whether importing `imported` can make `module`'s public declarations visible: it is that module,
    /// or another module of the tree, which may re-export it (`@_exported import`).
    func exports(_ module: String, through imported: String) -> Bool {
        imported == module || isTreeModule(imported)
    }

    /// The folder after the last `Sources`, `Tests` or `Plugins` component; one pass over the bytes.
    static func folderModule(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            var folderStart = 0
            var module = 0..<0
            var followsMarker = false
            for index in bytes.indices where bytes[index] == UInt8(ascii: "/") {
                let folder = UnsafeBufferPointer(rebasing: bytes[folderStart..<index])
                if followsMarker { module = folderStart..<index }
                followsMarker = markers.contains { $0.elementsEqual(folder) }
                folderStart = index + 1
            }
            // The last marker names the file's own folder: the file sits right in `Sources/`, in no module.
            if followsMarker || module.isEmpty { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[module]), as: UTF8.self)
        }
    }

    private static let markers = ["Sources", "Tests", "Plugins"].map { Array($0.utf8) }
}
