import ParamGuardModel

/// Identifies a definition across the analysis: the file it lives in and its dotted name there.
struct DefinitionKey: Hashable {
    var path: String
    var name: String
}

/// A callable a call resolved to, with the full parameter list a caller must match
/// (for a dataclass: inherited fields merged in) and every definition that list was built from.
struct ResolvedCallable {
    var path: String
    var callable: Callable
    var contributors: Set<DefinitionKey>
    /// For a factory of Python's standard library (then `path` is empty): its module, `collections`.
    var standardModule: String? = nil

    var key: DefinitionKey { DefinitionKey(path: path, name: callable.name) }
}

/// Answers "which definition does this call call?" through the calling file's imports, never by bare name.
///
/// Every step may have several candidates (a name bound by conditional imports, a module name two
/// files claim). A step that cannot be followed inside the repository (a third-party module, a star
/// import, a variable) makes the whole call unresolved, and an unresolved call is never a finding.
final class Resolver {
    /// A module (file path or namespace directory) or a dotted name inside one.
    enum Target: Hashable {
        case module(String)
        case member(module: String, names: [String])
        /// An instance of the class `names` (an annotated parameter, `self`): its methods can be called,
        /// but calling it runs `__call__`, not the constructor.
        case instance(module: String, names: [String])
    }

    let index: ModuleIndex
    /// Other modules' definitions and module-level names, by path.
    private let definitions: (String) -> FileSummary?
    /// The file whose calls are being resolved, in full: its functions' own imports, assignments and
    /// parameters decide what names mean there.
    var callingFile: (path: String, summary: FileSummary)?
    static let maximumDepth = 12

    init(index: ModuleIndex, definitions: @escaping (String) -> FileSummary?) {
        self.index = index
        self.definitions = definitions
    }

    func summary(_ path: String) -> FileSummary? {
        if let callingFile, callingFile.path == path { return callingFile.summary }
        return definitions(path)
    }

    /// The scopes of the file at `path`, whose summary is `file`, built once per check: a path's
    /// classes and functions are the same in its full summary and in its definitions.
    private var scopesByPath: [String: FileScopes] = [:]

    func scopes(of path: String, file: FileSummary) -> FileScopes {
        if let known = scopesByPath[path] { return known }
        let scopes = FileScopes(file: file)
        scopesByPath[path] = scopes
        return scopes
    }

    /// The callables `call` in file `path` may invoke; nil when it cannot be traced. A decorator of
    /// the tree that keeps the signature of what it decorates is seen through.
    func resolve(_ call: CallSite, inFile path: String) -> [ResolvedCallable]? {
        resolveDecorated(call, inFile: path)?.map(seeingThroughDecorators).map(expandingUnpackedKeywords)
    }

    private func resolveDecorated(_ call: CallSite, inFile path: String) -> [ResolvedCallable]? {
        if call.calleePath == nil, let owner = call.enclosingClass, let member = SuperCall.member(ofCallee: call.callee, owner: owner) {
            return resolveSuper(member, owner: owner, inFile: path)
        }
        guard let parts = call.calleePath, let head = parts.first else {
            // `C().m(...)`, `make().m(...)`, `C().a().b(...)`: a method of what a call returns.
            guard let (receiver, rest) = Resolver.splitCallResult(call.callee),
                  let instances = instances(ofCallExpression: receiver, inFile: path, scope: call.scope, depth: 0),
                  let targets = try? follow(rest, from: instances, depth: 0) else { return nil }
            return callables(of: targets)
        }
        var targets: [Target]
        if (head == "cls" && parts.count <= 2) || (head == "self" && parts.count == 2), let owner = call.enclosingClass {
            // `self.m()`, `cls.m()` and `cls()` in a method: the enclosing class's own members
            // (`self()` would run `__call__`, so it is not among them).
            let names = owner.dottedComponents.map(String.init) + parts.dropFirst()
            targets = [.member(module: path, names: names)]
        } else if head == "self", parts.count >= 3, let owner = call.enclosingClass {
            // `self.attribute.method()`: the attribute's type, from what the class's methods set it to.
            guard let types = attributeTypes(parts[1], of: owner, inFile: path, depth: 0),
                  let found = try? follow(Array(parts.dropFirst(2)), from: types, depth: 0) else { return nil }
            targets = found
        } else {
            guard let bound = bindings(of: head, inFile: path, scope: call.scope, depth: 0, line: call.location.line),
                  let found = try? follow(Array(parts.dropFirst()), from: bound, depth: 0) else { return nil }
            targets = found
        }
        return callables(of: targets)
    }

