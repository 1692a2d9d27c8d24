import Foundation
@testable import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardTestSupport
import Testing

/// The Swift summary cache: a summary must read back exactly as it was written (a lost field would
/// silently change what a warm run finds), and a damaged or foreign file must never be trusted.
@Suite struct SummaryCacheTests {
    static func roundTrip(_ summary: FileSummary) throws -> FileSummary {
        var writer = BinaryWriter()
        writer.write(summary)
        return try writer.bytes.withUnsafeBytes { raw in
            var reader = try BinaryReader(raw)
            let read = try reader.read(FileSummary.self)
            #expect(reader.isAtEnd)
            return read
        }
    }

    @Test func realSwiftSummariesReadBackEqual() throws {
        let files = try RealSources.swiftSources(limit: 12)
        try #require(files.count >= 10, "the local copy of swift-argument-parser was not found")
        var calls = 0
        for (path, bytes) in files {
            guard case let .summary(summary) = SourceReader.summarize(bytes, language: .swift) else {
                Issue.record("\(path) was skipped")
                continue
            }
            calls += summary.calls.count
            #expect(try Self.roundTrip(summary) == summary, "\(path)")
        }
        #expect(calls > 100)
    }

    /// A caller search reads only the calls it may check, each at its own index, and the calls those
    /// are passed to; every other index holds a placeholder. Of the declarations, only the imports.
    @Test func aSelectiveReadKeepsTheChosenCallsAndTheCallsTheyArePassedTo() throws {
        let files = try RealSources.swiftSources(limit: 12)
        try #require(files.count >= 10, "the local copy of swift-argument-parser was not found")
        var kept = 0
        var outers = 0
        for (path, bytes) in files {
            guard case let .summary(summary) = SourceReader.summarize(bytes, language: .swift) else { continue }
            var writer = BinaryWriter()
            writer.write(summary)
            let keep: (String) -> Bool = { ["init", "Option", "Flag"].contains(String($0.lastDottedComponent)) }
            let read = try writer.bytes.withUnsafeBytes { raw in
                var reader = try BinaryReader(raw)
                return try reader.readSummary(keepingCallsWhere: keep)
            }
            #expect(read.imports == summary.imports && read.callables.isEmpty && read.classes.isEmpty, "\(path)")
            #expect(read.calls.count == summary.calls.count, "\(path)")
            let passedTo = Set(summary.calls.filter { keep($0.callee) }.compactMap(\.argumentOf))
            for (index, call) in summary.calls.enumerated() {
                if keep(call.callee) || passedTo.contains(index) {
                    #expect(read.calls[index] == call, "\(path): call \(index)")
                    kept += 1
                    if !keep(call.callee) { outers += 1 }
                } else {
                    #expect(read.calls[index] == CallSite.placeholder, "\(path): call \(index)")
                }
            }
        }
        #expect(kept > 20 && outers > 5, "the sample holds calls to keep and calls they are passed to")
    }

    /// Python summaries use the fields Swift leaves empty (assignments, model fields, exported names).
    @Test func realPythonSummariesReadBackEqual() throws {
        let files = try RealSources.standardLibraryFiles()
        try #require(files.count > 100, "the standard library was not found")
        var assignments = 0
        var filteredReads = 0
        for path in stride(from: 0, to: files.count, by: files.count / 150).map({ files[$0] }) {
            guard let data = RealSources.bytes(of: path),
                  case let .summary(summary) = SourceReader.summarize(Array(data), language: .python) else { continue }
            assignments += summary.assignments.count + summary.attributeAssignments.count
            #expect(try Self.roundTrip(summary) == summary, "\(path)")
            // Read for the callers of one keyword, only the calls that pass it are decoded.
            guard let keyword = summary.calls.lazy.flatMap(\.keywords).first?.name else { continue }
            var expected = summary
            expected.calls = summary.calls.filter { $0.keywords.contains { $0.name == keyword } }
            var writer = BinaryWriter()
            writer.write(summary)
            let filtered = try writer.bytes.withUnsafeBytes { raw in
                var reader = try BinaryReader(raw)
                return try reader.readSummary(callsPassingAnyOf: [keyword])
            }
            #expect(filtered == expected, "\(path)")
            filteredReads += 1
        }
        #expect(assignments > 100)
        #expect(filteredReads > 20)
    }

