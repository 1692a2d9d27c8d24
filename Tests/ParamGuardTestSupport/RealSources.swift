import Foundation

/// Real code present on every machine of this kind, read where it lies (nothing is copied into the
/// repository): this machine's Python standard library, and the sources of the local Swift package
/// copies, kept as bare git repositories under /opt/swift-packages.
public enum RealSources {
    /// The `.py` files of this machine's standard library (site-packages left out), found through python3.
    public static func standardLibraryFiles() throws -> [String] {
        let root = try run(["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".py") && !path.contains("site-packages") { files.append(root + "/" + path) }
        }
        return files.sorted()
    }

    /// A file's bytes, or nil when it cannot be read. Plain system calls: `FileManager.contents(atPath:)`
    /// keeps buffers that LeakSanitizer reports (see scripts/sanitize.sh).
    public static func bytes(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }

    public static let swiftPackage = "/opt/swift-packages/apple/swift-argument-parser.git"
    public static let swiftPackageVersion = "1.8.2"

    /// An even sample of at most `limit` Swift files under Sources/ of swift-argument-parser at a fixed
    /// version, read through git. (A debug build parses about 0.14 MB/s: tests read a sample.)
    public static func swiftSources(limit: Int) throws -> [(path: String, bytes: [UInt8])] {
        let git = ["git", "-C", swiftPackage]
        let listing = try run(git + ["ls-tree", "-r", "--name-only", swiftPackageVersion])
        let paths = listing.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".swift") && $0.hasPrefix("Sources/") }
        let step = max(1, paths.count / limit)
        return try stride(from: 0, to: paths.count, by: step).prefix(limit).map { index in
            (paths[index], Array(try run(git + ["show", "\(swiftPackageVersion):\(paths[index])"]).utf8))
        }
    }

    /// Standard output of a command found on PATH; throws if it fails.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self)
    }
}
