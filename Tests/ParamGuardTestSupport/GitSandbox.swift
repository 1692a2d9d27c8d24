import Foundation

/// A real git repository in a fresh temporary folder, driven with the `git` binary the way a person
/// would drive it. Removed when the sandbox is released.
public final class GitSandbox: @unchecked Sendable {
    public let root: URL

    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Git configuration isolated from the machine's: no global hooks path, a fixed identity.
    public static let environment: [String: String] = [
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    ]

    public init(bare: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("paramguard-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    public var path: String { root.path }

    public func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    public func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    public func read(_ relativePath: String) -> String? {
        RealSources.bytes(of: root.appendingPathComponent(relativePath).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs git and fails the calling test (by throwing) when it exits non-zero.
    @discardableResult
    public func git(_ arguments: [String], in directory: String? = nil) throws -> String {
        let result = try run(["git"] + arguments, in: directory)
        guard result.status == 0 else {
            throw SandboxError("git \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result.output
    }

    /// Writes files, stages them all, and commits; returns the new commit id.
    @discardableResult
    public func commit(_ files: [String: String], message: String = "change", verify: Bool = false) throws -> String {
        for (path, text) in files { try write(path, text) }
        try git(["add", "-A"])
        try git(["commit", "-q", "--allow-empty", "-m", message] + (verify ? [] : ["--no-verify"]))
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs any program (through /usr/bin/env) with the isolated git environment plus `environment`.
    public func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:], input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? path)
        var merged = ProcessInfo.processInfo.environment.merging(GitSandbox.environment) { $1 }
        for key in ["GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES"] {
            merged[key] = nil
        }
        process.environment = merged.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

public struct SandboxError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Where the built `paramguard` binary is: next to the test bundle, in the same build folder.
public enum BuiltProducts {
    public static func paramguard(filePath: String = #filePath) throws -> String {
        var candidates: [URL] = []
        if let argument = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: argument).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("paramguard"))
                directory = directory.deletingLastPathComponent()
            }
        }
        var packageRoot = URL(fileURLWithPath: filePath)
        for _ in 0..<3 { packageRoot = packageRoot.deletingLastPathComponent() }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/paramguard"))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.path
            }
        }
        throw SandboxError("the paramguard binary was not found next to the tests: \(candidates.map(\.path))")
    }

    /// The root of this package's sources (for tests that compare with files in the repository).
    public static func packageRoot(filePath: String = #filePath) -> URL {
        var root = URL(fileURLWithPath: filePath)
        for _ in 0..<3 { root = root.deletingLastPathComponent() }
        return root
    }
}
