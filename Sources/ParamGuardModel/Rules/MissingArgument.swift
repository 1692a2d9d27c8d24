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
        examples: [
            Example(
                "the example `paramguard rules missing-argument` shows", .python,
                before: ["api.py": "def fetch(url):\n    return url\n", "use.py": "from api import fetch\nfetch('u')\n"],
                after: ["api.py": "def fetch(url, timeout):\n    return url\n", "use.py": "from api import fetch\n↓fetch('u')\n"]),
        ] + missingArgumentExamples,
        counterexamples: missingArgumentCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `missing-argument` must report, beyond the one `paramguard rules` shows.
    static let missingArgumentExamples: [Example] = [
        Example(
            "a parameter added without a default breaks callers that do not pass it", .python,
            before: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\nfetch('u', 2)\nfetch(url='u', retries=1)\n",
            ],
            after: [
                "api.py": "def fetch(url, retries=3, *, timeout):\n    pass\n",
                "use.py": "from api import fetch\n↓fetch('u')\n↓fetch('u', 2)\n↓fetch(url='u', retries=1)\n",
            ]),
        Example(
            "a removed default, and a new required dataclass field, break constructor calls", .python,
            before: [
                "m.py": "from dataclasses import dataclass\n@dataclass\nclass Job:\n    name: str\n    queue: str = 'default'\n",
                "use.py": "from m import Job\nJob('a')\nJob(name='b', queue='q')\n",
            ],
            after: [
                "m.py": "from dataclasses import dataclass\n@dataclass\nclass Job:\n    name: str\n    queue: str\n",
                "use.py": "from m import Job\n↓Job('a')\nJob(name='b', queue='q')\n",
            ]),
        Example(
            "a new call that leaves out a required argument", .python,
            before: ["api.py": "def fetch(url, *, timeout):\n    pass\n"],
            after: ["use.py": "from api import fetch\n↓fetch('u')\nfetch('u', timeout=1)\n"]),
        Example(
            "a required parameter inserted among the positional ones: a call passing all positionally misses the last", .python,
            before: [
                "geo.py": "def move(x, y):\n    pass\nclass Box:\n    def __init__(self, w, h):\n        pass\n    def scale(self, a, b):\n        pass\n    def grow(self):\n        self.scale(1, 2)\n",
                "use.py": "from geo import move, Box\nmove(1, 2)\nBox(3, 4)\n",
            ],
            after: [
                "geo.py": "def move(x, z, y):\n    pass\nclass Box:\n    def __init__(self, w, d, h):\n        pass\n    def scale(self, a, c, b):\n        pass\n    def grow(self):\n        ↓self.scale(1, 2)\n",
                "use.py": "from geo import move, Box\n↓move(1, 2)\n↓Box(3, 4)\n",
            ]),
        Example(
            "Swift: a new parameter without a default, and a default removed", .swift,
            before: ["Sources/Core/F.swift": "func open(path: String) {}\nfunc close(force: Bool = false) {}\n", "Sources/Core/G.swift": "func use() {\n    open(path: \"a\")\n    close()\n}\n"],
            after: ["Sources/Core/F.swift": "func open(path: String, mode: Int) {}\nfunc close(force: Bool) {}\n", "Sources/Core/G.swift": "func use() {\n    ↓open(path: \"a\")\n    ↓close()\n}\n"]),
        Example(
            "Swift: `.init()` with no arguments, after the initializer's only parameter lost its default", .swift,
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String] = []) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init())\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: ↓.init())\n",
            ]),
    ]

    /// Changes `missing-argument` must not report.
    static let missingArgumentCounterexamples: [Example] = [
        Example(
            "a migration record the change adds declares the parameter now required", .python,
            before: ["api.py": "def fetch(url, retries=3):\n    pass\n", "use.py": "from api import fetch\nfetch('u')\n"],
            after: [
                "api.py": "def fetch(url, retries=3, *, timeout):\n    pass\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"api.fetch\"\nrequired = [\"timeout\"]\nreason = \"use.py is the old CLI, deleted next release\"\n",
            ]),
        Example(
            "a partial that binds the required arguments: calling it with none is fine", .python,
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "use.py": "import functools\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, key, timeout=None):\n    pass\n",
                "use.py": "import functools\nfrom api import fetch\nget = functools.partial(fetch, 'u', 'k')\nget()\nget(timeout=2)\n",
            ]),
        Example(
            "new required arguments passed positionally, by keyword, or through *args and **kwargs", .python,
            before: [
                "api.py": "def fetch(url):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', 5)\nfetch('u', timeout=5)\ndef go(*a, **k):\n    fetch(*a)\n    fetch('u', **k)\n",
            ]),
        Example(
            "a decorator that may supply arguments, and a partial application, are not checked for missing ones", .python,
            before: ["api.py": "import functools\nfrom db import with_session\n@with_session\ndef save(session, item):\n    pass\ndef fetch(url, timeout):\n    pass\n"],
            after: ["use.py": "import functools\nfrom api import save, fetch\nsave(item=1)\nquick = functools.partial(fetch, timeout=1)\n"]),
    ]
}
