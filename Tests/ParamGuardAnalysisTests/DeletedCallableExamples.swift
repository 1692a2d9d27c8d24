import ParamGuardModel

enum DeletedCallableExamples {
    static let text = "def slugify(title):\n    return title.lower()\n\ndef shout(title):\n    return title.upper()\n"
    static let textWithoutSlugify = "def shout(title):\n    return title.upper()\n"

    static let triggering: [RuleExample] = [
        RuleExample(
            name: "a function deleted while a module of the package still imports it",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify, shout\n"],
            after: ["app/text.py": textWithoutSlugify, "app/views.py": "from app.text import ↓slugify, shout\n"], kind: .deletedCallable),
        RuleExample(
            name: "a function deleted while a file calls it through its module",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app import text\n\ndef show(t):\n    return text.slugify(t)\n"],
            after: ["app/text.py": textWithoutSlugify, "app/views.py": "from app import text\n\ndef show(t):\n    return text.↓slugify(t)\n"], kind: .deletedCallable),
        RuleExample(
            name: "a function deleted while a file calls it by its dotted module path",
            before: ["app/__init__.py": "", "app/text.py": text, "run.py": "import app.text\napp.text.slugify('x')\n"],
            after: ["app/text.py": textWithoutSlugify, "run.py": "import app.text\napp.text.↓slugify('x')\n"], kind: .deletedCallable),
        RuleExample(
            name: "a function deleted while a sibling module imports it relatively, over several lines",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from .text import (\n    shout,\n    slugify,\n)\n"],
            after: ["app/text.py": textWithoutSlugify, "app/views.py": "from .text import (\n    shout,\n    ↓slugify,\n)\n"], kind: .deletedCallable),
        RuleExample(
            name: "a class deleted while a file imports it",
            before: ["app/__init__.py": "", "app/models.py": "class User:\n    pass\n\nclass LegacyUser(User):\n    pass\n", "app/admin.py": "from app.models import LegacyUser as Old\nOld()\n"],
            after: ["app/models.py": "class User:\n    pass\n", "app/admin.py": "from app.models import ↓LegacyUser as Old\nOld()\n"], kind: .deletedCallable),
        RuleExample(
            name: "a module of a package deleted while a file imports a function from it",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/views.py": "from app.text import ↓slugify\n"], removed: ["app/text.py"], kind: .deletedCallable),
        RuleExample(
            name: "a function moved to another module: the finding names its new home",
            before: ["app/__init__.py": "", "app/text.py": text, "app/slugs.py": "import re\n", "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": textWithoutSlugify, "app/slugs.py": "import re\n\ndef slugify(title):\n    return re.sub('-', '', title)\n",
                    "app/views.py": "from app.text import ↓slugify\n"], kind: .deletedCallable, suggestion: "app.slugs"),
        RuleExample(
            name: "a module renamed (git mv) while a file still imports from its old name",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import shout\n"],
            after: ["app/words.py": text, "app/views.py": "from app.text import ↓shout\n"], removed: ["app/text.py"], kind: .deletedCallable,
            suggestion: "app.words"),
        RuleExample(
            name: "an import of a deleted function added by the change itself",
            before: ["app/__init__.py": "", "app/text.py": text],
            after: ["app/text.py": textWithoutSlugify, "app/feed.py": "from app.text import ↓slugify\n"], kind: .deletedCallable),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            name: "a deleted function kept as an alias of its replacement",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": textWithoutSlugify + "\ndef make_slug(title):\n    return title\n\nslugify = make_slug\n"]),
        RuleExample(
            name: "a deleted function re-exported from where it moved",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "from app.slugs import slugify\n\n" + textWithoutSlugify, "app/slugs.py": "def slugify(title):\n    return title\n"]),
        RuleExample(
            name: "a module with a module-level __getattr__ (PEP 562) may still provide the name",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": textWithoutSlugify + "\ndef __getattr__(name):\n    raise AttributeError(name)\n"]),
        RuleExample(
            name: "a module with a star import may still bind the name",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "from app.compat import *\n\n" + textWithoutSlugify]),
        RuleExample(
            name: "an import of the deleted name inside try (an optional import with a fallback)",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "try:\n    from app.text import slugify\nexcept ImportError:\n    slugify = None\n"],
            after: ["app/text.py": textWithoutSlugify]),
        RuleExample(
            name: "an import of the deleted name only type checkers run",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.text import slugify\n"],
            after: ["app/text.py": textWithoutSlugify]),
        RuleExample(
            name: "a call of the deleted name under hasattr",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app import text\nif hasattr(text, 'slugify'):\n    text.slugify('x')\n"],
            after: ["app/text.py": textWithoutSlugify]),
        RuleExample(
            name: "a top-level module deleted: an installed module of that name may replace it",
            before: ["text.py": text, "views.py": "from text import slugify\n"],
            after: [:], removed: ["text.py"]),
        RuleExample(
            name: "a module that still mentions the deleted name is not known to lack it",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": "a, slugify = None, None\n\n" + textWithoutSlugify]),
        RuleExample(
            name: "a deleted function of the same name in another module than the one imported",
            before: ["app/__init__.py": "", "app/text.py": text, "app/other.py": "def slugify(t):\n    return t\n", "app/views.py": "from app.other import slugify\n"],
            after: ["app/text.py": textWithoutSlugify]),
        RuleExample(
            name: "a parameter that shadows the module: its attribute is not the deleted function",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app import text\n\ndef show(text):\n    return text.slugify()\n"],
            after: ["app/text.py": textWithoutSlugify]),
        RuleExample(
            name: "the file that imported the deleted name is deleted too",
            before: ["app/__init__.py": "", "app/text.py": text, "app/views.py": "from app.text import slugify\n"],
            after: ["app/text.py": textWithoutSlugify], removed: ["app/views.py"]),
        RuleExample(
            name: "a submodule of the package answers to the deleted name",
            before: ["app/__init__.py": "", "app/text/__init__.py": text, "app/text/helpers.py": "x = 1\n", "app/views.py": "from app.text import helpers\n"],
            after: ["app/text/__init__.py": "def slugify(title):\n    return title\n"]),
        RuleExample(
            name: "a deleted method is not a deleted module-level callable",
            before: ["app/__init__.py": "", "app/text.py": "class Text:\n    def slugify(self):\n        return 1\n", "app/views.py": "from app.text import Text\nText().slugify()\n"],
            after: ["app/text.py": "class Text:\n    pass\n"]),
    ]
}
