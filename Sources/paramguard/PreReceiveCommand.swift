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
            Each updated ref is checked from its old to its new commit; a new one over the commits no \
            existing ref holds (as git rev-list NEW --not --all lists them); deletions are not checked. \
            The server's git config sets the policy: paramguard.refs (the refs checked, refs/heads/* by \
            default; add refs/tags/* to check tags), paramguard.mode \
            (enforce or warn), paramguard.budget (seconds, default 4) and paramguard.onFailure (closed or \
            open: what a check that cannot be completed does to the push).
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).")
    var format: OutputFormat = .text

    func run() throws {
        let repo = try repository.openRepository()
        let policy: ServerPolicy
        do {
            policy = try ServerPolicy(repository: repo)
        } catch let error as ServerPolicy.PolicyError {
            throw Self.failure(error.message, onFailure: error.onFailure)
        }
        SourceReader.maximumSize = policy.maxFileSize
        let overBudget = "stopped after \(Watchdog.seconds(policy.budget)), the time budget (paramguard.budget)"
        Watchdog.restart(
            budget: policy.budget, exitCode: policy.onFailure == .open ? 0 : 2,
            message: Self.failureMessage(overBudget, onFailure: policy.onFailure))
        var changeSets: [ChangeSet] = []
        var branches: [String] = []
        var refs: [String] = []
        while let line = readLine() {
            // Git writes `<old> <new> <ref>` with single spaces; blank lines, runs of blanks and a
            // carriage return (from a wrapper script) are read past rather than refused.
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 3, let old = ObjectID(hex: fields[0]), let new = ObjectID(hex: fields[1]) else {
                throw CommandFailure("pre-receive expects '<old> <new> <refname>' lines on standard input, got '\(line)'")
            }
            let ref = fields[2]
            if new.isZero || !policy.checks(ref) { continue }
            do {
                // A tag may point at a tag object: the commit it names is what is checked.
                let newCommit = try repo.commit(new.description)
                let oldCommit = old.isZero ? old : try repo.commit(old.description)
                let from = try startingPoint(old: oldCommit, new: newCommit, repository: repo)
                changeSets.append(try repo.changeSet(from: from, to: newCommit, include: Checker.isRead))
                branches.append(ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : ref)
                refs.append(ref)
            } catch let error as GitError {
                throw Self.failure("cannot check \(ref): \(error.message)", onFailure: policy.onFailure)
            }
        }
        let subject = branches.isEmpty ? "this push" : "this push to \(branches.joined(separator: ", "))"
        let report = CheckExecution.check(changeSets, repository: repo, refs: refs)
        if Watchdog.isPastDeadline {
            Watchdog.restart(budget: 0, exitCode: 0, message: "")
            throw Self.failure(overBudget, onFailure: policy.onFailure)
        }
        let result = CheckExecution.show(report, format: format, subject: subject, toStandardError: true)
        if policy.mode == .warn {
            if result != .success || !report.skipped.isEmpty {
                Self.say("paramguard: warn mode (paramguard.mode = warn): the push is accepted; the findings above would reject it under enforce.")
            }
            throw ExitCode.success
        }
        if result != .success {
            Self.say(Self.rejection)
            throw result
        }
        let unreadable = report.skipped.filter(\.isUnreadable)
        if !unreadable.isEmpty {
            throw Self.failure("\(unreadable.count) file(s) could not be read (listed above), so their calls were not checked", onFailure: policy.onFailure)
        }
        throw result
    }

    /// The last words of a rejected push: what to do, including how to keep a call the check reports
    /// on purpose (the pusher cannot switch the check off, but can mark one call, in a commit others review).
    static let rejection = """
        paramguard: push rejected. Update the calls above (or keep the old parameter accepted in the definition), commit, and push again; \
        in your clone, `paramguard fix --base origin/<branch>` rewrites the renamed keywords and labels in the work tree.
        paramguard: a call that is right as it is (dead code, a keyword that reaches the callee another way) can be marked on its line \
        with `# paramguard: ignore[<kind>]` (Swift: `// paramguard: ignore[<kind>]`), the kind in brackets after its error, in a commit of the push.
        paramguard: a change whose break is intended (the calls left may stay, or go soon) is declared in .paramguard.toml with a migration \
        record and its reason, in a commit of the push: the records to add, where they fit, are printed above.
        """

    /// What a check that could not be completed does: reject the push (exit 2) or accept it (exit 0),
    /// saying which and why.
    private static func failure(_ what: String, onFailure: ServerPolicy.Failure) -> ExitCode {
        say(failureMessage(what, onFailure: onFailure))
        return onFailure == .open ? .success : ExitCode(2)
    }

    private static func failureMessage(_ what: String, onFailure: ServerPolicy.Failure) -> String {
        switch onFailure {
        case .closed:
            return "paramguard: \(what). The check was not completed, so the push is rejected (paramguard.onFailure = closed).\n"
        case .open:
            return "paramguard: \(what). The check was not completed; the push is accepted unchecked (paramguard.onFailure = open).\n"
        }
    }

    private static func say(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Where a pushed ref's change starts: its old commit; for a new ref, the one commit the server
    /// already has that the new commits grow from (`git rev-list NEW --not --all`), or nil when they
    /// reach a root (everything is new); when they grow from several, the fork point from the default
    /// branch.
    private func startingPoint(old: ObjectID, new: ObjectID, repository: Repository) throws -> ObjectID? {
        if !old.isZero { return old }
        switch try repository.baseOfNewCommits(reachableFrom: new) {
        case let .commit(base):
            return base
        case .none:
            return nil
        case .several:
            guard let main = repository.defaultBranchCommit() else { return nil }
            return try repository.mergeBase(main, new)
        }
    }
}
