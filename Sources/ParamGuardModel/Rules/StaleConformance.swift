extension Rule {
    public static let staleConformance = Rule(
        kind: .staleConformance,
        summary: "A Swift type still implements a protocol requirement under the label the change renamed.",
        explanation: """
            The change renamed a label of a protocol requirement, and a type in the tree that conforms \
            to the protocol still implements the method with the old label: it no longer satisfies the \
            requirement (a compile error, or, with a default implementation in an extension, the \
            default silently called instead). Reported at the implementation.
            """,
        languages: [.swift],
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' no longer implements a requirement of \(text.owner)"
            case .swift:
                return "\(text.implementation ?? "this method") no longer implements '\(text.requirement ?? text.callee)\(text.suggestion ?? "")' of \(text.owner): the requirement's label '\(text.label):' is now '\(text.newLabel ?? "_"):'"
            }
        },
        fix: { finding in "rename the implementation's label '\(finding.oldLabel):' to '\(finding.newLabel ?? "_"):', as the requirement now writes it" },
        examples: [
            Example(
                "the example `paramguard rules stale-conformance` shows", .swift,
                before: ["Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n", "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\n"],
                after: ["Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n", "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(↓into buffer: inout String) {}\n}\n"]),
        ] + staleConformanceExamples,
        counterexamples: staleConformanceCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `stale-conformance` must report, beyond the one `paramguard rules` shows.
    static let staleConformanceExamples: [Example] = [
        Example(
            "Swift: a renamed protocol requirement, a conforming type still implementing the old label, and a call through the protocol", .swift,
            before: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\nfunc draw(r: any Renderer) {\n    var s = \"\"\n    r.render(into: &s)\n}\n",
            ],
            after: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(↓into buffer: inout String) {}\n}\nfunc draw(r: any Renderer) {\n    var s = \"\"\n    r.render(↓into: &s)\n}\n",
            ],
            alsoReports: [.renamedParameter]),
    ]

    /// Changes `stale-conformance` must not report.
    static let staleConformanceCounterexamples: [Example] = [
        Example(
            "Swift: a migration record the change adds declares the requirement renamed", .swift,
            before: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\n",
            ],
            after: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"Core.Renderer.render\"\nrenamed = { into = \"to\" }\nreason = \"Text is rewritten in the next change\"\n",
            ]),
        Example(
            "Swift: a renamed protocol requirement whose conforming types were migrated with it", .swift,
            before: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\nextension Text {\n    func render(into buffer: inout String, twice: Bool) {}\n}\n",
            ],
            after: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(to buffer: inout String) {}\n}\nextension Text {\n    func render(into buffer: inout String, twice: Bool) {}\n}\n",
            ]),
    ]
}
