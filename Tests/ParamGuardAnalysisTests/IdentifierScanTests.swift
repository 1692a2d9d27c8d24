@testable import ParamGuardAnalysis
import Testing

/// The identifier scan's declaration hashes: a type's declarations are looked for only in files that
/// carry one, so a missing hash would hide a declaration, and with it every finding about it.
@Suite struct IdentifierScanTests {
    static func declares(_ source: String, _ name: String) -> Bool {
        IdentifierScan.hashes(in: Array(source.utf8)).contains(IdentifierScan.declarationHash(KeywordLabelScan.hash(name)))
    }

    static func mentions(_ source: String, _ name: String) -> Bool {
        IdentifierScan.hashes(in: Array(source.utf8)).contains(KeywordLabelScan.hash(name))
    }

    @Test func everyKindOfTypeDeclarationIsRecorded() {
        #expect(Self.declares("public struct Logger {\n}", "Logger"))
        #expect(Self.declares("final class Box<T>: P {}", "Box"))
        #expect(Self.declares("indirect enum Tree { case leaf }", "Tree"))
        #expect(Self.declares("actor Counter {}", "Counter"))
        #expect(Self.declares("protocol Handler: AnyObject {}", "Handler"))
        #expect(Self.declares("extension Outer.Inner where T == Int {}", "Inner"))
        #expect(Self.declares("extension Outer.Inner {}", "Outer"))
        #expect(Self.declares("struct `Type` {}", "Type"))
        #expect(Self.declares("@frozen public\nstruct\n  Spaced {}", "Spaced"))
        #expect(Self.declares("    public func makeNames<T>(includingShort: Bool) {}", "makeNames"))
        #expect(Self.declares("static func `default`() {}", "default"))
    }

    @Test func usesAreNotDeclarations() {
        #expect(!Self.declares("let logger = Logger(label: \"x\")", "Logger"))
        #expect(!Self.declares("struct A { var b: Logger }", "Logger"))
        #expect(!Self.declares("class func make() -> Logger {}", "Logger"))
        #expect(Self.mentions("let logger = Logger(label: \"x\")", "Logger"))
    }
}
