import ParamGuardGit
import ParamGuardModel

/// A call of a parameter annotated `type[C]` constructs `C` or any subclass of it. A keyword such a
/// call adds or edits is a finding only when `C` and every subclass the tree declares reject it, and
/// the tree's subclasses are all known: otherwise the call is open (`cls-may-be-a-subclass`).
///
/// `cls(...)` in a classmethod stays open: it is written in the class hierarchy itself, most often in
/// a base meant to be extended (by subclasses the tree may not hold, in a library) with parameters of
/// their own; a `type[C]` parameter is most often given the application's own concrete classes.
extension PythonAnalysis {
    /// Whether `keyword` is rejected by every constructor `call` may reach: those of its class and of
    /// all the tree's subclasses of it. False for `cls(...)`, and when the class or one of its
    /// subclasses cannot be told.
    mutating func everySubclassRejects(_ keyword: String, call: CallSite, inFile path: String) -> Bool {
        guard call.calleePath?.first != "cls", let root = resolver.constructedClass(of: call, inFile: path),
              let constructors = subclassConstructors(of: root) else { return false }
        return constructors.allSatisfy { !$0.callable.accepts(keyword: keyword) }
    }

    /// The constructors of the classes of the tree derived from `root`, directly or not; nil when one
    /// cannot be worked out, when a class whose base may be one of them cannot be read, or past
    /// `maximumSubclasses`.
    private mutating func subclassConstructors(of root: (module: String, definition: ClassDefinition)) -> [ResolvedCallable]? {
        let rootKey = DefinitionKey(path: root.module, name: root.definition.name)
        if let known = subclassConstructorMemo[rootKey] { return known }
        var found: [ResolvedCallable]? = []
        var seen: Set<DefinitionKey> = [rootKey]
        var frontier = [rootKey]
        search: while !frontier.isEmpty {
            let names = Set(frontier.map { String($0.name.lastDottedComponent) })
            let parents = Set(frontier)
            frontier = []
            let mentions = store.blobsMentioning(anyOf: names, in: changeSet.after)
            for (path, blob) in changeSet.after.entries where mentions.contains(blob) {
                guard let file = resolver.summary(path) else {
                    found = nil
                    break search
                }
                for definition in file.classes {
                    let derives = definition.bases.contains { base in
                        guard names.contains(String(base.split(separator: "[").first?.lastDottedComponent ?? "")) else { return false }
                        guard let (module, baseDefinition) = resolver.classDefinition(base, inModule: path, depth: 0) else { return true }
                        return parents.contains(DefinitionKey(path: module, name: baseDefinition.name))
                    }
                    let key = DefinitionKey(path: path, name: definition.name)
                    guard derives, seen.insert(key).inserted else { continue }
                    guard seen.count <= Self.maximumSubclasses,
                          let constructor = resolver.constructor(of: definition, inModule: path, depth: 0) else {
                        found = nil
                        break search
                    }
                    found?.append(constructor)
                    frontier.append(key)
                }
            }
        }
        subclassConstructorMemo[rootKey] = found
        return found
    }

    /// Past this many subclasses a class is taken for a framework's base: its calls stay open.
    static let maximumSubclasses = 200
}
