import Foundation
import ParamGuardGit
import ParamGuardAnalysis

/// How the pre-receive hook treats a push. It is read from the server repository's own git config,
/// which only the server's administrators can write; nothing in the pushed content can change it.
///
///     git config paramguard.mode warn          # enforce (default) or warn
///     git config paramguard.budget 4           # seconds (default 4; 0: no limit)
///     git config paramguard.onFailure open     # closed (default) or open
///     git config --add paramguard.refs 'refs/tags/*'   # which refs to check (default refs/heads/*)
///     git config paramguard.maxFileSize 1m     # larger files are skipped unread (default 4m)
///
/// `warn` runs the check and shows its findings to the pusher without rejecting anything: how a team
/// rolls the hook out on a repository whose history it has not checked yet. The budget defaults to
/// 4 s because hosted servers kill a pre-receive hook at 5 s (GitHub Enterprise Server does). When the
/// budget runs out, or the check cannot be completed (an object that cannot be read, an error), the
/// push is rejected (`closed`) or accepted with a message (`open`).
struct ServerPolicy: Equatable {
    enum Mode: String { case enforce, warn }
    enum Failure: String { case closed, open }

    var mode = Mode.enforce
    var budget = 4.0
    var onFailure = Failure.closed
    /// Patterns of the refs whose updates are checked, as `fnmatch` reads them (`*` also matches `/`).
    var refs = ["refs/heads/*"]
    var maxFileSize = SourceReader.defaultMaximumSize

    /// Reads the policy; a value that is not one of those above is a configuration error, which the
    /// caller reports and treats as a failure (closed unless `onFailure` itself reads `open`).
    init(mode: Mode = .enforce, budget: Double = 4.0, onFailure: Failure = .closed) {
        self.mode = mode
        self.budget = budget
        self.onFailure = onFailure
    }

    init(repository: Repository) throws {
        if let written = repository.configString("paramguard.onFailure") {
            guard let failure = Failure(rawValue: written.lowercased()) else {
                throw PolicyError(message: "paramguard.onFailure must be 'closed' or 'open', not '\(written)'", onFailure: .closed)
            }
            onFailure = failure
        }
        if let written = repository.configString("paramguard.mode") {
            guard let mode = Mode(rawValue: written.lowercased()) else {
                throw PolicyError(message: "paramguard.mode must be 'enforce' or 'warn', not '\(written)'", onFailure: onFailure)
            }
            self.mode = mode
        }
        let patterns = repository.configStrings("paramguard.refs")
        if !patterns.isEmpty {
            guard patterns.allSatisfy({ $0.hasPrefix("refs/") }) else {
                throw PolicyError(message: "paramguard.refs must be ref patterns such as 'refs/heads/*', not '\(patterns.joined(separator: "', '"))'", onFailure: onFailure)
            }
            refs = patterns
        }
        do {
            maxFileSize = try CheckExecution.fileSizeLimit(of: repository)
        } catch let error as CommandFailure {
            throw PolicyError(message: error.message, onFailure: onFailure)
        }
        if let written = repository.configString("paramguard.budget") {
            guard let seconds = Double(written), seconds >= 0, seconds.isFinite else {
                throw PolicyError(message: "paramguard.budget must be a number of seconds (0: no limit), not '\(written)'", onFailure: onFailure)
            }
            budget = seconds
        }
    }

    /// A policy value that cannot be read, and what the readable part says to do about it.
    struct PolicyError: Error {
        let message: String
        let onFailure: Failure
    }

    /// Whether an update of `ref` is checked.
    func checks(_ ref: String) -> Bool {
        refs.contains { fnmatch($0, ref, 0) == 0 }
    }
}
