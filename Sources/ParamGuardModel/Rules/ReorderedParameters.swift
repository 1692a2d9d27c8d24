extension Rule {
    public static let reorderedParameters = Rule(
        kind: .reorderedParameters,
        summary: "A Swift call writes labels that all still exist, in an order no overload takes any more.",
        explanation: """
            Swift matches argument labels in order: when the change reorders a declaration's labeled \
            parameters, a call that writes them in the old order no longer compiles, though every label \
            it writes is still there. The suggestion is the call's labels in the order the declaration \
            now takes them.
            """,
        languages: [.swift],
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' takes its parameters in another order now (\(text.owner))"
            case .swift:
                return "'\(text.callee)' takes its labels in another order now (\(text.owner))\(text.hint)"
            }
        },
        fix: { _ in "write the labels in the order the definition now declares them" },
        examples: [
            Example(
                "the example `paramguard rules reordered-parameters` shows", .swift,
                before: ["Sources/Core/F.swift": "func move(x: Int, y: Int) {}\n", "Sources/Core/G.swift": "func use() { move(x: 1, y: 2) }\n"],
                after: ["Sources/Core/F.swift": "func move(y: Int, x: Int) {}\n", "Sources/Core/G.swift": "func use() { move(↓x: 1, y: 2) }\n"]),
        ] + reorderedParametersExamples,
        counterexamples: reorderedParametersCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `reordered-parameters` must report, beyond the one `paramguard rules` shows.
    static let reorderedParametersExamples: [Example] = [
        Example(
            "Swift: labels reordered", .swift,
            before: ["Sources/Core/F.swift": "func move(x: Int, y: Int) {}\n", "Sources/Core/G.swift": "func use() { move(x: 1, y: 2) }\n"],
            after: ["Sources/Core/F.swift": "func move(y: Int, x: Int) {}\n", "Sources/Core/G.swift": "func use() { move(↓x: 1, y: 2) }\n"]),
    ]

    /// Changes `reordered-parameters` must not report.
    static let reorderedParametersCounterexamples: [Example] = [
        Example(
            "Swift: a migration record the change adds declares the labels reordered", .swift,
            before: ["Sources/Core/F.swift": "func move(x: Int, y: Int) {}\n", "Sources/Core/G.swift": "func use() { move(x: 1, y: 2) }\n"],
            after: [
                "Sources/Core/F.swift": "func move(y: Int, x: Int) {}\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"Core.move\"\nreordered = true\nreason = \"G.swift goes with the old API\"\n",
            ]),
    ]
}
