import ArgumentParser

@main
struct ParamGuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paramguard",
        abstract: "Blocks commits that break callers by changing a callable's parameter labels.",
        subcommands: [InspectCommand.self]
    )
}
