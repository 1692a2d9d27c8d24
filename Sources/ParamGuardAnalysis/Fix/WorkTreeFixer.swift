import Foundation
import ParamGuardGit
import ParamGuardModel

/// Makes `CallFixer`'s rewrites in the files of a work tree.
///
/// A file is edited only when its bytes in the work tree are the very blob the check read (its git
/// blob id is computed and compared): the findings' lines and columns are exact for that blob and for
/// nothing else, so a file edited since (unstaged changes, for a check of the index) is left alone and
/// said so. Only regular files are written, never through a symbolic link; a file is written whole to
/// a temporary file beside it, given the old one's mode, and renamed over it, so an interrupted fix
/// leaves the old file or the new one. The index is never touched: the fixes are the user's to review
/// and stage.
public enum WorkTreeFixer {
    public struct Result {
        public var fixed: [Finding] = []
        public var left: [(finding: Finding, reason: String)] = []
        /// Paths written (or, in a dry run, that would be).
        public var files: [String] = []
    }

    /// Fixes `findings` in the work tree at `root`, where `checked` gives the blob each path had in the
    /// check. With `dryRun`, nothing is written.
    public static func fix(_ findings: [Finding], checked: FileTree, root: String, dryRun: Bool) -> Result {
        var result = Result()
        var byPath: [String: [Finding]] = [:]
        var order: [String] = []
        for finding in findings where !finding.alreadyBroken && finding.acceptedBy == nil {
            if byPath[finding.path] == nil { order.append(finding.path) }
            byPath[finding.path, default: []].append(finding)
        }
        for path in order {
            let inFile = byPath[path]!
            guard inFile.contains(where: CallFixer.rewrites) else {
                result.left += inFile.map { ($0, CallFixer.reason(notRewriting: $0)) }
                continue
            }
            let location = root.hasSuffix("/") ? root : root + "/"
            let file = Array(location.utf8) + GitPath.bytes(of: path)
            guard isInside(root: root, file) else {
                result.left += inFile.map { ($0, "its folder leads out of the work tree (a symbolic link)") }
                continue
            }
            guard let bytes = readRegularFile(file) else {
                result.left += inFile.map { ($0, "the work tree has no regular file there") }
                continue
            }
            guard let id = checked[path], ObjectID(hashingBlob: bytes) == id else {
                result.left += inFile.map { ($0, "the file changed in the work tree since the version checked: stage it and run fix again") }
                continue
            }
            let outcome = CallFixer.apply(inFile, to: bytes)
            result.left += outcome.left
            guard !outcome.fixed.isEmpty else { continue }
            if !dryRun {
                if let failure = replaceFile(file, with: outcome.bytes) {
                    result.left += outcome.fixed.map { ($0, "cannot write the file: \(failure)") }
                    continue
                }
            }
            result.fixed += outcome.fixed
            result.files.append(path)
        }
        return result
    }

    /// Whether the folder holding `file` is, with symbolic links resolved, inside the work tree: a
    /// link in the path must not lead a write elsewhere.
    static func isInside(root: String, _ file: [UInt8]) -> Bool {
        guard let slash = file.lastIndex(of: UInt8(ascii: "/")),
              let folder = withCString(Array(file[..<slash]), { realpath($0, nil) }),
              let top = realpath(root, nil)
        else { return false }
        defer { free(folder); free(top) }
        let resolved = Array(String(cString: top).utf8)
        let inner = Array(UnsafeBufferPointer(start: UnsafeRawPointer(folder).assumingMemoryBound(to: UInt8.self), count: strlen(folder)))
        return inner == resolved || (inner.starts(with: resolved) && inner.dropFirst(resolved.count).first == UInt8(ascii: "/"))
    }

    /// A regular file's bytes; nil for anything else (missing, a symbolic link, a directory, a FIFO).
    static func readRegularFile(_ path: [UInt8]) -> [UInt8]? {
        withCString(path) { name in
            let descriptor = open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count < 0 { return nil }
                if count == 0 { return bytes }
                bytes += buffer[0..<count]
            }
        }
    }

    /// Writes `bytes` to a new file beside `path` with `path`'s mode, and renames it over `path`;
    /// nil when done, else what failed.
    static func replaceFile(_ path: [UInt8], with bytes: [UInt8]) -> String? {
        withCString(path) { name in
            var status = stat()
            guard lstat(name, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return "it is no longer a regular file" }
            var template = Array(path) + Array(".paramguard-fix-XXXXXX".utf8) + [0]
            let descriptor = template.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { mkstemp($0) }
            }
            guard descriptor >= 0 else { return String(cString: strerror(errno)) }
            let temporary = Array(template.dropLast())
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                written += count
            }
            let ok = written == bytes.count && fchmod(descriptor, status.st_mode & 0o7777) == 0 && fsync(descriptor) == 0
            close(descriptor)
            guard ok else {
                let failure = String(cString: strerror(errno))
                withCString(temporary) { _ = unlink($0) }
                return failure
            }
            guard template.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { rename($0, name) }
            }) == 0 else {
                let failure = String(cString: strerror(errno))
                withCString(temporary) { _ = unlink($0) }
                return failure
            }
            return nil
        }
    }

    private static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }
}
