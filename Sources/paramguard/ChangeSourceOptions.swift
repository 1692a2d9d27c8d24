import ArgumentParser
import ParamGuardGit

/// Which change a command looks at: the staged changes (the default), a range, or everything since a
/// base. Shared by `check-diff` and `fix`.
struct ChangeSourceOptions: ParsableArguments {
    @Flag(help: "The staged changes (the default).")
    var staged = false

    @Option(help: ArgumentHelp("HEAD against its merge base with <rev>.", valueName: "rev"))
    var base: String?

    @Argument(help: ArgumentHelp("A range A..B, or two revisions A B.", valueName: "revisions"))
    var revisions: [String] = []

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

    /// How reports name the change.
    var subject: String {
        switch source {
        case .staged: "the staged changes"
        case let .range(from, to): "\(from)..\(to)"
        case let .base(base): "the changes since \(base)"
        }
    }
}
