import ParamGuardModel

extension Resolver {
    /// Factories of Python's standard library whose keywords are checked, with every keyword that any
    /// Python 3 version takes. The signature is outside the tree and differs between versions, so a
    /// keyword is reported only when no version accepts it (a typo such as `default=`), never because
    /// one interpreter lacks it (`verbose=` left `namedtuple` in 3.7; `boundary=` came to enums in
    /// 3.11): the check holds whatever Python runs the code.
    ///
    /// `typing.NamedTuple("P", ...)` and `typing.TypedDict("T", ...)` are not here: some versions take
    /// any keyword as a field, so no keyword is wrong in every version.
    static let standardFactories: [String: [String]] = {
        // `namedtuple(typename, field_names, verbose=False)` in 3.0, `rename` from 3.1, `module` from
        // 3.6, `defaults` (and no `verbose`) from 3.7.
        let namedTuple = ["typename", "field_names", "verbose", "rename", "module", "defaults"]
        // The functional API of enums, `EnumType.__call__(cls, value, names, *, module, qualname, type,
        // start, boundary)`: `start` from 3.5, `boundary` from 3.11. Every enum class in `enum` shares it.
        let enumCall = ["value", "names", "module", "qualname", "type", "start", "boundary"]
        var factories = ["collections.namedtuple": namedTuple]
        for name in ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"] { factories["enum." + name] = enumCall }
        return factories
    }()

    /// The factory of `standardFactories` a call calls, as the keywords it may take: the callee is
    /// imported from the standard library's module (which the tree does not shadow with a module of the
    /// same name), and nothing else in the calling file binds the name it is called through.
    func standardFactory(of call: CallSite, inFile path: String) -> ResolvedCallable? {
        guard let callee = call.calleePath, let head = callee.first,
              let name = externalName(of: callee, inFile: path, scope: call.scope),
              let keywords = Resolver.standardFactories[name], let file = summary(path) else { return nil }
        let components = name.split(separator: ".").map(String.init)
        let module = components.dropLast().joined(separator: ".")
        guard index.modules(named: module).isEmpty else { return nil }
        let scopes = scopes(of: path, file: file)
        let shadowed = file.assignments.contains { $0.name == head && scopes.isVisible($0.scope, from: call.scope) }
            || scopes.parameter(named: head, enclosing: call.scope) != nil
            || scopes.localDefinition(named: head, enclosing: call.scope) != nil
            || file.callables.contains { $0.name == head } || file.classes.contains { $0.name == head }
        guard !shadowed else { return nil }
        let location = SourceLocation(line: 0, column: 0)
        let parameters = keywords.map { Parameter(name: $0, kind: .positionalOrKeyword, hasDefault: true, location: location) }
        var callable = Callable(name: components.last!, kind: .function, parameters: parameters, location: location, source: .standardLibrary)
        callable.isComplete = true
        return ResolvedCallable(path: "", callable: callable, contributors: [], standardModule: module)
    }
}
