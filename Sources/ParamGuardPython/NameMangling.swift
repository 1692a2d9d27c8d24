/// Python's private name mangling: inside a class body (and every function nested in it) a name
/// `__x` that does not end in `__` is compiled as `_Class__x`, with the innermost class's name
/// stripped of its leading underscores. It applies to parameter names and keyword arguments alike.
enum NameMangling {
    static func mangled(_ name: String, inClass owner: String?) -> String {
        guard let owner, name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = owner.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }
}
