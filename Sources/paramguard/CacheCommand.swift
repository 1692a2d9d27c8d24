import ArgumentParser
import ParamGuardAnalysis

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the caches kept in the repository's git directory.",
        discussion: """
            paramguard remembers, per blob, which keyword labels a Python file may pass, which identifiers \
            a Swift file holds, and the summaries of the files it parsed, so that later runs skip \
            blobs that cannot call a changed definition and parse nothing twice. The caches are rebuilt \
            as needed; clearing them only makes the next run slower.
            """,
        subcommands: [Clear.self]
    )

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete this repository's caches.")

        @OptionGroup var repository: RepositoryOptions

        func run() throws {
            let repo = try repository.openRepository()
            do {
                print(try Caches.clear(repository: repo) ? "paramguard: cache cleared" : "paramguard: there was no cache")
            } catch {
                throw CommandFailure("cannot delete the cache: \(error)")
            }
        }
    }
}
