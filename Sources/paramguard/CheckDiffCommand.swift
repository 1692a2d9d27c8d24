import ArgumentParser
import ParamGuardAnalysis
import ParamGuardGit

struct CheckDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-diff",
        abstract: "Check a change by hand: the staged changes, a revision range, or everything since a base.",
        discussion: """
            paramguard check-diff                 staged changes (what `git commit` would record)
            paramguard check-diff main..feature   the change from main to feature (also: main feature)
            paramguard check-diff --base main     everything on HEAD since it forked from main (for CI)
            A range needs no work tree: it works in a bare repository too.
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @OptionGroup var change: ChangeSourceOptions

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    func run() throws {
        let repo = try repository.openRepository()
        SourceReader.maximumSize = try CheckExecution.fileSizeLimit(of: repo)
        let changeSet = try CheckExecution.changeSet(change.source, in: repo)
        throw CheckExecution.run([changeSet], repository: repo, format: format, subject: change.subject, toStandardError: false)
    }
}

import Foundation
