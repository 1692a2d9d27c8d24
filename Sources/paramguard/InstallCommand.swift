import ArgumentParser
import Foundation
import ParamGuardGit

struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the pre-commit hook in this repository.",
        discussion: """
            Writes the hook where git runs it (core.hooksPath if set, else the hooks folder of the \
            repository). A pre-commit hook that is already there and is not paramguard's is kept: it is \
            moved to pre-commit.before-paramguard and run first. --force replaces an earlier chained hook.
            """
    )

    @OptionGroup var repository: RepositoryOptions

    @Flag(help: "Replace a hook kept from an earlier install (pre-commit.before-paramguard).")
    var force = false

    func run() throws {
        let repo = try repository.openRepository()
        guard repo.workingDirectory != nil else {
            throw CommandFailure(
                "this is a bare repository: no commit is made in it, so a pre-commit hook would never run. "
                    + "On a server, install the pre-receive hook instead (copy hooks/pre-receive into its hooks folder)")
        }
        let directory = hooksDirectory(of: repo)
        let message = try HookInstaller(directory: directory).install(force: force)
        print(message)
    }

    private func hooksDirectory(of repo: Repository) -> String {
        if let configured = repo.configString("core.hooksPath"), !configured.isEmpty {
            let expanded = (configured as NSString).expandingTildeInPath
            if expanded.hasPrefix("/") { return expanded }
            // Relative paths are relative to where hooks run: the work tree root (or the git dir when bare).
            return URL(fileURLWithPath: repo.workingDirectory ?? repo.gitDirectory).appendingPathComponent(expanded).path
        }
        return URL(fileURLWithPath: repo.commonDirectory).appendingPathComponent("hooks").path
    }
}

/// Writes the pre-commit hook into a hooks folder, chaining any hook that is there.
struct HookInstaller {
    let directory: String

    func install(force: Bool) throws -> String {
        let files = FileManager.default
        let hook = directory + "/pre-commit"
        let chained = directory + "/pre-commit.before-paramguard"
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var note = "installed the paramguard pre-commit hook at \(hook)"
        if let existing = files.contents(atPath: hook) {
            if String(decoding: existing, as: UTF8.self).contains(HookScript.marker) {
                note = "updated the paramguard pre-commit hook at \(hook)"
            } else {
                if files.fileExists(atPath: chained) {
                    guard force else {
                        throw CommandFailure("""
                            \(hook) is not paramguard's and \(chained) already exists; \
                            merge them by hand, or pass --force to replace \(chained) with the current hook
                            """)
                    }
                    try files.removeItem(atPath: chained)
                }
                try files.moveItem(atPath: hook, toPath: chained)
                note += "; the hook that was there runs first, from \(chained)"
            }
        }
        try Data(HookScript.preCommit.utf8).write(to: URL(fileURLWithPath: hook), options: .atomic)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        return note
    }
}
