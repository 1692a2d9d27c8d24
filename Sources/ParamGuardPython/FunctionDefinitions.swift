import ParamGuardModel

extension Skim {
    /// Decorators after which a `def` is not something callers call with arguments.
    private static let accessorDecorators: Set<String> = ["property", "cached_property", "setter", "getter", "deleter"]
    /// Decorators known to leave a function's parameters as they are.
    private static let transparentDecorators: Set<String> = [
        "staticmethod", "classmethod", "abstractmethod", "override", "final", "cache", "lru_cache", "wraps",
        "overload", "total_ordering", "dataclass_transform", "deprecated", "contextmanager", "asynccontextmanager",
        "singledispatch", "singledispatchmethod", "no_type_check", "register",
        // pydantic's: the signature stays, and a wrong keyword raises a ValidationError.
        "validate_call", "validate_arguments",
    ]

    /// `def name[T](params) -> ann: body`
    mutating func processFunction(_ range: Range<Int>) {
        guard let (decorators, nameIndex) = beginDefinition(range) else { return }
        let firstNewCallable = callables.count
        let name = stream.text(nameIndex)
        var open = nameIndex + 1
        if stream.isOp(open, "[") { open = stream.skipGroup(open) }
        guard open < range.upperBound, stream.isOp(open, "("), stream.partner[open] > open else {
            scanCalls(range)
            return
        }
        let close = stream.partner[open]
        let colon = stream.firstTopLevel(":", in: close + 1..<range.upperBound)
        // Defaults, annotations and decorators are evaluated in the enclosing scope.
        scanCalls(range.lowerBound..<(colon ?? range.upperBound))

        var parameters = parseParameters(open + 1..<close)
        // `def put(self, __item)` in class `Box` takes `_Box__item`: a caller outside the class that
        // passes `__item=` gets a TypeError, one inside it writes the mangled name without knowing.
        if let owner = manglingClass {
            for index in parameters.indices { parameters[index].name = NameMangling.mangled(parameters[index].name, inClass: owner) }
        }
        var returnAnnotation: String?
        if stream.isOp(close + 1, "->"), let colon, close + 2 < colon {
            returnAnnotation = plainAnnotation(close + 2..<colon)
        }
        let location = stream.location(nameIndex)
        let lastNames = decorators.compactMap(\.lastName)
        let isAccessor = lastNames.contains { Skim.accessorDecorators.contains($0) }
        let isOverloadStub = lastNames.contains("overload")
        let opaqueDecorators = decorators.filter { decorator in
            guard let last = decorator.lastName else { return true }
            return !Skim.transparentDecorators.contains(last) && !Skim.accessorDecorators.contains(last)
        }
        let hasOpaqueDecorators = !opaqueDecorators.isEmpty
        let enclosing = blocks.last
        var qualifiedName = name
        if let enclosing, enclosing.kind == .classBody {
            qualifiedName = enclosing.qualifiedName + "." + name
            if !lastNames.contains("staticmethod"), !parameters.isEmpty,
               parameters[0].kind == .positionalOnly || parameters[0].kind == .positionalOrKeyword {
                parameters.removeFirst()
            }
            if lastNames.contains("property") || lastNames.contains("cached_property") {
                // A property reads like an attribute: its return annotation is the attribute's type.
                attributeAssignments.append(AttributeAssignment(
                    owner: enclosing.qualifiedName, name: name, annotation: returnAnnotation, valueCallPath: nil,
                    scope: enclosing.scope))
            }
            if !isAccessor && !isOverloadStub {
                var method = Callable(
                    name: qualifiedName, kind: .method, parameters: parameters, location: location, source: .def)
                method.returnAnnotation = returnAnnotation
                method.hasOpaqueDecorators = hasOpaqueDecorators
                if hasOpaqueDecorators { method.opaqueDecorators = opaqueDecorators.map { $0.isPlainName ? $0.path : [] } }
                callables.append(method)
                if name == "__init__", let classIndex = enclosing.classIndex {
                    classes[classIndex].hasInit = true
                    var initializer = Callable(
                        name: enclosing.qualifiedName, kind: .initializer, parameters: parameters,
                        location: location, source: .initMethod)
                    initializer.hasOpaqueDecorators = hasOpaqueDecorators
                    callables.append(initializer)
                }
            }
        } else {
            if let enclosing { qualifiedName = enclosing.qualifiedName + ".<locals>." + name }
            if isOverloadStub, let transform = decorators.lazy.compactMap(\.dataclassTransform).first {
                overloadTransforms[qualifiedName] = transform
            }
            if !isAccessor && !isOverloadStub {
                var function = Callable(
                    name: qualifiedName, kind: .function, parameters: parameters, location: location, source: .def)
                function.returnAnnotation = returnAnnotation
                function.hasOpaqueDecorators = hasOpaqueDecorators
                if hasOpaqueDecorators { function.opaqueDecorators = opaqueDecorators.map { $0.isPlainName ? $0.path : [] } }
                function.dataclassTransform = decorators.lazy.compactMap(\.dataclassTransform).first ?? overloadTransforms[qualifiedName]
                callables.append(function)
            }
        }
        var block = Block(indent: currentIndent, kind: .function, name: name, qualifiedName: qualifiedName)
        // `@functools.wraps(fn) def wrapper(*args, **kwargs):` inside a decorator.
        if enclosing?.kind == .function, lastNames.contains("wraps"), parameters.map(\.kind) == [.varPositional, .varKeyword] {
            block.starNames = (parameters[0].name, parameters[1].name)
        }
        block.callableIndex = callables.indices.last {
            $0 >= firstNewCallable && callables[$0].kind != .initializer && callables[$0].name == qualifiedName
        }
        push(block)
        if let colon, colon + 1 < range.upperBound {
            processStatements(colon + 1..<range.upperBound)
        }
    }

