import ArgumentParser
import Foundation
import ParamGuardModel
import ParamGuardPython

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print, as JSON, what paramguard extracts from a source file.",
        discussion: "Shows the definitions with their parameters, the calls with their keywords, and the imports: what the checks work from."
    )

    @Argument(help: "A Python file (.py or .pyi).")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read '\(file)': no such file or not readable")
        }
        let summary = PythonSkimmer.summarize(Array(data))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(summary))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
