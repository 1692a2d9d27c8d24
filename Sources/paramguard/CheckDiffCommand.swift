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

    @Flag(help: "Check the staged changes (the default).")
    var staged = false

    @Option(help: ArgumentHelp("Check HEAD against its merge base with <rev>.", valueName: "rev"))
    var base: String?

    @Argument(help: ArgumentHelp("A range A..B, or two revisions A B.", valueName: "revisions"))
    var revisions: [String] = []

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    func validate() throws {
        let chosen = (staged ? 1 : 0) + (base != nil ? 1 : 0) + (revisions.isEmpty ? 0 : 1)
        if chosen > 1 { throw ValidationError("give only one of --staged, --base <rev>, or a range") }
        if revisions.count > 2 { throw ValidationError("give a range as A..B or as two revisions A B") }
        if revisions.count == 1 && !revisions[0].contains("..") {
            throw ValidationError("'\(revisions[0])' is not a range: write A..B, or two revisions A B")
        }
    }

    var source: ChangeSource {
        if let base { return .base(base) }
        if revisions.count == 2 { return .range(from: revisions[0], to: revisions[1]) }
        if let range = revisions.first {
            let parts = range.components(separatedBy: "..")
            return .range(from: parts[0].isEmpty ? "HEAD" : parts[0], to: parts.count > 1 && !parts[1].isEmpty ? parts[1] : "HEAD")
        }
        return .staged
    }

    func run() throws {
        let repo = try repository.openRepository()
        SourceReader.maximumSize = try CheckExecution.fileSizeLimit(of: repo)
        let changeSet = try CheckExecution.changeSet(source, in: repo)
        let subject: String
        switch source {
        case .staged: subject = "the staged changes"
        case let .range(from, to): subject = "\(from)..\(to)"
        case let .base(base): subject = "the changes since \(base)"
        }
        throw CheckExecution.run([changeSet], repository: repo, format: format, subject: subject, toStandardError: false)
    }
}

import Foundation
