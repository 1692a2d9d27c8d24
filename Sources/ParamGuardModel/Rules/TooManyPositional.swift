extension Rule {
    public static let tooManyPositional = Rule(
        kind: .tooManyPositional,
        summary: "A Python call passes more positional arguments than its callee takes now.",
        explanation: """
            The change removed a positional parameter, or made it keyword-only, and a call still passes \
            as many positional arguments as the old signature took (or a new or edited call passes more \
            than the callee takes). Python raises `TypeError: takes N positional arguments but M were \
            given`. Swift reports an unlabeled argument no overload takes as `unknown-keyword`.
            """,
        languages: [.python],
        pointsAtCallee: true,
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' takes at most \(text.label) positional argument\(text.label == "1" ? "" : "s") now (\(text.owner)), and this call passes more"
            case .swift:
                return "'\(text.callee)' takes fewer unlabeled arguments now (\(text.owner))"
            }
        },
        fix: { _ in "pass the extra arguments by keyword, or drop them, as the definition now declares its parameters" },
        example: Example(
            language: .python,
            before: [("geo.py", "def move(x, y, z):\n    return x\n"), ("use.py", "from geo import move\nmove(1, 2, 3)\n")],
            after: [("geo.py", "def move(x, y):\n    return x\n"), ("use.py", "from geo import move\n↓move(1, 2, 3)\n")]))
}
