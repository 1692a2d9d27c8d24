import ArgumentParser
import Foundation
import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardReport

/// Runs the checker on change sets and turns the result into output and an exit code.
enum CheckExecution {
    /// Checks each change set, prints one report, and returns exit code 1 when anything that blocks
    /// was found (a call already broken before the change is only a warning).
    static func run(
        _ changeSets: [ChangeSet], repository: Repository, format: OutputFormat, subject: String, toStandardError: Bool,
        refs: [String]? = nil
    ) -> ExitCode {
        show(check(changeSets, repository: repository, refs: refs), format: format, subject: subject, toStandardError: toStandardError)
    }

    /// Checks each change set and merges the reports; each finding of a push is tied to its ref.
    /// The largest file paramguard reads, from `paramguard.maxFileSize` (bytes, with git's `k`, `m`
    /// and `g` suffixes; 4 MiB by default). Larger files are skipped, listed by path, and not read at
    /// all: their size comes from the object's header.
    static func fileSizeLimit(of repository: Repository) throws -> Int {
        let value: Int64?
        do {
            value = try repository.configInteger("paramguard.maxFileSize")
        } catch {
            throw CommandFailure("paramguard.maxFileSize must be a number of bytes such as 4m or 512k, not '\(repository.configString("paramguard.maxFileSize") ?? "")'")
        }
        guard let value else { return SourceReader.defaultMaximumSize }
        guard value > 0, value <= Int64(Int32.max) else {
            throw CommandFailure("paramguard.maxFileSize must be between 1 byte and 2g, not \(value)")
        }
        return Int(value)
    }

    static func check(_ changeSets: [ChangeSet], repository: Repository, refs: [String]? = nil) -> CheckReport {
        let caches = Caches(repository: repository)
        defer { caches.save() }
        var checker = Checker(objects: repository, caches: caches)
        var merged = CheckReport(findings: [], skipped: [], stats: CheckStatistics())
        for (number, changeSet) in changeSets.enumerated() {
            // The process exits right after the last check: freeing what it built would only cost
            // time. The ones before it (a push of several refs) are freed, so memory does not add up.
            checker.leavesStateToProcessExit = number == changeSets.count - 1
            var report = checker.check(changeSet)
            // Each finding of a push is tied to the ref whose change holds it.
            if let refs { for index in report.findings.indices { report.findings[index].ref = refs[number] } }
            merged.merge(report)
        }
        return merged
    }

    /// Prints a report, and returns exit code 1 when anything in it blocks.
    static func show(_ report: CheckReport, format: OutputFormat, subject: String, toStandardError: Bool) -> ExitCode {
        let text = switch format {
        case .text: TextReporter.render(report, subject: subject)
        case .json: JSONReporter.render(report)
        case .sarif: SARIFReporter.render(report)
        case .github: GitHubReporter.render(report, subject: subject)
        }
        let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(text.utf8))
        return report.blocking.isEmpty ? .success : ExitCode(1)
    }

    /// Builds a change set, reporting repository problems as usage errors (exit 2).
    static func changeSet(_ source: ChangeSource, in repository: Repository) throws -> ChangeSet {
        if source == .staged, repository.workingDirectory == nil {
            throw CommandFailure(
                "this is a bare repository: nothing is staged in it, so there is nothing to check. Check a range "
                    + "(check-diff A..B), or guard pushes with the pre-receive hook (hooks/pre-receive)")
        }
        do {
            return try repository.changeSet(source, include: Checker.isRead, knownTrees: TreeListingCache(repository: repository))
        } catch let error as GitError {
            throw CommandFailure(error.message)
        }
    }
}

