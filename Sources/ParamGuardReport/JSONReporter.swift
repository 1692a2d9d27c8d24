import Foundation
import ParamGuardModel

/// The `--format json` output. Schema version 1; later versions only add fields.
public enum JSONReporter {
    struct Document: Encodable {
        var version = 1
        var findings: [FindingObject]
        var skipped: [SkippedObject]
        var warnings: [WarningObject]
        var stats: StatsObject
    }

    /// A problem that is not a finding (a migration-record file that cannot be used); `line` is
    /// null when it concerns the whole file.
    struct WarningObject: Encodable {
        var path: String
        var line: Int?
        var message: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(message, forKey: .message)
        }

        enum Keys: String, CodingKey { case path, line, message }
    }

    /// The migration record that accepts a finding: it is listed, but does not block.
    struct AcceptedObject: Encodable {
        var path: String
        var line: Int
        var reason: String
    }

    struct FindingObject: Encodable {
        var kind: String
        var path: String
        var line: Int
        var column: Int
        var callee: String
        var old_label: String
        var new_label: String?
        var definition: DefinitionObject
        var message: String
        var call: PositionObject?
        var already_broken: Bool?
        var ref: String?
        var accepted_by: AcceptedObject?

        func encode(to encoder: Encoder) throws {
            // Written by hand so that `new_label` is an explicit null rather than absent.
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(callee, forKey: .callee)
            try container.encode(old_label, forKey: .old_label)
            try container.encode(new_label, forKey: .new_label)
            try container.encode(definition, forKey: .definition)
            try container.encode(message, forKey: .message)
            try container.encodeIfPresent(call, forKey: .call)
            try container.encodeIfPresent(already_broken, forKey: .already_broken)
            try container.encodeIfPresent(ref, forKey: .ref)
            try container.encodeIfPresent(accepted_by, forKey: .accepted_by)
        }

        enum Keys: String, CodingKey {
            case kind, path, line, column, callee, old_label, new_label, definition, message, call, already_broken, ref, accepted_by
        }
    }

    struct PositionObject: Encodable {
        var line: Int
        var column: Int
    }

    /// `path` and `line` are null for a definition outside the tree (a standard-library factory).
    struct DefinitionObject: Encodable {
        var path: String?
        var line: Int?
        var name: String
        var module: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(name, forKey: .name)
            try container.encode(module, forKey: .module)
        }

        enum Keys: String, CodingKey { case path, line, name, module }
    }

    struct SkippedObject: Encodable {
        var path: String
        var reason: String
    }

    struct StatsObject: Encodable {
        var changed_files: Int
        var files_parsed: Int
        var calls_checked: Int
        var unresolved_calls: Int
        var unverifiable_calls: Int
        var suppressed_findings: Int
        var accepted_findings: Int
        var unresolved_calls_by_reason: [String: Int]
        var open_calls_by_reason: [String: Int]
    }

    public static func render(_ report: CheckReport) -> String {
        let document = Document(
            findings: report.findings.map { finding in
                FindingObject(
                    kind: finding.kind.rawValue, path: finding.path, line: finding.location.line,
                    column: finding.location.column, callee: finding.callee, old_label: finding.oldLabel,
                    new_label: finding.newLabel,
                    definition: DefinitionObject(
                        path: finding.definition.isOutsideTree ? nil : finding.definition.path,
                        line: finding.definition.isOutsideTree ? nil : finding.definition.line, name: finding.definition.name,
                        module: finding.definition.module),
                    message: finding.message,
                    call: finding.callLocation.map { PositionObject(line: $0.line, column: $0.column) },
                    already_broken: finding.alreadyBroken ? true : nil, ref: finding.ref,
                    accepted_by: finding.acceptedBy.map { AcceptedObject(path: $0.path, line: $0.line, reason: $0.reason) })
            },
            skipped: report.skipped.map { SkippedObject(path: $0.path, reason: $0.reason) },
            warnings: report.warnings.map { WarningObject(path: $0.path, line: $0.line > 0 ? $0.line : nil, message: $0.message) },
            stats: StatsObject(
                changed_files: report.stats.changedFiles, files_parsed: report.stats.filesParsed,
                calls_checked: report.stats.callsChecked, unresolved_calls: report.stats.unresolvedCalls,
                unverifiable_calls: report.stats.unverifiableCalls, suppressed_findings: report.stats.suppressedFindings,
                accepted_findings: report.accepted.count,
                unresolved_calls_by_reason: report.stats.unresolvedCallsByReason,
                open_calls_by_reason: report.stats.openCallsByReason))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
