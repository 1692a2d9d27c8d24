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
        examples: [
            Example(
                "the example `paramguard rules removed-parameter` shows", .python,
                before: ["api.py": "def fetch(url, timeout=5, verbose=False):\n    return url\n", "use.py": "from api import fetch\nfetch('u', verbose=True)\n"],
                after: ["api.py": "def fetch(url, timeout=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', ↓verbose=True)\n"]),
        ] + removedParameterExamples,
        counterexamples: removedParameterCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `removed-parameter` must report, beyond the one `paramguard rules` shows.
    static let removedParameterExamples: [Example] = [
        Example(
            "parameter removed, caller still passes it", .python,
            before: [
                "api.py": "def fetch(url, retries=3, verbose=False):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', verbose=True)\n",
            ],
            after: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', ↓verbose=True)\n",
            ]),
        Example(
            "Swift: a var with an initial value turned into a let leaves the memberwise initializer", .swift,
            before: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    var unit = \"pt\"\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2, unit: \"px\")\n"],
            after: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    let unit = \"pt\"\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2, ↓unit: \"px\")\n"]),
        Example(
            "Swift: a label dropped to `_`", .swift,
            before: ["Sources/Core/F.swift": "func scale(factor: Double) {}\nfunc use() { scale(factor: 2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(_ factor: Double) {}\nfunc use() { scale(↓factor: 2) }\n"]),
    ]

    /// Changes `removed-parameter` must not report.
    static let removedParameterCounterexamples: [Example] = [
        Example(
            "a migration record the change adds declares the parameter removed", .python,
            before: ["api.py": "def fetch(url, retries=3, verbose=False):\n    pass\n", "use.py": "from api import fetch\nfetch('u', verbose=True)\n"],
            after: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"api.fetch\"\nremoved = [\"verbose\"]\nreason = \"use.py is the old CLI, deleted next release\"\n",
            ]),
    ]
}
