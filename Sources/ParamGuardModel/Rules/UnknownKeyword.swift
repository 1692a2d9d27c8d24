extension Rule {
    public static let unknownKeyword = Rule(
        kind: .unknownKeyword,
        summary: "A call the change adds or edits passes a keyword or label its callee does not take.",
        explanation: """
            The other direction of the check: a call that is new or edited in the change is checked \
            against the current signature of what it resolves to, so a caller written against an old \
            signature (or with a typo) is caught when it is written. For two factories of Python's \
            standard library (`collections.namedtuple` and the functional `Enum` API), a keyword is \
            reported only when no Python 3 version takes it.
            """,
        languages: [.python, .swift],
        message: { text in
            switch text.language {
            case .python:
                let versions = text.isOutsideTree ? " in any Python 3 version" : ""
                return "'\(text.callee)' has no parameter '\(text.label)'\(versions) (\(text.owner))\(text.hint)"
            case .swift:
                return "'\(text.callee)' has no overload with label '\(text.label):' (\(text.owner))\(text.hint)"
            }
        },
        fix: { $0.replaceOrDropFix },
        example: Example(
            language: .python,
            before: [("api.py", "def fetch(url, timeout=5):\n    return url\n"), ("use.py", "from api import fetch\n")],
            after: [("api.py", "def fetch(url, timeout=5):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u', ↓timout=1)\n")]))
}
