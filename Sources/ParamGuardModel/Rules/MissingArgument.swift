extension Rule {
    public static let missingArgument = Rule(
        kind: .missingArgument,
        summary: "A call does not pass a parameter its callee now requires.",
        explanation: """
            Either the change made a parameter required (new without a default, or its default removed) \
            and a call in the tree does not pass it, or a call the change adds or edits leaves out a \
            required argument. Not reported for calls that pass `*args` or `**kwargs` (they may carry \
            it), for partial applications, for callables under a decorator that may supply arguments, or \
            for a call that also has a stale keyword (one mistake, one finding). Python also reports a \
            required parameter that moved right among the positional ones, for a call that reached it \
            positionally before.
            """,
        languages: [.python, .swift],
        pointsAtCallee: true,
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' requires argument '\(text.label)' (\(text.owner)), and this call does not pass it"
            case .swift:
                return "'\(text.callee)' requires argument '\(text.label):' (\(text.owner)), and this call does not pass it\(text.hint)"
            }
        },
        fix: { finding in "pass '\(finding.written(finding.oldLabel))...', or give the parameter a default in the definition" },
        example: Example(
            language: .python,
            before: [("api.py", "def fetch(url):\n    return url\n"), ("use.py", "from api import fetch\nfetch('u')\n")],
            after: [("api.py", "def fetch(url, timeout):\n    return url\n"), ("use.py", "from api import fetch\n↓fetch('u')\n")]))
}
