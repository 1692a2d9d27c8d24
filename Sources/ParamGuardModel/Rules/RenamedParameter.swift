extension Rule {
    public static let renamedParameter = Rule(
        kind: .renamedParameter,
        summary: "A call still passes a keyword or label that the change renamed in its callee's definition.",
        explanation: """
            The change renamed a parameter of a function, method, initializer or class (a dataclass, attrs, \
            pydantic or NamedTuple field; a Swift argument label), and a call in the tree that resolves to \
            that definition still passes the old name. Python raises `TypeError: unexpected keyword \
            argument` when the call runs (a pydantic model silently drops the value); Swift no longer \
            compiles. The suggestion is the parameter's new name.
            """,
        languages: [.python, .swift],
        message: { text in
            switch text.language {
            case .python:
                return "'\(text.callee)' no longer accepts keyword '\(text.label)': \(text.owner) renamed it to '\(text.newLabel ?? "?")'"
            case .swift:
                return "'\(text.callee)' no longer accepts label '\(text.label):': \(text.owner) renamed it to '\(text.newLabel ?? "_"):'\(text.hint)"
            }
        },
        fix: { $0.replaceOrDropFix },
        examples: [
            Example(
                "the example `paramguard rules renamed-parameter` shows", .python,
                before: ["api.py": "def fetch(url, timeout=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', timeout=1)\n"],
                after: ["api.py": "def fetch(url, seconds=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', ↓timeout=1)\n"]),
        ] + renamedParameterExamples,
        counterexamples: renamedParameterCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `renamed-parameter` must report, beyond the one `paramguard rules` shows.
    static let renamedParameterExamples: [Example] = [
        Example(
            "a migration record for another label: the call still blocks, and the record is reported as accepting nothing", .python,
            before: ["api.py": "def fetch(url, timeout=5, retries=1):\n    return url\n", "use.py": "from api import fetch\nfetch('u', timeout=1)\n"],
            after: [
                "api.py": "def fetch(url, seconds=5, retries=1):\n    return url\n", "use.py": "from api import fetch\nfetch('u', ↓timeout=1)\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"api.fetch\"\nrenamed = { retries = \"attempts\" }\nreason = \"r\"\n",
            ]),
        Example(
            "a migration record whose paths cover legacy/ only: the caller elsewhere still blocks", .python,
            before: ["api.py": "def fetch(url, timeout=5):\n    return url\n", "legacy/old.py": "from api import fetch\nfetch('u', timeout=1)\n", "use.py": "from api import fetch\nfetch('u', timeout=2)\n"],
            after: [
                "api.py": "def fetch(url, seconds=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', ↓timeout=2)\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"api.fetch\"\nrenamed = { timeout = \"seconds\" }\npaths = [\"legacy/**\"]\nreason = \"legacy/ is deleted with the v1 API\"\n",
            ]),
        Example(
            "a migration record that keeps the suggested placeholder reason declares nothing", .python,
            before: ["context.py": Example.dataclassBefore, "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n"],
            after: [
                "context.py": Example.dataclassAfter, "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
                ".paramguard.toml": "[[migration]]\ncallable = \"context.UserExecutionContext\"\nrenamed = { websocket_connection_id = \"websocket_client_id\" }\nreason = \"why the calls left on the old labels are fine\"\n",
            ]),
        Example(
            "a records file that tries to set the mode: pushed content cannot, and none of its records apply", .python,
            before: ["context.py": Example.dataclassBefore, "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n"],
            after: [
                "context.py": Example.dataclassAfter, "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
                ".paramguard.toml": "mode = \"warn\"\n\n" + Example.incidentRecord,
            ]),
        Example(
            "a @dataclass_transform on the @overload declarations of a decorator (PEP 681)", .python,
            before: ["base.py": "from typing import dataclass_transform, overload\n@overload\n@dataclass_transform()\ndef model(cls: type) -> type: ...\n@overload\n@dataclass_transform()\ndef model(*, frozen: bool = False): ...\ndef model(cls=None, *, frozen=False):\n    return cls if cls else (lambda c: c)\n", "models.py": "from base import model\n@model\nclass User:\n    name: str\n@model(frozen=True)\nclass Point:\n    x: int\n", "use.py": "from models import User, Point\nUser(name='n')\nPoint(x=1)\n"],
            after: ["base.py": "from typing import dataclass_transform, overload\n@overload\n@dataclass_transform()\ndef model(cls: type) -> type: ...\n@overload\n@dataclass_transform()\ndef model(*, frozen: bool = False): ...\ndef model(cls=None, *, frozen=False):\n    return cls if cls else (lambda c: c)\n", "models.py": "from base import model\n@model\nclass User:\n    full_name: str\n@model(frozen=True)\nclass Point:\n    left: int\n", "use.py": "from models import User, Point\nUser(↓name='n')\nPoint(↓x=1)\n"]),
        Example(
            "a TypedDict key renamed: callers of a function taking **kwargs: Unpack[TD] still pass the old key", .python,
            before: [
                "movies.py": "from typing import TypedDict, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\ndef add(**movie: Unpack[Movie]):\n    return movie\n",
                "api.py": "from typing import Unpack\nfrom movies import Movie\ndef publish(**movie: Unpack[Movie]):\n    return movie\n",
                "use.py": "from movies import add\nfrom api import publish\nadd(title='x', year=1)\npublish(title='y')\n",
            ],
            after: [
                "movies.py": "from typing import TypedDict, Unpack\nclass Movie(TypedDict):\n    name: str\n    year: int\ndef add(**movie: Unpack[Movie]):\n    return movie\n",
                "api.py": "from typing import Unpack\nfrom movies import Movie\ndef publish(**movie: Unpack[Movie]):\n    return movie\n",
                "use.py": "from movies import add\nfrom api import publish\nadd(↓title='x', year=1)\npublish(↓title='y')\n",
            ]),
        Example(
            "classes made dataclass-like by a @dataclass_transform of the tree: decorator, base class and metaclass forms", .python,
            before: ["base.py": "from typing import dataclass_transform\ndef field(*, default=None, init=True, kw_only=False, alias=None):\n    return default\n@dataclass_transform(field_specifiers=(field,))\ndef model(cls):\n    return cls\n@dataclass_transform(kw_only_default=True, field_specifiers=(field,))\nclass ModelBase:\n    pass\n@dataclass_transform()\nclass ModelMeta(type):\n    pass\n", "models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    age: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    total: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    sku: str\n", "use.py": "from models import User, Order, Item\nUser('n', age=1, id=2)\nOrder(total=3, note='x')\nItem(sku='s')\n"],
            after: ["models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    years: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    amount: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    code: str\n", "use.py": "from models import User, Order, Item\nUser('n', ↓age=1, id=2)\nOrder(↓total=3, note='x')\nItem(↓sku='s')\n"]),
        Example(
            "inside a comprehension, a name its for clauses do not bind is the function's", .python,
            before: ["a.py": "class A:\n    def m(self, k=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(k=5) for _ in items]\n"],
            after: ["a.py": "class A:\n    def m(self, kk=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(↓k=5) for _ in items]\n"],
            suggestion: "kk"),
        Example(
            "a value narrowed by isinstance in the branch that binds it", .python,
            before: ["text.py": "class Text:\n    def truncate(self, width, *, overflow=None):\n        pass\n", "rule.py": "from typing import Union\nfrom text import Text\n\nclass Rule:\n    def __init__(self, title: Union[str, Text]):\n        self.title = title\n\n    def render(self, width):\n        if isinstance(self.title, Text):\n            title = self.title\n        else:\n            title = Text()\n        title.truncate(width, overflow='fold')\n"],
            after: ["text.py": "class Text:\n    def truncate(self, width, *, overflow_mode=None):\n        pass\n", "rule.py": "from typing import Union\nfrom text import Text\n\nclass Rule:\n    def __init__(self, title: Union[str, Text]):\n        self.title = title\n\n    def render(self, width):\n        if isinstance(self.title, Text):\n            title = self.title\n        else:\n            title = Text()\n        title.truncate(width, ↓overflow='fold')\n"],
            suggestion: "overflow_mode"),
        Example(
            "iterating what a call returns (a container annotation, or a class whose __iter__ says), through names rebound in loops", .python,
            before: ["text.py": """
                    class Text:
                        def truncate(self, width, *, overflow=None):
                            pass
                    
                        def split(self) -> "Lines":
                            return Lines([self])
                    
                        def wrap(self, width):
                            for line in self.split():
                                if width:
                                    new_lines = Lines([line])
                                else:
                                    new_lines = line.divide()
                                for line in new_lines:
                                    line.truncate(width, overflow="fold")
                    
                        def divide(self) -> "Lines":
                            return Lines([self])
                    
                    class Lines:
                        def __init__(self, lines):
                            self._lines = list(lines)
                    
                        def __iter__(self) -> "Iterator[Text]":
                            return iter(self._lines)
                    
                    def rows() -> list[Text]:
                        return []
                    
                    def show():
                        for row in rows():
                            row.truncate(2, overflow="crop")
                    """],
            after: ["text.py": """
                    class Text:
                        def truncate(self, width, *, overflow_mode=None):
                            pass
                    
                        def split(self) -> "Lines":
                            return Lines([self])
                    
                        def wrap(self, width):
                            for line in self.split():
                                if width:
                                    new_lines = Lines([line])
                                else:
                                    new_lines = line.divide()
                                for line in new_lines:
                                    line.truncate(width, ↓overflow="fold")
                    
                        def divide(self) -> "Lines":
                            return Lines([self])
                    
                    class Lines:
                        def __init__(self, lines):
                            self._lines = list(lines)
                    
                        def __iter__(self) -> "Iterator[Text]":
                            return iter(self._lines)
                    
                    def rows() -> list[Text]:
                        return []
                    
                    def show():
                        for row in rows():
                            row.truncate(2, ↓overflow="crop")
                    """],
            suggestion: "overflow_mode"),
        Example(
            "a name a function binds into the module with globals() after a local import", .python,
            before: [
                "app/models.py": "class Client:\n    def __init__(self, timeout=5):\n        pass\n",
                "tests/conftest.py": "def setup_module():\n    from app.models import Client\n    globals()['Client'] = Client\n\ndef load():\n    from app.models import Client as Impl\n    globals().update({'Impl': Impl})\n\ndef test_client():\n    Client(timeout=1)\n    Impl(timeout=2)\n",
            ],
            after: [
                "app/models.py": "class Client:\n    def __init__(self, timeout_seconds=5):\n        pass\n",
                "tests/conftest.py": "def setup_module():\n    from app.models import Client\n    globals()['Client'] = Client\n\ndef load():\n    from app.models import Client as Impl\n    globals().update({'Impl': Impl})\n\ndef test_client():\n    Client(↓timeout=1)\n    Impl(↓timeout=2)\n",
            ],
            suggestion: "timeout_seconds"),
        Example(
            "TypedDict: a key renamed breaks calls of the class that still pass the old key", .python,
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n", "use.py": "from movies import Movie\nm = Movie(title='x', year=1)\n"],
            after: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    released: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n", "use.py": "from movies import Movie\nm = Movie(title='x', ↓year=1)\n"],
            suggestion: "released"),
        Example(
            "iterating an instance of a class whose __iter__ is annotated to yield a class of the tree", .python,
            before: ["lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow=None):
                            pass
                    
                    class Lines:
                        def __init__(self, lines):
                            self._lines = list(lines)
                    
                        def __iter__(self) -> "Iterator[Text]":
                            return iter(self._lines)
                    
                    class Rows:
                        def __iter__(self):
                            return iter([])
                    
                    class Walk:
                        def __iter__(self) -> Generator[Text, None, None]:
                            yield from []
                    """, "use.py": """
                    from lib import Lines, Rows, Walk
                    
                    def wrap(texts, rows):
                        new_lines = Lines(texts)
                        for line in new_lines:
                            line.truncate(3, overflow="fold")
                        walk = Walk()
                        for step in walk:
                            step.truncate(3, overflow="fold")
                        for row in Rows():
                            row.truncate(3, overflow="fold")
                    """],
            after: ["lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow_mode=None):
                            pass
                    
                    class Lines:
                        def __init__(self, lines):
                            self._lines = list(lines)
                    
                        def __iter__(self) -> "Iterator[Text]":
                            return iter(self._lines)
                    
                    class Rows:
                        def __iter__(self):
                            return iter([])
                    
                    class Walk:
                        def __iter__(self) -> Generator[Text, None, None]:
                            yield from []
                    """, "use.py": """
                    from lib import Lines, Rows, Walk
                    
                    def wrap(texts, rows):
                        new_lines = Lines(texts)
                        for line in new_lines:
                            line.truncate(3, ↓overflow="fold")
                        walk = Walk()
                        for step in walk:
                            step.truncate(3, ↓overflow="fold")
                        for row in Rows():
                            row.truncate(3, overflow="fold")
                    """],
            suggestion: "overflow_mode"),
        Example(
            "a name rebound in one function: the binding that holds where the call is decides, not every binding of the function", .python,
            before: [
                "lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow=None):
                            pass
                    """,
                "use.py": """
                    from lib import Text

                    class Lines:
                        def __init__(self) -> None:
                            self._lines: list[Text] = []

                        def justify(self, mode, width):
                            if mode == "left":
                                for line in self._lines:
                                    line.truncate(width, overflow="fold")
                            else:
                                for index, line in enumerate(self._lines):
                                    print(index, line)

                    def render(rows):
                        for row, line in rows:
                            print(row)
                        line = Text()
                        line.truncate(3, overflow="crop")
                    """,
            ],
            after: [
                "lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow_mode=None):
                            pass
                    """,
                "use.py": """
                    from lib import Text

                    class Lines:
                        def __init__(self) -> None:
                            self._lines: list[Text] = []

                        def justify(self, mode, width):
                            if mode == "left":
                                for line in self._lines:
                                    line.truncate(width, ↓overflow="fold")
                            else:
                                for index, line in enumerate(self._lines):
                                    print(index, line)

                    def render(rows):
                        for row, line in rows:
                            print(row)
                        line = Text()
                        line.truncate(3, ↓overflow="crop")
                    """,
            ],
            suggestion: "overflow_mode"),
        Example(
            "dataclass field renamed, a @property with the old name is no alias, caller not migrated", .python,
            before: [
                "app/context.py": Example.dataclassBefore,
                "app/jobs.py": "from app.context import UserExecutionContext\nctx = UserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: [
                "app/context.py": Example.dataclassAfter,
                "app/jobs.py": "from app.context import UserExecutionContext\nctx = UserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
            ],
            suggestion: "websocket_client_id"),
        Example(
            "caller imports the class inside a function with a relative import", .python,
            before: [
                "app/__init__.py": "",
                "app/context.py": Example.dataclassBefore,
                "app/agents.py": "def run(u, w):\n    from .context import UserExecutionContext\n    return UserExecutionContext(\n        user_id=u,\n        websocket_connection_id=w,\n    )\n",
            ],
            after: [
                "app/context.py": Example.dataclassAfter,
                "app/agents.py": "def run(u, w):\n    from .context import UserExecutionContext\n    return UserExecutionContext(\n        user_id=u,\n        ↓websocket_connection_id=w,\n    )\n",
            ],
            suggestion: "websocket_client_id"),
        Example(
            "__init__ parameter renamed, caller reaches the class through import pkg.mod", .python,
            before: [
                "pkg/__init__.py": "",
                "pkg/mod.py": "class Client:\n    def __init__(self, host, timeout=5):\n        self.host = host\n",
                "main.py": "import pkg.mod\nc = pkg.mod.Client('h', timeout=3)\n",
            ],
            after: [
                "pkg/mod.py": "class Client:\n    def __init__(self, host, timeout_seconds=5):\n        self.host = host\n",
                "main.py": "import pkg.mod\nc = pkg.mod.Client('h', ↓timeout=3)\n",
            ],
            suggestion: "timeout_seconds"),
        Example(
            "function parameter renamed, caller uses a module alias", .python,
            before: [
                "util/__init__.py": "",
                "util/text.py": "def wrap(text, width=80):\n    return text\n",
                "cli.py": "from util import text as t\nt.wrap('x', width=10)\n",
            ],
            after: [
                "util/text.py": "def wrap(text, columns=80):\n    return text\n",
                "cli.py": "from util import text as t\nt.wrap('x', ↓width=10)\n",
            ],
            suggestion: "columns"),
        Example(
            "method parameter renamed, called through self", .python,
            before: ["shop.py": "class Cart:\n    def add(self, item, qty=1):\n        pass\n    def fill(self):\n        self.add('x', qty=2)\n"],
            after: ["shop.py": "class Cart:\n    def add(self, item, quantity=1):\n        pass\n    def fill(self):\n        self.add('x', ↓qty=2)\n"],
            suggestion: "quantity"),
        Example(
            "subclass inherits __init__; its caller breaks when the base renames", .python,
            before: [
                "base.py": "class Base:\n    def __init__(self, name):\n        self.name = name\n",
                "child.py": "from base import Base\nclass Child(Base):\n    pass\n",
                "use.py": "from child import Child\nChild(name='n')\n",
            ],
            after: [
                "base.py": "class Base:\n    def __init__(self, label):\n        self.name = label\n",
                "use.py": "from child import Child\nChild(↓name='n')\n",
            ],
            suggestion: "label"),
        Example(
            "dataclass inherits fields; renaming a base field breaks the subclass's callers", .python,
            before: [
                "models.py": "from dataclasses import dataclass\n@dataclass\nclass Base:\n    ident: int\n@dataclass\nclass User(Base):\n    email: str = ''\n",
                "use.py": "from models import User\nUser(ident=1, email='e')\n",
            ],
            after: [
                "models.py": "from dataclasses import dataclass\n@dataclass\nclass Base:\n    identifier: int\n@dataclass\nclass User(Base):\n    email: str = ''\n",
                "use.py": "from models import User\nUser(↓ident=1, email='e')\n",
            ],
            suggestion: "identifier"),
        Example(
            "several classes share a name; only the changed one's callers are flagged", .python,
            before: [
                "a/__init__.py": "", "b/__init__.py": "",
                "a/ctx.py": "class Ctx:\n    def __init__(self, conn_id=None):\n        pass\n",
                "b/ctx.py": "class Ctx:\n    def __init__(self, conn_id=None):\n        pass\n",
                "a/use.py": "from a.ctx import Ctx\nCtx(conn_id=1)\n",
                "b/use.py": "from b.ctx import Ctx\nCtx(conn_id=1)\n",
            ],
            after: [
                "a/ctx.py": "class Ctx:\n    def __init__(self, client_id=None):\n        pass\n",
                "a/use.py": "from a.ctx import Ctx\nCtx(↓conn_id=1)\n",
            ],
            suggestion: "client_id"),
        Example(
            "the class is re-exported through the package's __init__.py", .python,
            before: [
                "pkg/__init__.py": "from .ctx import Ctx\n",
                "pkg/ctx.py": "class Ctx:\n    def __init__(self, conn_id=None):\n        pass\n",
                "use.py": "from pkg import Ctx\nCtx(conn_id=1)\n",
            ],
            after: [
                "pkg/ctx.py": "class Ctx:\n    def __init__(self, client_id=None):\n        pass\n",
                "use.py": "from pkg import Ctx\nCtx(↓conn_id=1)\n",
            ],
            suggestion: "client_id"),
        Example(
            "cls(...) and cls.method(...) in a classmethod, and a class defined in the same file", .python,
            before: ["m.py": "class P:\n    def __init__(self, x):\n        pass\n    @classmethod\n    def make(cls):\n        return cls(x=1)\n    @classmethod\n    def again(cls, x):\n        return cls.again(x=x)\nP(x=2)\n"],
            after: ["m.py": "class P:\n    def __init__(self, y):\n        pass\n    @classmethod\n    def make(cls):\n        return cls(↓x=1)\n    @classmethod\n    def again(cls, y):\n        return cls.again(↓x=y)\nP(↓x=2)\n"],
            suggestion: "y"),
        Example(
            "a suppression for another kind does not silence this one", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', ↓timeout=1)  # paramguard: ignore[unknown-keyword]\n",
            ]),
        Example(
            "super().__init__ is checked against the base class's __init__", .python,
            before: [
                "base.py": "class Base:\n    def __init__(self, name=None):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def __init__(self):\n        super().__init__(name='c')\n",
            ],
            after: [
                "base.py": "class Base:\n    def __init__(self, label=None):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def __init__(self):\n        super().__init__(↓name='c')\n",
            ],
            suggestion: "label"),
        Example(
            "super().method and the Python 2 spelling super(C, self).method", .python,
            before: [
                "base.py": "class Base:\n    def save(self, force=False):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def save(self, force=False):\n        super().save(force=force)\n        super(Child, self).save(force=True)\n",
            ],
            after: [
                "base.py": "class Base:\n    def save(self, forced=False):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def save(self, force=False):\n        super().save(↓force=force)\n        super(Child, self).save(↓force=True)\n",
            ],
            suggestion: "forced"),
        Example(
            "attrs: a renamed attribute breaks callers, its private name loses the underscore", .python,
            before: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    _queue = attr.ib()\n    retries = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(queue='q', retries=1)\n",
            ],
            after: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    _queue = attr.ib()\n    attempts = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(queue='q', ↓retries=1)\n",
            ],
            suggestion: "attempts"),
        Example(
            "functools.partial binds keywords for the callable it wraps", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial as bind\nfrom api import fetch\nquick = functools.partial(fetch, timeout=1)\nslow = bind(fetch, timeout=9)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial as bind\nfrom api import fetch\nquick = functools.partial(fetch, ↓timeout=1)\nslow = bind(fetch, ↓timeout=9)\n",
            ],
            suggestion: "timeout_seconds"),
        Example(
            "three classes share a name in three modules; only the changed one's callers are flagged", .python,
            before: [
                "a/__init__.py": "", "b/__init__.py": "", "c/__init__.py": "",
                "a/ctx.py": "class Context:\n    def __init__(self, conn_id=None):\n        pass\n",
                "b/ctx.py": "class Context:\n    def __init__(self, conn_id=None):\n        pass\n",
                "c/ctx.py": "class Context:\n    def __init__(self, conn_id=None, extra=None):\n        pass\n",
                "a/use.py": "from a.ctx import Context\nContext(conn_id=1)\n",
                "b/use.py": "from b import ctx\nctx.Context(conn_id=1)\n",
                "c/use.py": "import c.ctx\nc.ctx.Context(conn_id=1)\n",
            ],
            after: [
                "b/ctx.py": "class Context:\n    def __init__(self, client_id=None):\n        pass\n",
                "b/use.py": "from b import ctx\nctx.Context(↓conn_id=1)\n",
            ],
            suggestion: "client_id"),
        Example(
            "local aliases: _Seg = Segment, and adjust = cls.adjust in a classmethod", .python,
            before: [
                "seg.py": "class Segment:\n    @classmethod\n    def adjust(cls, line, pad=True):\n        return line\n    @classmethod\n    def split(cls, lines):\n        adjust = cls.adjust\n        return [adjust(l, pad=False) for l in lines]\n",
                "use.py": "from seg import Segment\ndef render(lines):\n    _Seg = Segment\n    return _Seg.adjust(lines[0], pad=True)\n",
            ],
            after: [
                "seg.py": "class Segment:\n    @classmethod\n    def adjust(cls, line, padding=True):\n        return line\n    @classmethod\n    def split(cls, lines):\n        adjust = cls.adjust\n        return [adjust(l, ↓pad=False) for l in lines]\n",
                "use.py": "from seg import Segment\ndef render(lines):\n    _Seg = Segment\n    return _Seg.adjust(lines[0], ↓pad=True)\n",
            ],
            suggestion: "padding"),
        Example(
            "a method called on a parameter annotated with the class", .python,
            before: [
                "tok.py": "class Tokenizer:\n    def fail(self, message, *, span_end=None):\n        raise ValueError(message)\n",
                "parse.py": "from tok import Tokenizer\ndef parse(tokenizer: Tokenizer, other: 'Tokenizer'):\n    tokenizer.fail('x', span_end=1)\n    other.fail('y', span_end=2)\n",
            ],
            after: [
                "tok.py": "class Tokenizer:\n    def fail(self, message, *, end=None):\n        raise ValueError(message)\n",
                "parse.py": "from tok import Tokenizer\ndef parse(tokenizer: Tokenizer, other: 'Tokenizer'):\n    tokenizer.fail('x', ↓span_end=1)\n    other.fail('y', ↓span_end=2)\n",
            ],
            suggestion: "end"),
        Example(
            "variables assigned a constructor call, or a call whose return annotation names a class", .python,
            before: [
                "con.py": "class Options:\n    def update(self, width=None, justify=None) -> 'Options':\n        return self\nclass Console:\n    def pager(self, styles=False):\n        pass\n    def options(self) -> Options:\n        return Options()\n",
                "use.py": "from con import Console\nconsole = Console()\nconsole.pager(styles=True)\ndef render():\n    opts = console.options()\n    wide = opts.update(width=80)\n    wide.update(justify='left')\n",
            ],
            after: [
                "con.py": "class Options:\n    def update(self, width=None, align=None) -> 'Options':\n        return self\nclass Console:\n    def pager(self, use_styles=False):\n        pass\n    def options(self) -> Options:\n        return Options()\n",
                "use.py": "from con import Console\nconsole = Console()\nconsole.pager(↓styles=True)\ndef render():\n    opts = console.options()\n    wide = opts.update(width=80)\n    wide.update(↓justify='left')\n",
            ]),
        Example(
            "a class re-bound through its own decorators (X = decorate(X)) is still the class", .python,
            before: [
                "m.py": "def _add_repr(cls, attrs=None):\n    return cls\nclass Attribute:\n    def __init__(self, name, order=None):\n        pass\nAttribute = _add_repr(_add_repr(Attribute, attrs=[]))\n",
                "use.py": "from m import Attribute\nAttribute('a', order=1)\n",
            ],
            after: [
                "m.py": "def _add_repr(cls, attrs=None):\n    return cls\nclass Attribute:\n    def __init__(self, name, ordering=None):\n        pass\nAttribute = _add_repr(_add_repr(Attribute, attrs=[]))\n",
                "use.py": "from m import Attribute\nAttribute('a', ↓order=1)\n",
            ],
            suggestion: "ordering"),
        Example(
            "pydantic: a renamed model field, and a subclass's caller with a misspelt field", .python,
            before: [
                "models.py": "from pydantic import BaseModel, Field\nclass User(BaseModel):\n    email: str\n    name: str = Field('', alias='display_name')\nclass Admin(User):\n    level: int = 0\n",
                "use.py": "from models import User, Admin\nUser(email='e', display_name='d')\n",
            ],
            after: [
                "models.py": "from pydantic import BaseModel, Field\nclass User(BaseModel):\n    email_address: str\n    name: str = Field('', alias='display_name')\nclass Admin(User):\n    level: int = 0\n",
                "use.py": "from models import User, Admin\nUser(↓email='e', display_name='d')\nAdmin(email_address='e', ↓levle=1)\n",
            ],
            alsoReports: [.unknownKeyword]),
        Example(
            "an attribute set from a constructor in __init__, or annotated in the class body", .python,
            before: [
                "spin.py": "class Spinner:\n    def update(self, text=''):\n        pass\n",
                "status.py": "from spin import Spinner\nclass Status:\n    backup: Spinner\n    def __init__(self):\n        self._spinner = Spinner()\n    def show(self):\n        self._spinner.update(text='x')\n        self.backup.update(text='y')\n",
            ],
            after: [
                "spin.py": "class Spinner:\n    def update(self, message=''):\n        pass\n",
                "status.py": "from spin import Spinner\nclass Status:\n    backup: Spinner\n    def __init__(self):\n        self._spinner = Spinner()\n    def show(self):\n        self._spinner.update(↓text='x')\n        self.backup.update(↓text='y')\n",
            ],
            suggestion: "message"),
        Example(
            "a property's return annotation types the attribute, also on another typed object", .python,
            before: [
                "con.py": "class Options:\n    def update(self, justify=None):\n        return self\nclass Console:\n    @property\n    def options(self) -> Options:\n        return Options()\n    def render(self):\n        self.options.update(justify='l')\n",
                "use.py": "from con import Console\ndef show(console: Console):\n    console.options.update(justify='r')\n",
            ],
            after: [
                "con.py": "class Options:\n    def update(self, align=None):\n        return self\nclass Console:\n    @property\n    def options(self) -> Options:\n        return Options()\n    def render(self):\n        self.options.update(↓justify='l')\n",
                "use.py": "from con import Console\ndef show(console: Console):\n    console.options.update(↓justify='r')\n",
            ],
            suggestion: "align"),
        Example(
            "a method a subclass inherits, called on an instance, on a call's result, in a fluent chain and through self", .python,
            before: [
                "shop/cart.py": "class Cart:\n    def add(self, item, qty=1):\n        return self\n    def copy(self) -> 'Cart':\n        return self\nclass GiftCart(Cart):\n    pass\ndef open_cart() -> GiftCart:\n    return GiftCart()\n",
                "shop/use.py": "from shop.cart import GiftCart, open_cart\ncart = GiftCart()\ncart.add('a', qty=2)\nGiftCart().add('b', qty=1)\nopen_cart().add('c', qty=3)\nGiftCart().copy().add('d', qty=4)\nclass WrappedCart(GiftCart):\n    def fill(self):\n        self.add('e', qty=5)\n",
            ],
            after: [
                "shop/cart.py": "class Cart:\n    def add(self, item, quantity=1):\n        return self\n    def copy(self) -> 'Cart':\n        return self\nclass GiftCart(Cart):\n    pass\ndef open_cart() -> GiftCart:\n    return GiftCart()\n",
                "shop/use.py": "from shop.cart import GiftCart, open_cart\ncart = GiftCart()\ncart.add('a', ↓qty=2)\nGiftCart().add('b', ↓qty=1)\nopen_cart().add('c', ↓qty=3)\nGiftCart().copy().add('d', ↓qty=4)\nclass WrappedCart(GiftCart):\n    def fill(self):\n        self.add('e', ↓qty=5)\n",
            ],
            suggestion: "quantity"),
        Example(
            "a mixin's method, when exactly one base chain declares it", .python,
            before: [
                "jobs.py": "class Retry:\n    def retry(self, times=3):\n        pass\nclass Base:\n    pass\nclass Job(Base, Retry):\n    pass\n",
                "use.py": "from jobs import Job\nJob().retry(times=2)\n",
            ],
            after: [
                "jobs.py": "class Retry:\n    def retry(self, attempts=3):\n        pass\nclass Base:\n    pass\nclass Job(Base, Retry):\n    pass\n",
                "use.py": "from jobs import Job\nJob().retry(↓times=2)\n",
            ],
            suggestion: "attempts"),
        Example(
            "with C() as x and async with: x is what __enter__ / __aenter__ is annotated to return", .python,
            before: [
                "db.py": "class Session:\n    def query(self, sql, timeout=None):\n        pass\nclass Connection:\n    def __enter__(self) -> 'Session':\n        return Session()\n    def __exit__(self, *exc):\n        pass\nclass Pool:\n    async def __aenter__(self) -> Session:\n        return Session()\n",
                "use.py": "from db import Connection, Pool\nwith Connection() as s:\n    s.query('a', timeout=1)\nasync def f():\n    async with Pool() as p, Connection() as c:\n        p.query('b', timeout=2)\n        c.query('c', timeout=3)\n",
            ],
            after: [
                "db.py": "class Session:\n    def query(self, sql, deadline=None):\n        pass\nclass Connection:\n    def __enter__(self) -> 'Session':\n        return Session()\n    def __exit__(self, *exc):\n        pass\nclass Pool:\n    async def __aenter__(self) -> Session:\n        return Session()\n",
                "use.py": "from db import Connection, Pool\nwith Connection() as s:\n    s.query('a', ↓timeout=1)\nasync def f():\n    async with Pool() as p, Connection() as c:\n        p.query('b', ↓timeout=2)\n        c.query('c', ↓timeout=3)\n",
            ],
            suggestion: "deadline"),
        Example(
            "a call after a pytest.raises block, or inside pytest.raises(ValueError), is checked as any other", .python,
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\ndef test_old():\n    with pytest.raises(TypeError):\n        fetch('u', timeout=1)\n    fetch('u', ↓timeout=2)\n    with pytest.raises(ValueError):\n        fetch('u', ↓timeout=3)\n",
            ],
            suggestion: "deadline"),
        Example(
            "a class and a function defined inside a function, called there and in a function nested in it", .python,
            before: ["u.py": "def outer():\n    class Local:\n        def __init__(self, c): pass\n    def make(size=1): pass\n    def run():\n        Local(c=3)\n        make(size=2)\n"],
            after: ["u.py": "def outer():\n    class Local:\n        def __init__(self, d): pass\n    def make(length=1): pass\n    def run():\n        Local(↓c=3)\n        make(↓size=2)\n"]),
        Example(
            "a parameter annotated type[C] or Type[C] constructs C when called", .python,
            before: [
                "models.py": "class Model:\n    def __init__(self, name=None):\n        pass\n",
                "use.py": "from typing import Type\nfrom models import Model\ndef build(kind: type[Model]):\n    return kind(name='a')\ndef build_old(kind: Type[Model]):\n    return kind(name='b')\n",
            ],
            after: [
                "models.py": "class Model:\n    def __init__(self, title=None):\n        pass\n",
                "use.py": "from typing import Type\nfrom models import Model\ndef build(kind: type[Model]):\n    return kind(↓name='a')\ndef build_old(kind: Type[Model]):\n    return kind(↓name='b')\n",
            ],
            suggestion: "title"),
        Example(
            "pkg.sub.Name(...) when the package's __init__.py binds sub with from . import sub", .python,
            before: [
                "pkg/__init__.py": "from . import sub\n",
                "pkg/sub/__init__.py": "from .mod import Name\n",
                "pkg/sub/mod.py": "class Name:\n    def __init__(self, a=1): pass\n",
                "use.py": "import pkg\nfrom pkg import sub\npkg.sub.Name(a=1)\nsub.Name(a=2)\n",
            ],
            after: [
                "pkg/sub/mod.py": "class Name:\n    def __init__(self, b=1): pass\n",
                "use.py": "import pkg\nfrom pkg import sub\npkg.sub.Name(↓a=1)\nsub.Name(↓a=2)\n",
            ],
            suggestion: "b"),
        Example(
            "keywords passed through a literal dict: f(**{'k': v}) with string-literal keys", .python,
            before: [
                "api.py": "def fetch(url, timeout=None, retries=0):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', **{'timeout': 1, \"retries\": 2})\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None, retries=0):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', **{'↓timeout': 1, \"retries\": 2})\n",
            ],
            suggestion: "deadline"),
        Example(
            "an element of a container annotated list[T] / Sequence[T] / tuple[T, ...], iterated by a for loop", .python,
            before: [
                "bus.py": "from typing import List, Sequence\nclass Handler:\n    def handle(self, event, retry=False):\n        pass\nclass Bus:\n    handlers: list[Handler]\n    def __init__(self):\n        self.backups: tuple[Handler, ...] = ()\n        self.late: List['Handler'] = []\n    def publish(self, event):\n        for h in self.handlers:\n            h.handle(event, retry=True)\n        for b in self.backups:\n            b.handle(event, retry=True)\n        for x in self.late:\n            x.handle(event, retry=True)\ndef broadcast(items: Sequence[Handler]):\n    for item in items:\n        item.handle(1, retry=False)\n",
            ],
            after: [
                "bus.py": "from typing import List, Sequence\nclass Handler:\n    def handle(self, event, retries=False):\n        pass\nclass Bus:\n    handlers: list[Handler]\n    def __init__(self):\n        self.backups: tuple[Handler, ...] = ()\n        self.late: List['Handler'] = []\n    def publish(self, event):\n        for h in self.handlers:\n            h.handle(event, ↓retry=True)\n        for b in self.backups:\n            b.handle(event, ↓retry=True)\n        for x in self.late:\n            x.handle(event, ↓retry=True)\ndef broadcast(items: Sequence[Handler]):\n    for item in items:\n        item.handle(1, ↓retry=False)\n",
            ],
            suggestion: "retries"),
        Example(
            "a method whose every return is return self: a fluent chain, and with C() as x through __enter__", .python,
            before: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        return self\n    def limit(self, count=10):\n        return self\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a', value=1).limit(count=5)\nwith Query() as q:\n    q.limit(count=2)\n",
            ],
            after: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        return self\n    def limit(self, size=10):\n        return self\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a', value=1).limit(↓count=5)\nwith Query() as q:\n    q.limit(↓count=2)\n",
            ],
            suggestion: "size"),
        Example(
            "a decorator of the tree that returns a functools.wraps wrapper passing *args, **kwargs on keeps the signature; so does pydantic's validate_call", .python,
            before: [
                "deco.py": "import functools\ndef traced(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return wrapper\ndef timed(fn):\n    @functools.wraps(fn)\n    async def inner(*a, **kw):\n        return await fn(*a, **kw)\n    return inner\n",
                "api.py": "from deco import traced, timed\nfrom pydantic import validate_call\n@traced\ndef fetch(url, timeout=None):\n    pass\n@timed\nasync def poll(url, every=1):\n    pass\n@validate_call\ndef load(path, strict=False):\n    pass\n",
                "use.py": "from api import fetch, poll, load\nfetch('u', timeout=1)\npoll('u', every=2)\nload('p', strict=True)\n",
            ],
            after: [
                "api.py": "from deco import traced, timed\nfrom pydantic import validate_call\n@traced\ndef fetch(url, deadline=None):\n    pass\n@timed\nasync def poll(url, period=1):\n    pass\n@validate_call\ndef load(path, exact=False):\n    pass\n",
                "use.py": "from api import fetch, poll, load\nfetch('u', ↓timeout=1)\npoll('u', ↓every=2)\nload('p', ↓strict=True)\n",
            ]),
        Example(
            "__init__ and methods inherited through a subscripted generic base, class Repo(Base[User])", .python,
            before: [
                "repo.py": "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Base(Generic[T]):\n    def __init__(self, session=None):\n        pass\n    def get(self, key, default=None):\n        pass\nclass User:\n    pass\nclass Repo(Base[User]):\n    pass\n",
                "use.py": "from repo import Repo\nr = Repo(session=1)\nr.get(1, default=2)\n",
            ],
            after: [
                "repo.py": "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Base(Generic[T]):\n    def __init__(self, db=None):\n        pass\n    def get(self, key, fallback=None):\n        pass\nclass User:\n    pass\nclass Repo(Base[User]):\n    pass\n",
                "use.py": "from repo import Repo\nr = Repo(↓session=1)\nr.get(1, ↓default=2)\n",
            ]),
        Example(
            "dataclasses.replace(obj, k=...) and a NamedTuple's obj._replace(k=...) take the class's fields", .python,
            before: [
                "app/context.py": Example.dataclassBefore + "\nfrom typing import NamedTuple\nclass Span(NamedTuple):\n    start: int\n    end: int = 0\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import UserExecutionContext, Span\nctx = UserExecutionContext(user_id='u')\nnew = dataclasses.replace(ctx, websocket_connection_id='w')\nspan = Span(1)\nlonger = span._replace(end=5)\n",
            ],
            after: [
                "app/context.py": Example.dataclassAfter + "\nfrom typing import NamedTuple\nclass Span(NamedTuple):\n    start: int\n    stop: int = 0\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import UserExecutionContext, Span\nctx = UserExecutionContext(user_id='u')\nnew = dataclasses.replace(ctx, ↓websocket_connection_id='w')\nspan = Span(1)\nlonger = span._replace(↓end=5)\n",
            ]),
        Example(
            "p = functools.partial(f, ...) then p(k=...): the keywords are f's", .python,
            before: [
                "api.py": "def fetch(url, timeout=None, retries=0):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial\nfrom api import fetch\nget = functools.partial(fetch, retries=3)\nget('u', timeout=1)\nslow = partial(fetch, 'u')\nslow(timeout=9)\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None, retries=0):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial\nfrom api import fetch\nget = functools.partial(fetch, retries=3)\nget('u', ↓timeout=1)\nslow = partial(fetch, 'u')\nslow(↓timeout=9)\n",
            ],
            suggestion: "deadline"),
        Example(
            "Swift: protocol-extension overloads told apart by the associated type the receiver's type binds", .swift,
            before: ["Sources/Notes/Store.swift": Example.store, "Sources/App/main.swift": "import Notes\nlet found = Notebook().find(title: \"a\")\n"],
            after: [
                "Sources/Notes/Store.swift": Example.store.replacingOccurrences(of: "func find(title: String) -> Bool", with: "func find(named title: String) -> Bool"),
                "Sources/App/main.swift": "import Notes\nlet found = Notebook().find(↓title: \"a\")\n",
            ],
            suggestion: "named"),
        Example(
            "Swift: overloads told apart by a generic argument a typealias writes, also on a constrained extension's factory", .swift,
            before: ["Sources/Tables/Table.swift": Example.table, "Sources/App/main.swift": "import Tables\nlet a = NamedTable<Int>().lookup(name: \"a\")\nlet b = NamedTable<Int>.empty().lookup(name: \"b\")\n"],
            after: [
                "Sources/Tables/Table.swift": Example.table.replacingOccurrences(of: "func lookup(name: String)", with: "func lookup(key name: String)"),
                "Sources/App/main.swift": "import Tables\nlet a = NamedTable<Int>().lookup(↓name: \"a\")\nlet b = NamedTable<Int>.empty().lookup(↓name: \"b\")\n",
            ],
            suggestion: "key"),
        Example(
            "Swift: init label renamed, caller in another module that imports it", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n"],
            after: ["Sources/Geometry/Point.swift": Example.pointRenamed, "Sources/App/main.swift": "import Geometry\nlet p = Point(↓x: 1, y: 2)\n"],
            suggestion: "horizontal"),
        Example(
            "Swift: T.init(...) and a method called on its result, chained", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/Geometry/Use.swift": "func f(p: Point) -> Point {\n    Point.init(x: 0, y: 0).moved(by: 1)\n}\n"],
            after: ["Sources/Geometry/Point.swift": Example.pointRenamed, "Sources/Geometry/Use.swift": "func f(p: Point) -> Point {\n    Point.init(↓x: 0, y: 0).moved(↓by: 1)\n}\n"]),
        Example(
            "Swift: self.init in an extension and super.init in a subclass", .swift,
            before: [
                "Sources/Core/Base.swift": "class Base {\n    init(name: String) {}\n}\nextension Base {\n    convenience init() { self.init(name: \"\") }\n}\nclass Sub: Base {\n    init() { super.init(name: \"sub\") }\n}\n",
            ],
            after: [
                "Sources/Core/Base.swift": "class Base {\n    init(title: String) {}\n}\nextension Base {\n    convenience init() { self.init(↓name: \"\") }\n}\nclass Sub: Base {\n    init() { super.init(↓name: \"sub\") }\n}\n",
            ],
            suggestion: "title"),
        Example(
            "Swift: free function label renamed; a new call in the same commit still uses the old one", .swift,
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(↓message: \"a\") }\nfunc b() { log(↓message: \"b\") }\n",
            ],
            suggestion: "text"),
        Example(
            "Swift: method called through implicit self inside its type", .swift,
            before: ["Sources/Core/Counter.swift": "struct Counter {\n    func add(amount: Int) {}\n    func twice() { add(amount: 1); add(amount: 1) }\n}\n"],
            after: ["Sources/Core/Counter.swift": "struct Counter {\n    func add(by amount: Int) {}\n    func twice() { add(↓amount: 1); add(↓amount: 1) }\n}\n"],
            suggestion: "by"),
        Example(
            "Swift: compound-name reference and #selector", .swift,
            before: ["Sources/Core/Target.swift": "class Target {\n    func tap(sender: Int) {}\n    func wire() {\n        let f = tap(sender:)\n        _ = #selector(Target.tap(sender:))\n    }\n}\n"],
            after: ["Sources/Core/Target.swift": "class Target {\n    func tap(from sender: Int) {}\n    func wire() {\n        let f = tap(↓sender:)\n        _ = #selector(Target.tap(↓sender:))\n    }\n}\n"],
            suggestion: "from"),
        Example(
            "Swift: memberwise initializer follows a renamed stored property", .swift,
            before: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    var height: Int = 0\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2)\n"],
            after: ["Sources/Core/Size.swift": "struct Size {\n    var w: Int\n    var height: Int = 0\n}\n", "Sources/Core/Use.swift": "let s = Size(↓width: 2)\n"],
            suggestion: "w"),
        Example(
            "Swift: an unlabeled parameter given a label", .swift,
            before: ["Sources/Core/F.swift": "func scale(_ factor: Double) {}\n", "Sources/Core/G.swift": "func use() { scale(2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(by factor: Double) {}\n", "Sources/Core/G.swift": "func use() { ↓scale(2) }\n"],
            suggestion: "by"),
        Example(
            "Swift: trailing closure after a renamed label", .swift,
            before: ["Sources/Core/F.swift": "func repeatTimes(count: Int, body: () -> Void) {}\n", "Sources/Core/G.swift": "func use() { repeatTimes(count: 2) { } }\n"],
            after: ["Sources/Core/F.swift": "func repeatTimes(times: Int, body: () -> Void) {}\n", "Sources/Core/G.swift": "func use() { repeatTimes(↓count: 2) { } }\n"],
            suggestion: "times"),
        Example(
            "Swift: variadic parameter's label renamed", .swift,
            before: ["Sources/Core/F.swift": "func sum(values: Int...) -> Int { 0 }\n", "Sources/Core/G.swift": "let total = sum(values: 1, 2, 3)\n"],
            after: ["Sources/Core/F.swift": "func sum(of values: Int...) -> Int { 0 }\n", "Sources/Core/G.swift": "let total = sum(↓values: 1, 2, 3)\n"],
            suggestion: "of"),
        Example(
            "Swift: a nested type constructed through its outer type's name", .swift,
            before: ["Sources/Core/Definition.swift": "struct Definition {\n    struct Help {\n        init(values: [String]) {}\n    }\n}\nlet h = Definition.Help(values: [])\n"],
            after: ["Sources/Core/Definition.swift": "struct Definition {\n    struct Help {\n        init(allValues: [String]) {}\n    }\n}\nlet h = Definition.Help(↓values: [])\n"],
            suggestion: "allValues"),
        Example(
            "Swift: `.init(...)` passed to a parameter whose type names what it constructs", .swift,
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(\n    kind: 1,\n    help: .init(values: [])\n)\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(allValues: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(\n    kind: 1,\n    help: .init(↓values: [])\n)\n",
            ],
            suggestion: "allValues"),
        Example(
            "Swift: `.init(label:)` in a file that never names the type, while another overload keeps the label", .swift,
            before: [
                "Sources/Log/Logger.swift": "public struct Logger {\n    public init(label: String) {}\n    public init(label: String, level: Int) {}\n}\n",
                "Sources/Log/Service.swift": "struct Service {\n    init(logger: Logger) {}\n}\n",
                "Sources/Log/Use.swift": "let s = Service(logger: .init(label: \"x\"))\nlet t = Service(logger: .init(label: \"y\", level: 1))\n",
            ],
            after: [
                "Sources/Log/Logger.swift": "public struct Logger {\n    public init(name label: String) {}\n    public init(label: String, level: Int) {}\n}\n",
                "Sources/Log/Service.swift": "struct Service {\n    init(logger: Logger) {}\n}\n",
                "Sources/Log/Use.swift": "let s = Service(logger: .init(↓label: \"x\"))\nlet t = Service(logger: .init(label: \"y\", level: 1))\n",
            ],
            suggestion: "name"),
        Example(
            "Swift: property wrapper overloads told apart by the wrapped property's type", .swift,
            before: [
                "Sources/Options/Flag.swift": "@propertyWrapper\npublic struct Flag<Value> {\n    public var wrappedValue: Value\n}\nextension Flag where Value == Bool {\n    public init(wrappedValue: Bool, help: String) { self.wrappedValue = wrappedValue }\n}\nextension Flag where Value == Int {\n    public init(wrappedValue: Int, help: String) { self.wrappedValue = wrappedValue }\n}\n",
                "Sources/Tool/Options.swift": "import Options\nstruct Tool {\n    @Flag(help: \"v\") var verbose = false\n    @Flag(help: \"c\") var count: Int = 0\n}\n",
            ],
            after: [
                "Sources/Options/Flag.swift": "@propertyWrapper\npublic struct Flag<Value> {\n    public var wrappedValue: Value\n}\nextension Flag where Value == Bool {\n    public init(wrappedValue: Bool, summary: String) { self.wrappedValue = wrappedValue }\n}\nextension Flag where Value == Int {\n    public init(wrappedValue: Int, help: String) { self.wrappedValue = wrappedValue }\n}\n",
                "Sources/Tool/Options.swift": "import Options\nstruct Tool {\n    @Flag(↓help: \"v\") var verbose = false\n    @Flag(help: \"c\") var count: Int = 0\n}\n",
            ],
            suggestion: "summary"),
        Example(
            "Swift: a method called on a local, a parameter, a closure parameter and an optional, typed where they are declared", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/Geometry/Use.swift": "func f(q: Point, r: Point?) {\n    let p = Point(x: 0, y: 0)\n    _ = p.moved(by: 1)\n    _ = q.moved(by: 2)\n    _ = r?.moved(by: 3)\n    let g = { (s: Point) in s.moved(by: 4) }\n    let t: Point = p\n    _ = t.moved(by: 5)\n}\n"],
            after: ["Sources/Geometry/Point.swift": Example.pointRenamed, "Sources/Geometry/Use.swift": "func f(q: Point, r: Point?) {\n    let p = Point(horizontal: 0, y: 0)\n    _ = p.moved(↓by: 1)\n    _ = q.moved(↓by: 2)\n    _ = r?.moved(↓by: 3)\n    let g = { (s: Point) in s.moved(↓by: 4) }\n    let t: Point = p\n    _ = t.moved(↓by: 5)\n}\n"],
            suggestion: "distance"),
        Example(
            "Swift: a method called on a stored property, with and without self, and on a static factory's result", .swift,
            before: [
                "Sources/Geometry/Point.swift": Example.point + "\nextension Point {\n    static func zero() -> Point { Point(x: 0, y: 0) }\n}\n",
                "Sources/Geometry/Canvas.swift": "final class Canvas {\n    var origin: Point\n    let corner = Point(x: 1, y: 1)\n    init() { origin = .zero() }\n    func shift() {\n        _ = origin.moved(by: 1)\n        _ = self.corner.moved(by: 2)\n        let z = Point.zero()\n        _ = z.moved(by: 3)\n    }\n}\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed + "\nextension Point {\n    static func zero() -> Point { Point(horizontal: 0, y: 0) }\n}\n",
                "Sources/Geometry/Canvas.swift": "final class Canvas {\n    var origin: Point\n    let corner = Point(horizontal: 1, y: 1)\n    init() { origin = .zero() }\n    func shift() {\n        _ = origin.moved(↓by: 1)\n        _ = self.corner.moved(↓by: 2)\n        let z = Point.zero()\n        _ = z.moved(↓by: 3)\n    }\n}\n",
            ],
            suggestion: "distance"),
        Example(
            "Swift: a typealias is followed to the type it names", .swift,
            before: ["Sources/Core/Handler.swift": "struct RequestHandler {\n    init(name: String) {}\n}\ntypealias Handler = RequestHandler\n", "Sources/Core/Use.swift": "let h = Handler(name: \"a\")\n"],
            after: ["Sources/Core/Handler.swift": "struct RequestHandler {\n    init(title: String) {}\n}\ntypealias Handler = RequestHandler\n", "Sources/Core/Use.swift": "let h = Handler(↓name: \"a\")\n"],
            suggestion: "title"),
        Example(
            "Swift: an enum case with associated values is a constructor beside a static function of the same name", .swift,
            before: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(size: 1, flexible: true)\nlet b = Layout.space(size: 2)\n"],
            after: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(width: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(width: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(↓size: 1, flexible: true)\nlet b = Layout.space(size: 2)\n"],
            suggestion: "width"),
        Example(
            "Swift: a target's module comes from Package.swift, whose path: holds several folders", .swift,
            before: [
                "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Kit\", targets: [.target(name: \"Kit\", path: \"Sources\")])\n",
                "Sources/General/Options.swift": "struct Options {\n    init(scale: Int) {}\n}\n",
                "Sources/Image/Loader.swift": "func load() { _ = Options(scale: 2) }\n",
            ],
            after: [
                "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Kit\", targets: [.target(name: \"Kit\", path: \"Sources\")])\n",
                "Sources/General/Options.swift": "struct Options {\n    init(factor: Int) {}\n}\n",
                "Sources/Image/Loader.swift": "func load() { _ = Options(↓scale: 2) }\n",
            ],
            suggestion: "factor"),
        Example(
            "Swift: a method called on an element of a typed collection and on a property of a typed value", .swift,
            before: [
                "Sources/Geometry/Point.swift": Example.point,
                "Sources/Geometry/Shape.swift": "struct Segment {\n    var start: Point\n}\nstruct Shape {\n    var corners: [Point]\n    var byName: [String: Point] = [:]\n    func moveAll(segment: Segment) {\n        for corner in corners { _ = corner.moved(by: 1) }\n        _ = corners[0].moved(by: 2)\n        _ = byName[\"a\"]?.moved(by: 3)\n        _ = segment.start.moved(by: 4)\n    }\n}\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed,
                "Sources/Geometry/Shape.swift": "struct Segment {\n    var start: Point\n}\nstruct Shape {\n    var corners: [Point]\n    var byName: [String: Point] = [:]\n    func moveAll(segment: Segment) {\n        for corner in corners { _ = corner.moved(↓by: 1) }\n        _ = corners[0].moved(↓by: 2)\n        _ = byName[\"a\"]?.moved(↓by: 3)\n        _ = segment.start.moved(↓by: 4)\n    }\n}\n",
            ],
            suggestion: "distance"),
        Example(
            "Swift: a test helper called from an XCTestCase subclass, whose inherited methods are known", .swift,
            before: ["Sources/Helpers/Assert.swift": "public func assertHelp(columns: Int) {}\n", "Tests/AppTests/HelpTests.swift": "import XCTest\nimport Helpers\nfinal class HelpTests: XCTestCase {\n    func testHelp() { assertHelp(columns: 80) }\n}\n"],
            after: ["Sources/Helpers/Assert.swift": "public func assertHelp(width: Int) {}\n", "Tests/AppTests/HelpTests.swift": "import XCTest\nimport Helpers\nfinal class HelpTests: XCTestCase {\n    func testHelp() { assertHelp(↓columns: 80) }\n}\n"],
            suggestion: "width"),
        Example(
            "Swift: a method from the extension of a protocol of the tree that refines standard protocols", .swift,
            before: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n", "Tests/GraphTests/EdgeTests.swift": "import XCTest\n@testable import Graphs\nfinal class EdgeTests: XCTestCase {\n    func testEdge() {\n        let g = UnweightedGraph<String>(vertices: [\"a\"])\n        XCTAssertFalse(g.edgeExists(from: 0, to: 1))\n    }\n}\n"],
            after: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(source: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n", "Tests/GraphTests/EdgeTests.swift": "import XCTest\n@testable import Graphs\nfinal class EdgeTests: XCTestCase {\n    func testEdge() {\n        let g = UnweightedGraph<String>(vertices: [\"a\"])\n        XCTAssertFalse(g.edgeExists(↓from: 0, to: 1))\n    }\n}\n"],
            suggestion: "source"),
        Example(
            "Swift: a type conforming through a typealias of a protocol composition, and a call through a metatype", .swift,
            before: ["Sources/Core/Fragment.swift": "protocol Readable {\n    static func read(using r: Int) -> Self\n}\nprotocol Printable {}\ntypealias Fragment = Readable & Printable\nstruct List: Fragment {\n    static func read(using r: Int) -> List { List() }\n    static func make() -> List { read(using: 1) }\n}\nfunc load(type: Readable.Type) { _ = type.read(using: 2) }\n"],
            after: ["Sources/Core/Fragment.swift": "protocol Readable {\n    static func read(from r: Int) -> Self\n}\nprotocol Printable {}\ntypealias Fragment = Readable & Printable\nstruct List: Fragment {\n    static func read(from r: Int) -> List { List() }\n    static func make() -> List { read(↓using: 1) }\n}\nfunc load(type: Readable.Type) { _ = type.read(↓using: 2) }\n"],
            suggestion: "from"),
        Example(
            "Swift: the element parameter of a closure passed to forEach, map, reduce or filter on a typed collection", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/Geometry/Shape.swift": "struct Shape {\n    var corners: [Point]\n    func moveAll() {\n        corners.forEach { _ = $0.moved(by: 1) }\n        _ = corners.map { c in c.moved(by: 2) }\n        _ = corners.reduce(0) { total, c in\n            _ = c.moved(by: 3)\n            return total\n        }\n        _ = corners.filter { (p: Point) in p.moved(by: 4).x > 0 }\n    }\n}\n"],
            after: ["Sources/Geometry/Point.swift": Example.pointRenamed, "Sources/Geometry/Shape.swift": "struct Shape {\n    var corners: [Point]\n    func moveAll() {\n        corners.forEach { _ = $0.moved(↓by: 1) }\n        _ = corners.map { c in c.moved(↓by: 2) }\n        _ = corners.reduce(0) { total, c in\n            _ = c.moved(↓by: 3)\n            return total\n        }\n        _ = corners.filter { (p: Point) in p.moved(↓by: 4).x > 0 }\n    }\n}\n"],
            suggestion: "distance"),
        Example(
            "Swift: a method of the tree's extension of a standard collection protocol, called on a typed array", .swift,
            before: ["Sources/Core/Help.swift": "protocol Command {}\nextension BidirectionalCollection where Element == Command.Type {\n    func helpNames(visibility: Int) -> [String] { [] }\n}\nfunc usage(stack: [Command.Type]) -> [String] {\n    stack.helpNames(visibility: 1)\n}\n"],
            after: ["Sources/Core/Help.swift": "protocol Command {}\nextension BidirectionalCollection where Element == Command.Type {\n    func helpNames(level: Int) -> [String] { [] }\n}\nfunc usage(stack: [Command.Type]) -> [String] {\n    stack.helpNames(↓visibility: 1)\n}\n"],
            suggestion: "level"),
        Example(
            "Swift: a local function hides the enclosing type's method of the same name", .swift,
            before: ["Sources/Core/Toolchain.swift": "struct Toolchain {\n    func isSuperset(of other: Toolchain) -> Bool {\n        func isSuperset(for tool: Int) -> Bool { true }\n        return isSuperset(for: 1) && isSuperset(for: 2)\n    }\n}\n"],
            after: ["Sources/Core/Toolchain.swift": "struct Toolchain {\n    func isSuperset(of other: Toolchain) -> Bool {\n        func isSuperset(forTool tool: Int) -> Bool { true }\n        return isSuperset(↓for: 1) && isSuperset(↓for: 2)\n    }\n}\n"],
            suggestion: "forTool"),
    ]

    /// Changes `renamed-parameter` must not report.
    static let renamedParameterCounterexamples: [Example] = [
        Example(
            "the incident, declared intended: a migration record the change adds accepts the calls left on the old keyword", .python,
            before: ["context.py": Example.dataclassBefore, "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n"],
            after: ["context.py": Example.dataclassAfter, ".paramguard.toml": Example.incidentRecord]),
        Example(
            "Swift: a migration record the change adds accepts the calls left on the old label", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/Geometry/Use.swift": "func use() { _ = Point(x: 1, y: 2) }\n"],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed,
                ".paramguard.toml": "[[migration]]\ncallable = \"Geometry.Point.init\"\nrenamed = { x = \"horizontal\" }\nreason = \"the demo target goes next\"\n",
            ]),
        Example(
            "inside the class, a keyword __x= is mangled the same way as the parameter, and accepted", .python,
            before: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n"],
            after: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n\n    def refill(self):\n        self.put(__item=2)\n        helper = lambda: self.put(__item=3)\n"]),
        Example(
            "a comprehension's own variable is not the function's name of the same spelling", .python,
            before: ["a.py": "class A:\n    def m(self, k=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(k=2) for x in items], {x.m(k=3) for x in items}, sum(x.m(k=4) for x in items)\n"],
            after: ["a.py": "class A:\n    def m(self, kk=1):\n        pass\n"]),
        Example(
            "isinstance narrows only the branch it heads: a binding in an elif is not narrowed", .python,
            before: ["text.py": "class Text:\n    def truncate(self, width, *, overflow=None):\n        pass\n", "rule.py": "from text import Text\n\ndef render(title, width):\n    if isinstance(title, Text):\n        shown = title\n    elif width:\n        shown = title\n    else:\n        shown = Text()\n    shown.truncate(width, overflow='fold')\n"],
            after: ["text.py": "class Text:\n    def truncate(self, width, *, overflow_mode=None):\n        pass\n", "rule.py": "from text import Text\n\ndef render(title, width):\n    if isinstance(title, Text):\n        shown = title\n    elif width:\n        shown = title\n    else:\n        shown = Text()\n    shown.truncate(width, overflow='fold')\n"]),
        Example(
            "globals() bound to something other than a local import binds nothing paramguard follows", .python,
            before: ["app/models.py": "class Client:\n    def __init__(self, timeout=5):\n        pass\n"],
            after: [
                "app/models.py": "class Client:\n    def __init__(self, timeout_seconds=5):\n        pass\n",
                "tests/conftest.py": "from elsewhere import Client\n\ndef setup_module():\n    Local = make()\n    globals()['Client'] = Local\n\ndef test_client():\n    Client(timeout=1)\n",
            ]),
        Example(
            "a binding that may not hold where the call is (a branch, a later one a loop brings back) leaves the name open", .python,
            before: [
                "lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow=None):
                            pass
                    """,
                "use.py": """
                    from lib import Text
                    from elsewhere import make_other

                    def branch(flag):
                        line = Text()
                        if flag:
                            line = make_other()
                        line.truncate(3, overflow="crop")

                    def loop(items):
                        line = Text()
                        for item in items:
                            line.truncate(3, overflow="crop")
                            line = item

                    def inline(flag):
                        line = Text()
                        if flag: line = make_other()
                        line.truncate(3, overflow="crop")
                    """,
            ],
            after: [
                "lib.py": """
                    class Text:
                        def truncate(self, width, *, overflow_mode=None):
                            pass
                    """,
                "use.py": """
                    from lib import Text
                    from elsewhere import make_other

                    def branch(flag):
                        line = Text()
                        if flag:
                            line = make_other()
                        line.truncate(3, overflow="crop")

                    def loop(items):
                        line = Text()
                        for item in items:
                            line.truncate(3, overflow="crop")
                            line = item

                    def inline(flag):
                        line = Text()
                        if flag: line = make_other()
                        line.truncate(3, overflow="crop")
                    """,
            ]),
        Example(
            "replace on an instance of unknown class, and a class's own _replace method, are not read as field copies", .python,
            before: [
                "app/context.py": Example.dataclassBefore + "\nclass Editor:\n    def _replace(self, end=0):\n        pass\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import Editor\ndef f(ctx):\n    return dataclasses.replace(ctx, websocket_connection_id='w')\ne = Editor()\ne._replace(end=1)\n",
            ],
            after: [
                "app/context.py": Example.dataclassAfter + "\nclass Editor:\n    def _replace(self, end=0):\n        pass\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import Editor\ndef f(ctx):\n    return dataclasses.replace(ctx, websocket_connection_id='w', user_id='x')\ne = Editor()\ne._replace(end=2)\n",
            ]),
        Example(
            "a method that returns self on one path and something else on another says nothing of its result", .python,
            before: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        if field:\n            return self\n        return Other()\n    def limit(self, count=10):\n        return self\nclass Other:\n    def limit(self, count=10):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a').limit(count=5)\n",
            ],
            after: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        if field:\n            return self\n        return Other()\n    def limit(self, size=10):\n        return self\nclass Other:\n    def limit(self, count=10):\n        pass\n",
            ]),
        Example(
            "loops whose element type is not said: a dict (keys), an unannotated list, a name also assigned, a tuple target", .python,
            before: [
                "bus.py": "class Handler:\n    def handle(self, event, retry=False):\n        pass\ndef run(table: dict[str, Handler], plain: list, pairs: list[Handler]):\n    for key in table:\n        key.handle(1, retry=True)\n    for p in plain:\n        p.handle(2, retry=True)\n    for a, b in pairs:\n        a.handle(3, retry=True)\n    pairs = [object()]\n    for q in pairs:\n        q.handle(4, retry=True)\n",
            ],
            after: [
                "bus.py": "class Handler:\n    def handle(self, event, retries=False):\n        pass\ndef run(table: dict[str, Handler], plain: list, pairs: list[Handler]):\n    for key in table:\n        key.handle(1, retry=True)\n    for p in plain:\n        p.handle(2, retry=True)\n    for a, b in pairs:\n        a.handle(3, retry=True)\n    pairs = [object()]\n    for q in pairs:\n        q.handle(4, retry=True)\n",
            ]),
        Example(
            "a dict after ** with a computed key, a spread, or a prefixed string key may carry any keyword", .python,
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "use.py": "from api import fetch\nkey = 'timeout'\nextra = {}\nfetch('u', **{key: 1})\nfetch('u', **{'timeout': 1, **extra})\nfetch('u', **{f'time{key}': 1})\n",
            ],
            after: ["api.py": "def fetch(url, deadline=None):\n    pass\n"]),
        Example(
            "a def or class in a function body shadows the imported name for the calls in that body", .python,
            before: [
                "m.py": "class Inner:\n    def __init__(self, a): pass\ndef helper(b=1): pass\n",
                "u.py": "from m import Inner, helper\ndef outer():\n    class Inner:\n        def __init__(self, a): pass\n    def helper(b=1): pass\n    Inner(a=1)\n    def nested():\n        helper(b=2)\n",
            ],
            after: ["m.py": "class Inner:\n    def __init__(self, z): pass\ndef helper(y=1): pass\n"]),
        Example(
            "calls inside pytest.raises(TypeError) / assertRaises((TypeError, ...)) are tests of the error", .python,
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None):\n    pass\n",
                "test_api.py": "import pytest\nimport unittest\nfrom api import fetch\ndef test_old():\n    with pytest.raises(TypeError, match='timeout'):\n        fetch('u', timeout=1)\n    with pytest.raises(TypeError): fetch('u', timeout=2)\nclass T(unittest.TestCase):\n    def test(self):\n        with self.assertRaises((ValueError, TypeError)):\n            fetch('u', timeout=3)\n",
            ]),
        Example(
            "a name rebound by with ... as or a for loop no longer holds what it was assigned; an __enter__ that says nothing", .python,
            before: [
                "db.py": "class Session:\n    def query(self, sql, timeout=None):\n        pass\nclass Opaque:\n    def __enter__(self):\n        return object()\n",
                "use.py": "from db import Session, Opaque\ns = Session()\nwith open('f') as s:\n    s.query('a', timeout=1)\nt = Session()\nfor t in range(3):\n    t.query('b', timeout=2)\nwith Opaque() as u:\n    u.query('c', timeout=3)\n",
            ],
            after: [
                "db.py": "class Session:\n    def query(self, sql, deadline=None):\n        pass\nclass Opaque:\n    def __enter__(self):\n        return object()\n",
            ]),
        Example(
            "an inherited method the class overrides, hides by assignment, or may get from a base outside the tree", .python,
            before: [
                "shop/cart.py": "import thirdparty\nclass Cart:\n    def add(self, item, qty=1):\n        pass\nclass OwnCart(Cart):\n    def add(self, item, qty=1):\n        pass\nclass AliasCart(Cart):\n    add = staticmethod(print)\nclass MixedCart(thirdparty.Mixin, Cart):\n    pass\nclass TwoCart(Cart, OwnCart):\n    pass\n",
                "shop/use.py": "from shop.cart import OwnCart, AliasCart, MixedCart\nOwnCart().add('a', qty=1)\nAliasCart().add('b', qty=1)\nMixedCart().add('c', qty=1)\n",
            ],
            after: [
                "shop/cart.py": "import thirdparty\nclass Cart:\n    def add(self, item, quantity=1):\n        pass\nclass OwnCart(Cart):\n    def add(self, item, qty=1):\n        pass\nclass AliasCart(Cart):\n    add = staticmethod(print)\nclass MixedCart(thirdparty.Mixin, Cart):\n    pass\nclass TwoCart(Cart, OwnCart):\n    pass\n",
                "shop/use.py": "from shop.cart import OwnCart, AliasCart, MixedCart, TwoCart\nOwnCart().add('a', qty=1)\nAliasCart().add('b', qty=1)\nMixedCart().add('c', qty=1)\nTwoCart().add('d', qty=1)\n",
            ]),
        Example(
            "rename with every caller migrated in the same commit", .python,
            before: [
                "app/context.py": Example.dataclassBefore,
                "app/jobs.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: [
                "app/context.py": Example.dataclassAfter,
                "app/jobs.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_client_id='w')\n",
            ]),
        Example(
            "the new signature takes **kwargs, so the old keyword is still accepted", .python,
            before: [
                "api.py": "def fetch(url, verbose=False):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', verbose=True)\n",
            ],
            after: ["api.py": "def fetch(url, debug=False, **options):\n    verbose = options.pop('verbose', debug)\n"]),
        Example(
            "the old parameter is kept next to the new one", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=3)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5, timeout=None):\n    pass\n"]),
        Example(
            "a same-named class in another module keeps the old keyword; its callers are fine", .python,
            before: [
                "app/__init__.py": "", "legacy/__init__.py": "",
                "app/context.py": Example.dataclassBefore,
                "legacy/context.py": "class UserExecutionContext:\n    def __init__(self, user_id, websocket_connection_id=None):\n        pass\n",
                "legacy/jobs.py": "from legacy.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: ["app/context.py": Example.dataclassAfter]),
        Example(
            "a pre-existing bad call in an untouched file is not this change's doing", .python,
            before: [
                "api.py": "def fetch(url):\n    pass\ndef other(a):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', bogus=1)\n",
            ],
            after: ["api.py": "def fetch(url):\n    pass\ndef other(b):\n    pass\n"]),
        Example(
            "the old keyword only appears in strings and comments", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "# fetch(url, timeout=1)\ndoc = 'fetch(url, timeout=1)'\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5):\n    pass\n"]),
        Example(
            "a method called on an object of unknown type is not resolved", .python,
            before: [
                "shop.py": "class Cart:\n    def add(self, item, qty=1):\n        pass\n",
                "use.py": "def f(cart):\n    cart.add('x', qty=2)\n",
            ],
            after: ["shop.py": "class Cart:\n    def add(self, item, quantity=1):\n        pass\n"]),
        Example(
            "renaming a positional-only parameter breaks no keyword caller", .python,
            before: [
                "api.py": "def area(w, h, /):\n    return w * h\n",
                "use.py": "from api import area\narea(1, 2)\n",
            ],
            after: ["api.py": "def area(width, height, /):\n    return width * height\n"]),
        Example(
            "a call that passes **kwargs and the renamed keyword only through them is unverifiable, not a finding", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\ndef go(**kw):\n    fetch('u', **kw)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5):\n    pass\n"]),
        Example(
            "an inline suppression on the keyword's line or the call's first line", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\nfetch(\n    'u',\n    timeout=2,\n)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)  # paramguard: ignore\nfetch(  # paramguard: ignore[renamed-parameter]\n    'u',\n    timeout=2,\n)\n",
            ]),
        Example(
            "super().__init__ in a mixin or under several bases depends on the run-time MRO", .python,
            before: [
                "m.py": "class Base:\n    def __init__(self, a):\n        pass\nclass Other:\n    pass\nclass Mixin:\n    def __init__(self, **kw):\n        super().__init__(b=1, **kw)\nclass Both(Base, Other):\n    def __init__(self):\n        super().__init__(b=2)\n",
            ],
            after: ["m.py": "class Base:\n    def __init__(self, a):\n        pass\nclass Other:\n    pass\nclass Mixin:\n    def __init__(self, **kw):\n        super().__init__(b=1, c=1, **kw)\nclass Both(Base, Other):\n    def __init__(self):\n        super().__init__(b=2, c=2)\n"]),
        Example(
            "attrs: a renamed attribute that keeps its old keyword through alias=", .python,
            before: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    retries = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(retries=1)\n",
            ],
            after: ["m.py": "import attr\n@attr.s\nclass Job:\n    attempts = attr.ib(default=3, alias='retries')\n"]),
        Example(
            "a definition with a syntax error in the change is skipped (fail open, with a notice)", .python,
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5:\n    pass\n"]),
        Example(
            "Swift open world: a type the tree only extends keeps the initializers declared elsewhere", .swift,
            before: ["Sources/Core/Hex.swift": "extension String {\n    init?(hexEncoded text: String) { return nil }\n}\n"],
            after: [
                "Sources/Core/Hex.swift": "extension String {\n    init?(hex text: String) { return nil }\n}\n",
                "Sources/Core/Use.swift": "let a = String(describing: 1)\nlet b = String(repeating: \"a\", count: 2)\nlet c = Int(exactly: 2.0)\nextension String {\n    init(twice s: String) { self.init(s + s) }\n}\nextension Int {\n    func doubled() -> Int { self * 2 }\n}\n",
            ]),
        Example(
            "Swift open world: a receiver of unknown or generic type is never matched to a same-named method by name", .swift,
            before: ["Sources/Core/Buffer.swift": "struct Buffer {\n    func write(_ s: String) {}\n}\n", "Sources/Core/Dump.swift": "func dump<S: TextOutputStream>(to stream: inout S) {\n    stream.write(\"x\")\n}\nfunc log(sink: AnyObject) {\n    let out = makeOutput()\n    out.write(\"y\")\n}\n"],
            after: ["Sources/Core/Buffer.swift": "struct Buffer {\n    func write(bytes s: String) {}\n}\n", "Sources/Core/Dump.swift": "func dump<S: TextOutputStream>(to stream: inout S) {\n    stream.write(\"x\")\n}\nfunc log(sink: AnyObject) {\n    let out = makeOutput()\n    out.write(\"y\")\n}\n"]),
        Example(
            "Swift open world: a generic parameter, and a dependency's nested type, are not the tree's same-named type", .swift,
            before: ["Sources/Core/Request.swift": "struct Request {\n    init(path: String) {}\n}\n"],
            after: [
                "Sources/Core/Request.swift": "struct Request {\n    init(url: String) {}\n}\n",
                "Sources/Core/Use.swift": "import Networking\nlet r = Client.Request(path: \"/\")\nfunc make<Request: Decodable>(_ type: Request.Type, from d: Decoder) throws -> Request {\n    try Request(from: d)\n}\n",
            ]),
        Example(
            "Swift: a stored property or local of function type called like a function is not a same-named function", .swift,
            before: ["Sources/Core/Handler.swift": "func handler(_ x: Int) {}\nstruct Box {\n    var handler: (Int) -> Void\n    func run() { self.handler(1); handler(2) }\n}\nfunc use(callback: (Int) -> Void) { callback(3) }\n"],
            after: ["Sources/Core/Handler.swift": "func handler(value x: Int) {}\nstruct Box {\n    var handler: (Int) -> Void\n    func run() { self.handler(1); handler(2) }\n}\nfunc use(callback: (Int) -> Void) {\n    callback(3)\n    let handler = { (y: Int) in }\n    handler(4)\n}\n"]),
        Example(
            "Swift: the old labels kept as a deprecated overload", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n"],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed + "\nextension Point {\n    @available(*, deprecated, renamed: \"init(horizontal:y:)\")\n    public init(x: Int, y: Int) { self.init(horizontal: x, y: y) }\n}\n",
                "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n",
            ]),
        Example(
            "Swift: the old labels kept as an unavailable alias with a fix-it", .swift,
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n@available(*, unavailable, renamed: \"log(text:)\")\nfunc log(message: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n",
            ]),
        Example(
            "Swift: every caller migrated", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2).moved(by: 1)\n"],
            after: ["Sources/Geometry/Point.swift": Example.pointRenamed, "Sources/App/main.swift": "import Geometry\nlet p = Point(horizontal: 1, y: 2).moved(distance: 1)\n"]),
        Example(
            "Swift: only the internal name changed, or a defaulted parameter added", .swift,
            before: ["Sources/Core/F.swift": "func scale(by factor: Double) {}\nfunc use() { scale(by: 2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(by amount: Double, clamp: Bool = false) {}\nfunc use() { scale(by: 2) }\n"]),
        Example(
            "Swift: calls the analysis cannot narrow are not guessed at", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/Geometry/Use.swift": "func f() {}\n"],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed,
                "Sources/Geometry/Use.swift": "func f() {\n    let p: Point = .init(x: 0, y: 0)\n    let a = Array(repeating: 0, count: 2)\n    var items: [Int] = []\n    items.append(contentsOf: a)\n}\n",
            ]),
        Example(
            "Swift: `.init(...)` calls no old overload of the changed initializer took, passed where its type is expected", .swift,
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n    init(text: String, values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init(text: \"t\", values: []))\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(allValues: [String]) {}\n    init(text: String, values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init(text: \"t\", values: []))\nlet e = Definition(kind: 2, help: .init(allValues: []))\n",
            ]),
        Example(
            "Swift: a suppression comment, and the old label only in a comment and a string", .swift,
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(message: \"a\") } // paramguard: ignore[renamed-parameter]\n// log(message: \"old\")\nlet s = \"log(message: x)\"\n",
            ]),
        Example(
            "Swift: a label renamed in a type whose module runs a build-tool plugin: generated sources may keep an overload with the old label", .swift,
            before: ["Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Fmt\", targets: [\n    .target(name: \"Geo\", plugins: [\"generate-points\"]),\n    .plugin(name: \"generate-points\", capability: .buildTool()),\n])\n", "Sources/Geo/Point.swift": "struct Point {\n    func moved(by d: Int) -> Point { self }\n}\n", "Sources/Geo/Use.swift": "func use(p: Point) {\n    _ = p.moved(by: 1)\n}\n"],
            after: ["Sources/Geo/Point.swift": "struct Point {\n    func moved(distance d: Int) -> Point { self }\n}\n"]),
    ]
}
