import ArgumentParser
import Foundation
import ParamGuardModel
import ParamGuardPython
import ParamGuardSwift

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print, as JSON, what paramguard extracts from source files.",
        discussion: """
            Shows the callables with their parameters, the classes, the calls with their keywords, and the \
            imports: what the checks work from. One file prints one JSON object; several print JSON Lines, \
            one object per file: {"path": ..., "summary": {...}}.
            """
    )

    @Argument(help: "Python (.py) or Swift (.swift) files; the extension picks the frontend.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file") }
    }

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = files.count == 1 ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        var output = Data()
        for file in files {
            guard let data = InspectCommand.contents(of: file) else {
                throw CommandFailure("cannot read '\(file)': no such file or not readable")
            }
            let summary = file.hasSuffix(".swift") ? SwiftSummarizer.summarize(data) : PythonSkimmer.summarize(data)
            output += files.count == 1 ? try encoder.encode(summary) : try encoder.encode(InspectedFile(path: file, summary: summary))
            output += Data("\n".utf8)
            if output.count > 1 << 20 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}

extension InspectCommand {
    /// A file's bytes, read to its end (a pipe or `/dev/stdin` as well as a file); nil when it cannot
    /// be opened or read. Plain system calls: `FileManager.contents(atPath:)` keeps a buffer that
    /// LeakSanitizer reports.
    static func contents(of path: String) -> [UInt8]? {
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
}

/// One line of `inspect`'s JSON Lines output.
private struct InspectedFile: Encodable {
    var path: String
    var summary: FileSummary
}
