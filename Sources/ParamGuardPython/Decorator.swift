import ParamGuardModel

/// A decorator line, `@name.path` or `@name.path(keyword=value, ...)`, as far as the extractors need it.
struct Decorator {
    /// The dotted name being applied; empty when the decorator is a more complex expression.
    var path: [String]
    /// Keyword arguments of a decorator call, as compact source text (`init` → `False`).
    var keywords: [String: String]
    /// The decorator is the dotted name alone (`@traced`), not a call of it or a longer expression.
    var isPlainName: Bool
    /// Whether a call passes any argument positionally (`Field(0)`).
    var hasPositionalArgument = false

    init(stream: TokenStream, range: Range<Int>) {
        let (path, end) = stream.dottedName(from: range.lowerBound, limit: range.upperBound)
        self.path = path
        isPlainName = !path.isEmpty && end == range.upperBound
        var keywords: [String: String] = [:]
        var positional = false
        if stream.isOp(end, "("), stream.partner[end] > end {
            for argument in stream.commaSegments(end + 1..<stream.partner[end]) where !argument.isEmpty {
                if argument.count >= 3 && stream.isName(argument.lowerBound) && stream.isOp(argument.lowerBound + 1, "=") {
                    keywords[stream.text(argument.lowerBound)] = stream.compactText(argument.lowerBound + 2..<argument.upperBound)
                } else if !stream.isOp(argument.lowerBound, "**") {
                    positional = true
                }
            }
        }
        self.keywords = keywords
        hasPositionalArgument = positional
    }

    /// `@dataclass_transform(kw_only_default=True, field_specifiers=(Field, field))`: what it says;
    /// nil for any other decorator.
    var dataclassTransform: DataclassTransform? {
        guard lastName == "dataclass_transform" else { return nil }
        let specifiers = (keywords["field_specifiers"] ?? "").split(whereSeparator: { "(),[] ".contains($0) })
            .map { String($0.split(separator: ".").last ?? $0) }
        return DataclassTransform(keywordOnlyDefault: keywords["kw_only_default"] == "True", fieldSpecifiers: specifiers)
    }

    var lastName: String? { path.last }
}

extension TokenStream {
    /// Reads `a.b.c` starting at `start`; returns the names and the index after the last one.
    func dottedName(from start: Int, limit: Int) -> ([String], Int) {
        let (count, end) = dottedNameExtent(from: start, limit: limit)
        guard count > 0 else { return ([], end) }
        var names: [String] = []
        names.reserveCapacity(count)
        for i in stride(from: start, to: end, by: 2) { names.append(text(i)) }
        return (names, end)
    }

    /// How many names a dotted name starting at `start` has, and the index after it, without building it.
    func dottedNameExtent(from start: Int, limit: Int) -> (count: Int, end: Int) {
        var count = 0
        var i = start
        while i < limit, isName(i), !isKeyword(i) {
            count += 1
            if i + 2 < limit, isOp(i + 1, "."), isName(i + 2) {
                i += 2
            } else {
                i += 1
                break
            }
        }
        return (count, i)
    }
}

/// Qualifies decorator names through a file's module-level imports, so `@dc` after
/// `from dataclasses import dataclass as dc` reads as `dataclasses.dataclass`.
struct DecoratorNames {
    let imports: [ImportBindingLookup]

    typealias ImportBindingLookup = (boundName: String, qualified: String)

    init(imports: [ImportBinding]) {
        self.imports = imports.compactMap { binding in
            switch binding.kind {
            case .module:
                // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
                let isAliased = binding.boundName != binding.module.dottedComponents.first.map(String.init)
                return (binding.boundName, isAliased ? binding.module : binding.boundName)
            case .symbol:
                guard binding.level == 0, let symbol = binding.symbol else { return nil }
                return (binding.boundName, binding.module.isEmpty ? symbol : binding.module + "." + symbol)
            case .star:
                return nil
            }
        }
    }

    /// `dc.dataclass` → `dataclasses.dataclass` after `import dataclasses as dc`; names bound by no
    /// import stay as written.
    func qualifiedName(of path: [String]) -> String {
        guard let head = path.first else { return "" }
        let rest = path.dropFirst()
        let qualifiedHead = imports.last(where: { $0.boundName == head })?.qualified ?? head
        return ([qualifiedHead] + rest).joined(separator: ".")
    }
}
