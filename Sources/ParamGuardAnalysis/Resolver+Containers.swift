import ParamGuardModel
import ParamGuardPython

extension Resolver {
    /// What `for x in items:` (or `in self.items`) binds `x` to, at `scope` of the file at `path`: an
    /// instance of the class the container's annotation names for its elements (`items: list[Handler]`
    /// as a parameter; `self.items: list[Handler]` or `items: list[Handler]` in the class). Nil when the
    /// annotation does not say, or the name may be bound otherwise.
    func elementsIterated(_ iterated: [String], inFile path: String, scope: String, scopes: FileScopes, depth: Int) -> [Target]? {
        guard let file = summary(path), let head = iterated.first else { return nil }
        let annotations: [String]
        let annotationScope: String
        if head == "self", iterated.count == 2, let owner = scopes.classOwning(method: scope) {
            let settings = file.attributeAssignments.filter { $0.owner == owner && $0.name == iterated[1] }
            guard !settings.isEmpty else { return nil }
            annotations = settings.compactMap(\.annotation)
            guard annotations.count == settings.count else { return nil }
            annotationScope = ""
        } else if iterated.count == 1, let parameter = scopes.parameter(named: head, enclosing: scope),
                  !file.assignments.contains(where: { $0.name == head && scopes.isVisible($0.scope, from: scope) }),
                  !file.imports.contains(where: { $0.boundName == head && scopes.isVisible($0.scope, from: scope) }),
                  let annotation = parameter.parameter.annotation {
            annotations = [annotation]
            annotationScope = scopes.parent(of: parameter.scope)
        } else {
            return nil
        }
        let elements = Set(annotations.map(ContainerAnnotation.element(of:)))
        guard elements.count == 1, let element = elements.first, let element else { return nil }
        guard let classes = try? resolvePath(element.dottedComponents.map(String.init), inFile: path, scope: annotationScope, depth: depth + 1),
              !classes.isEmpty else { return nil }
        return instances(ofClasses: classes)
    }
}
