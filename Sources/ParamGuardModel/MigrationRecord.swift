/// A change of a callable's parameters declared intended, with its reason: one `[[migration]]` table
/// of the tree's `.paramguard.toml`. A record accepts the findings of the change it describes, and
/// only in the change that adds it (see `MigrationPolicy`): it documents one transition, and is never
/// a standing licence for new calls on the old labels.
public struct MigrationRecord: Hashable, Sendable {
    /// The file that holds the records: at the root of the tree.
    public static let file = ".paramguard.toml"
    /// The reason paramguard writes in the records it suggests; a record that keeps it gives none.
    public static let placeholderReason = "why the calls left on the old labels are fine"

    /// The definition, named as findings name it: module and dotted name (`app.context.UserExecutionContext`,
    /// `app.client.Client.fetch`, `Geometry.Point.init`).
    public var callable: String
    /// Old label → new label (`_` for a Swift parameter left without one).
    public var renamed: [String: String] = [:]
    /// Labels the definition no longer takes.
    public var removed: [String] = []
    /// Labels of parameters the definition now requires.
    public var required: [String] = []
    /// Python: how many positional arguments the definition takes now, when it takes fewer.
    public var positional: Int?
    /// Swift: the labels are now in another order.
    public var reordered = false
    /// The function or class was deleted (or moved away from its module).
    public var deleted = false
    /// Why the calls still on the old labels may stay: required, so that the acceptance is documented.
    public var reason: String
    /// Where calls may stay on the old labels (`legacy/**`); the whole tree when empty.
    public var paths: [String] = []
    /// The line of the file where the record starts (not part of what it declares).
    public var line = 0

    public init(callable: String, reason: String) {
        self.callable = callable
        self.reason = reason
    }

    /// Whether the record declares the breakage `finding` reports, at a path it covers.
    public func accepts(_ finding: Finding) -> Bool {
        guard finding.definition.qualifiedName == callable else { return false }
        guard paths.isEmpty || paths.contains(where: { PathPattern.matches($0, finding.path) }) else { return false }
        switch finding.kind {
        case .renamedParameter, .staleConformance:
            return renamed[finding.oldLabel] == (finding.newLabel ?? "_")
        case .removedParameter:
            return removed.contains(finding.oldLabel)
        case .unknownKeyword:
            return renamed[finding.oldLabel] != nil || removed.contains(finding.oldLabel)
        case .missingArgument:
            return required.contains(finding.oldLabel)
        case .tooManyPositional:
            return positional.map(String.init) == finding.oldLabel
        case .reorderedParameters:
            return reordered
        case .deletedCallable:
            return deleted
        }
    }

    /// Two records declare the same thing whatever line they stand on.
    public func declaresTheSame(as other: MigrationRecord) -> Bool {
        var moved = other
        moved.line = line
        return moved == self
    }
}

/// Where the record that accepted a finding is, and its reason.
public struct AcceptingRecord: Hashable, Sendable, Codable {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }
}

/// A pattern over paths of the tree, as `.gitignore` writes them: `*` matches within one folder's
/// name, `**` across folders (`legacy/**`), `**/` any number of folders, none included
/// (`**/test_*.py` matches `test_a.py`), `?` one character other than `/`.
///
/// Matched by dynamic programming over (pattern token, path position), so a pattern of many stars
/// from a pushed file costs time in proportion to the two lengths, never exponential backtracking.
public enum PathPattern {
    enum Token: Equatable {
        case byte(UInt8)
        case anyCharacter
        case anyInName
        case anything
        case anyFolders
    }

