/// Which Swift module a file belongs to, read from the SwiftPM layout: the folder after the last
/// `Sources`, `Tests` or `Plugins` component (`Sources/Core/A.swift` → `Core`). Files outside that
/// layout form one unnamed module, so that a plain folder of Swift files still sees itself.
enum SwiftModules {
    /// One pass over the path's bytes, without splitting it (this runs for every candidate of every call).
    static func module(of path: String) -> String {
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
