import Foundation
import ParamGuardModel

/// The `--format sarif` output: SARIF 2.1.0, as GitHub code scanning and editors' SARIF viewers
/// read it. One run; the rules are `Rule.all`; each finding is a result at the stale keyword (or the
/// callee, for the rules that point at it), with the definition as a related location and the fix
/// in its message. A call already broken before the change is a `warning`; one a migration record
/// accepts carries an external suppression with the record's reason. Files not checked and records
/// files that cannot be used are tool notifications, so they are never silent.
///
/// Columns count UTF-16 code units (SARIF's default `columnKind`); paths are URIs relative to the
/// repository root (`uriBaseId` `%SRCROOT%`), percent-encoded from the bytes git stores.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public static func render(_ report: CheckReport) -> String {
        let rules = Rule.all
        var results: [[String: Any]] = []
        for finding in report.findings {
            let rule = Rule.of(finding.kind)
            var result: [String: Any] = [
                "ruleId": rule.id,
                "ruleIndex": rules.firstIndex { $0.kind == finding.kind } ?? 0,
                "level": finding.alreadyBroken || finding.acceptedBy != nil ? "warning" : "error",
                "message": ["text": finding.message + (finding.alreadyBroken ? " (already broken before this change)" : "") + "\nfix: " + rule.fix(finding)],
                "locations": [["physicalLocation": physicalLocation(finding.path, region: region(of: finding, pointsAtCallee: rule.pointsAtCallee))]],
            ]
            if !finding.definition.isOutsideTree {
                result["relatedLocations"] = [[
                    "id": 0,
                    "message": ["text": rule.definitionNote(finding)],
                    "physicalLocation": physicalLocation(finding.definition.path, region: ["startLine": finding.definition.line]),
                ]]
            }
            if let record = finding.acceptedBy {
                result["suppressions"] = [[
                    "kind": "external", "status": "accepted",
                    "justification": "migration record at \(record.path):\(record.line): \(record.reason)",
                ]]
            }
            var properties: [String: Any] = ["callee": finding.callee, "oldLabel": finding.oldLabel, "definition": finding.definition.qualifiedName]
            if let newLabel = finding.newLabel { properties["newLabel"] = newLabel }
            if let ref = finding.ref { properties["ref"] = ref }
            result["properties"] = properties
            results.append(result)
        }
        var notifications: [[String: Any]] = report.skipped.map { file in
            ["level": "warning", "message": ["text": "not checked: \(file.reason)"], "locations": [["physicalLocation": physicalLocation(file.path, region: nil)]]]
        }
        notifications += report.warnings.map { warning in
            [
                "level": "warning", "message": ["text": warning.message],
                "locations": [["physicalLocation": physicalLocation(warning.path, region: warning.line > 0 ? ["startLine": warning.line] : nil)]],
            ]
        }
        let run: [String: Any] = [
            "tool": ["driver": [
                "name": "paramguard",
                "rules": rules.map { rule in
                    [
                        "id": rule.id,
                        "shortDescription": ["text": rule.summary],
                        "fullDescription": ["text": rule.explanation],
                        "defaultConfiguration": ["level": rule.severity.rawValue],
                        "properties": ["languages": rule.languages.map(\.name)],
                    ] as [String: Any]
                },
            ] as [String: Any]],
            "columnKind": "utf16CodeUnits",
            "results": results,
            "invocations": [["executionSuccessful": true, "toolExecutionNotifications": notifications] as [String: Any]],
        ]
        let document: [String: Any] = ["$schema": schema, "version": "2.1.0", "runs": [run]]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Where the finding points: its line, and when the line was read, the columns of the keyword
    /// (or callee) in UTF-16 code units.
    static func region(of finding: Finding, pointsAtCallee: Bool) -> [String: Any] {
        var region: [String: Any] = ["startLine": finding.location.line]
        if let column = finding.utf16Column {
            region["startColumn"] = column
            region["endColumn"] = column + (pointsAtCallee ? finding.callee : finding.oldLabel).utf16.count
        }
        return region
    }

    static func physicalLocation(_ path: String, region: [String: Any]?) -> [String: Any] {
        var location: [String: Any] = ["artifactLocation": ["uri": uri(of: path), "uriBaseId": "%SRCROOT%"]]
        if let region { location["region"] = region }
        return location
    }

    /// A relative URI reference for a path of the tree: every byte but RFC 3986's unreserved ones and
    /// `/` percent-encoded, from the bytes git stores (a quoted path is unquoted first).
    static func uri(of path: String) -> String {
        var out = ""
        for byte in GitPath.bytes(of: path) {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
