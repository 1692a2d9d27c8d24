import CLibGit2

/// A failure reported by libgit2 or by the git layer, with a message meant for the person at the terminal.
public struct GitError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    /// Wraps libgit2's last error for a call that returned `code`.
    static func libgit2(_ what: String, code: Int32) -> GitError {
        if let error = git_error_last(), let text = error.pointee.message {
            return GitError("\(what): \(String(cString: text))")
        }
        return GitError("\(what): libgit2 error \(code)")
    }

    public var description: String { message }
}

/// Runs a libgit2 call and turns a negative return code into a `GitError`.
@discardableResult
func check(_ what: @autoclosure () -> String, _ code: Int32) throws -> Int32 {
    if code < 0 { throw GitError.libgit2(what(), code: code) }
    return code
}
