import ParamGuardModel
import Testing

/// Dotted names are cut on bytes for speed; they must cut exactly as `split(separator: ".")` does.
@Suite struct DottedNameTests {
    @Test(arguments: ["a.b.c", "init", "", ".init", "a.", "a..b", "...", "Outer.Inner.init", "ünï.cödé", "x.y😀.z"])
    func bytesCutAsSplitDoes(name: String) {
        #expect(name.dottedComponents == name.split(separator: "."))
        #expect(name.lastDottedComponent == (name.split(separator: ".").last ?? ""))
        let substring = ("q." + name).dropFirst(2)
        #expect(substring.lastDottedComponent == (substring.split(separator: ".").last ?? ""))
    }

    /// The definition `CallSite.dottedPath` had before it read bytes: identifiers by Unicode scalars.
    static func dottedPathByScalars(_ text: String) -> [String]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        for part in parts {
            guard let first = part.unicodeScalars.first, first == "_" || first.properties.isAlphabetic || first.value >= 0x80,
                  part.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0.value >= 0x80 })
            else { return nil }
        }
        return parts.map(String.init)
    }

    @Test(arguments: [
        "os.makedirs", "a", "_", "_a1.b_2", "", ".", "a.", ".a", "a..b", "1a", "a.1b", "a1.b2", "self.x[0]", "f()", "a b",
        "ünï.cödé", "x.y😀.z", "Z.z9", "a-b", "@x", "[x]", "a`", "A.B.C.d",
    ])
    func dottedPathAgreesWithTheScalarDefinition(text: String) {
        #expect(CallSite.dottedPath(text) == Self.dottedPathByScalars(text))
    }
}
