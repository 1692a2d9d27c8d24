import ParamGuardModel

/// Classes whose `__init__` is written from their fields: `@dataclass`, attrs, `NamedTuple`, pydantic
/// models and `TypedDict`.
///
/// Each style decides which class-body assignments are fields and how a field becomes a parameter;
/// the rules are those of the libraries themselves (`dataclasses`, attrs' `_make.py`, `typing`).
extension ClassUnderConstruction {
    static let dataclassDecorators: Set<String> = ["dataclasses.dataclass", "pydantic.dataclasses.dataclass"]
    static let attrsClassicDecorators: Set<String> = ["attr.s", "attr.attrs", "attr.attributes"]
    static let attrsModernDecorators: Set<String> = [
        "attr.define", "attr.frozen", "attr.mutable", "attrs.define", "attrs.frozen", "attrs.mutable",
    ]
    static let attrsFieldFunctions: Set<String> = ["attr.ib", "attr.attrib", "attr.attr", "attr.field", "attrs.field"]
    static let namedTupleBases: Set<String> = ["typing.NamedTuple", "typing_extensions.NamedTuple"]
    static let pydanticBases: Set<String> = ["pydantic.BaseModel", "pydantic.main.BaseModel", "pydantic.v1.BaseModel"]
    static let pydanticFieldFunctions: Set<String> = ["pydantic.Field", "pydantic.fields.Field", "pydantic.v1.Field"]
    static let typedDictBases: Set<String> = ["typing.TypedDict", "typing_extensions.TypedDict"]

    /// The field style of this class, given its decorators and bases qualified through the file's imports,
    /// with the class-level options of its decorator.
    func fieldStyle(decoratorNames: [String], baseNames: [String]) -> (FieldStyle, [String: String])? {
        for (index, name) in decoratorNames.enumerated() {
            if Self.dataclassDecorators.contains(name) { return (.dataclass, decorators[index].keywords) }
            if Self.attrsClassicDecorators.contains(name) || Self.attrsModernDecorators.contains(name) {
                var options = decorators[index].keywords
                options["paramguard.modern"] = Self.attrsModernDecorators.contains(name) ? "True" : "False"
                return (.attrs, options)
            }
        }
        if baseNames.contains(where: Self.namedTupleBases.contains) { return (.namedTuple, [:]) }
        if baseNames.contains(where: Self.pydanticBases.contains) { return (.pydantic, [:]) }
        if baseNames.contains(where: Self.typedDictBases.contains) { return (.typedDict, headerKeywords) }
        return nil
    }

    /// The synthesized `__init__`, or nil when the decorator says `init=False`.
    func fieldInitializer(
        style: FieldStyle, options: [String: String], names: DecoratorNames, nestedConfig: ClassUnderConstruction?
    ) -> Callable? {
        guard options["init"] != "False" else { return nil }
        var parameters: [Parameter]
        switch style {
        case .dataclass: parameters = dataclassParameters(options: options, names: names)
        case .attrs: parameters = attrsParameters(options: options, names: names)
        case .namedTuple: parameters = namedTupleParameters()
        case .pydantic: parameters = modelParameters(names: names, nestedConfig: nestedConfig)
        case .typedDict: parameters = typedDictParameters()
        }
        // Keyword-only fields go after the others in the synthesized signature, as both libraries order them.
        parameters = parameters.filter { $0.kind != .keywordOnly } + parameters.filter { $0.kind == .keywordOnly }
        let inheritsFields: Bool
        switch style {
        case .namedTuple: inheritsFields = false
        case .pydantic: inheritsFields = !bases.allSatisfy { names.qualifiedName(of: $0.dottedComponents.map(String.init)).isPydanticRoot }
        case .typedDict: inheritsFields = !bases.allSatisfy { Self.typedDictBases.contains(names.qualifiedName(of: $0.dottedComponents.map(String.init))) }
        default: inheritsFields = !bases.isEmpty
        }
        return Callable(
            name: qualifiedName, kind: .initializer, parameters: parameters, location: location,
            source: style.signatureSource, isComplete: !inheritsFields)
    }

    private func dataclassParameters(options: [String: String], names: DecoratorNames) -> [Parameter] {
        var parameters: [Parameter] = []
        var keywordOnly = options["kw_only"] == "True"
        for field in fields where field.isAnnotated {
            switch field.annotationHead {
            case "ClassVar": continue
            case "KW_ONLY": keywordOnly = true; continue
            default: break
            }
            var hasDefault = field.hasValue
            var fieldKeywordOnly = keywordOnly
            if let call = field.valueCall, names.qualifiedName(of: call.path) == "dataclasses.field" {
                if call.keywords["init"] == "False" { continue }
                hasDefault = call.keywords["default"] != nil || call.keywords["default_factory"] != nil
                if let value = call.keywords["kw_only"] { fieldKeywordOnly = value == "True" }
            }
            parameters.append(Parameter(
                name: field.name, kind: fieldKeywordOnly ? .keywordOnly : .positionalOrKeyword,
                hasDefault: hasDefault, location: field.location))
        }
        return parameters
    }

