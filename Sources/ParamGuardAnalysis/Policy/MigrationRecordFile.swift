import ParamGuardModel
import TOMLKit

/// Reads the tree's `.paramguard.toml`: the migration records a change may add, and nothing else.
///
/// ```toml
/// [[migration]]
/// callable = "app.context.UserExecutionContext"
/// renamed = { websocket_connection_id = "websocket_client_id" }
/// reason = "the gateway's v1 handlers in legacy/ go with the v1 API in January"
/// paths = ["legacy/**"]
/// ```
///
/// The file is pushed content: anyone who can push writes it. It may only declare records; a key
/// that would change how the check runs (its mode, budget, what it reads) is an error, because those
/// settings live in git config, where only whoever runs the hook sets them. A file that cannot be
/// used makes every record in it count for nothing (the findings it would accept keep blocking) and
/// is reported with the line at fault.
///
/// TOML is read by TOMLKit (toml++). TOMLKit 0.6.0 frees nothing it parses (its table type has no
/// deinit, and key lists and parse errors are malloc'd and kept): the file is read at most twice a
/// run (before and after the change, and only when the change touches it) and is at most
/// `maximumSize` bytes, so what is kept is bounded and goes with the process.
public enum MigrationRecordFile {
    /// Where the file is: the root of the tree.
    public static let path = MigrationRecord.file
    /// A larger file is refused unread: a list of records is a few hundred bytes each.
    public static let maximumSize = 64 * 1024

    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// 0 for the whole file.
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    static let changeKeys = ["renamed", "removed", "required", "positional", "reordered", "deleted"]
    static let recordKeys = Set(["callable", "reason", "paths"] + changeKeys)

    /// The records of a file's bytes, in the order the file lists them.
    public static func records(in bytes: [UInt8]) throws(Problem) -> [MigrationRecord] {
        guard bytes.count <= maximumSize else {
            throw Problem(line: 0, message: "it is \(bytes.count) bytes; a records file may hold at most \(maximumSize)")
        }
        // toml++ reads a C string: a NUL would end the document early, hiding what follows it.
        if let nul = bytes.firstIndex(of: 0) {
            throw Problem(line: bytes[..<nul].count { $0 == UInt8(ascii: "\n") } + 1, message: "it holds a NUL byte")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Problem(line: 0, message: "it is not UTF-8, as TOML must be")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(line: error.source.begin.line, message: "not TOML: \(error.description)")
        } catch {
            throw Problem(line: 0, message: "not TOML")
        }
        for key in table.keys where key != "migration" {
            throw Problem(
                line: lineOfKey(key, in: text),
                message: "'\(key)' cannot be set here: this file holds only [[migration]] records. How the check runs is set "
                    + "in git config by whoever runs it (on a server, in the server's repository), never by the tree it checks")
        }
        guard let value = table["migration"] else { return [] }
        guard let array = value.array else {
            throw Problem(line: lineOfKey("migration", in: text), message: "'migration' must be an array of tables: write each record under [[migration]]")
        }
        let lines = headerLines(in: text)
        var records: [MigrationRecord] = []
        for (index, element) in array.enumerated() {
            let line = lines.count == array.count ? lines[index] : lineOfKey("migration", in: text)
            guard let fields = element.table else {
                throw Problem(line: line, message: "each migration record must be a table")
            }
            records.append(try record(fields, line: line))
        }
        return records
    }

    private static func record(_ fields: TOMLTable, line: Int) throws(Problem) -> MigrationRecord {
        func problem(_ message: String) -> Problem { Problem(line: line, message: message) }
        for key in fields.keys where !recordKeys.contains(key) {
            throw problem("a migration record has no key '\(key)'; it takes \(recordKeys.sorted().joined(separator: ", "))")
        }
        guard let callable = fields["callable"]?.string, !callable.isEmpty else {
            throw problem("a migration record needs 'callable', the definition as paramguard names it (app.context.UserExecutionContext)")
        }
        guard let reason = fields["reason"]?.string, !reason.allSatisfy(\.isWhitespace) else {
            throw problem("the record for '\(callable)' needs a 'reason': why the calls left on the old labels are fine")
        }
        guard reason != MigrationRecord.placeholderReason else {
            throw problem("the record for '\(callable)' keeps the suggested placeholder as its reason: write the real one")
        }
        var record = MigrationRecord(callable: callable, reason: reason)
        record.line = line
        if let value = fields["renamed"] {
            guard let table = value.table else { throw problem("'renamed' must be a table of old label = \"new label\"") }
            for (old, new) in zip(table.keys, table.values) {
                guard let new = new.string, !new.isEmpty, !old.isEmpty else {
                    throw problem("'renamed' must be a table of old label = \"new label\"")
                }
                record.renamed[old] = new
            }
        }
        record.removed = try labels(fields["removed"], key: "removed", line: line)
        record.required = try labels(fields["required"], key: "required", line: line)
        record.paths = try labels(fields["paths"], key: "paths", line: line)
        if let value = fields["positional"] {
            guard let count = value.int, count >= 0 else { throw problem("'positional' must be how many positional arguments the definition takes now") }
            record.positional = count
        }
        for key in ["reordered", "deleted"] {
            guard let value = fields[key] else { continue }
            guard let flag = value.bool else { throw problem("'\(key)' must be true or false") }
            if key == "reordered" { record.reordered = flag } else { record.deleted = flag }
        }
        guard !record.renamed.isEmpty || !record.removed.isEmpty || !record.required.isEmpty || record.positional != nil
            || record.reordered || record.deleted
        else {
            throw problem("the record for '\(callable)' declares no change: give one of \(changeKeys.joined(separator: ", "))")
        }
        return record
    }

    private static func labels(_ value: TOMLValueConvertible?, key: String, line: Int) throws(Problem) -> [String] {
        guard let value else { return [] }
        guard let array = value.array else { throw Problem(line: line, message: "'\(key)' must be an array of strings") }
        var strings: [String] = []
        for element in array {
            guard let string = element.string, !string.isEmpty else { throw Problem(line: line, message: "'\(key)' must be an array of strings") }
            strings.append(string)
        }
        return strings
    }

    /// The lines of the `[[migration]]` headers, in order.
    private static func headerLines(in text: String) -> [Int] {
        var lines: [Int] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let compact = line.filter { $0 != " " && $0 != "\t" }
            if compact.hasPrefix("[[migration]]") { lines.append(number + 1) }
        }
        return lines
    }

    /// The first line that starts with `key` (0 if none does): where a top-level key is set.
    private static func lineOfKey(_ key: String, in text: String) -> Int {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "[" || $0 == "\"" || $0 == "'" }
            if trimmed.hasPrefix(key) { return number + 1 }
        }
        return 0
    }
}
