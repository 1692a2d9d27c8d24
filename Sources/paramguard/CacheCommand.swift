import ArgumentParser
import ParamGuardAnalysis

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the label cache kept in the repository's git directory.",
        discussion: """
            paramguard remembers which keyword labels each blob may pass, so that later runs skip blobs \
            that cannot call a changed definition. The cache is rebuilt as needed; clearing it only makes \
            the next run slower.
            """,
        subcommands: [Clear.self]
    )

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete this repository's cache.")

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            let repo = try repository.openRepository()
            do {
                print(try LabelCache.clear(repository: repo) ? "paramguard: cache cleared" : "paramguard: there was no cache")
            } catch {
                throw CommandFailure("cannot delete the cache: \(error)")
            }
        }
    }
}
