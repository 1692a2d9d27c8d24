import Foundation
@testable import ParamGuardAnalysis
import ParamGuardTestSupport
import Testing

/// The records file's TOML reader against CPython's `tomllib` (TOML 1.0), through
/// `scripts/toml_differential.py`: on documents that exercise every construct TOML has, and on every
/// one-byte deletion, insertion and replacement of them, what both accept must read the same, what
/// `tomllib` refuses the reader must refuse, and the reader may refuse valid TOML only as unsupported
/// (floats, dates, dotted keys), never call it invalid.
@Suite struct TOMLReaderTests {
    static let seeds: [String] = [
        """
        # Intended changes
        [[migration]]
        callable = "app.context.UserExecutionContext"
        renamed = { websocket_connection_id = "websocket_client_id", "naïve" = 'plain' }
        removed = ["verbose", 'quiet',]
        reason = "the v1 \\"gateway\\"\\tin legacy/ \\u00e9\\U0001F600 goes"  # trailing
        paths = [
          "legacy/**",  # old
          '**/test_*.py',
        ]

        [[ migration ]]
        callable = 'Geometry.Point.init'
        positional = +2_0
        reordered = true
        deleted = false
        """,
        """
        [[migration]]
        callable = "a"
        reason = \"\"\"
        first line
        second \\
            joined "quoted" ""two"" \\u0041\"\"\"\"
        other = '''
        raw \\n 'single' ''quoted'''''
        n = [0x_1, 0xDEAD_beef, 0o17, 0b1010, -0, +7, 9223372036854775807, -9223372036854775808]
        empty = {}
        nested = [[1, 2], ["a", { k = [true] }], []]
        """,
        """
        title = "TOML"
        [owner]
        name = "Tom"
        "quoted key" = 1
        '' = 'empty literal key'
        bare-key_1 = false
        [[fruits]]
        name = "apple"
        [[fruits]]
        name = "banana"\r
        \tcolor = "yellow"\t# tab
        """,
        """
        a = 1.5
        b = 1979-05-27T07:32:00Z
        c = 07:32:00
        d = 1e6
        e = inf
        f.g = 1
        h = 99999999999999999999
        [x.y]
        """,
        "[[migration]]\ncallable=\"f\"\nrenamed={a=\"b\"}\nreason='r'\n",
        "x = [ 1 ,\n 2 , # c\n ] \n[t]\ny = { a = 1, b = { c = 'd' } }\n",
    ]

    /// Bytes that end, open or break TOML's constructs.
    static let specials: [String] = [
        "\"", "'", "\\", "[", "]", "{", "}", "=", ",", "#", "\n", "\r", "\t", " ", ".", "0", "_", "\u{0}", "x", "\u{7f}", "é", "-", "+", ":", "e",
    ]

    static func corpus() -> [[UInt8]] {
        var documents: [[UInt8]] = []
        for seed in seeds {
            let bytes = Array(seed.utf8)
            documents.append(bytes)
            for position in 0..<bytes.count {
                var deleted = bytes
                deleted.remove(at: position)
                documents.append(deleted)
            }
            for position in 0...bytes.count {
                for special in specials {
                    var inserted = bytes
                    inserted.insert(contentsOf: Array(special.utf8), at: position)
                    documents.append(inserted)
                    if position < bytes.count {
                        var replaced = bytes
                        replaced.replaceSubrange(position..<(position + 1), with: Array(special.utf8))
                        documents.append(replaced)
                    }
                }
            }
        }
        return documents
    }

    static func json(_ value: TOMLReader.Value) -> Any {
        switch value {
        case let .string(text): text
        case let .integer(number): number
        case let .boolean(flag): flag
        case let .array(elements): elements.map(json)
        case let .table(table): json(table)
        }
    }

    static func json(_ table: TOMLReader.Table) -> [String: Any] {
        var object: [String: Any] = [:]
        for key in table.keys { object[key] = table[key].map(json) }
        return object
    }

    @Test func agreesWithTomllib() throws {
        var lines = Data()
        for document in Self.corpus() {
            var entry: [String: Any] = ["doc": Data(document).base64EncodedString()]
            if String(validating: document, as: UTF8.self) == nil {
                entry["kind"] = "invalid"
            } else {
                do {
                    entry["value"] = Self.json(try TOMLReader.read(document))
                    entry["kind"] = "ok"
                } catch {
                    entry["kind"] = error.isUnsupported ? "unsupported" : "invalid"
                    entry["message"] = "line \(error.line): \(error.message)"
                }
            }
            lines += try JSONSerialization.data(withJSONObject: entry) + Data("\n".utf8)
        }
        let sandbox = try GitSandbox()
        let input = sandbox.path + "/documents.jsonl"
        try lines.write(to: URL(fileURLWithPath: input))
        let script = BuiltProducts.packageRoot().appendingPathComponent("scripts/toml_differential.py").path
        let result = try sandbox.run(["python3", script, input])
        #expect(result.status == 0, "\(result.output)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.output)")
        print("TOML reader against tomllib: \(summary.filter { $0.key != "first_mismatches" })")
        #expect(summary["mismatches"] as? Int == 0, "\(summary["first_mismatches"] ?? "")")
        // Not vacuous: thousands of documents each way.
        #expect((summary["both_accept"] as? Int ?? 0) > 2_000, "\(summary)")
        #expect((summary["both_refuse"] as? Int ?? 0) > 2_000, "\(summary)")
    }

    @Test func readsWhatTheRecordsFileUses() throws {
        let table = try TOMLReader.read(Array("# c\n[[m]]\nk = 'v'\n\n[[m]]\nn = [1, \"x\", {a = true}]\n".utf8))
        guard case let .array(elements)? = table["m"], case let .table(first) = elements[0], case let .table(second) = elements[1] else {
            Issue.record("\(table)")
            return
        }
        #expect(first.line == 2 && second.line == 5)
        #expect(first["k"] == .string("v"))
        #expect(second["n"] == .array([.integer(1), .string("x"), .table(TOMLReader.Table(keys: ["a"], values: ["a": .boolean(true)], lines: ["a": 6], line: 6))]))
    }
}
