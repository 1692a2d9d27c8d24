/// Which Swift module a file belongs to, read from the SwiftPM layout: the folder after the last
/// `Sources`, `Tests` or `Plugins` component (`Sources/Core/A.swift` → `Core`). Files outside that
/// layout form one unnamed module, so that a plain folder of Swift files still sees itself.
enum SwiftModules {
    /// One pass over the path's bytes, without splitting it (this runs for every candidate of every call).
    static func module(of path: String) -> String {
        let utf8 = path.utf8
        var start = utf8.startIndex
        var module: Substring?
        var followsMarker = false
        while let slash = utf8[start...].firstIndex(of: UInt8(ascii: "/")) {
            let folder = path[start..<slash]
            if followsMarker { module = folder }
            followsMarker = markers.contains { folder.utf8.elementsEqual($0.utf8) }
            start = utf8.index(after: slash)
        }
        // The last marker names the file's own folder: the file sits right in `Sources/`, in no module.
        if followsMarker { return "" }
        return module.map(String.init) ?? ""
    }

    private static let markers = ["Sources", "Tests", "Plugins"]
}
