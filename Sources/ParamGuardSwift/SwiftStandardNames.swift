/// Names from the Swift standard library that the frontend and the resolver need to know.
public enum SwiftStandardNames {
    /// Raw types that give an enum `init?(rawValue:)` and no other overload.
    public static let rawValueTypes: Set<String> = [
        "String", "Character", "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
        "Double", "Float", "Float80",
    ]

    /// Protocols that declare no initializer or method a call could pick by label (or, like `Decodable`,
    /// whose one initializer the frontend writes out).
    public static let protocolsAddingNoOverloads: Set<String> = [
        "Equatable", "Hashable", "Comparable", "Sendable", "Identifiable", "CustomStringConvertible",
        "CustomDebugStringConvertible", "Error", "Encodable", "Decodable", "Codable", "CaseIterable", "AnyObject",
        "LocalizedError", "BitwiseCopyable", "Copyable",
    ]
}
