@testable import ParamGuardAnalysis
import ParamGuardSwift
import ParamGuardTestSupport
import Testing

/// The identifier scan's declaration hashes: a type's declarations are looked for only in files that
/// carry one, so a missing hash would hide a declaration, and with it every finding about it.
@Suite struct IdentifierScanTests {
    static func declares(_ source: String, _ name: String) -> Bool {
        IdentifierScan.index(of: Array(source.utf8)).declared.contains(IdentifierScan.hash(name))
    }

    static func mentions(_ source: String, _ name: String) -> Bool {
        IdentifierScan.index(of: Array(source.utf8)).mentions(IdentifierScan.hash(name))
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

    /// The file of `typealias Handler = RequestHandler` counts as declaring both names, so that a search
    /// for the callers of `RequestHandler`'s initializers reads the alias and finds `Handler(...)`.
    @Test func aTypealiasDeclaresTheTypeItNames() {
        #expect(Self.declares("typealias Handler = RequestHandler", "Handler"))
        #expect(Self.declares("typealias Handler = RequestHandler", "RequestHandler"))
        #expect(Self.declares("public typealias Handler=`RequestHandler`", "RequestHandler"))
        #expect(Self.declares("typealias Pair<T> = Box<T>", "Box"))
        #expect(!Self.declares("typealias Pair<T> = Box<T>", "T"))
        #expect(Self.declares("typealias Inner = Outer.Inner", "Outer") && Self.declares("typealias Inner = Outer.Inner", "Inner"))
        #expect(!Self.declares("typealias Handler = RequestHandler\nlet x = Other()", "Other"))
        #expect(!Self.declares("let handler = RequestHandler()", "RequestHandler"))
    }

    @Test func usesAreNotDeclarations() {
        #expect(!Self.declares("let logger = Logger(label: \"x\")", "Logger"))
        #expect(!Self.declares("struct A { var b: Logger }", "Logger"))
        #expect(!Self.declares("class func make() -> Logger {}", "Logger"))
        #expect(Self.mentions("let logger = Logger(label: \"x\")", "Logger"))
    }

    @Test func theStoredFormReadsBack() {
        let index = IdentifierScan.index(of: Array("extension Outer.Inner { func run() { Logger(label: x) } }".utf8))
        #expect(index.declared.count == 3)
        #expect(IdentifierIndex(stored: index.stored) == index)
        #expect(IdentifierIndex(stored: [5, 1, 2]) == nil, "a count past the end is not an index")
        #expect(IdentifierIndex(stored: []) == nil)
        let declaresNothing = IdentifierScan.index(of: Array("let x = 1".utf8))
        #expect(declaresNothing.declared.isEmpty && IdentifierIndex(stored: declaresNothing.stored) == declaresNothing)
    }

    /// The scan reads an identifier's last bytes in one load when it can; a word hashed alone reads
    /// them one by one. Both must agree, at every length and wherever the word stands.
    @Test func theScanHashesEveryLengthAsAWordAlone() {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ_0123456789".utf8)
        for length in 1...40 {
            let word = String(decoding: (0..<length).map { letters[($0 * 7 + length) % letters.count] }.map { $0 }, as: UTF8.self)
            let word2 = word.first!.isNumber ? "x" + word : word
            for source in [word2, "f(" + word2 + ")", "        let " + word2 + " = 1\n" + String(repeating: "z ", count: 20)] {
                #expect(Self.mentions(source, word2), "\(word2) in \(source.debugDescription)")
            }
        }
        #expect(Self.declares("        struct Spaced {}", "Spaced"), "after eight blanks at once")
    }

    @Test func anImplicitInitIsRecordedWithItsFirstLabel() {
        let implicit = IdentifierScan.implicitInitializer
        for source in ["f(logger: .init(label: x))", "let l: Logger = .init( label : x)", "[.init(label: x)]",
                       "f(a,.init(label: x))", "x = cond ? .init(label: a) : b", "f(\n    .init(\n        label: x))",
                       "f(.init(`label`: x))"] {
            #expect(Self.mentions(source, implicit), "\(source)")
            #expect(Self.mentions(source, IdentifierScan.implicitInitializer(firstLabel: "label")), "\(source)")
        }
        // No first label: nothing but the implicit `.init` itself.
        for source in ["f(.init())", "f(.init(x))", "f(.init { 1 })", "f(.init(a ? b : c))", "xs.map(.init)"] {
            #expect(Self.mentions(source, implicit), "\(source)")
            let labels = IdentifierScan.index(of: Array(source.utf8)).identifiers.count
            #expect(labels == IdentifierScan.index(of: Array(source.replacingOccurrences(of: ".init", with: "").utf8)).identifiers.count + 2,
                    "only `init` and the implicit word were added: \(source)")
        }
        #expect(Self.mentions("f(.init(/* why */ label: x))", IdentifierScan.implicitInitializerWithUnknownLabel))
    }

    @Test func anInitAfterAnOperandIsNotImplicit() {
        for source in ["Logger.init(label: x)", "self.init(label: x)", "super.init(label: x)", "f().init(label: x)",
                       "[Int].init(repeating: 0)", "`Type`.init(label: x)", "let initial = 1", "func init(label: String)"] {
            #expect(!Self.mentions(source, IdentifierScan.implicitInitializer), "\(source)")
            #expect(!Self.mentions(source, IdentifierScan.implicitInitializer(firstLabel: "label")), "\(source)")
        }
    }

    /// The scan must find every `.init(...)` call that swift-syntax finds in real code, with its first
    /// label: a file it missed would never be searched for callers of a changed initializer.
    @Test func everyImplicitInitSwiftSyntaxFindsInRealCodeIsRecorded() throws {
        let files = try RealSources.swiftSources(limit: 60)
        try #require(files.count >= 30, "the local copy of swift-argument-parser was not found")
        var calls = 0
        for (path, bytes) in files {
            let index = IdentifierScan.index(of: bytes)
            for call in SwiftSummarizer.summarize(bytes).calls where call.callee == IdentifierScan.implicitInitializer {
                calls += 1
                #expect(index.mentions(IdentifierScan.hash(IdentifierScan.implicitInitializer)), "\(path):\(call.location.line)")
                guard let first = call.argumentLabels?.first, let label = first else { continue }
                #expect(index.mentions(IdentifierScan.hash(IdentifierScan.implicitInitializer(firstLabel: label)))
                    || index.mentions(IdentifierScan.hash(IdentifierScan.implicitInitializerWithUnknownLabel)), "\(path):\(call.location.line)")
            }
        }
        #expect(calls >= 20, "the sample holds implicit `.init(...)` calls")
    }

    @Test(arguments: [0, 1, 64, 65, 1_000, 70_000])
    func radixSortSortsLikeTheStandardSort(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let values = (0..<count).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) >> UInt32.random(in: 0...31, using: &generator) }
        var sorted = values
        DistinctHashes.radixSort(&sorted)
        #expect(sorted == values.sorted())
    }

    @Test(arguments: [0, 5, 17, 100, 5_000])
    func distinctHashesAreTheSortedSetOfTheValues(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Few distinct values, many repeats, zero among them, and values that share a table slot.
        let pool: [UInt32] = [0, 1, 0x10001, 0x20002, UInt32.max] + (0..<40).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) }
        let values = (0..<count).map { _ in pool.randomElement(using: &generator)! }
        #expect(DistinctHashes.sorted(values) == Array(Set(values)).sorted())
    }
}
