extension Rule {
    public static let removedParameter = Rule(
        kind: .removedParameter,
        summary: "A call still passes a keyword or label that the change removed from its callee's definition.",
        explanation: """
            The change removed a parameter, and a call in the tree that resolves to the definition still \
            passes it. As with a rename, Python raises `TypeError` at run time and Swift no longer \
            compiles. The suggestion, if any, is the closest parameter the definition still takes.
            """,
        languages: [.python, .swift],
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' no longer accepts keyword '\(text.label)': \(text.owner) removed it\(text.hint)"
            case .swift:
                return "'\(text.callee)' no longer accepts label '\(text.label):': \(text.owner) removed it\(text.hint)"
            }
        },
        fix: { $0.replaceOrDropFix },
        example: Example(
            language: .python,
            before: [("api.py", "def fetch(url, timeout=5, verbose=False):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u', verbose=True)\n")],
            after: [("api.py", "def fetch(url, timeout=5):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u', ↓verbose=True)\n")]))
}
