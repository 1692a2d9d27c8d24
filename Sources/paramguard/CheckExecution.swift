import ArgumentParser
import Foundation
import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardReport

/// Runs the checker on change sets and turns the result into output and an exit code.
enum CheckExecution {
    /// Checks each change set, prints one report, and returns exit code 1 when anything was found.
    static func run(
        _ changeSets: [ChangeSet], repository: Repository, format: OutputFormat, subject: String, toStandardError: Bool
    ) -> ExitCode {
        let cache = LabelCache(repository: repository)
        defer { cache.save() }
        let checker = Checker(repository: repository, labelCache: cache)
        var merged = CheckReport(findings: [], skipped: [], stats: CheckStatistics())
        for changeSet in changeSets {
            let report = checker.check(changeSet)
            merged.findings += report.findings
            merged.skipped += report.skipped
            merged.stats.add(report.stats)
        }
        let text = format == .json ? JSONReporter.render(merged) : TextReporter.render(merged, subject: subject)
        let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(text.utf8))
        return merged.findings.isEmpty ? .success : ExitCode(1)
    }

    /// Builds a change set, reporting repository problems as usage errors (exit 2).
    static func changeSet(_ source: ChangeSource, in repository: Repository) throws -> ChangeSet {
        do {
            return try repository.changeSet(source, include: Checker.isPythonSource)
        } catch let error as GitError {
            throw CommandFailure(error.message)
        }
    }
}

extension CheckStatistics {
    mutating func add(_ other: CheckStatistics) {
        changedFiles += other.changedFiles
        filesParsed += other.filesParsed
        callsChecked += other.callsChecked
        unresolvedCalls += other.unresolvedCalls
        unverifiableCalls += other.unverifiableCalls
        suppressedFindings += other.suppressedFindings
    }
}
