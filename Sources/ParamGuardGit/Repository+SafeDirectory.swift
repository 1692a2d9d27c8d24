import CLibGit2

extension Repository {
    /// Opens a repository as git would, safe.directory included. libgit2 1.5 refuses a repository
    /// owned by another user unless `safe.directory` names its path, but not for `*`, which git takes
    /// as "every repository" (common in CI containers, where the checkout belongs to another user).
    /// With `*` in the system or global configuration (git reads it from no other), the ownership
    /// check is turned off for this process, as git does.
    static func openHonouringSafeDirectories(_ handle: inout OpaquePointer?, _ start: String?, flags: UInt32 = 0) -> Int32 {
        let code = git_repository_open_ext(&handle, start, flags, nil)
        guard code == GIT_EOWNER.rawValue || code == GIT_ENOTFOUND.rawValue, safeDirectories().contains("*") else { return code }
        _ = paramguard_set_owner_validation(0)
        return git_repository_open_ext(&handle, start, flags, nil)
    }

    /// The path of the repository found from `start` when ownership is not checked, if there is one:
    /// what makes "not a repository" read "owned by another user".
    static func repositoryOwnedByAnotherUser(at start: String) -> String? {
        _ = paramguard_set_owner_validation(0)
        defer { _ = paramguard_set_owner_validation(1) }
        var handle: OpaquePointer?
        guard git_repository_open_ext(&handle, start, 0, nil) == 0, let handle else { return nil }
        defer { git_repository_free(handle) }
        let path = git_repository_workdir(handle) ?? git_repository_path(handle)
        return path.map { String(cString: $0) }.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }
    }

    /// The values of `safe.directory` in the system, XDG and global configuration.
    static func safeDirectories() -> [String] {
        var config: OpaquePointer?
        guard git_config_open_default(&config) == 0, let config else { return [] }
        defer { git_config_free(config) }
        var values: [String] = []
        var iterator: OpaquePointer?
        guard git_config_multivar_iterator_new(&iterator, config, "safe.directory", nil) == 0, let iterator else { return [] }
        defer { git_config_iterator_free(iterator) }
        var entry: UnsafeMutablePointer<git_config_entry>?
        while git_config_next(&entry, iterator) == 0, let entry {
            values.append(String(cString: entry.pointee.value))
        }
        return values
    }
}
