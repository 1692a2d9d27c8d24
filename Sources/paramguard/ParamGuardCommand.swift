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
            CheckDiffCommand.self, PreCommitCommand.self, PreReceiveCommand.self, InstallCommand.self,
            InspectCommand.self, DemoCommand.self,
        ]
    )

    /// Runs the command line with paramguard's exit codes: usage and environment errors exit 2
    /// (ArgumentParser's default would be 64), with one line that says what to do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
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
}