    private func callables(of targets: [Target]) -> [ResolvedCallable]? {
        var resolved: [ResolvedCallable] = []
        for target in Set(targets) {
            guard case let .member(module, names) = target,
                  let callables = callables(at: module, names: names, depth: 0) else { return nil }
            resolved += callables
        }
        return resolved.isEmpty ? nil : resolved
    }

    /// `functools.partial(C, kw=...)` binds keywords for `C`: the call to check is `C(kw=...)`.
    func partialApplication(of call: CallSite, inFile path: String) -> CallSite? {
        guard let target = call.firstArgumentPath, let callee = call.calleePath,
              externalName(of: callee, inFile: path, scope: call.scope) == "functools.partial" else { return nil }
        var bound = call
        bound.callee = target.joined(separator: ".")
        bound.positionalCount -= 1
        return bound
    }

    /// A dotted name qualified through the imports visible at `scope` (`partial` → `functools.partial`),
    /// for names of modules outside the repository.
    func externalName(of path: [String], inFile file: String, scope: String) -> String? {
        guard let head = path.first, let summary = summary(file) else { return nil }
        let binding = summary.imports.last { binding in
            binding.boundName == head && (binding.scope.isEmpty || scope == binding.scope || scope.hasPrefix(binding.scope + "."))
        }
        guard let binding, binding.level == 0 else { return nil }
        let qualifiedHead: String
        switch binding.kind {
        case .module:
            qualifiedHead = binding.boundName == binding.module.dottedComponents.first.map(String.init) ? head : binding.module
        case .symbol:
            qualifiedHead = binding.module + "." + (binding.symbol ?? head)
        case .star:
            return nil
        }
        return ([qualifiedHead] + path.dropFirst()).joined(separator: ".")
    }

    // MARK: - Names

    /// What `name` means in `path` at `scope`, by Python's scoping: the innermost function that binds it
    /// (as a parameter, by an import, or by an assignment) decides; at module level, imports, assignments
    /// and the module's own definitions. Class bodies do not enclose their methods. Nil when it cannot
    /// be followed: a parameter without a class annotation, an assignment of anything but a dotted name,
    /// a star import that may bind it.
    ///
    /// With the `line` of a call in `scope` itself, a binding of the name in that function that holds
    /// through the line (`NameAssignment.holdsThrough`) hides the bindings before it: only it, and those
    /// after it that may still reach the line, count (`x = A(); x.m(); x = B(); x.m()`).
    func bindings(of name: String, inFile path: String, scope: String, depth: Int, line: Int? = nil) -> [Target]? {
        guard depth < Resolver.maximumDepth, let file = summary(path) else { return nil }
        let scopes = scopes(of: path, file: file)
        let imports = file.imports.filter { $0.boundName == name && scopes.isVisible($0.scope, from: scope) }
        let assignments = file.assignments.filter { $0.name == name && scopes.isVisible($0.scope, from: scope) }
        let parameter = scopes.parameter(named: name, enclosing: scope)
        let local = scopes.localDefinition(named: name, enclosing: scope)
        let innermost = (imports.map(\.scope) + assignments.map(\.scope) + [parameter?.scope ?? "", local?.scope ?? ""])
            .max { $0.count < $1.count } ?? ""

        if let line, !innermost.isEmpty, innermost == scope, local?.scope != innermost,
           let reaching = Resolver.assignmentsReaching(line, among: assignments.filter { $0.scope == innermost }, loops: file.loops),
           !imports.contains(where: { $0.scope == innermost && $0.location.line >= reaching[0].location.line && $0.location.line <= line }) {
            guard let bound = boundByAssignments(name, reaching, inFile: path, scope: innermost, scopes: scopes, depth: depth),
                  !bound.targets.isEmpty else { return nil }
            return bound.targets
        }

        if let local, local.scope == innermost {
            // `def`/`class` in a function body binds the name there, hiding the module's; also bound
            // otherwise in that body, which binding a call sees depends on the order: not followed.
            let alsoBound = parameter?.scope == innermost || imports.contains { $0.scope == innermost }
                || assignments.contains { $0.scope == innermost }
            return alsoBound ? nil : [.member(module: path, names: local.qualifiedName.dottedComponents.map(String.init))]
        }

        if let parameter, parameter.scope == innermost, !innermost.isEmpty {
            guard let written = parameter.parameter.annotation else { return nil }
            // `cls_: type[C]` holds the class itself (or a subclass): calling it constructs one.
            let classObject = Resolver.classObjectAnnotation(written)
            let annotation = classObject ?? written
            let classTargets = try? resolvePath(annotation.dottedComponents.map(String.init), inFile: path, scope: scopes.parent(of: innermost), depth: depth + 1)
            guard let classTargets, !classTargets.isEmpty else { return nil }
            return classTargets.map { target in
                guard case let .member(module, names) = target else { return target }
                return classObject == nil ? .instance(module: module, names: names) : target
            }
        }
        var targets: [Target] = []
        for binding in imports where binding.scope == innermost {
            guard let found = targetsOf(binding, inFile: path, depth: depth) else { return nil }
            targets += found
        }
        guard let bound = boundByAssignments(name, assignments.filter { $0.scope == innermost }, inFile: path, scope: innermost, scopes: scopes, depth: depth)
        else { return nil }
        targets += bound.targets
        let rebound = bound.rebound
        if rebound && innermost.isEmpty {
            // A module-level name bound both by definitions and by assignments: only the assignments'
            // targets are certain enough (the definition may be the one replaced).
            return targets.isEmpty ? nil : targets
        }
        if innermost.isEmpty {
            if file.callables.contains(where: { $0.name == name }) || file.classes.contains(where: { $0.name == name }) {
                targets.append(.member(module: path, names: [name]))
            }
            if imports.isEmpty && file.imports.contains(where: { $0.kind == .star && $0.scope.isEmpty }) {
                return nil  // A star import may bind the name: cannot tell.
            }
        }
        return targets.isEmpty ? nil : targets
    }