    /// Takes the decorators waiting for a `def` or `class` header and finds the name after its keyword;
    /// a header without a name is only scanned for calls.
    mutating func beginDefinition(_ range: Range<Int>) -> ([Decorator], Int)? {
        let decorators = pendingDecorators
        pendingDecorators.removeAll()
        let nameIndex = range.lowerBound + 1
        guard nameIndex < range.upperBound, stream.isName(nameIndex) else {
            scanCalls(range)
            return nil
        }
        return (decorators, nameIndex)
    }

    /// `Tokenizer`, `models.User` or `"User"`: an annotation that names one class, and nothing else;
    /// `type[User]` (also `Type[...]`, `typing.Type[...]`), the class object itself; or a container of
    /// one class (`list[User]`, see `ContainerAnnotation`).
    func plainAnnotation(_ range: Range<Int>) -> String? {
        if let container = stream.containerAnnotation(range) { return container }
        let (head, open) = stream.dottedName(from: range.lowerBound, limit: range.upperBound)
        if ["type", "Type", "typing.Type", "Unpack", "typing.Unpack", "typing_extensions.Unpack"].contains(head.joined(separator: ".")),
           stream.isOp(open, "["), stream.partner[open] == range.upperBound - 1, let inner = plainAnnotation(open + 1..<range.upperBound - 1) {
            return head.joined(separator: ".") + "[" + inner + "]"
        }
        if range.count == 1, stream.tokens[range.lowerBound].kind == .string {
            let text = stream.text(range.lowerBound).trimmingQuotes()
            if let container = ContainerAnnotation.unquoted(text) { return container }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let isDotted = !parts.isEmpty && parts.allSatisfy { part in
                guard let head = part.first, head == "_" || head.isLetter else { return false }
                return part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
            }
            return isDotted ? text : nil
        }
        let (path, end) = stream.dottedName(from: range.lowerBound, limit: range.upperBound)
        return end == range.upperBound && !path.isEmpty ? path.joined(separator: ".") : nil
    }

    /// The parameter list between a `def`'s parentheses.
    func parseParameters(_ range: Range<Int>) -> [Parameter] {
        var parameters: [Parameter] = []
        var keywordOnly = false
        for segment in stream.commaSegments(range) where !segment.isEmpty {
            let first = segment.lowerBound
            if stream.isOp(first, "/") {
                for k in parameters.indices where parameters[k].kind == .positionalOrKeyword {
                    parameters[k].kind = .positionalOnly
                }
            } else if stream.isOp(first, "*") {
                keywordOnly = true
                if stream.isName(first + 1), first + 1 < segment.upperBound {
                    parameters.append(Parameter(
                        name: stream.text(first + 1), kind: .varPositional, hasDefault: false,
                        location: stream.location(first + 1)))
                }
            } else if stream.isOp(first, "**"), stream.isName(first + 1) {
                // `**kwargs: Unpack[Movie]` takes the keys of a TypedDict (read by the resolver).
                let annotation = stream.isOp(first + 2, ":") ? plainAnnotation(first + 3..<segment.upperBound) : nil
                parameters.append(Parameter(
                    name: stream.text(first + 1), kind: .varKeyword, hasDefault: false,
                    location: stream.location(first + 1), annotation: annotation))
            } else if stream.isName(first) {
                let equals = stream.firstTopLevel("=", in: segment)
                var annotation: String?
                if stream.isOp(first + 1, ":") {
                    annotation = plainAnnotation(first + 2..<(equals ?? segment.upperBound))
                }
                parameters.append(Parameter(
                    name: stream.text(first), kind: keywordOnly ? .keywordOnly : .positionalOrKeyword,
                    hasDefault: equals != nil, location: stream.location(first), annotation: annotation))
            }
        }
        return parameters
    }
}
