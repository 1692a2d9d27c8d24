import ParamGuardModel
import ParamGuardPython

extension Resolver {
    /// What `for x in items:` (or `in self.items`) binds `x` to, at `scope` of the file at `path`: an
    /// instance of the class the container's annotation names for its elements (`items: list[Handler]`
    /// as a parameter; `self.items: list[Handler]` or `items: list[Handler]` in the class). Nil when the
    /// annotation does not say, or the name may be bound otherwise.
    func elementsIterated(_ iterated: [String], inFile path: String, scope: String, scopes: FileScopes, depth: Int, line: Int? = nil) -> [Target]? {
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
            // An instance of a class of the tree: what its `__iter__` is annotated to yield.
            guard let containers = try? resolvePath(iterated, inFile: path, scope: scope, depth: depth + 1, line: line), !containers.isEmpty else { return nil }
            return elementsYielded(byIterating: containers, depth: depth)
        }
        let elements = Set(annotations.map(ContainerAnnotation.element(of:)))
        guard elements.count == 1, let element = elements.first, let element else { return nil }
        return instances(ofClassNamed: element, inFile: path, scope: annotationScope, depth: depth)
    }

    /// What iterating instances of classes of the tree yields: the element the return annotation of
    /// their `__iter__` (declared or inherited) names, `-> Iterator[Text]`, `-> "Iterator[Text]"` or
    /// `-> Generator[Text, None, None]`, read where that method is defined. Nil unless every instance's says, and they agree.
    func elementsYielded(byIterating containers: [Target], depth: Int) -> [Target]? {
        var yielded: [Target] = []
        for container in containers {
            guard case let .instance(module, names) = container,
                  let definition = summary(module)?.classDefinition(named: names.joined(separator: ".")) else { return nil }
            let methods = ownOrInheritedMethod("__iter__", of: definition, inModule: module, depth: depth + 1)
            guard methods.count == 1, let annotation = methods[0].callable.returnAnnotation,
                  let element = ContainerAnnotation.element(of: annotation),
                  let instances = instances(ofClassNamed: element, inFile: methods[0].path, scope: "", depth: depth) else { return nil }
            yielded += instances.filter { !yielded.contains($0) }
        }
        return yielded.isEmpty ? nil : yielded
    }

    /// What `for x in f(...):` binds `x` to: an element of what `f` returns, when its return annotation
    /// is a container of one class of the tree (`-> list[Text]`), or a class of the tree whose
    /// `__iter__` says what it yields (`-> Lines`).
    func elementsOfCallResult(_ callee: [String], of name: String, inFile path: String, scope: String, scopes: FileScopes, depth: Int,
                              line: Int?) -> [Target]? {
        let lookupScope = callee.first == name ? scopes.parent(of: scope) : scope
        if let head = callee.first, head != "self", head != "cls",
           let targets = try? resolvePath(callee, inFile: path, scope: lookupScope, depth: depth + 1, line: callee.first == name ? nil : line),
           targets.count == 1, case let .member(module, names) = targets[0], let file = summary(module),
           let function = file.callables.first(where: { $0.name == names.joined(separator: ".") && $0.kind != .initializer }),
           let annotation = function.returnAnnotation, let element = ContainerAnnotation.element(of: annotation) {
            return instances(ofClassNamed: element, inFile: module, scope: "", depth: depth)
        }
        guard let containers = instancesReturned(by: callee, of: name, inFile: path, scope: scope, scopes: scopes, depth: depth, line: line) else { return nil }
        return elementsYielded(byIterating: containers, depth: depth)
    }
}