    /// Of the bindings of a name in one function, those that may reach a call on `line`: the last one
    /// before the line that holds through it, those between it and the line, and later ones a loop
    /// may bring back round. Nil when none holds through the line.
    static func assignmentsReaching(_ line: Int, among assignments: [NameAssignment], loops: [LoopSpan]) -> [NameAssignment]? {
        guard let last = assignments.filter({ $0.location.line < line && ($0.holdsThrough ?? 0) >= line })
            .max(by: { $0.location.line < $1.location.line }), let end = last.holdsThrough else { return nil }
        return assignments.filter { assignment in
            let at = assignment.location.line
            guard at >= last.location.line && at <= end else { return false }
            // One after the line reaches it only round a loop that starts after `last` (a loop around
            // `last` runs it again first) and holds both.
            return at < line || loops.contains { $0.header > last.location.line && $0.header <= line && $0.end >= at }
        }
    }

    /// What the assignments of a name in `scope` bind it to, and whether one rebinds it (rather than
    /// keeping what it was, as `X = decorate(X)` does); nil when one of them cannot be followed.
    private func boundByAssignments(
        _ name: String, _ assignments: [NameAssignment], inFile path: String, scope innermost: String, scopes: FileScopes, depth: Int
    ) -> (targets: [Target], rebound: Bool)? {
        var targets: [Target] = []
        var rebound = false
        for assignment in assignments {
            if assignment.valuePath != nil, let narrowed = assignment.narrowedTo {
                // `x = self.title` under `if isinstance(self.title, Text):` holds a `Text`.
                guard let found = instances(ofClassNamed: narrowed, inFile: path, scope: innermost, depth: depth) else { return nil }
                targets += found
                rebound = true
            } else if let value = assignment.valuePath {
                guard let found = aliasTargets(value, of: name, inFile: path, scope: innermost, scopes: scopes, depth: depth, line: assignment.location.line) else {
                    return nil
                }
                targets += found
                rebound = true
            } else if assignment.wrappedPath == [name] {
                // `X = decorate(X)`: the class decorator idiom keeps what `X` was.
                continue
            } else if let wrapped = assignment.wrappedPath, let callee = assignment.valueCallPath,
                      externalName(of: callee, inFile: path, scope: innermost) == "functools.partial" {
                // `p = functools.partial(f, ...)`: calling `p` calls `f`, with some arguments bound.
                let lookupScope = wrapped.first == name ? scopes.parent(of: innermost) : innermost
                guard let found = try? resolvePath(wrapped, inFile: path, scope: lookupScope, depth: depth + 1) else { return nil }
                targets += found
                rebound = true
            } else if let iterated = assignment.iteratesPath, assignment.iteratesCallResult {
                guard let found = elementsOfCallResult(iterated, of: name, inFile: path, scope: innermost, scopes: scopes, depth: depth,
                                                       line: assignment.location.line) else { return nil }
                targets += found
                rebound = true
            } else if let iterated = assignment.iteratesPath {
                guard let found = elementsIterated(iterated, inFile: path, scope: innermost, scopes: scopes, depth: depth, line: assignment.location.line) else { return nil }
                targets += found
                rebound = true
            } else if let callee = assignment.valueCallPath, assignment.entersContext {
                guard let managers = instancesReturned(by: callee, of: name, inFile: path, scope: innermost, scopes: scopes, depth: depth, line: assignment.location.line),
                      let found = enteredContexts(of: managers, depth: depth) else { return nil }
                targets += found
                rebound = true
            } else if let callee = assignment.valueCallPath {
                guard let found = instancesReturned(by: callee, of: name, inFile: path, scope: innermost, scopes: scopes, depth: depth, line: assignment.location.line) else {
                    return nil
                }
                targets += found
                rebound = true
            } else {
                return nil
            }
        }
        return (targets, rebound)
    }

