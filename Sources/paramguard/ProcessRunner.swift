import Foundation

/// Runs a program to completion and returns its exit status with standard output and error combined.
///
/// Built on `posix_spawn` rather than Foundation's `Process`, whose Linux implementation keeps an
/// object alive past the child's end that LeakSanitizer reports in every run of the demo.
enum ProcessRunner {
    struct Result {
        var status: Int32
        var output: String
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the program looked up on the PATH by `env`) in `directory`, with this
    /// process's environment plus `environment`, standard input from `/dev/null`.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Result {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw SpawnFailure(description: "cannot create a pipe: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // `env -C` changes directory in the child (`posix_spawn_file_actions_addchdir_np` is not in
        // Swift's Glibc module); GNU env has had it since coreutils 8.28.
        let argv = (["/usr/bin/env", "-C", directory, "--"] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child = pid_t()
        let spawned = posix_spawn(&child, "/usr/bin/env", &actions, nil, argv, envp)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            throw SpawnFailure(description: "cannot run \(arguments.first ?? ""): \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output += buffer[0..<count]
        }
        close(readEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // The exit code, or 128 plus the signal that ended it, as a shell reports it.
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitCode, output: String(decoding: output, as: UTF8.self))
    }
}
