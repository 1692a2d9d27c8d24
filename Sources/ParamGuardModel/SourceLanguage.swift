/// The languages paramguard reads, told by file extension.
public enum SourceLanguage: String, Sendable, Codable, Hashable, CaseIterable {
    case python
    case swift

    /// How caches, messages and `paramguard rules` name it.
    public var name: String { rawValue }

    /// The language of a path, by its extension; nil for any other file.
    public init?(path: String) {
        // Bytes, not characters: this runs on every path of the tree.
        if path.hasByteSuffix(".py") {
            self = .python
        } else if path.hasByteSuffix(".swift") {
            self = .swift
        } else {
            return nil
        }
    }
}