    /// `type[C]`, `Type[C]`, `typing.Type[C]` → `C`; nil for any other annotation.
    static func classObjectAnnotation(_ annotation: String) -> String? {
        for prefix in ["type[", "Type[", "typing.Type["] where annotation.hasPrefix(prefix) && annotation.hasSuffix("]") {
            let inner = annotation.dropFirst(prefix.count).dropLast()
            return CallSite.dottedPath(String(inner)) != nil ? String(inner) : nil
        }
        return nil
    }

    /// The class a call of a parameter annotated `type[C]` constructs (or a subclass of it), with the
    /// file that declares it.
    func constructedClass(of call: CallSite, inFile path: String) -> (module: String, definition: ClassDefinition)? {
        guard let parts = call.calleePath, parts.count == 1, let head = parts.first, let file = summary(path) else { return nil }
        let scopes = scopes(of: path, file: file)
        guard let parameter = scopes.parameter(named: head, enclosing: call.scope), let annotation = parameter.parameter.annotation,
              let written = Resolver.classObjectAnnotation(annotation) else { return nil }
        return classDefinition(written, inModule: path, depth: 0)
    }

    /// Whether `name(...)` in `scope` calls a parameter annotated `type[C]`: it may construct any
    /// subclass of `C`, whose parameters may differ.
    func callsClassParameter(_ call: CallSite, inFile path: String) -> Bool {
        guard let head = call.calleePath?.first, call.calleePath?.count == 1, let file = summary(path),
              let parameter = scopes(of: path, file: file).parameter(named: head, enclosing: call.scope),
              let annotation = parameter.parameter.annotation else { return false }
        return Resolver.classObjectAnnotation(annotation) != nil
    }

    /// The targets of an alias `name = value.path` assigned at `scope`.
    private func aliasTargets(
        _ value: [String], of name: String, inFile path: String, scope: String, scopes: FileScopes, depth: Int, line: Int? = nil
    ) -> [Target]? {
        guard let head = value.first else { return nil }
        if head == "self" || head == "cls" {
            guard let owner = scopes.classOwning(method: scope) else { return nil }
            let names = owner.dottedComponents.map(String.init)
            let base: Target = head == "cls" ? .member(module: path, names: names) : .instance(module: path, names: names)
            return try? follow(Array(value.dropFirst()), from: [base], depth: depth + 1)
        }
        // `x = x.y` reads the outer `x`.
        let lookupScope = head == name ? scopes.parent(of: scope) : scope
        return try? resolvePath(value, inFile: path, scope: lookupScope, depth: depth + 1, line: head == name ? nil : line)
    }

