import ParamGuardModel

/// Reads `import a.b [as c], ...` and `from [.]*m import x [as y], ...` statements.
struct ImportParser {
    let stream: TokenStream
    let scope: String

    func parse(_ range: Range<Int>) -> [ImportBinding] {
        let first = range.lowerBound
        let location = stream.location(first)
        if stream.isName(first, "import") {
            return stream.commaSegments(first + 1..<range.upperBound).compactMap { segment in
                let (path, end) = stream.dottedName(from: segment.lowerBound, limit: segment.upperBound)
                guard let head = path.first else { return nil }
                let alias = aliasName(at: end, limit: segment.upperBound)
                return ImportBinding(
                    kind: .module, boundName: alias ?? head, module: path.joined(separator: "."), level: 0,
                    symbol: nil, scope: scope, location: location)
            }
        }
        // from <dots><module> import <names>
        var i = first + 1
        var level = 0
        while i < range.upperBound, stream.isOp(i, ".") || stream.isOp(i, "...") {
            level += stream.isOp(i, ".") ? 1 : 3
            i += 1
        }
        let (path, afterModule) = stream.dottedName(from: i, limit: range.upperBound)
        guard afterModule < range.upperBound, stream.isName(afterModule, "import") else { return [] }
        let module = path.joined(separator: ".")
        var names = afterModule + 1..<range.upperBound
        if stream.isOp(names.lowerBound, "("), stream.partner[names.lowerBound] > names.lowerBound {
            names = names.lowerBound + 1..<stream.partner[names.lowerBound]
        }
        if stream.isOp(names.lowerBound, "*") {
            return [ImportBinding(
                kind: .star, boundName: "", module: module, level: level, symbol: nil, scope: scope, location: location)]
        }
        return stream.commaSegments(names).compactMap { segment in
            guard stream.isName(segment.lowerBound) else { return nil }
            let symbol = stream.text(segment.lowerBound)
            let alias = aliasName(at: segment.lowerBound + 1, limit: segment.upperBound)
            return ImportBinding(
                kind: .symbol, boundName: alias ?? symbol, module: module, level: level, symbol: symbol,
                scope: scope, location: location)
        }
    }

    private func aliasName(at i: Int, limit: Int) -> String? {
        guard i + 1 < limit, stream.isName(i, "as"), stream.isName(i + 1) else { return nil }
        return stream.text(i + 1)
    }
}
