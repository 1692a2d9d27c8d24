import CLibGit2
import Foundation
import ParamGuardGit

/// libFuzzer's entry point: any bytes as a repository's git config, read through the accessors that
/// read paramguard's settings (the server's policy `paramguard.mode`, `.budget`, `.onFailure`,
/// `.refs`, and `paramguard.maxFileSize` with git's k/m/g suffixes). That is the configuration
/// paramguard parses: libgit2 reads the file, these accessors the values. A crash, a hang, a leak or a
/// sanitizer report is a bug; an error or a missing value is a fine outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGitConfig(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let sandbox = ConfigSandbox.shared
    let config = Data(UnsafeBufferPointer(start: start, count: count))
    // `[include] path = /dev/zero` would have libgit2 read another file, a device even: a file only
    // the server's administrators write may do that, and the fuzzer is kept from it.
    if String(decoding: config, as: UTF8.self).lowercased().contains("include") { return 0 }
    guard (try? config.write(to: URL(fileURLWithPath: sandbox.configPath))) != nil,
          let repository = try? Repository.open(at: sandbox.root) else { return 0 }
    for key in ["paramguard.mode", "paramguard.budget", "paramguard.onFailure", "paramguard.maxFileSize", "core.bare"] {
        _ = repository.configString(key)
        _ = try? repository.configInteger(key)
    }
    _ = repository.configStrings("paramguard.refs")
    return 0
}

/// A bare repository made once in a temporary folder, whose config each input replaces.
final class ConfigSandbox: @unchecked Sendable {
    static let shared = ConfigSandbox()
    let root: String
    var configPath: String { root + "/config" }

    init() {
        root = NSTemporaryDirectory() + "paramguard-fuzz-config-\(getpid())"
        var handle: OpaquePointer?
        git_libgit2_init()
        guard git_repository_init(&handle, root, 1) == 0 else { fatalError("cannot create a repository in \(root)") }
        git_repository_free(handle)
        atexit { _ = try? FileManager.default.removeItem(atPath: ConfigSandbox.shared.root) }
    }
}
