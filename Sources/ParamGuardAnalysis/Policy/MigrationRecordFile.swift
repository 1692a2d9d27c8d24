import ParamGuardModel

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
/// is reported with the line at fault. The TOML is read by `TOMLReader`.
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
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Problem(line: 0, message: "it is not UTF-8, as TOML must be")
        }
        let table: TOMLReader.Table
        do {
            table = try TOMLReader.read(bytes)
        } catch {
            throw Problem(line: error.line, message: error.isUnsupported ? "not read: \(error.message)" : "not TOML: \(error.message)")
        }
        for key in table.keys where key != "migration" {
            throw Problem(
                line: table.lines[key] ?? 0,
                message: "'\(key)' cannot be set here: this file holds only [[migration]] records. How the check runs is set "
                    + "in git config by whoever runs it (on a server, in the server's repository), never by the tree it checks")
        }
        guard let value = table["migration"] else { return [] }
        guard case let .array(elements) = value else {
            throw Problem(line: table.lines["migration"] ?? 0, message: "'migration' must be an array of tables: write each record under [[migration]]")
        }
        var records: [MigrationRecord] = []
        for element in elements {
            guard case let .table(fields) = element else {
                throw Problem(line: table.lines["migration"] ?? 0, message: "each migration record must be a table: write it under [[migration]]")
            }
            records.append(try record(fields, line: fields.line))
        }
        return records
    }

    private static func record(_ fields: TOMLReader.Table, line: Int) throws(Problem) -> MigrationRecord {
        func problem(_ message: String) -> Problem { Problem(line: line, message: message) }
        for key in fields.keys where !recordKeys.contains(key) {
            throw problem("a migration record has no key '\(key)'; it takes \(recordKeys.sorted().joined(separator: ", "))")
        }
        guard case let .string(callable)? = fields["callable"], !callable.isEmpty else {
            throw problem("a migration record needs 'callable', the definition as paramguard names it (app.context.UserExecutionContext)")
        }
        guard case let .string(reason)? = fields["reason"], !reason.allSatisfy(\.isWhitespace) else {
            throw problem("the record for '\(callable)' needs a 'reason': why the calls left on the old labels are fine")
        }
        guard reason != MigrationRecord.placeholderReason else {
            throw problem("the record for '\(callable)' keeps the suggested placeholder as its reason: write the real one")
        }
        var record = MigrationRecord(callable: callable, reason: reason)
        record.line = line
        if let value = fields["renamed"] {
            guard case let .table(table) = value else { throw problem("'renamed' must be a table of old label = \"new label\"") }
            for old in table.keys {
                guard case let .string(new)? = table[old], !new.isEmpty, !old.isEmpty else {
                    throw problem("'renamed' must be a table of old label = \"new label\"")
                }
                record.renamed[old] = new
            }
        }
        record.removed = try labels(fields["removed"], key: "removed", line: line)
        record.required = try labels(fields["required"], key: "required", line: line)
        record.paths = try labels(fields["paths"], key: "paths", line: line)
        if fields["paths"] != nil, record.paths.isEmpty {
            throw problem("'paths = []' covers no file: leave 'paths' out to cover the whole tree")
        }
        if let value = fields["positional"] {
            guard case let .integer(count) = value, count >= 0 else { throw problem("'positional' must be how many positional arguments the definition takes now") }
            record.positional = count
        }
        for key in ["reordered", "deleted"] {
            guard let value = fields[key] else { continue }
            guard case let .boolean(flag) = value else { throw problem("'\(key)' must be true or false") }
            if key == "reordered" { record.reordered = flag } else { record.deleted = flag }
        }
        guard !record.renamed.isEmpty || !record.removed.isEmpty || !record.required.isEmpty || record.positional != nil
            || record.reordered || record.deleted
        else {
            throw problem("the record for '\(callable)' declares no change: give one of \(changeKeys.joined(separator: ", "))")
        }
        return record
    }

    private static func labels(_ value: TOMLReader.Value?, key: String, line: Int) throws(Problem) -> [String] {
        guard let value else { return [] }
        guard case let .array(elements) = value else { throw Problem(line: line, message: "'\(key)' must be an array of strings") }
        var strings: [String] = []
        for element in elements {
            guard case let .string(string) = element, !string.isEmpty else { throw Problem(line: line, message: "'\(key)' must be an array of strings") }
            strings.append(string)
        }
        return strings
    }
}
