extension Rule {
    public static let renamedParameter = Rule(
        kind: .renamedParameter,
        summary: "A call still passes a keyword or label that the change renamed in its callee's definition.",
        explanation: """
            The change renamed a parameter of a function, method, initializer or class (a dataclass, attrs, \
            pydantic or NamedTuple field; a Swift argument label), and a call in the tree that resolves to \
            that definition still passes the old name. Python raises `TypeError: unexpected keyword \
            argument` when the call runs (a pydantic model silently drops the value); Swift no longer \
            compiles. The suggestion is the parameter's new name.
            """,
        languages: [.python, .swift],
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' no longer accepts keyword '\(text.label)': \(text.owner) renamed it to '\(text.newLabel ?? "?")'"
            case .swift:
                return "'\(text.callee)' no longer accepts label '\(text.label):': \(text.owner) renamed it to '\(text.newLabel ?? "_"):'\(text.hint)"
            }
        },
        fix: { $0.replaceOrDropFix },
        example: Example(
            language: .python,
            before: [("api.py", "def fetch(url, timeout=5):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u', timeout=1)\n")],
            after: [("api.py", "def fetch(url, seconds=5):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u', ↓timeout=1)\n")]))
}
