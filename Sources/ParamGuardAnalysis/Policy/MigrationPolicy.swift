import ParamGuardGit
import ParamGuardModel

/// Applies the migration records of `.paramguard.toml` to a change's findings.
///
/// A record accepts a finding only in the change that adds the record (or rewrites it): the commit,
/// the push or the range under check must bring it. That is what keeps a record from becoming a
/// standing hole: once it is in the tree, a later change that writes a new call on the old label is
/// checked like any other, while the change that made the break, and declared it, passes. Accepted
/// findings are still listed (as notes), so what a record let through is seen where it happens.
enum MigrationPolicy {
    static func apply(to report: inout CheckReport, changeSet: ChangeSet, objects: any ObjectStore) {
        guard let change = changeSet.changes.first(where: { $0.path == MigrationRecordFile.path }), let newBlob = change.newBlob else {
            return
        }
        let path = MigrationRecordFile.path
        let after: [MigrationRecord]
        do {
            after = try records(of: newBlob, objects: objects)
        } catch {
            report.warnings.append(ReportWarning(path: path, line: error.line, message: "\(error.message); none of its migration records apply"))
            return
        }
        // The records of the file before the change are not this change's to add; a file that could
        // not be used before adds nothing it held then.
        let before = change.oldBlob.flatMap { try? records(of: $0, objects: objects) } ?? []
        let added = after.filter { record in !before.contains { $0.declaresTheSame(as: record) } }
        guard !added.isEmpty else { return }
        var used = Set<Int>()
        for index in report.findings.indices where !report.findings[index].alreadyBroken {
            guard let number = added.firstIndex(where: { $0.accepts(report.findings[index]) }) else { continue }
            let record = added[number]
            report.findings[index].acceptedBy = AcceptingRecord(path: path, line: record.line, reason: record.reason)
            used.insert(number)
        }
        // A record that accepts nothing while findings still block is most likely misspelt: say so
        // next to them. Without findings left it may well document a change for callers elsewhere.
        guard !report.blocking.isEmpty else { return }
        for (number, record) in added.enumerated() where !used.contains(number) {
            report.warnings.append(ReportWarning(
                path: path, line: record.line,
                message: "the migration record for '\(record.callable)' accepts no finding of this change: check its callable "
                    + "(as findings name the definition) and its labels"))
        }
    }

    private static func records(of blob: ObjectID, objects: any ObjectStore) throws(MigrationRecordFile.Problem) -> [MigrationRecord] {
        let bytes: [UInt8]
        do {
            let size = try objects.blobSize(blob)
            guard size <= MigrationRecordFile.maximumSize else {
                throw MigrationRecordFile.Problem(line: 0, message: "it is \(size) bytes; a records file may hold at most \(MigrationRecordFile.maximumSize)")
            }
            bytes = try objects.blobContent(blob)
        } catch let problem as MigrationRecordFile.Problem {
            throw problem
        } catch {
            throw MigrationRecordFile.Problem(line: 0, message: "it cannot be read (\(error))")
        }
        return try MigrationRecordFile.records(in: bytes)
    }
}
