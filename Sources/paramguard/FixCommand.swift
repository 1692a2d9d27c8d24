import ArgumentParser
import Foundation
import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardReport

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Rewrite the calls a check finds on renamed keywords and labels, in the work tree.",
        discussion: """
            Checks the change as check-diff would (the staged changes by default), then rewrites each stale \
            keyword or label whose definition renamed it to the new name, in the work tree: `timeout=` becomes \
            `deadline=`, `x:` becomes `horizontal:`. Only renames are rewritten, and only in files whose work \
            tree bytes are the version checked; every other finding is listed with why it was left. The index \
            is not touched: review the edits, stage them, and commit.
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @OptionGroup var change: ChangeSourceOptions

    @Flag(help: "Say what would be rewritten, and write nothing.")
    var dryRun = false

    func run() throws {
        let repo = try repository.openRepository()
        guard let root = repo.workingDirectory else {
            throw CommandFailure("this is a bare repository: there is no work tree to fix calls in")
        }
        SourceReader.maximumSize = try CheckExecution.fileSizeLimit(of: repo)
        let changeSet = try CheckExecution.changeSet(change.source, in: repo)
        let report = CheckExecution.check([changeSet], repository: repo)
        let result = WorkTreeFixer.fix(report.blocking, checked: changeSet.after, root: root, dryRun: dryRun)
        let safe = TerminalText.escaped
        var out = ""
        for finding in result.fixed {
            let verb = dryRun ? "would rewrite" : "rewrote"
            out += "\(safe(finding.path)):\(finding.location.line):\(finding.location.column): \(verb) "
                + "'\(safe(finding.written(finding.oldLabel)))' as '\(safe(finding.written(finding.newLabel ?? "")))' [\(finding.kind.rawValue)]\n"
        }
        for (finding, reason) in result.left {
            out += "\(safe(finding.path)):\(finding.location.line):\(finding.location.column): left: \(safe(finding.message)): \(safe(reason)) [\(finding.kind.rawValue)]\n"
        }
        let files = result.files.count
        if result.fixed.isEmpty && result.left.isEmpty {
            out += "paramguard: no call to fix in \(change.subject).\n"
        } else if !result.fixed.isEmpty {
            out += "paramguard: \(dryRun ? "would rewrite" : "rewrote") \(result.fixed.count) call\(result.fixed.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
                + (dryRun ? ".\n" : "; review the edits and stage them (git add -p).\n")
        }
        if !result.left.isEmpty {
            out += "paramguard: \(result.left.count) finding\(result.left.count == 1 ? "" : "s") left to fix by hand.\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        throw result.left.isEmpty ? ExitCode.success : ExitCode(1)
    }
}
