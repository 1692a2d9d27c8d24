import ParamGuardGit
import ParamGuardSwift

/// Which Swift module a file belongs to. The targets of every `Package.swift` in the tree come first:
/// a file belongs to the target whose folder (its `path:`, or SwiftPM's default `Sources/<name>`,
/// `Source/<name>`, `src/<name>`, `Tests/<name>` or `Plugins/<name>`) holds it, the deepest one
/// winning. A file no manifest places falls back to the folder layout: the folder after the last
/// `Sources`, `Tests` or `Plugins` component (`Sources/Core/A.swift` → `Core`); files outside that
/// layout form one unnamed module, so that a plain folder of Swift files still sees itself.
final class SwiftModules {
    /// Folder prefixes (with a trailing `/`) and their module, longest first.
    private let roots: [(prefix: String, module: String)]
    private let paths: [String]
    /// Folders (with a trailing `/`, or empty for the root) that hold a `Package.swift`, deepest first.
    private let packageFolders: [String]

    init(files: FileTree, repository: Repository) {
        paths = files.paths
        var roots: [(String, String)] = []
        var packageFolders: [String] = []
        for (path, id) in zip(files.paths, files.ids) where path == "Package.swift" || path.hasSuffix("/Package.swift") {
            guard let bytes = try? repository.blobContent(id) else { continue }
            let folder = String(path.dropLast("Package.swift".count))
            packageFolders.append(folder)
            for target in SwiftPackageManifest.targets(bytes) {
                let defaults = target.isTest ? ["Tests/"] : ["Sources/", "Source/", "src/", "srcs/", "Plugins/"]
                let candidates = target.path.map { [folder + ($0.hasSuffix("/") ? $0 : $0 + "/")] }
                    ?? defaults.map { folder + $0 + target.name + "/" }
                if let found = candidates.first(where: { Self.holdsFiles($0, sortedPaths: files.paths) }) {
                    roots.append((found == "/" || found == "./" ? folder : found, target.name))
                }
            }
        }
        self.roots = roots.sorted { $0.0.utf8.count > $1.0.utf8.count }
        self.packageFolders = packageFolders.sorted { $0.utf8.count > $1.utf8.count }
    }

    /// The folder of the innermost `Package.swift` above a file, "" when none (or the root's). A
    /// package nested in the tree (`Examples/Demo/Package.swift`) usually depends on a released
    /// version of the outer one, whose declarations may differ from the tree's: its files and the
    /// outer package's are told apart.
    func package(of path: String) -> String {
        packageFolders.first { path.hasPrefix($0) } ?? ""
    }

    /// Whether some path starts with `prefix`: a binary search of the sorted paths.
    private static func holdsFiles(_ prefix: String, sortedPaths: [String]) -> Bool {
        var low = 0
        var high = sortedPaths.count
        while low < high {
            let middle = (low + high) / 2
            if sortedPaths[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < sortedPaths.count && sortedPaths[low].hasPrefix(prefix)
    }

    func module(of path: String) -> String {
        for (prefix, module) in roots where path.hasPrefix(prefix) { return module }
        return Self.folderModule(of: path)
    }

    /// Every module of the tree, by name.
    lazy var names: Set<String> = Set(roots.map(\.module)).union(paths.map(Self.folderModule))

    /// Whether importing `imported` can make `module`'s public declarations visible: it is that module,
    /// or another module of the tree, which may re-export it (`@_exported import`).
    func exports(_ module: String, through imported: String) -> Bool {
        imported == module || names.contains(imported)
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
