import ArgumentParser
import ParamGuardAnalysis

struct PreCommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-commit",
        abstract: "The pre-commit hook: check what is being committed.",
        discussion: "Reads the index git is committing (GIT_INDEX_FILE, so `git commit -a` and `git commit <paths>` are checked as committed)."
    )

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    func run() throws {
        let repo = try repository.openRepository()
        SourceReader.maximumSize = try CheckExecution.fileSizeLimit(of: repo)
        let changeSet = try CheckExecution.changeSet(.staged, in: repo)
        let result = CheckExecution.run([changeSet], repository: repo, format: format, subject: "this commit", toStandardError: true)
        if result != .success {
            FileHandle.standardError.write(Data("paramguard: commit blocked. Fix the calls above (`paramguard fix` rewrites the renamed keywords and labels in the work tree), or declare an intended change with the migration record shown above; to commit anyway (not recommended): git commit --no-verify\n".utf8))
        }
        throw result
    }
}

import Foundation
