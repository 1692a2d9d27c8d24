/// Which Swift module a file belongs to, read from the SwiftPM layout: the folder after the last
/// `Sources`, `Tests` or `Plugins` component (`Sources/Core/A.swift` → `Core`). Files outside that
/// layout form one unnamed module, so that a plain folder of Swift files still sees itself.
enum SwiftModules {
    static func module(of path: String) -> String {
        let parts = path.split(separator: "/")
        guard let index = parts.dropLast().lastIndex(where: { $0 == "Sources" || $0 == "Tests" || $0 == "Plugins" }),
              index + 1 < parts.count - 1 else { return "" }
        return String(parts[index + 1])
    }
}