    /// The fields of a model value, and of every value inside it, that hold nothing (nil, false, an
    /// empty list): a field the codec does not write reads back as nothing, so a round trip only
    /// proves a field is kept when the fixture sets it. A field added to the model fails
    /// `everyOptionalFieldReadsBack` until the fixture sets it, and then until the codec keeps it.
    static func unsetFields(of value: Any, path: String = "summary") -> [String] {
        var unset: [String] = []
        for child in Mirror(reflecting: value).children {
            let label = path + "." + (child.label ?? "?")
            let mirror = Mirror(reflecting: child.value)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else {
                    unset.append(label)
                    continue
                }
                unset += unsetFields(in: wrapped, path: label)
            } else {
                unset += unsetFields(in: child.value, path: label)
            }
        }
        return unset
    }

    private static func unsetFields(in value: Any, path: String) -> [String] {
        if let flag = value as? Bool { return flag ? [] : [path] }
        if value is String || value is Int || value is ParamGuardModel.SourceLocation { return [] }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection?, .set?, .dictionary?:
            guard let first = mirror.children.first?.value else { return [path] }
            return unsetFields(in: first, path: path + "[0]")
        case .struct?:
            return unsetFields(of: value, path: path)
        default:
            return []
        }
    }

    @Test func everyOptionalFieldReadsBack() throws {
        var call = CallSite(
            callee: "a.b", location: SourceLocation(line: 3, column: 7), endLine: 4,
            keywords: [KeywordArgument(name: "k", location: SourceLocation(line: 3, column: 9))], positionalCount: 2,
            hasStarArgs: true, hasStarStarKwargs: true, scope: "f.<locals>", enclosingClass: "C")
        call.firstArgumentPath = ["self", "x"]
        call.receiver = .member(.property("p"), "q")
        call.openReason = "function-value"
        call.callsLocalFunction = true
        call.argumentLabels = ["x", nil]
        call.trailingClosureLabels = [nil]
        call.isReference = true
        call.wrappedType = "Box"
        call.argumentOf = 0
        call.argumentPosition = 1
        var callable = Callable(
            name: "C.init", kind: .initializer, parameters: [
                Parameter(name: "x", kind: .keywordOnly, hasDefault: true, location: SourceLocation(line: 1, column: 1), annotation: "Int"),
            ], location: SourceLocation(line: 1, column: 1), source: .swiftDeclaration, isComplete: true)
        callable.parameters[0].swift = SwiftParameterTraits(label: "x", internalName: "y", isVariadic: true)
        callable.returnAnnotation = "C"
        callable.hasOpaqueDecorators = true
        callable.dataclassTransform = DataclassTransform(keywordOnlyDefault: true, fieldSpecifiers: ["field"])
        callable.opaqueDecorators = [["paginate"]]
        callable.preservesSignature = true
        callable.swift = SwiftDeclarationTraits(access: "public", isStatic: true, isProtocolRequirement: true, isMigrationAlias: true)
        callable.swift?.extensionRequirements = ["T: Equatable"]
        var definition = ClassDefinition(
            name: "C", bases: ["B"], location: SourceLocation(line: 1, column: 1), fieldInitializer: .dataclassFields,
            definesInitializer: true, decorators: ["d"], metaclass: "M")
        definition.modelFields = callable.parameters
        definition.swiftKind = .struct
        definition.dataclassTransform = DataclassTransform(keywordOnlyDefault: true, fieldSpecifiers: ["attr"])
        definition.transformFields = [TransformField(
            name: "f", location: SourceLocation(line: 2, column: 5), hasValue: true, valueCallee: "field", valueHasPositional: true,
            keywords: ["init": "False"], afterKeywordOnlyMarker: true)]
        definition.transformKeywordOnly = true
        definition.swiftProperties = [SwiftProperty(name: "p", value: .resultOf("Make"), isFunction: true, annotation: "[Int]")]
        definition.swiftGenericParameters = ["T"]
        definition.swiftIsLocal = true
        definition.swiftAliasArguments = ["Int"]
        var summary = FileSummary(
            callables: [callable], classes: [definition], calls: [call],
            imports: [ImportBinding(
                kind: .symbol, boundName: "b", module: "m", level: 1, symbol: "s", scope: "", location: SourceLocation(line: 2, column: 1), isTestable: true)],
            syntaxProblem: SyntaxProblem(message: "bad", location: SourceLocation(line: 9, column: 2)))
        summary.exportedNames = ["C"]
        var assignment = NameAssignment(name: "n", valuePath: ["a"], scope: "", location: SourceLocation(line: 5, column: 1), valueCallPath: ["f"], wrappedPath: ["w"])
        assignment.entersContext = true
        assignment.iteratesPath = ["items"]
        assignment.iteratesCallResult = true
        assignment.narrowedTo = "C"
        assignment.holdsThrough = 7
        summary.assignments = [assignment]
        summary.loops = [LoopSpan(header: 4, end: 6)]
        summary.attributeAssignments = [AttributeAssignment(owner: "self", name: "x", annotation: "int", valueCallPath: ["g"], scope: "C.__init__")]
        #expect(Self.unsetFields(of: summary).isEmpty, "fields this fixture leaves unset: \(Self.unsetFields(of: summary))")
        #expect(try Self.roundTrip(summary) == summary)
        var writer = BinaryWriter()
        writer.write(summary)
        let definitions = try writer.bytes.withUnsafeBytes { raw in
            var reader = try BinaryReader(raw)
            return try reader.readDefinitions()
        }
        var withoutCalls = summary
        withoutCalls.calls = []
        #expect(definitions == withoutCalls, "definitions read alone: everything but the calls")
    }

    /// A repository with `files` committed, then `path` rewritten as `text` and staged.
    func sandbox(committing files: [String: String], thenStaging path: String, as text: String) throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.commit(files)
        try sandbox.write(path, text)
        try sandbox.git(["add", "-A"])
        return sandbox
    }

    /// A package whose staged change renames an init label that two files still write.
    func stagedRename() throws -> GitSandbox {
        try sandbox(committing: [
            "Sources/Net/Client.swift": "public struct Client {\n    public init(timeout: Int) {}\n}\n",
            "Sources/App/a.swift": "import Net\nlet a = Client(timeout: 1)\n",
            "Sources/App/b.swift": "import Net\nlet b = Client(\n    timeout: 2)\n",
        ], thenStaging: "Sources/Net/Client.swift", as: "public struct Client {\n    public init(seconds: Int) {}\n}\n")
    }

    func check(_ sandbox: GitSandbox, cache: SummaryCache) throws -> (findings: [String], parsed: Int) {
        let repository = try Repository.open(at: sandbox.path)
        let report = Checker(objects: repository, caches: Caches(swiftSummaries: cache)).check(try repository.changeSet(.staged, include: Checker.isSource))
        return (report.findings.map { "\($0.path):\($0.location.line):\($0.location.column) \($0.oldLabel)" }, report.stats.filesParsed)
    }

    static let expected = ["Sources/App/a.swift:2:16 timeout", "Sources/App/b.swift:3:5 timeout"]

    func packs(_ sandbox: GitSandbox) throws -> [URL] {
        let root = sandbox.root.appendingPathComponent(".git/paramguard/swift-summaries")
        return try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".pack") }
            .map { root.appendingPathComponent($0) }
    }

    @Test func aWarmRunParsesNothingAndFindsTheSame() throws {
        let sandbox = try stagedRename()
        let repository = try Repository.open(at: sandbox.path)
        let cold = SummaryCache(repository: repository, language: .swift)
        let first = try check(sandbox, cache: cold)
        #expect(first.findings == Self.expected)
        #expect(first.parsed == 4, "both versions of Client.swift, and the two callers")
        cold.save()
        #expect(try packs(sandbox).count == 1, "one pack per run that adds summaries")
        let warm = try check(sandbox, cache: SummaryCache(repository: repository, language: .swift))
        #expect(warm.findings == Self.expected)
        #expect(warm.parsed == 0)
        #expect(try Caches.clear(repository: repository))
        #expect(try check(sandbox, cache: SummaryCache(repository: repository, language: .swift)).parsed == 4, "cleared, it parses again")
        #expect(try !Caches.clear(repository: repository), "nothing was saved since")
    }

    /// A pack cut inside its table, or from another version, is passed over whole; a damaged entry
    /// alone is parsed again.
    @Test(arguments: [("truncated", 4), ("flipped byte", 1), ("older version", 4)])
    func aDamagedOrOlderSummaryIsIgnoredAndRewritten(kind: String, reparsed: Int) throws {
        let sandbox = try stagedRename()
        let repository = try Repository.open(at: sandbox.path)
        let first = SummaryCache(repository: repository, language: .swift)
        _ = try check(sandbox, cache: first)
        first.save()
        for url in try packs(sandbox) {
            var bytes = try Data(contentsOf: url)
            switch kind {
            case "truncated": bytes = bytes.prefix(bytes.firstIndex(of: UInt8(ascii: "\n"))! + 20)
            case "flipped byte": bytes[bytes.count - 12] ^= 0x01
            default: bytes = LabelCacheTests.withOlderVersion(bytes)
            }
            try bytes.write(to: url)
        }
        let reread = SummaryCache(repository: repository, language: .swift)
        let second = try check(sandbox, cache: reread)
        #expect(second.findings == Self.expected)
        #expect(second.parsed == reparsed, "a \(kind) summary is not trusted")
        reread.save()
        #expect(try check(sandbox, cache: SummaryCache(repository: repository, language: .swift)).parsed == 0, "and it is written again")
    }

    /// Python: a rename that one parsed caller and one caller with a syntax error still use.
    func stagedPythonRename() throws -> GitSandbox {
        try sandbox(committing: [
            "api.py": "def fetch(url, timeout=5):\n    pass\n",
            "a.py": "from api import fetch\nfetch('u', timeout=1)\n",
            "broken.py": "from api import fetch\nfetch('u', timeout=1\n",
        ], thenStaging: "api.py", as: "def fetch(url, timeout_seconds=5):\n    pass\n")
    }

    @Test func pythonSummariesAreCachedAndASkippedFileIsSaidTheSameWarm() throws {
        let sandbox = try stagedPythonRename()
        let repository = try Repository.open(at: sandbox.path)
        func run(_ caches: Caches) throws -> (findings: [String], skipped: [String], parsed: Int) {
            let report = Checker(objects: repository, caches: caches).check(try repository.changeSet(.staged, include: Checker.isSource))
            return (report.findings.map { "\($0.path):\($0.location.line) \($0.oldLabel)" }, report.skipped.map(\.path), report.stats.filesParsed)
        }
        let cold = Caches(repository: repository)
        let first = try run(cold)
        #expect(first.findings == ["a.py:2 timeout"])
        #expect(first.skipped == ["broken.py"])
        cold.save()
        // Warm, a.py is checked from its cached summary without being read.
        let warm = try run(Caches(repository: repository))
        #expect(warm.findings == first.findings)
        #expect(warm.skipped == first.skipped, "a file that did not parse is read and reported again")
        #expect(warm.parsed < first.parsed)
    }

    /// Found by Fuzz/CacheDecoders: a table whose checksum holds (a faulty writer, damage the checksum
    /// misses) with an entry's offset or length beyond the file, or above `Int.max`, trapped. Such a
    /// pack is passed over.
    @Test(arguments: [(UInt64.max, UInt64(4)), (UInt64(1) << 63, UInt64(4)), (UInt64(70), UInt64.max), (UInt64(70), UInt64(1) << 40)])
    func aTableThatPointsOutsideItsPackIsPassedOver(offset: UInt64, length: UInt64) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let header = CacheFile.header(name: "test-pack", format: 1)
        let id = [UInt8](repeating: 7, count: 20).withUnsafeBytes { ObjectID(rawBytes: $0, at: 0) }
        PackDirectory(path: folder, header: header).add([(id, Array("entry".utf8))], merging: { _ in true }, trimming: false)
        #expect(PackDirectory(path: folder, header: header).entry(id) == Array("entry".utf8))
        let pack = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".pack") })
        var bytes = try #require(RealSources.bytes(of: folder + "/" + pack))
        // Rewrite the table's offset and length, and its checksum, as a faulty writer would.
        let tableStart = Array((header + "\n").utf8).count
        withUnsafeBytes(of: offset) { bytes.replaceSubrange(tableStart + 24..<tableStart + 32, with: $0) }
        withUnsafeBytes(of: length) { bytes.replaceSubrange(tableStart + 32..<tableStart + 40, with: $0) }
        let checksum = bytes[tableStart..<tableStart + 40].withUnsafeBytes(CacheFile.checksum)
        withUnsafeBytes(of: checksum) { bytes.replaceSubrange(tableStart + 40..<tableStart + 48, with: $0) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + pack))
        let reread = PackDirectory(path: folder, header: header)
        #expect(reread.count == 0)
        #expect(reread.entry(id) == nil)
    }

    @Test func manyPacksAreMergedIntoOneAndEveryEntryStaysReadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("packs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let header = CacheFile.header(name: "test-pack", format: 1)
        // Blob ids made up from numbers: a pack only needs them as keys.
        func id(_ number: Int) -> ObjectID {
            var raw = [UInt8](repeating: 0, count: 20)
            raw[0] = UInt8(number)
            return raw.withUnsafeBytes { ObjectID(rawBytes: $0, at: 0) }
        }
        for number in 0..<(PackDirectory.maximumPacks + 2) {
            PackDirectory(path: folder, header: header).add([(id(number), Array("entry \(number)".utf8))], merging: { _ in true }, trimming: false)
        }
        let reread = PackDirectory(path: folder, header: header)
        #expect(reread.packCount < PackDirectory.maximumPacks, "merged")
        for number in 0..<(PackDirectory.maximumPacks + 2) {
            #expect(reread.entry(id(number)) == Array("entry \(number)".utf8))
        }
        #expect(reread.entry(id(99)) == nil)
        // A pack written after the merge wins over the merged one (so an entry written again heals).
        reread.add([(id(0), Array("again".utf8))], merging: { _ in true }, trimming: false)
        #expect(PackDirectory(path: folder, header: header).entry(id(0)) == Array("again".utf8))
    }
}