    static func tokens(_ pattern: String) -> [Token] {
        let bytes = Array(pattern.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                let slash = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "/")
                tokens.append(slash ? .anyFolders : .anything)
                index += slash ? 3 : 2
            } else {
                tokens.append(byte == UInt8(ascii: "*") ? .anyInName : byte == UInt8(ascii: "?") ? .anyCharacter : .byte(byte))
                index += 1
            }
        }
        return tokens
    }

    public static func matches(_ pattern: String, _ path: String) -> Bool {
        let tokens = tokens(pattern)
        let text = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        // `next[j]`: the tokens after the current one match `text[j...]`.
        var next = [Bool](repeating: false, count: text.count + 1)
        next[text.count] = true
        for token in tokens.reversed() {
            var current = [Bool](repeating: false, count: text.count + 1)
            // For `**/`: some `/` at or after j ends the folders, and the rest matches after it.
            var folderEndsLater = false
            for j in stride(from: text.count, through: 0, by: -1) {
                let more = j < text.count
                switch token {
                case let .byte(byte): current[j] = more && text[j] == byte && next[j + 1]
                case .anyCharacter: current[j] = more && text[j] != slash && next[j + 1]
                case .anyInName: current[j] = next[j] || (more && text[j] != slash && current[j + 1])
                case .anything: current[j] = next[j] || (more && current[j + 1])
                case .anyFolders:
                    if more, text[j] == slash, next[j + 1] { folderEndsLater = true }
                    current[j] = next[j] || folderEndsLater
                }
            }
            next = current
        }
        return next[0]
    }
}

extension MigrationRecord {
    /// The records that would declare `findings` intended, one per definition, in the order the
    /// definitions first appear: what a rejection suggests. Calls that name a keyword their callee
    /// never took (`unknown-keyword`), and definitions outside the tree, get none: there is no change
    /// of the tree's to declare.
    public static func declaring(_ findings: [Finding], reason: String) -> [MigrationRecord] {
        var records: [MigrationRecord] = []
        for finding in findings where finding.kind != .unknownKeyword && !finding.definition.isOutsideTree {
            let callable = finding.definition.qualifiedName
            var index = records.firstIndex { $0.callable == callable }
            if index == nil {
                records.append(MigrationRecord(callable: callable, reason: reason))
                index = records.count - 1
            }
            var record = records[index!]
            switch finding.kind {
            case .renamedParameter, .staleConformance: record.renamed[finding.oldLabel] = finding.newLabel ?? "_"
            case .removedParameter: if !record.removed.contains(finding.oldLabel) { record.removed.append(finding.oldLabel) }
            case .missingArgument: if !record.required.contains(finding.oldLabel) { record.required.append(finding.oldLabel) }
            case .tooManyPositional: record.positional = Int(finding.oldLabel)
            case .reorderedParameters: record.reordered = true
            case .deletedCallable: record.deleted = true
            case .unknownKeyword: break
            }
            records[index!] = record
        }
        return records
    }

    /// The record as a `[[migration]]` table of `.paramguard.toml`.
    public var tomlText: String {
        var lines = ["[[migration]]", "callable = \(Self.tomlString(callable))"]
        if !renamed.isEmpty {
            let pairs = renamed.sorted { $0.key < $1.key }.map { "\(Self.tomlKey($0.key)) = \(Self.tomlString($0.value))" }
            lines.append("renamed = { \(pairs.joined(separator: ", ")) }")
        }
        if !removed.isEmpty { lines.append("removed = [\(removed.map(Self.tomlString).joined(separator: ", "))]") }
        if !required.isEmpty { lines.append("required = [\(required.map(Self.tomlString).joined(separator: ", "))]") }
        if let positional { lines.append("positional = \(positional)") }
        if reordered { lines.append("reordered = true") }
        if deleted { lines.append("deleted = true") }
        if !paths.isEmpty { lines.append("paths = [\(paths.map(Self.tomlString).joined(separator: ", "))]") }
        lines.append("reason = \(Self.tomlString(reason))")
        return lines.joined(separator: "\n")
    }

    /// A key as TOML writes it: bare when it is letters, digits, `_` and `-` only, quoted otherwise.
    static func tomlKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == "-" }
        return bare ? key : tomlString(key)
    }

    /// A basic TOML string: quotes, backslashes and control characters escaped.
    static func tomlString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16).uppercased()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
