import ArgumentParser
import Foundation

@main
struct ParamGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paramguard",
        abstract: "Blocks commits that break callers by changing a callable's parameter labels.",
        discussion: """
            Exit codes: 0 nothing found, 1 findings (the commit or push is blocked), \
            2 usage or repository error.
            """,
        subcommands: [
            CheckDiffCommand.self, FixCommand.self, PreCommitCommand.self, PreReceiveCommand.self, InstallCommand.self,
            InspectCommand.self, CacheCommand.self, RulesCommand.self, DemoCommand.self,
        ]
    )

    /// Runs the command line with paramguard's exit codes: usage and environment errors exit 2
    /// (ArgumentParser's default would be 64), with one line that says what to do.
    static func main() {
        do {
            try Watchdog.start()
            var command = try parseAsRoot(try leadingDirectoryOptionsApplied(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("paramguard: \(failure.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("paramguard: \(fullMessage(for: error))\n".utf8))
            Foundation.exit(2)
        }
    }

    /// `paramguard -C <dir> <command>`, as git takes it: each leading `-C` changes directory before the
    /// command runs (each subcommand also accepts `-C` after its name).
    static func leadingDirectoryOptionsApplied(_ arguments: [String]) throws -> [String] {
        var rest = arguments[...]
        while rest.first == "-C" {
            guard rest.count >= 2 else { throw ValidationError("-C needs a directory") }
            let directory = rest[rest.startIndex + 1]
            guard FileManager.default.changeCurrentDirectoryPath(directory) else {
                throw CommandFailure("cannot change to directory '\(directory)'")
            }
            rest = rest.dropFirst(2)
        }
        return Array(rest)
    }
}

/// A problem with the repository or the environment, reported as one line and exit code 2
/// (a `ValidationError` would print the usage text too, which does not help here).
struct CommandFailure: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