    /// The instances an attribute of `owner`'s instances can hold: every place that sets it must say
    /// (an annotation naming a class, or a constructor or return-annotated call), else nil.
    private func attributeTypes(_ attribute: String, of owner: String, inFile path: String, depth: Int) -> [Target]? {
        guard depth < Resolver.maximumDepth, let file = summary(path) else { return nil }
        // Another module's summary keeps no function-level bindings, so a value set by a call there
        // cannot be read reliably: only annotations count outside the calling file.
        let readsCalls = callingFile?.path == path
        let settings = file.attributeAssignments.filter { $0.owner == owner && $0.name == attribute }
        guard !settings.isEmpty else { return nil }
        let scopes = scopes(of: path, file: file)
        var targets: [Target] = []
        for setting in settings {
            if let annotation = setting.annotation {
                guard let instances = instances(ofClassNamed: annotation, inFile: path, scope: "", depth: depth) else { return nil }
                targets += instances
            } else if readsCalls, let callee = setting.valueCallPath {
                guard let instances = instancesReturned(by: callee, of: "", inFile: path, scope: setting.scope, scopes: scopes, depth: depth + 1)
                else { return nil }
                targets += instances
            } else {
                return nil
            }
        }
        return targets.isEmpty ? nil : targets
    }

    /// What `name = callee(...)` makes `name`: an instance of the class called, or of the class a
    /// function's return annotation names. Nil for anything else.
    func instancesReturned(
        by callee: [String], of name: String, inFile path: String, scope: String, scopes: FileScopes, depth: Int, line: Int? = nil
    ) -> [Target]? {
        let lookupScope = callee.first == name ? scopes.parent(of: scope) : scope
        let calleeTargets: [Target]?
        if let head = callee.first, head == "self" || head == "cls" {
            calleeTargets = aliasTargets(callee, of: name, inFile: path, scope: scope, scopes: scopes, depth: depth, line: line)
        } else {
            calleeTargets = try? resolvePath(callee, inFile: path, scope: lookupScope, depth: depth + 1, line: callee.first == name ? nil : line)
        }
        guard let calleeTargets, !calleeTargets.isEmpty else { return nil }
        return instances(returnedBy: calleeTargets, depth: depth)
    }

    /// The instances calling the targets gives: a class's own, or those of the class a function's
    /// return annotation names (`Self` or the class itself, for a method). Nil for anything else.
    func instances(returnedBy calleeTargets: [Target], depth: Int) -> [Target]? {
        var instances: [Target] = []
        for target in calleeTargets {
            guard case let .member(module, names) = target, let file = summary(module) else { return nil }
            let qualified = names.joined(separator: ".")
            if file.classDefinition(named: qualified) != nil {
                instances.append(.instance(module: module, names: names))
                continue
            }
            var functions = file.callables.filter { $0.name == qualified && $0.kind != .initializer }.map { ResolvedCallable(path: module, callable: $0, contributors: []) }
            if functions.isEmpty, names.count >= 2, let owner = file.classDefinition(named: names.dropLast().joined(separator: ".")),
               case let .found(inherited) = inheritedMethod(names.last!, of: owner, inModule: module, depth: depth + 1) {
                functions = inherited
            }
            guard let function = functions.first, functions.count == 1, let annotation = function.callable.returnAnnotation else { return nil }
            // The annotation is read where the function is defined: at module level, or as a sibling in
            // its class. `Self` is the class the method was called on.
            let definedIn = function.path, definingClass = function.callable.name.dottedComponents.dropLast().map(String.init)
            var classTargets = try? resolvePath(annotation.dottedComponents.map(String.init), inFile: definedIn, scope: "", depth: depth + 1)
            if names.count >= 2, annotation == "Self" {
                classTargets = [.member(module: module, names: Array(names.dropLast()))]
            } else if classTargets == nil, annotation == definingClass.last {
                classTargets = [.member(module: definedIn, names: definingClass)]
            }
            guard let classTargets, !classTargets.isEmpty, let returned = self.instances(ofClasses: classTargets) else { return nil }
            instances += returned
        }
        return instances
    }

    /// Instances of the class a dotted name (an annotation, an `isinstance` class) names as seen from
    /// `scope` in `path`; nil when it does not name classes of the tree.
    func instances(ofClassNamed written: String, inFile path: String, scope: String, depth: Int) -> [Target]? {
        guard let classes = try? resolvePath(written.dottedComponents.map(String.init), inFile: path, scope: scope, depth: depth + 1),
              !classes.isEmpty else { return nil }
        return instances(ofClasses: classes)
    }