    private func attrsParameters(options: [String: String], names: DecoratorNames) -> [Parameter] {
        let isFieldCall = { (field: FieldDeclaration) -> Bool in
            field.valueCall.map { Self.attrsFieldFunctions.contains(names.qualifiedName(of: $0.path)) } ?? false
        }
        // `@define` collects annotated attributes unless an unannotated `attr.ib()` says otherwise;
        // `@attr.s` only with `auto_attribs=True`.
        let autoAttribs: Bool
        if let explicit = options["auto_attribs"] {
            autoAttribs = explicit == "True"
        } else {
            autoAttribs = options["paramguard.modern"] == "True"
                && fields.contains(where: \.isAnnotated)
                && !fields.contains { !$0.isAnnotated && isFieldCall($0) }
        }
        let classKeywordOnly = options["kw_only"] == "True"
        var parameters: [Parameter] = []
        for field in fields {
            let declares = autoAttribs ? field.isAnnotated && field.annotationHead != "ClassVar" : isFieldCall(field)
            guard declares else { continue }
            var hasDefault = field.hasValue
            var keywordOnly = classKeywordOnly
            var name = String(field.name.drop { $0 == "_" })
            if isFieldCall(field), let keywords = field.valueCall?.keywords {
                if keywords["init"] == "False" { continue }
                hasDefault = keywords["default"] != nil || keywords["factory"] != nil
                if let value = keywords["kw_only"] { keywordOnly = value == "True" }
                if let alias = keywords["alias"] { name = alias.trimmingQuotes() }
            }
            parameters.append(Parameter(
                name: name, kind: keywordOnly ? .keywordOnly : .positionalOrKeyword, hasDefault: hasDefault,
                location: field.location))
        }
        return parameters
    }

    /// A pydantic model's fields as `__init__` keywords: annotated public attributes that are not
    /// `ClassVar`, under their `alias=` (and their own name, which `populate_by_name` accepts); with
    /// `extra="allow"` in the class header, `model_config` or a nested `Config`, any keyword.
    func modelParameters(names: DecoratorNames, nestedConfig: ClassUnderConstruction?) -> [Parameter] {
        var parameters: [Parameter] = []
        for field in fields where field.isAnnotated && field.annotationHead != "ClassVar" && !field.name.hasPrefix("_") {
            parameters.append(Parameter(name: field.name, kind: .positionalOrKeyword, hasDefault: field.hasValue, location: field.location))
            if let call = field.valueCall, Self.pydanticFieldFunctions.contains(names.qualifiedName(of: call.path)) {
                // Only a string alias names a keyword; `AliasChoices(...)` and `AliasPath(...)` are not read.
                for key in ["alias", "validation_alias"] {
                    guard let raw = call.keywords[key], raw.first == "\"" || raw.first == "'" else { continue }
                    let alias = raw.trimmingQuotes()
                    if !alias.isEmpty && alias != field.name {
                        parameters.append(Parameter(name: alias, kind: .keywordOnly, hasDefault: field.hasValue, location: field.location))
                    }
                }
            }
        }
        if allowsExtraKeywords(nestedConfig: nestedConfig) {
            parameters.append(Parameter(name: "extra", kind: .varKeyword, hasDefault: false, location: location))
        }
        return parameters.map { parameter in
            var keyword = parameter
            if keyword.kind == .positionalOrKeyword { keyword.kind = .keywordOnly }  // models take keywords only
            return keyword
        }
    }

    private func allowsExtraKeywords(nestedConfig: ClassUnderConstruction?) -> Bool {
        let allows = { (text: String?) -> Bool in
            guard let text else { return false }
            return text.contains("allow")
        }
        if allows(headerKeywords["extra"]) { return true }
        if let config = fields.first(where: { $0.name == "model_config" }),
           allows(config.valueCall?.keywords["extra"]) || (config.valueCall == nil && allows(config.valueText) && config.valueText?.contains("extra") == true) {
            return true
        }
        return allows(nestedConfig?.fields.first { $0.name == "extra" }?.valueText)
    }

    /// A TypedDict's keys as the keywords its class takes when called (`Movie(title=..., year=...)`),
    /// after an optional mapping passed positionally. Every key may be left out: the call builds a
    /// plain dict, which raises nothing for a missing key, and a mapping passed along may hold it.
    private func typedDictParameters() -> [Parameter] {
        [Parameter(name: "__map", kind: .positionalOnly, hasDefault: true, location: location)]
            + fields.filter { $0.isAnnotated }.map { field in
                Parameter(name: field.name, kind: .keywordOnly, hasDefault: true, location: field.location)
            }
    }

    /// The annotated fields as a `@dataclass_transform` would read them, `ClassVar` left out: which
    /// value calls are field specifiers is only known once the transform is (see `TransformField`).
    func transformFields() -> [TransformField] {
        var afterMarker = false
        var found: [TransformField] = []
        for field in fields where field.isAnnotated {
            switch field.annotationHead {
            case "ClassVar": continue
            case "KW_ONLY": afterMarker = true; continue
            default: break
            }
            let specifierKeywords = field.valueCall?.keywords.filter { ["init", "kw_only", "alias", "default", "default_factory", "factory"].contains($0.key) }
            found.append(TransformField(
                name: field.name, location: field.location, hasValue: field.hasValue, valueCallee: field.valueCall?.lastName,
                valueHasPositional: field.valueCall?.hasPositionalArgument ?? false, keywords: specifierKeywords ?? [:],
                afterKeywordOnlyMarker: afterMarker))
        }
        return found
    }

    private func namedTupleParameters() -> [Parameter] {
        fields.filter(\.isAnnotated).map { field in
            Parameter(name: field.name, kind: .positionalOrKeyword, hasDefault: field.hasValue, location: field.location)
        }
    }
}

/// How a class's fields become its `__init__`.
enum FieldStyle: Equatable {
    case dataclass
    case attrs
    case namedTuple
    case pydantic
    case typedDict

    var signatureSource: SignatureSource {
        switch self {
        case .dataclass: return .dataclassFields
        case .attrs: return .attrsFields
        case .namedTuple: return .namedTupleFields
        case .pydantic: return .pydanticFields
        case .typedDict: return .typedDictFields
        }
    }
}

extension String {
    /// `pydantic.BaseModel` and its spellings: a base that contributes no fields of its own.
    var isPydanticRoot: Bool {
        ClassUnderConstruction.pydanticBases.contains(self)
    }
}
