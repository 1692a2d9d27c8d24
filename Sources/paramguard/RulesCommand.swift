import ArgumentParser
import ParamGuardModel

/// `paramguard rules` lists the rules; `paramguard rules ID` explains one, with an example.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one with an example.")

    @Argument(help: "A rule's identifier, e.g. renamed-parameter. Without it, every rule is listed.")
    var id: String?

    func run() throws {
        guard let id else {
            let width = Rule.all.map(\.id.count).max() ?? 0
            for rule in Rule.all {
                let languages = rule.languages.map(\.name).joined(separator: ", ")
                print("\(rule.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(rule.summary) [\(languages)]")
            }
            print("\nExplain one with: paramguard rules <id>. Suppress one on a line with: # paramguard: ignore[<id>]")
            print("Declare a change intended, with its reason, in \(MigrationRecord.file) ([[migration]] records) in the same commit or push.")
            return
        }
        guard let rule = Rule.named(id) else {
            throw CommandFailure("no rule '\(id)'; the rules are: \(Rule.all.map(\.id).joined(separator: ", "))")
        }
        print(Self.explanation(of: rule))
    }

    /// A rule's page: what it reports, for which languages, and an example change.
    static func explanation(of rule: Rule) -> String {
        var out = "\(rule.id) (\(rule.severity.rawValue); \(rule.languages.map(\.name).joined(separator: ", ")))\n\n"
        out += rule.summary + "\n\n" + rule.explanation + "\n\nExample (\(rule.example.language.name)). Before the change:\n\n"
        for (path, text) in rule.example.before { out += file(path, text) }
        out += "After it:\n\n"
        var marked: [String] = []
        for (path, text) in rule.example.after {
            out += file(path, text.replacingOccurrences(of: "↓", with: ""))
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("↓") {
                marked.append("\(path):\(index + 1)")
            }
        }
        out += "paramguard reports \(rule.id) at \(marked.joined(separator: ", ")).\n"
        return out
    }

    private static func file(_ path: String, _ text: String) -> String {
        "    # \(path)\n" + text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
            .map { "    \($0)\n" }.joined() + "\n"
    }
}