    /// Instances of the classes the targets name; nil when one of them is not a class of the tree.
    func instances(ofClasses targets: [Target]) -> [Target]? {
        var instances: [Target] = []
        for target in targets {
            guard case let .member(module, names) = target,
                  summary(module)?.classDefinition(named: names.joined(separator: ".")) != nil else { return nil }
            instances.append(.instance(module: module, names: names))
        }
        return instances
    }

    private struct Unresolved: Error {}

    /// A dotted path as seen from `scope` in `path`.
    func resolvePath(_ parts: [String], inFile path: String, scope: String, depth: Int, line: Int? = nil) throws -> [Target] {
        guard let head = parts.first, let bound = bindings(of: head, inFile: path, scope: scope, depth: depth, line: line) else {
            throw Unresolved()
        }
        return try follow(Array(parts.dropFirst()), from: bound, depth: depth)
    }

    func follow(_ names: [String], from start: [Target], depth: Int) throws -> [Target] {
        var targets = start
        for name in names {
            var next: [Target] = []
            for target in targets {
                guard let found = attribute(name, of: target, depth: depth) else { throw Unresolved() }
                next += found
            }
            targets = next
        }
        return targets
    }

    private func targetsOf(_ binding: ImportBinding, inFile path: String, depth: Int) -> [Target]? {
        switch binding.kind {
        case .star:
            return nil
        case .module:
            let isAliased = binding.boundName != binding.module.dottedComponents.first.map(String.init)
            let modules = index.modules(named: isAliased ? binding.module : binding.boundName)
            return modules.isEmpty ? nil : modules.map { .module($0) }
        case .symbol:
            guard let symbol = binding.symbol else { return nil }
            let modules: [String]
            if binding.level > 0 {
                modules = index.module(relative: binding.module, level: binding.level, importingPath: path).map { [$0] } ?? []
            } else {
                modules = index.modules(named: binding.module)
            }
            guard !modules.isEmpty else { return nil }
            var targets: [Target] = []
            for module in modules {
                // `from . import sub` in a package's `__init__.py` imports its own submodule.
                if module == path, let submodule = index.submodule(symbol, of: module) {
                    targets.append(.module(submodule))
                    continue
                }
                guard let found = attribute(symbol, of: .module(module), depth: depth + 1) else { return nil }
                targets += found
            }
            return targets
        }
    }

    /// `target.name`: a module's definition, re-export or submodule, or a member of a class.
    func attribute(_ name: String, of target: Target, depth: Int) -> [Target]? {
        switch target {
        case let .member(module, names):
            return [.member(module: module, names: names + [name])]
        case let .instance(module, names):
            // An instance's method, or else what its class says the attribute holds.
            let owner = names.joined(separator: ".")
            if summary(module)?.callables.contains(where: { $0.name == owner + "." + name }) == false,
               let types = attributeTypes(name, of: owner, inFile: module, depth: depth + 1) {
                return types
            }
            return [.member(module: module, names: names + [name])]
        case let .module(module):
            if let file = summary(module) {
                if file.callables.contains(where: { $0.name == name }) || file.classes.contains(where: { $0.name == name }) {
                    return [.member(module: module, names: [name])]
                }
                // A name the module imports, or assigns at module level (`hook = Registry()`).
                if file.imports.contains(where: { $0.boundName == name && $0.scope.isEmpty })
                    || file.assignments.contains(where: { $0.name == name && $0.scope.isEmpty }) {
                    return bindings(of: name, inFile: module, scope: "", depth: depth + 1)
                }
            }
            if let submodule = index.submodule(name, of: module) {
                return [.module(submodule)]
            }
            if let file = summary(module) {
                return starReexport(name, inModule: module, file: file, depth: depth)
            }
            return nil
        }
    }

    /// `name` re-exported by `from .impl import *` in `module` (the common shape of a package's
    /// `__init__.py`): found in the star-imported module, which must export it (its `__all__`, or any
    /// public name without one). A star import from outside the repository could bind anything: nil.
    private func starReexport(_ name: String, inModule module: String, file: FileSummary, depth: Int) -> [Target]? {
        guard depth < Resolver.maximumDepth else { return nil }
        for star in file.imports where star.kind == .star && star.scope.isEmpty {
            let sources = star.level > 0
                ? index.module(relative: star.module, level: star.level, importingPath: module).map { [$0] } ?? []
                : index.modules(named: star.module)
            guard sources.count == 1, let source = sources.first else { return nil }
            guard let exported = summary(source) else { continue }
            let isExported = exported.exportedNames.map { $0.contains(name) } ?? !name.hasPrefix("_")
            if isExported, let found = attribute(name, of: .module(source), depth: depth + 1) {
                return found
            }
        }
        return nil
    }

