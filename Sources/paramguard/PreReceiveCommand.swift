import ArgumentParser
import Foundation
import ParamGuardAnalysis
import ParamGuardGit

struct PreReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pre-receive",
        abstract: "The server-side hook: check every pushed branch.",
        discussion: """
            Reads `<old> <new> <refname>` lines on standard input, as git's pre-receive hook gets them. \
            Each updated branch is checked from its old to its new commit; a new branch from its merge base \
            with the default branch (or as all-new files when there is none). Deletions and non-branch refs \
            (tags, notes) are not checked.
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let repo = try repository.openRepository()
        var changeSets: [ChangeSet] = []
        var branches: [String] = []
        var refs: [String] = []
        while let line = readLine() {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count == 3, let old = ObjectID(hex: fields[0]), let new = ObjectID(hex: fields[1]) else {
                throw CommandFailure("pre-receive expects '<old> <new> <refname>' lines on standard input, got '\(line)'")
            }
            let ref = fields[2]
            if new.isZero || !ref.hasPrefix("refs/heads/") { continue }
            do {
                let from = try startingPoint(old: old, new: new, repository: repo)
                changeSets.append(try repo.changeSet(from: from, to: new, include: Checker.isSource))
                branches.append(String(ref.dropFirst("refs/heads/".count)))
                refs.append(ref)
            } catch let error as GitError {
                throw CommandFailure("cannot check \(ref): \(error.message)")
            }
        }
        let subject = branches.isEmpty ? "this push" : "this push to \(branches.joined(separator: ", "))"
        let result = CheckExecution.run(
            changeSets, repository: repo, format: format, subject: subject, toStandardError: true, refs: refs)
        if result != .success {
            FileHandle.standardError.write(Data("paramguard: push rejected. Fix the calls above and push again.\n".utf8))
        }
        throw result
    }

    /// Where a pushed branch's change starts: its old commit, or for a new branch the fork point
    /// from the default branch (nil: everything is new).
    private func startingPoint(old: ObjectID, new: ObjectID, repository: Repository) throws -> ObjectID? {
        if !old.isZero { return old }
        guard let main = repository.defaultBranchCommit() else { return nil }
        return try repository.mergeBase(main, new)
    }
}
