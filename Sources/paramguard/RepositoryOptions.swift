import ArgumentParser
import Foundation
import ParamGuardGit

/// `-C <dir>`, as git takes it: run as if started in that directory.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp("Run as if paramguard was started in <dir>.", valueName: "dir"))
    var directory: String?

    func openRepository() throws -> Repository {
        if let directory {
            guard FileManager.default.changeCurrentDirectoryPath(directory) else {
                throw CommandFailure("cannot change to directory '\(directory)'")
            }
        }
        do {
            return try Repository.openFromEnvironment()
        } catch let error as GitError {
            throw CommandFailure(error.message)
        }
    }
}

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    /// SARIF 2.1.0, for GitHub code scanning and SARIF viewers.
    case sarif
    /// GitHub Actions workflow commands: annotations on the pull request's diff.
    case github
}