    // MARK: - Callables

    /// The callables a dotted name inside a module stands for: a class's constructor, or functions.
    private func callables(at module: String, names: [String], depth: Int) -> [ResolvedCallable]? {
        guard let file = summary(module) else { return nil }
        let name = names.joined(separator: ".")
        if let classDefinition = file.classDefinition(named: name) {
            return constructor(of: classDefinition, inModule: module, depth: depth).map { [$0] }
        }
        let functions = file.callables.filter { $0.name == name && $0.kind != .initializer }
        guard !functions.isEmpty else {
            // `Sub().m(...)`, `self.m(...)` in a subclass: a method the class inherits.
            guard names.count >= 2, let owner = file.classDefinition(named: names.dropLast().joined(separator: ".")),
                  case let .found(inherited) = inheritedMethod(names.last!, of: owner, inModule: module, depth: depth + 1) else { return nil }
            return inherited
        }
        return functions.map { ResolvedCallable(path: module, callable: $0, contributors: [DefinitionKey(path: module, name: name)]) }
    }

    /// Bases that add no `__init__` parameters of their own.
    private static let transparentBases: Set<String> = [
        "object", "Generic", "typing.Generic", "ABC", "abc.ABC", "Protocol", "typing.Protocol",
    ]

    static func isTransparent(_ base: String) -> Bool {
        let head = base.split(separator: "[", maxSplits: 1).first.map(String.init) ?? base
        return transparentBases.contains(head)
    }

    /// The signature of calling a class: its own `__init__`, its dataclass fields merged with those it
    /// inherits, or the constructor of the base it inherits `__init__` from. Nil when any part of that
    /// lies outside the repository or behind an unknown class decorator.
    func constructor(of definition: ClassDefinition, inModule module: String, depth: Int) -> ResolvedCallable? {
        guard depth < Resolver.maximumDepth, let file = summary(module) else { return nil }
        let ownKey = DefinitionKey(path: module, name: definition.name)
        let own = file.callables.first { $0.name == definition.name && $0.kind == .initializer }
        // A class with both `__new__` and `__init__` may hand its arguments to another class's
        // instance (`__new__` returning a subclass): what the call needs is not known.
        if own?.source == .initMethod, file.callable(named: definition.name + ".__new__") != nil { return nil }
        if let own, own.source == .initMethod || own.isComplete {
            return ResolvedCallable(path: module, callable: own, contributors: [ownKey])
        }
        if let own, own.source.isFieldBased {
            return mergedFields(own, definition: definition, module: module, depth: depth)
        }
        if own == nil, let transformed = transformedConstructor(of: definition, inModule: module, depth: depth) {
            return transformed
        }
        let knownDecorators = definition.decorators.allSatisfy { $0 == "typing.final" || $0 == "final" }
        guard knownDecorators, definition.metaclass == nil else { return nil }
        if let new = file.callables.first(where: { $0.name == definition.name + ".__new__" && $0.kind == .method }) {
            // No `__init__` of its own: the arguments go to `__new__` (and to an inherited `__init__`,
            // which a class that takes over construction this way rarely has).
            var callable = new
            callable.name = definition.name
            callable.kind = .initializer
            callable.source = .newMethod
            return ResolvedCallable(path: module, callable: callable, contributors: [ownKey])
        }
        let bases = definition.bases.filter { !Resolver.isTransparent($0) }
        guard let base = bases.first else {
            // Only `object.__init__`: the class takes no arguments.
            return ResolvedCallable(
                path: module,
                callable: Callable(name: definition.name, kind: .initializer, parameters: [], location: definition.location, source: .initMethod),
                contributors: [ownKey])
        }
        guard bases.count == 1, var inherited = baseConstructor(base, inModule: module, depth: depth) else { return nil }
        inherited.contributors.insert(ownKey)
        if inherited.callable.source == .pydanticFields || inherited.callable.source == .typedDictFields {
            // A subclass of a pydantic model is a model too, and one of a TypedDict a TypedDict: its
            // annotations are more fields (keys).
            guard var fields = definition.modelFields else { return nil }
            if inherited.callable.source == .typedDictFields {
                fields = fields.map { var key = $0; key.hasDefault = true; return key }
            }
            var parameters = inherited.callable.parameters
            merge(fields, into: &parameters)
            inherited.callable.parameters = parameters
            inherited.callable.name = definition.name
            inherited.callable.location = definition.location
            inherited.path = module
        }
        return inherited
    }

