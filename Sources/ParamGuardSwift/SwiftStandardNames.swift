/// Names from the Swift standard library that the frontend and the resolver need to know.
public enum SwiftStandardNames {
    /// Raw types that give an enum `init?(rawValue:)` and no other overload.
    public static let rawValueTypes: Set<String> = [
        "String", "Character", "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64",
        "Double", "Float", "Float80",
    ]

    /// Standard types no closure converts to: a parameter of one of them is never filled by a trailing
    /// closure, so every call writes its label.
    public static let valueTypes: Set<String> = rawValueTypes.union(["Bool", "Substring"])
}
