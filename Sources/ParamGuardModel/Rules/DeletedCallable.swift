extension Rule {
    public static let deletedCallable = Rule(
        kind: .deletedCallable,
        summary: "Code in the tree still imports or calls a function, class or method that the change deleted or moved away.",
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
            move, including a file renamed), the suggestion is that module. In Swift: a method, static \
            method or initializer of a type of the tree that the change deleted while a call still \
            reaches it, and no declaration of its name is left that the call can see, the type's members \
            being known whole (no protocol from outside the tree, no attached macro): a compile error. A \
            deleted Swift free function is reported only in a file that imports nothing but modules of \
            the tree, under a name the standard library does not use: Foundation or a dependency may \
            declare one of its name.
            """,
        languages: [.python, .swift],
        message: { text in
            switch text.language {
            case .python:
                let moved = text.newLabel.map { "; it is now defined in \($0)" } ?? ""
                return "'\(text.callee)': \(text.definition.module) no longer defines '\(text.label)' (the change removed it)\(moved)"
            case .swift:
                return "'\(text.suggestion ?? text.callee)' no longer exists: the change removed it (\(text.owner)), and no declaration named '\(text.label)' is left for this call"
            }
        },
        fix: { finding in
            if finding.language == .swift {
                return "keep the declaration (marked @available(*, deprecated) until its callers move), or update this call"
            }
            if let module = finding.newLabel { return "import '\(finding.oldLabel)' from '\(module)' instead" }
            return "keep '\(finding.oldLabel)' in \(finding.definition.module) (an alias of its replacement will do), or remove this use of it"
        },
        definitionNote: { finding in "'\(finding.definition.name)' was defined here before the change" },
        consequence: { language in
            switch language {
            case .python:
                return "Python: an ImportError when a module importing a deleted name loads, an AttributeError when a call through its module runs. Update those imports and calls, or keep the old name (an alias of its replacement will do)."
            case .swift:
                return "Swift: a compile error (no member, or no declaration, of that name) in every target that builds these calls. Update the callers, or keep the declaration, deprecated, until they move."
            }
        },
        examples: [
            Example(
                "the example `paramguard rules deleted-callable` shows", .python,
                before: ["app/__init__.py": "", "app/text.py": "def slugify(title):\n    return title.lower()\n\ndef shout(title):\n    return title.upper()\n", "app/views.py": "from app.text import slugify, shout\n"],
                after: ["app/__init__.py": "", "app/text.py": "def shout(title):\n    return title.upper()\n", "app/views.py": "from app.text import ↓slugify, shout\n"]),
        ] + deletedCallableExamples,
        counterexamples: deletedCallableCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `deleted-callable` must report, beyond the one `paramguard rules` shows.
    static let deletedCallableExamples: [Example] = [
        Example(
            "a function deleted while a file calls it through its module", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app import text\n\ndef show(t):\n    return text.slugify(t)\n"],
            after: ["app/text.py": Example.textWithoutSlugify, "app/views.py": "from app import text\n\ndef show(t):\n    return text.↓slugify(t)\n"]),
        Example(
            "a function deleted while a file calls it by its dotted module path", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "run.py": "import app.text\napp.text.slugify('x')\n"],
            after: ["app/text.py": Example.textWithoutSlugify, "run.py": "import app.text\napp.text.↓slugify('x')\n"]),
        Example(
            "a function deleted while a sibling module imports it relatively, over several lines", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from .text import (\n    shout,\n    slugify,\n)\n"],
            after: ["app/text.py": Example.textWithoutSlugify, "app/views.py": "from .text import (\n    shout,\n    ↓slugify,\n)\n"]),
        Example(
            "a class deleted while a file imports it", .python,
            before: ["app/__init__.py": "", "app/models.py": "class User:\n    pass\n\nclass LegacyUser(User):\n    pass\n", "app/admin.py": "from app.models import LegacyUser as Old\nOld()\n"],
            after: ["app/models.py": "class User:\n    pass\n", "app/admin.py": "from app.models import ↓LegacyUser as Old\nOld()\n"]),
        Example(
            "a module of a package deleted while a file imports a function from it", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/views.py": "from app.text import ↓slugify\n"],
            removed: ["app/text.py"]),
        Example(
            "a function moved to another module: the finding names its new home", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/slugs.py": "import re\n", "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify, "app/slugs.py": "import re\n\ndef slugify(title):\n    return re.sub('-', '', title)\n",
                    "app/views.py": "from app.text import ↓slugify\n"],
            suggestion: "app.slugs"),
        Example(
            "a module renamed (git mv) while a file still imports from its old name", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import shout\n"],
            after: ["app/words.py": Example.text, "app/views.py": "from app.text import ↓shout\n"],
            removed: ["app/text.py"],
            suggestion: "app.words"),
        Example(
            "an import of a deleted function added by the change itself", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text],
            after: ["app/text.py": Example.textWithoutSlugify, "app/feed.py": "from app.text import ↓slugify\n"]),
        Example(
            "Swift: a method and a static method deleted while calls to them remain", .swift,
            before: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n    func moved(by d: Int) -> Point { self }\n    static func origin(at x: Int) -> Point { Point(x: x) }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n    _ = Point.origin(at: 2)\n    _ = Point(x: 1).moved(by: 2)\n}\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.↓moved(by: 1)\n    _ = Point.↓origin(at: 2)\n    _ = Point(x: 1).↓moved(by: 2)\n}\n"]),
        Example(
            "Swift: a public method deleted while another module of the package calls it", .swift,
            before: ["Sources/Geo/Point.swift": "public struct Point {\n    public init() {}\n    public func moved(by d: Int) -> Point { self }\n}\n", "Sources/App/Main.swift": "import Geo\nlet p = Point().moved(by: 1)\n"],
            after: ["Sources/Geo/Point.swift": "public struct Point {\n    public init() {}\n}\n", "Sources/App/Main.swift": "import Geo\nlet p = Point().↓moved(by: 1)\n"]),
        Example(
            "Swift: a free function deleted while a file that imports only modules of the tree calls it", .swift,
            before: ["Sources/Geo/Point.swift": "public struct Point {\n    public var x: Int\n}\npublic func makePoint(value: Int) -> Point { Point(x: value) }\n", "Sources/App/Main.swift": "import Geo\nlet p = makePoint(value: 1)\n"],
            after: ["Sources/Geo/Point.swift": "public struct Point {\n    public var x: Int\n}\n", "Sources/App/Main.swift": "import Geo\nlet p = ↓makePoint(value: 1)\n"]),
    ]

    /// Changes `deleted-callable` must not report.
    static let deletedCallableCounterexamples: [Example] = [
        Example(
            "a migration record the change adds declares the function deleted", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app import text\n\ndef show(t):\n    return text.slugify(t)\n"],
            after: [
                "app/text.py": Example.textWithoutSlugify,
                ".paramguard.toml": "[[migration]]\ncallable = \"app.text.slugify\"\ndeleted = true\nreason = \"views.py is deleted with the old site\"\n",
            ]),
        Example(
            "a deleted function kept as an alias of its replacement", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify + "\ndef make_slug(title):\n    return title\n\nslugify = make_slug\n"]),
        Example(
            "a deleted function re-exported from where it moved", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "from app.slugs import slugify\n\n" + Example.textWithoutSlugify, "app/slugs.py": "def slugify(title):\n    return title\n"]),
        Example(
            "a module with a module-level __getattr__ (PEP 562) may still provide the name", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify + "\ndef __getattr__(name):\n    raise AttributeError(name)\n"]),
        Example(
            "a module with a star import may still bind the name", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "from app.compat import *\n\n" + Example.textWithoutSlugify]),
        Example(
            "an import of the deleted name inside try (an optional import with a fallback)", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "try:\n    from app.text import slugify\nexcept ImportError:\n    slugify = None\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "an import of the deleted name only type checkers run", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.text import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "a call of the deleted name under hasattr", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app import text\nif hasattr(text, 'slugify'):\n    text.slugify('x')\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "a top-level module deleted: an installed module of that name may replace it", .python,
            before: ["text.py": Example.text, "views.py": "from text import slugify\n"],
            after: [:],
            removed: ["text.py"]),
        Example(
            "a module that still mentions the deleted name is not known to lack it", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "a, slugify = None, None\n\n" + Example.textWithoutSlugify]),
        Example(
            "a deleted function of the same name in another module than the one imported", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/other.py": "def slugify(t):\n    return t\n", "app/views.py": "from app.other import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "a parameter that shadows the module: its attribute is not the deleted function", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app import text\n\ndef show(text):\n    return text.slugify()\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "the file that imported the deleted name is deleted too", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": Example.textWithoutSlugify],
            removed: ["app/views.py"]),
        Example(
            "a submodule of the package answers to the deleted name", .python,
            before: ["app/__init__.py": "", "app/text/__init__.py": Example.text, "app/text/helpers.py": "x = 1\n", "app/views.py": "from app.text import helpers\n"],
            after: ["app/text/__init__.py": "def slugify(title):\n    return title\n"]),
        Example(
            "a deleted method is not a deleted module-level callable", .python,
            before: ["app/__init__.py": "", "app/text.py": "class Text:\n    def slugify(self):\n        return 1\n", "app/views.py": "from app.text import Text\nText().slugify()\n"],
            after: ["app/text.py": "class Text:\n    pass\n"]),
        Example(
            "Swift: a method moved to an extension in another file is not deleted", .swift,
            before: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n    func moved(by d: Int) -> Point { self }\n    static func origin(at x: Int) -> Point { Point(x: x) }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n}\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n    static func origin(at x: Int) -> Point { Point(x: x) }\n}\n", "Sources/Geo/Point+Moves.swift": "extension Point {\n    func moved(by d: Int) -> Point { self }\n}\n"]),
        Example(
            "Swift: a type that conforms to a protocol from outside the tree may get the method from its extension", .swift,
            before: ["Sources/Geo/Point.swift": "import Shapes\nstruct Point: Movable {\n    func moved(by d: Int) -> Point { self }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n}\n"],
            after: ["Sources/Geo/Point.swift": "import Shapes\nstruct Point: Movable {\n}\n"]),
        Example(
            "Swift: a type with an attached macro may have members no declaration shows", .swift,
            before: ["Sources/Geo/Point.swift": "@Movable\nstruct Point {\n    func moved(by d: Int) -> Point { self }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n}\n"],
            after: ["Sources/Geo/Point.swift": "@Movable\nstruct Point {\n}\n"]),
        Example(
            "Swift: a receiver of unknown type; a deleted free function in a file that imports Foundation, or named like one of the standard library's", .swift,
            before: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n    func moved(by d: Int) -> Point { self }\n}\nfunc makePoint(value: Int) -> Point { Point(x: value) }\nfunc max(_ a: Point, _ b: Point) -> Point { a }\n", "Sources/Geo/Use.swift": "import Foundation\nfunc use(p: Any) {\n    _ = (p as AnyObject).moved(by: 1)\n    _ = makePoint(value: 1)\n}\n", "Sources/Geo/Pick.swift": "func pick(a: Point) -> Point { max(a, a) }\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n    var x: Int\n    func moved(by d: Int) -> Point { self }\n}\n"]),
        Example(
            "Swift: an overload of the deleted method's name is left (a label finding, if any, is another rule's)", .swift,
            before: ["Sources/Geo/Point.swift": "struct Point {\n    func moved(by d: Int) -> Point { self }\n    func moved(to p: Point) -> Point { p }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(to: p)\n}\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n    func moved(to p: Point) -> Point { p }\n}\n"]),
        Example(
            "an inline suppression on the name's line, or on the first line of its import statement", .python,
            before: ["app/__init__.py": "", "app/text.py": Example.text, "app/views.py": "from app.text import slugify  # paramguard: ignore[deleted-callable]\nfrom app.text import (  # paramguard: ignore\n    shout,\n    slugify,\n)\n"],
            after: ["app/text.py": Example.textWithoutSlugify]),
        Example(
            "Swift: a method deleted from a type whose module runs a build-tool plugin (the sources it generates may declare it)", .swift,
            before: ["Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Fmt\", targets: [\n    .target(name: \"Geo\", plugins: [\"generate-points\"]),\n    .plugin(name: \"generate-points\", capability: .buildTool()),\n])\n", "Sources/Geo/Point.swift": "struct Point {\n    func moved(by d: Int) -> Point { self }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n}\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n}\n"]),
    ]
}
