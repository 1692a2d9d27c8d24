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
        examples: [
            Example(
                "the example `paramguard rules too-many-positional` shows", .python,
                before: ["geo.py": "def move(x, y, z):\n    return x\n", "use.py": "from geo import move\nmove(1, 2, 3)\n"],
                after: ["geo.py": "def move(x, y):\n    return x\n", "use.py": "from geo import move\n↓move(1, 2, 3)\n"]),
        ] + tooManyPositionalExamples,
        counterexamples: tooManyPositionalCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `too-many-positional` must report, beyond the one `paramguard rules` shows.
    static let tooManyPositionalExamples: [Example] = [
        Example(
            "a positional parameter removed or made keyword-only: calls passing too many positionally, old and new", .python,
            before: [
                "geo.py": "def move(x, y, z):\n    pass\ndef draw(a, b):\n    pass\n",
                "use.py": "from geo import move, draw\nmove(1, 2, 3)\n",
            ],
            after: [
                "geo.py": "def move(x, y, *, z=0):\n    pass\ndef draw(a, b):\n    pass\n",
                "use.py": "from geo import move, draw\n↓move(1, 2, 3)\n↓draw(1, 2, 3)\n",
            ]),
    ]

    /// Changes `too-many-positional` must not report.
    static let tooManyPositionalCounterexamples: [Example] = [
        Example(
            "a migration record the change adds declares fewer positional parameters", .python,
            before: ["geo.py": "def move(x, y, z):\n    pass\n", "use.py": "from geo import move\nmove(1, 2, 3)\n"],
            after: [
                "geo.py": "def move(x, y, *, z=0):\n    pass\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"geo.move\"\npositional = 2\nreason = \"use.py is the old CLI, deleted next release\"\n",
            ]),
        Example(
            "positional changes: calls passing *args, an unbound method called with its instance, a call already short before, keyword calls", .python,
            before: [
                "geo.py": "def move(x, y, z=0):\n    pass\nclass Box:\n    def scale(self, a, b, c=0):\n        pass\n",
                "use.py": "from geo import move, Box\nargs = (1, 2)\nmove(*args)\nBox.scale(Box(), 1, 2, 3)\nmove(1)\nmove(1, y=2, z=3)\n",
            ],
            after: [
                "geo.py": "def move(x, q, y):\n    pass\nclass Box:\n    def scale(self, a, b):\n        pass\n",
                "use.py": "from geo import move, Box\nargs = (1, 2)\nmove(*args)\nBox.scale(Box(), 1, 2)\nmove(1)\nmove(1, q=0, y=2)\n",
            ]),
    ]
}