    /// `super().member(...)` in a method of `owner`: the member of its one base class. With several
    /// bases (cooperative multiple inheritance) or none (a mixin, whose next class is only known at run
    /// time) the call is not resolved.
    private func resolveSuper(_ member: String, owner: String, inFile path: String) -> [ResolvedCallable]? {
        guard let definition = summary(path)?.classDefinition(named: owner) else { return nil }
        let bases = definition.bases.filter { !Resolver.isTransparent($0) }
        guard bases.count == 1, let (baseModule, baseDefinition) = classDefinition(bases[0], inModule: path, depth: 0) else {
            return nil
        }
        if member == "__init__" {
            return constructor(of: baseDefinition, inModule: baseModule, depth: 1).map { [$0] }
        }
        return callables(at: baseModule, names: baseDefinition.name.dottedComponents.map(String.init) + [member], depth: 1)
    }

    private func baseConstructor(_ base: String, inModule module: String, depth: Int) -> ResolvedCallable? {
        guard let (baseModule, baseDefinition) = classDefinition(base, inModule: module, depth: depth) else { return nil }
        return constructor(of: baseDefinition, inModule: baseModule, depth: depth + 1)
    }

    /// Resolves a base-class expression written in `module` to the class it names.
    func classDefinition(_ expression: String, inModule module: String, depth: Int) -> (String, ClassDefinition)? {
        // `Base[T]`: a generic base is the class it subscripts.
        let unsubscripted = expression.firstIndex(of: "[").map { expression[..<$0] } ?? Substring(expression)
        let parts = unsubscripted.dottedComponents.map(String.init)
        guard let head = parts.first, parts.allSatisfy(ModuleIndex.isIdentifier),
              let bound = bindings(of: head, inFile: module, scope: "", depth: depth + 1),
              let targets = try? follow(Array(parts.dropFirst()), from: bound, depth: depth + 1) else { return nil }
        guard targets.count == 1, case let .member(baseModule, names) = targets[0],
              let definition = summary(baseModule)?.classDefinition(named: names.joined(separator: ".")) else { return nil }
        return (baseModule, definition)
    }

    /// A dataclass's (or attrs class's) `__init__`: the fields of its bases of the same kind first, then
    /// its own, a redeclared field keeping its first position (the order both libraries use).
    private func mergedFields(_ own: Callable, definition: ClassDefinition, module: String, depth: Int) -> ResolvedCallable? {
        var parameters: [Parameter] = []
        var contributors: Set<DefinitionKey> = [DefinitionKey(path: module, name: definition.name)]
        for base in definition.bases.reversed() where !Resolver.isTransparent(base) {
            guard let (baseModule, baseDefinition) = classDefinition(base, inModule: module, depth: depth) else { return nil }
            guard baseDefinition.fieldInitializer == own.source else {
                // A plain base contributes no fields unless it has dataclass ancestors we would have to chase.
                if baseDefinition.bases.allSatisfy(Resolver.isTransparent) { continue }
                return nil
            }
            guard let inherited = constructor(of: baseDefinition, inModule: baseModule, depth: depth + 1) else { return nil }
            contributors.formUnion(inherited.contributors)
            merge(inherited.callable.parameters, into: &parameters)
        }
        merge(own.parameters, into: &parameters)
        let ordered = parameters.filter { $0.kind != .keywordOnly } + parameters.filter { $0.kind == .keywordOnly }
        var callable = own
        callable.parameters = ordered
        callable.isComplete = true
        return ResolvedCallable(path: module, callable: callable, contributors: contributors)
    }

    func merge(_ fields: [Parameter], into parameters: inout [Parameter]) {
        for field in fields {
            if let existing = parameters.firstIndex(where: { $0.name == field.name }) {
                parameters[existing] = field
            } else {
                parameters.append(field)
            }
        }
    }
}
