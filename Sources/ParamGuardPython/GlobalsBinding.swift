import ParamGuardModel

/// `globals()["Name"] = Name` and `globals().update({"Name": Name})` in a function, after a
/// function-local `from m import Name`: a lazy-import idiom (common in test fixtures) that binds the
/// imported name in the module at run time. The import then counts as a module-level one too, so
/// that calls of `Name` elsewhere in the module resolve through it.
extension Skim {
    mutating func processGlobalsBinding(_ range: Range<Int>) {
        guard !blocks.isEmpty, range.count >= 4, stream.isName(range.lowerBound, "globals"), stream.isOp(range.lowerBound + 1, "("),
              stream.isOp(range.lowerBound + 2, ")") else { return }
        var bound: [(key: String, value: String)] = []
        let afterCall = range.lowerBound + 3
        if stream.isOp(afterCall, "["), stream.partner[afterCall] == afterCall + 2, stream.tokens[afterCall + 1].kind == .string,
           stream.isOp(afterCall + 3, "="), afterCall + 5 == range.upperBound, stream.isName(afterCall + 4) {
            // `globals()["Name"] = Name`
            bound.append((stream.text(afterCall + 1).trimmingQuotes(), stream.text(afterCall + 4)))
        } else if stream.isOp(afterCall, "."), stream.isName(afterCall + 1, "update"), stream.isOp(afterCall + 2, "("),
                  stream.partner[afterCall + 2] == range.upperBound - 1 {
            let arguments = afterCall + 3..<range.upperBound - 1
            if stream.isOp(arguments.lowerBound, "{"), stream.partner[arguments.lowerBound] == arguments.upperBound - 1 {
                // `globals().update({"Name": Name, ...})`
                for entry in stream.commaSegments(arguments.lowerBound + 1..<arguments.upperBound - 1) where entry.count == 3 {
                    guard stream.tokens[entry.lowerBound].kind == .string, stream.isOp(entry.lowerBound + 1, ":"),
                          stream.isName(entry.lowerBound + 2) else { continue }
                    bound.append((stream.text(entry.lowerBound).trimmingQuotes(), stream.text(entry.lowerBound + 2)))
                }
            } else {
                // `globals().update(Name=Name, ...)`
                for entry in stream.commaSegments(arguments) where entry.count == 3 {
                    guard stream.isName(entry.lowerBound), stream.isOp(entry.lowerBound + 1, "="), stream.isName(entry.lowerBound + 2) else { continue }
                    bound.append((stream.text(entry.lowerBound), stream.text(entry.lowerBound + 2)))
                }
            }
        }
        let here = scope
        for (key, value) in bound {
            guard let local = imports.last(where: { $0.scope == here && $0.boundName == value }) else { continue }
            var global = local
            global.boundName = key
            global.scope = ""
            global.location = stream.location(range.lowerBound)
            imports.append(global)
        }
    }
}
