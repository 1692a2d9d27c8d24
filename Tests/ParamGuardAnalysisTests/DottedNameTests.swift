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
}
