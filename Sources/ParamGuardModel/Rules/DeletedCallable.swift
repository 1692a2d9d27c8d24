extension Rule {
    public static let deletedCallable = Rule(
        kind: .deletedCallable,
        summary: "Code in the tree still imports or calls a function or class that the change deleted or moved away.",
        explanation: """
            The change deleted a module-level function or class (or the whole module that held it, or \
            moved it to another module), and a file in the tree still imports it by its old place \
            (`from app.util import slugify`: an `ImportError` as soon as the module loads) or calls it \
            through its old module (`util.slugify(...)`: an `AttributeError` when the call runs). The \
            finding is made only when the old place provably lacks the name after the change: the \
            module is in the tree and binds the name in no way (no definition, import, assignment, star \
            import, submodule or module `__getattr__`), or the module is gone from a package of the \
            tree. An import inside `try:`, under `if TYPE_CHECKING:`, or a call under `hasattr(...)` is \
            counted as open, never reported. When the change defines the name in another module (a \
            move, including a file renamed), the suggestion is that module.
            """,
        languages: [.python],
        message: { text in
            let moved = text.newLabel.map { "; it is now defined in \($0)" } ?? ""
            return "'\(text.callee)': \(text.definition.module) no longer defines '\(text.label)' (the change removed it)\(moved)"
        },
        fix: { finding in
            if let module = finding.newLabel { return "import '\(finding.oldLabel)' from '\(module)' instead" }
            return "keep '\(finding.oldLabel)' in \(finding.definition.module) (an alias of its replacement will do), or remove this use of it"
        },
        definitionNote: { finding in "'\(finding.definition.name)' was defined here before the change" },
        consequence: { _ in
            "Python: an ImportError when a module importing a deleted name loads, an AttributeError when a call through its module runs. Update those imports and calls, or keep the old name (an alias of its replacement will do)."
        },
        example: Example(
            language: .python,
            before: [("app/__init__.py", ""), ("app/text.py", "def slugify(title):\n    return title.lower()\n\ndef shout(title):\n    return title.upper()\n"),
                     ("app/views.py", "from app.text import slugify, shout\n")],
            after: [("app/__init__.py", ""), ("app/text.py", "def shout(title):\n    return title.upper()\n"),
                    ("app/views.py", "from app.text import ↓slugify, shout\n")]))
}
