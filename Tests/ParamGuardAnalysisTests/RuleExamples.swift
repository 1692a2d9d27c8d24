import ParamGuardModel

/// A change and the findings it must produce: the specification of the checks.
///
/// `before` is committed; `after` is then written and staged, and the staged change is checked.
/// In `after`, a `↓` stands right before each keyword a finding must point at; an example without
/// a `↓` must produce no finding at all.
struct RuleExample: CustomStringConvertible, Sendable {
    var name: String
    var before: [String: String]
    var after: [String: String]
    /// Paths of `before` the change deletes (`after` only adds and rewrites).
    var removed: [String] = []
    /// The kind every marked finding must have.
    var kind: FindingKind? = nil
    /// The label every marked finding must suggest.
    var suggestion: String? = nil

    var description: String { name }
}

enum RuleExamples {
    static let dataclassBefore = """
        from dataclasses import dataclass

        @dataclass
        class UserExecutionContext:
            user_id: str
            websocket_connection_id: str = ""
        """

    static let dataclassAfter = """
        from dataclasses import dataclass

        @dataclass
        class UserExecutionContext:
            user_id: str
            websocket_client_id: str = ""

            @property
            def websocket_connection_id(self):
                return self.websocket_client_id
        """

    static let triggering: [RuleExample] = [
        RuleExample(
            name: "a @dataclass_transform on the @overload declarations of a decorator (PEP 681)",
            before: ["base.py": "from typing import dataclass_transform, overload\n@overload\n@dataclass_transform()\ndef model(cls: type) -> type: ...\n@overload\n@dataclass_transform()\ndef model(*, frozen: bool = False): ...\ndef model(cls=None, *, frozen=False):\n    return cls if cls else (lambda c: c)\n", "models.py": "from base import model\n@model\nclass User:\n    name: str\n@model(frozen=True)\nclass Point:\n    x: int\n", "use.py": "from models import User, Point\nUser(name='n')\nPoint(x=1)\n"],
            after: ["base.py": "from typing import dataclass_transform, overload\n@overload\n@dataclass_transform()\ndef model(cls: type) -> type: ...\n@overload\n@dataclass_transform()\ndef model(*, frozen: bool = False): ...\ndef model(cls=None, *, frozen=False):\n    return cls if cls else (lambda c: c)\n", "models.py": "from base import model\n@model\nclass User:\n    full_name: str\n@model(frozen=True)\nclass Point:\n    left: int\n", "use.py": "from models import User, Point\nUser(↓name='n')\nPoint(↓x=1)\n"]),
        RuleExample(
            name: "a TypedDict key renamed: callers of a function taking **kwargs: Unpack[TD] still pass the old key",
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
        RuleExample(
            name: "a new call of a type[C] parameter with a keyword the class and every subclass in the tree reject",
            before: ["shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n", "factory.py": "from shapes import Shape\n"],
            after: [
                "shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n",
                "factory.py": "from typing import Type\nfrom shapes import Shape\ndef make(kind: type[Shape]):\n    return kind(↓color='red')\ndef make_many(kind: Type[Shape]):\n    return [kind(↓radus=2)]\n",
            ],
            kind: .unknownKeyword),
        RuleExample(
            name: "a method's __x parameter is name-mangled: a caller outside the class cannot pass __x=",
            before: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n"],
            after: ["use.py": "from m import Box\nBox().put(↓__item=1)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "classes made dataclass-like by a @dataclass_transform of the tree: decorator, base class and metaclass forms",
            before: ["base.py": "from typing import dataclass_transform\ndef field(*, default=None, init=True, kw_only=False, alias=None):\n    return default\n@dataclass_transform(field_specifiers=(field,))\ndef model(cls):\n    return cls\n@dataclass_transform(kw_only_default=True, field_specifiers=(field,))\nclass ModelBase:\n    pass\n@dataclass_transform()\nclass ModelMeta(type):\n    pass\n", "models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    age: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    total: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    sku: str\n", "use.py": "from models import User, Order, Item\nUser('n', age=1, id=2)\nOrder(total=3, note='x')\nItem(sku='s')\n"],
            after: ["models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    years: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    amount: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    code: str\n", "use.py": "from models import User, Order, Item\nUser('n', ↓age=1, id=2)\nOrder(↓total=3, note='x')\nItem(↓sku='s')\n"],
            kind: .renamedParameter),
        RuleExample(
            name: "inside a comprehension, a name its for clauses do not bind is the function's",
            before: ["a.py": "class A:\n    def m(self, k=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(k=5) for _ in items]\n"],
            after: ["a.py": "class A:\n    def m(self, kk=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(↓k=5) for _ in items]\n"],
            kind: .renamedParameter, suggestion: "kk"),
        RuleExample(
            name: "a value narrowed by isinstance in the branch that binds it",
            before: ["text.py": "class Text:\n    def truncate(self, width, *, overflow=None):\n        pass\n", "rule.py": "from typing import Union\nfrom text import Text\n\nclass Rule:\n    def __init__(self, title: Union[str, Text]):\n        self.title = title\n\n    def render(self, width):\n        if isinstance(self.title, Text):\n            title = self.title\n        else:\n            title = Text()\n        title.truncate(width, overflow='fold')\n"],
            after: ["text.py": "class Text:\n    def truncate(self, width, *, overflow_mode=None):\n        pass\n", "rule.py": "from typing import Union\nfrom text import Text\n\nclass Rule:\n    def __init__(self, title: Union[str, Text]):\n        self.title = title\n\n    def render(self, width):\n        if isinstance(self.title, Text):\n            title = self.title\n        else:\n            title = Text()\n        title.truncate(width, ↓overflow='fold')\n"],
            kind: .renamedParameter, suggestion: "overflow_mode"),
        RuleExample(
            name: "a file moved and edited: a stale call the edit adds is the change's",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "old/use.py": "from api import fetch\n\ndef load(urls):\n    for u in urls:\n        fetch(u, timout=1)\n    return urls\n",
                "Sources/Geo/Point.swift": "struct Point {\n    init(x: Int, y: Int) {}\n}\n",
                "Sources/Geo/Old.swift": "let p = Point(x: 1, z: 2)\nlet q = Point(x: 3, y: 4)\nlet r = Point(x: 5, y: 6)\n",
            ],
            after: [
                "new/use.py": "from api import fetch\n\ndef load(urls):\n    for u in urls:\n        fetch(u, timout=1)\n    fetch('x', ↓timout=2)\n    return urls\n",
                "Sources/Geo/New.swift": "let p = Point(x: 1, z: 2)\nlet q = Point(x: 3, y: 4)\nlet r = Point(x: 5, y: 6)\nlet s = Point(x: 7, ↓z: 8)\n",
            ],
            removed: ["old/use.py", "Sources/Geo/Old.swift"]),
        RuleExample(
            name: "iterating what a call returns (a container annotation, or a class whose __iter__ says), through names rebound in loops",
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
            kind: .renamedParameter, suggestion: "overflow_mode"),
        RuleExample(
            name: "a decorator that is an instance of a class whose __call__ returns what it is given keeps the signature",
            before: ["hooks.py": "from typing import Callable, TypeVar\nF = TypeVar(\"F\", bound=Callable)\nclass Registry:\n    def __call__(self, fn: F) -> F:\n        return fn\nclass Wrapping:\n    def __call__(self, fn):\n        return lambda *a, **k: fn(*a, **k)\nhook = Registry()\nwrap = Wrapping()\n", "handlers.py": "from hooks import hook\n@hook\ndef on_save(path, force=False):\n    pass\n"],
            after: ["use.py": "from handlers import on_save\non_save('p', ↓forse=True)\n"],
            kind: .unknownKeyword, suggestion: "force"),
        RuleExample(
            name: "functional TypedDict: a call with a key the literal does not list",
            before: ["movies.py": "from typing import TypedDict\nMovie = TypedDict('Movie', {'title': str, 'year': int}, total=False)\n"],
            after: ["use.py": "from movies import Movie\nMovie(title='x', ↓yeer=1)\nMovie({'title': 'y'})\n"],
            kind: .unknownKeyword, suggestion: "year"),
        RuleExample(
            name: "a keyword passed to a positional-only parameter",
            before: ["m.py": "def scale(value, /, factor=2):\n    pass\n"],
            after: ["use.py": "from m import scale\nscale(↓value=3)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "a function defined differently in two branches: a keyword both definitions reject",
            before: ["compat.py": "import sys\nif sys.version_info >= (3, 12):\n    def load(path, *, strict=False):\n        pass\nelse:\n    def load(path, strict=False, legacy=True):\n        pass\n"],
            after: ["use.py": "from compat import load\nload('p', ↓stirct=True)\n"],
            kind: .unknownKeyword, suggestion: "strict"),
        RuleExample(
            name: "a name a function binds into the module with globals() after a local import",
            before: [
                "app/models.py": "class Client:\n    def __init__(self, timeout=5):\n        pass\n",
                "tests/conftest.py": "def setup_module():\n    from app.models import Client\n    globals()['Client'] = Client\n\ndef load():\n    from app.models import Client as Impl\n    globals().update({'Impl': Impl})\n\ndef test_client():\n    Client(timeout=1)\n    Impl(timeout=2)\n",
            ],
            after: [
                "app/models.py": "class Client:\n    def __init__(self, timeout_seconds=5):\n        pass\n",
                "tests/conftest.py": "def setup_module():\n    from app.models import Client\n    globals()['Client'] = Client\n\ndef load():\n    from app.models import Client as Impl\n    globals().update({'Impl': Impl})\n\ndef test_client():\n    Client(↓timeout=1)\n    Impl(↓timeout=2)\n",
            ],
            kind: .renamedParameter, suggestion: "timeout_seconds"),
        RuleExample(
            name: "TypedDict: a key renamed breaks calls of the class that still pass the old key",
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n", "use.py": "from movies import Movie\nm = Movie(title='x', year=1)\n"],
            after: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    released: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n", "use.py": "from movies import Movie\nm = Movie(title='x', ↓year=1)\n"],
            kind: .renamedParameter, suggestion: "released"),
        RuleExample(
            name: "TypedDict: a new call with a key the TypedDict (or its subclass) lacks, also through **kwargs: Unpack[...]",
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n"],
            after: ["use.py": "from movies import Film, Movie, show\nMovie(title='x', ↓yeer=1)\nFilm(title='x', year=1, ↓studoi='y')\nshow(title='x', ↓yeer=2)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "iterating an instance of a class whose __iter__ is annotated to yield a class of the tree",
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
            kind: .renamedParameter, suggestion: "overflow_mode"),
        RuleExample(
            name: "a name rebound in one function: the binding that holds where the call is decides, not every binding of the function",
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
            kind: .renamedParameter, suggestion: "overflow_mode"),
        RuleExample(
            name: "dataclass field renamed, a @property with the old name is no alias, caller not migrated",
            before: [
                "app/context.py": dataclassBefore,
                "app/jobs.py": "from app.context import UserExecutionContext\nctx = UserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: [
                "app/context.py": dataclassAfter,
                "app/jobs.py": "from app.context import UserExecutionContext\nctx = UserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
            ],
            kind: .renamedParameter, suggestion: "websocket_client_id"),
        RuleExample(
            name: "caller imports the class inside a function with a relative import",
            before: [
                "app/__init__.py": "",
                "app/context.py": dataclassBefore,
                "app/agents.py": "def run(u, w):\n    from .context import UserExecutionContext\n    return UserExecutionContext(\n        user_id=u,\n        websocket_connection_id=w,\n    )\n",
            ],
            after: [
                "app/context.py": dataclassAfter,
                "app/agents.py": "def run(u, w):\n    from .context import UserExecutionContext\n    return UserExecutionContext(\n        user_id=u,\n        ↓websocket_connection_id=w,\n    )\n",
            ],
            kind: .renamedParameter, suggestion: "websocket_client_id"),
        RuleExample(
            name: "__init__ parameter renamed, caller reaches the class through import pkg.mod",
            before: [
                "pkg/__init__.py": "",
                "pkg/mod.py": "class Client:\n    def __init__(self, host, timeout=5):\n        self.host = host\n",
                "main.py": "import pkg.mod\nc = pkg.mod.Client('h', timeout=3)\n",
            ],
            after: [
                "pkg/mod.py": "class Client:\n    def __init__(self, host, timeout_seconds=5):\n        self.host = host\n",
                "main.py": "import pkg.mod\nc = pkg.mod.Client('h', ↓timeout=3)\n",
            ],
            kind: .renamedParameter, suggestion: "timeout_seconds"),
        RuleExample(
            name: "function parameter renamed, caller uses a module alias",
            before: [
                "util/__init__.py": "",
                "util/text.py": "def wrap(text, width=80):\n    return text\n",
                "cli.py": "from util import text as t\nt.wrap('x', width=10)\n",
            ],
            after: [
                "util/text.py": "def wrap(text, columns=80):\n    return text\n",
                "cli.py": "from util import text as t\nt.wrap('x', ↓width=10)\n",
            ],
            kind: .renamedParameter, suggestion: "columns"),
        RuleExample(
            name: "method parameter renamed, called through self",
            before: ["shop.py": "class Cart:\n    def add(self, item, qty=1):\n        pass\n    def fill(self):\n        self.add('x', qty=2)\n"],
            after: ["shop.py": "class Cart:\n    def add(self, item, quantity=1):\n        pass\n    def fill(self):\n        self.add('x', ↓qty=2)\n"],
            kind: .renamedParameter, suggestion: "quantity"),
        RuleExample(
            name: "parameter removed, caller still passes it",
            before: [
                "api.py": "def fetch(url, retries=3, verbose=False):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', verbose=True)\n",
            ],
            after: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', ↓verbose=True)\n",
            ],
            kind: .removedParameter),
        RuleExample(
            name: "subclass inherits __init__; its caller breaks when the base renames",
            before: [
                "base.py": "class Base:\n    def __init__(self, name):\n        self.name = name\n",
                "child.py": "from base import Base\nclass Child(Base):\n    pass\n",
                "use.py": "from child import Child\nChild(name='n')\n",
            ],
            after: [
                "base.py": "class Base:\n    def __init__(self, label):\n        self.name = label\n",
                "use.py": "from child import Child\nChild(↓name='n')\n",
            ],
            kind: .renamedParameter, suggestion: "label"),
        RuleExample(
            name: "dataclass inherits fields; renaming a base field breaks the subclass's callers",
            before: [
                "models.py": "from dataclasses import dataclass\n@dataclass\nclass Base:\n    ident: int\n@dataclass\nclass User(Base):\n    email: str = ''\n",
                "use.py": "from models import User\nUser(ident=1, email='e')\n",
            ],
            after: [
                "models.py": "from dataclasses import dataclass\n@dataclass\nclass Base:\n    identifier: int\n@dataclass\nclass User(Base):\n    email: str = ''\n",
                "use.py": "from models import User\nUser(↓ident=1, email='e')\n",
            ],
            kind: .renamedParameter, suggestion: "identifier"),
        RuleExample(
            name: "a new call with a stale keyword to a definition this change does not touch",
            before: [
                "app/context.py": dataclassAfter,
                "app/__init__.py": "",
            ],
            after: [
                "app/notify.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
            ],
            kind: .unknownKeyword, suggestion: "websocket_client_id"),
        RuleExample(
            name: "an edited call gains a keyword the callee never had",
            before: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\n",
            ],
            after: ["use.py": "from api import fetch\nfetch('u', ↓retry=2)\n"],
            kind: .unknownKeyword, suggestion: "retries"),
        RuleExample(
            name: "a field with init=False is not an __init__ parameter",
            before: ["m.py": "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int\n    cache: dict = field(init=False)\n"],
            after: ["use.py": "from m import C\nC(a=1, ↓cache={})\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "several classes share a name; only the changed one's callers are flagged",
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
            kind: .renamedParameter, suggestion: "client_id"),
        RuleExample(
            name: "the class is re-exported through the package's __init__.py",
            before: [
                "pkg/__init__.py": "from .ctx import Ctx\n",
                "pkg/ctx.py": "class Ctx:\n    def __init__(self, conn_id=None):\n        pass\n",
                "use.py": "from pkg import Ctx\nCtx(conn_id=1)\n",
            ],
            after: [
                "pkg/ctx.py": "class Ctx:\n    def __init__(self, client_id=None):\n        pass\n",
                "use.py": "from pkg import Ctx\nCtx(↓conn_id=1)\n",
            ],
            kind: .renamedParameter, suggestion: "client_id"),
        RuleExample(
            name: "cls(...) and cls.method(...) in a classmethod, and a class defined in the same file",
            before: ["m.py": "class P:\n    def __init__(self, x):\n        pass\n    @classmethod\n    def make(cls):\n        return cls(x=1)\n    @classmethod\n    def again(cls, x):\n        return cls.again(x=x)\nP(x=2)\n"],
            after: ["m.py": "class P:\n    def __init__(self, y):\n        pass\n    @classmethod\n    def make(cls):\n        return cls(↓x=1)\n    @classmethod\n    def again(cls, y):\n        return cls.again(↓x=y)\nP(↓x=2)\n"],
            kind: .renamedParameter, suggestion: "y"),
        RuleExample(
            name: "a class without __init__ or bases takes no arguments at all",
            before: ["m.py": "class Plain:\n    pass\n"],
            after: ["use.py": "from m import Plain\nPlain(↓x=1)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "a suppression for another kind does not silence this one",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', ↓timeout=1)  # paramguard: ignore[unknown-keyword]\n",
            ],
            kind: .renamedParameter),
        RuleExample(
            name: "super().__init__ is checked against the base class's __init__",
            before: [
                "base.py": "class Base:\n    def __init__(self, name=None):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def __init__(self):\n        super().__init__(name='c')\n",
            ],
            after: [
                "base.py": "class Base:\n    def __init__(self, label=None):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def __init__(self):\n        super().__init__(↓name='c')\n",
            ],
            kind: .renamedParameter, suggestion: "label"),
        RuleExample(
            name: "super().method and the Python 2 spelling super(C, self).method",
            before: [
                "base.py": "class Base:\n    def save(self, force=False):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def save(self, force=False):\n        super().save(force=force)\n        super(Child, self).save(force=True)\n",
            ],
            after: [
                "base.py": "class Base:\n    def save(self, forced=False):\n        pass\n",
                "child.py": "from base import Base\nclass Child(Base):\n    def save(self, force=False):\n        super().save(↓force=force)\n        super(Child, self).save(↓force=True)\n",
            ],
            kind: .renamedParameter, suggestion: "forced"),
        RuleExample(
            name: "attrs: a renamed attribute breaks callers, its private name loses the underscore",
            before: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    _queue = attr.ib()\n    retries = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(queue='q', retries=1)\n",
            ],
            after: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    _queue = attr.ib()\n    attempts = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(queue='q', ↓retries=1)\n",
            ],
            kind: .renamedParameter, suggestion: "attempts"),
        RuleExample(
            name: "NamedTuple: a new call with a field the tuple does not have",
            before: ["geo.py": "from typing import NamedTuple\nclass Point(NamedTuple):\n    x: int\n    y: int = 0\n"],
            after: ["use.py": "from geo import Point\nPoint(x=1, ↓z=2)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "a class without __init__ takes what its __new__ takes",
            before: ["m.py": "class Token:\n    def __new__(cls, text, kind=None):\n        return object.__new__(cls)\n"],
            after: ["use.py": "from m import Token\nToken('t', ↓knd=1)\n"],
            kind: .unknownKeyword, suggestion: "kind"),
        RuleExample(
            name: "functools.partial binds keywords for the callable it wraps",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial as bind\nfrom api import fetch\nquick = functools.partial(fetch, timeout=1)\nslow = bind(fetch, timeout=9)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial as bind\nfrom api import fetch\nquick = functools.partial(fetch, ↓timeout=1)\nslow = bind(fetch, ↓timeout=9)\n",
            ],
            kind: .renamedParameter, suggestion: "timeout_seconds"),
        RuleExample(
            name: "functional named tuples: namedtuple('P', 'x y') and NamedTuple('P', [...])",
            before: [
                "geo.py": "from collections import namedtuple\nimport typing\nPoint = namedtuple('Point', 'x y', defaults=(0,))\nSize = typing.NamedTuple('Size', [('w', int), ('h', int)])\n",
            ],
            after: ["use.py": "from geo import Point, Size\nPoint(x=1, y=2)\nPoint(x=1, ↓z=2)\nSize(w=1, ↓height=2)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "a package re-exports its module with a star import limited by __all__",
            before: [
                "pkg/__init__.py": "from .models import *\n",
                "pkg/models.py": "__all__ = ['User']\nclass User:\n    def __init__(self, email):\n        pass\n",
            ],
            after: ["use.py": "from pkg import User\nUser(↓mail='m')\n"],
            kind: .unknownKeyword, suggestion: "email"),
        RuleExample(
            name: "conditional imports: reported when every candidate rejects the keyword",
            before: [
                "fast.py": "def parse(text, strict=False):\n    pass\n",
                "slow.py": "def parse(text, strict=False):\n    pass\n",
            ],
            after: ["use.py": "try:\n    from fast import parse\nexcept ImportError:\n    from slow import parse\nparse('t', ↓strickt=True)\n"],
            kind: .unknownKeyword, suggestion: "strict"),
        RuleExample(
            name: "three classes share a name in three modules; only the changed one's callers are flagged",
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
            kind: .renamedParameter, suggestion: "client_id"),
        RuleExample(
            name: "local aliases: _Seg = Segment, and adjust = cls.adjust in a classmethod",
            before: [
                "seg.py": "class Segment:\n    @classmethod\n    def adjust(cls, line, pad=True):\n        return line\n    @classmethod\n    def split(cls, lines):\n        adjust = cls.adjust\n        return [adjust(l, pad=False) for l in lines]\n",
                "use.py": "from seg import Segment\ndef render(lines):\n    _Seg = Segment\n    return _Seg.adjust(lines[0], pad=True)\n",
            ],
            after: [
                "seg.py": "class Segment:\n    @classmethod\n    def adjust(cls, line, padding=True):\n        return line\n    @classmethod\n    def split(cls, lines):\n        adjust = cls.adjust\n        return [adjust(l, ↓pad=False) for l in lines]\n",
                "use.py": "from seg import Segment\ndef render(lines):\n    _Seg = Segment\n    return _Seg.adjust(lines[0], ↓pad=True)\n",
            ],
            kind: .renamedParameter, suggestion: "padding"),
        RuleExample(
            name: "a method called on a parameter annotated with the class",
            before: [
                "tok.py": "class Tokenizer:\n    def fail(self, message, *, span_end=None):\n        raise ValueError(message)\n",
                "parse.py": "from tok import Tokenizer\ndef parse(tokenizer: Tokenizer, other: 'Tokenizer'):\n    tokenizer.fail('x', span_end=1)\n    other.fail('y', span_end=2)\n",
            ],
            after: [
                "tok.py": "class Tokenizer:\n    def fail(self, message, *, end=None):\n        raise ValueError(message)\n",
                "parse.py": "from tok import Tokenizer\ndef parse(tokenizer: Tokenizer, other: 'Tokenizer'):\n    tokenizer.fail('x', ↓span_end=1)\n    other.fail('y', ↓span_end=2)\n",
            ],
            kind: .renamedParameter, suggestion: "end"),
        RuleExample(
            name: "variables assigned a constructor call, or a call whose return annotation names a class",
            before: [
                "con.py": "class Options:\n    def update(self, width=None, justify=None) -> 'Options':\n        return self\nclass Console:\n    def pager(self, styles=False):\n        pass\n    def options(self) -> Options:\n        return Options()\n",
                "use.py": "from con import Console\nconsole = Console()\nconsole.pager(styles=True)\ndef render():\n    opts = console.options()\n    wide = opts.update(width=80)\n    wide.update(justify='left')\n",
            ],
            after: [
                "con.py": "class Options:\n    def update(self, width=None, align=None) -> 'Options':\n        return self\nclass Console:\n    def pager(self, use_styles=False):\n        pass\n    def options(self) -> Options:\n        return Options()\n",
                "use.py": "from con import Console\nconsole = Console()\nconsole.pager(↓styles=True)\ndef render():\n    opts = console.options()\n    wide = opts.update(width=80)\n    wide.update(↓justify='left')\n",
            ],
            kind: .renamedParameter),
        RuleExample(
            name: "a class re-bound through its own decorators (X = decorate(X)) is still the class",
            before: [
                "m.py": "def _add_repr(cls, attrs=None):\n    return cls\nclass Attribute:\n    def __init__(self, name, order=None):\n        pass\nAttribute = _add_repr(_add_repr(Attribute, attrs=[]))\n",
                "use.py": "from m import Attribute\nAttribute('a', order=1)\n",
            ],
            after: [
                "m.py": "def _add_repr(cls, attrs=None):\n    return cls\nclass Attribute:\n    def __init__(self, name, ordering=None):\n        pass\nAttribute = _add_repr(_add_repr(Attribute, attrs=[]))\n",
                "use.py": "from m import Attribute\nAttribute('a', ↓order=1)\n",
            ],
            kind: .renamedParameter, suggestion: "ordering"),
        RuleExample(
            name: "pydantic: a renamed model field, and a subclass's caller with a misspelt field",
            before: [
                "models.py": "from pydantic import BaseModel, Field\nclass User(BaseModel):\n    email: str\n    name: str = Field('', alias='display_name')\nclass Admin(User):\n    level: int = 0\n",
                "use.py": "from models import User, Admin\nUser(email='e', display_name='d')\n",
            ],
            after: [
                "models.py": "from pydantic import BaseModel, Field\nclass User(BaseModel):\n    email_address: str\n    name: str = Field('', alias='display_name')\nclass Admin(User):\n    level: int = 0\n",
                "use.py": "from models import User, Admin\nUser(↓email='e', display_name='d')\nAdmin(email_address='e', ↓levle=1)\n",
            ]),
        RuleExample(
            name: "dataclass kw_only fields and the KW_ONLY marker are still keywords",
            before: ["m.py": "from dataclasses import dataclass, field, KW_ONLY\n@dataclass(kw_only=True)\nclass A:\n    x: int\n@dataclass\nclass B:\n    y: int\n    _: KW_ONLY\n    z: int = 0\n    w: int = field(default=1, kw_only=True)\n"],
            after: ["use.py": "from m import A, B\nA(x=1)\nB(y=1, z=2, w=3)\nA(↓xx=1)\nB(y=1, ↓zz=2)\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "a parameter added without a default breaks callers that do not pass it",
            before: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\nfetch('u', 2)\nfetch(url='u', retries=1)\n",
            ],
            after: [
                "api.py": "def fetch(url, retries=3, *, timeout):\n    pass\n",
                "use.py": "from api import fetch\n↓fetch('u')\n↓fetch('u', 2)\n↓fetch(url='u', retries=1)\n",
            ],
            kind: .missingArgument),
        RuleExample(
            name: "a removed default, and a new required dataclass field, break constructor calls",
            before: [
                "m.py": "from dataclasses import dataclass\n@dataclass\nclass Job:\n    name: str\n    queue: str = 'default'\n",
                "use.py": "from m import Job\nJob('a')\nJob(name='b', queue='q')\n",
            ],
            after: [
                "m.py": "from dataclasses import dataclass\n@dataclass\nclass Job:\n    name: str\n    queue: str\n",
                "use.py": "from m import Job\n↓Job('a')\nJob(name='b', queue='q')\n",
            ],
            kind: .missingArgument),
        RuleExample(
            name: "a new call that leaves out a required argument",
            before: ["api.py": "def fetch(url, *, timeout):\n    pass\n"],
            after: ["use.py": "from api import fetch\n↓fetch('u')\nfetch('u', timeout=1)\n"],
            kind: .missingArgument),
        RuleExample(
            name: "an attribute set from a constructor in __init__, or annotated in the class body",
            before: [
                "spin.py": "class Spinner:\n    def update(self, text=''):\n        pass\n",
                "status.py": "from spin import Spinner\nclass Status:\n    backup: Spinner\n    def __init__(self):\n        self._spinner = Spinner()\n    def show(self):\n        self._spinner.update(text='x')\n        self.backup.update(text='y')\n",
            ],
            after: [
                "spin.py": "class Spinner:\n    def update(self, message=''):\n        pass\n",
                "status.py": "from spin import Spinner\nclass Status:\n    backup: Spinner\n    def __init__(self):\n        self._spinner = Spinner()\n    def show(self):\n        self._spinner.update(↓text='x')\n        self.backup.update(↓text='y')\n",
            ],
            kind: .renamedParameter, suggestion: "message"),
        RuleExample(
            name: "a property's return annotation types the attribute, also on another typed object",
            before: [
                "con.py": "class Options:\n    def update(self, justify=None):\n        return self\nclass Console:\n    @property\n    def options(self) -> Options:\n        return Options()\n    def render(self):\n        self.options.update(justify='l')\n",
                "use.py": "from con import Console\ndef show(console: Console):\n    console.options.update(justify='r')\n",
            ],
            after: [
                "con.py": "class Options:\n    def update(self, align=None):\n        return self\nclass Console:\n    @property\n    def options(self) -> Options:\n        return Options()\n    def render(self):\n        self.options.update(↓justify='l')\n",
                "use.py": "from con import Console\ndef show(console: Console):\n    console.options.update(↓justify='r')\n",
            ],
            kind: .renamedParameter, suggestion: "align"),
        RuleExample(
            name: "a method a subclass inherits, called on an instance, on a call's result, in a fluent chain and through self",
            before: [
                "shop/cart.py": "class Cart:\n    def add(self, item, qty=1):\n        return self\n    def copy(self) -> 'Cart':\n        return self\nclass GiftCart(Cart):\n    pass\ndef open_cart() -> GiftCart:\n    return GiftCart()\n",
                "shop/use.py": "from shop.cart import GiftCart, open_cart\ncart = GiftCart()\ncart.add('a', qty=2)\nGiftCart().add('b', qty=1)\nopen_cart().add('c', qty=3)\nGiftCart().copy().add('d', qty=4)\nclass WrappedCart(GiftCart):\n    def fill(self):\n        self.add('e', qty=5)\n",
            ],
            after: [
                "shop/cart.py": "class Cart:\n    def add(self, item, quantity=1):\n        return self\n    def copy(self) -> 'Cart':\n        return self\nclass GiftCart(Cart):\n    pass\ndef open_cart() -> GiftCart:\n    return GiftCart()\n",
                "shop/use.py": "from shop.cart import GiftCart, open_cart\ncart = GiftCart()\ncart.add('a', ↓qty=2)\nGiftCart().add('b', ↓qty=1)\nopen_cart().add('c', ↓qty=3)\nGiftCart().copy().add('d', ↓qty=4)\nclass WrappedCart(GiftCart):\n    def fill(self):\n        self.add('e', ↓qty=5)\n",
            ],
            kind: .renamedParameter, suggestion: "quantity"),
        RuleExample(
            name: "a mixin's method, when exactly one base chain declares it",
            before: [
                "jobs.py": "class Retry:\n    def retry(self, times=3):\n        pass\nclass Base:\n    pass\nclass Job(Base, Retry):\n    pass\n",
                "use.py": "from jobs import Job\nJob().retry(times=2)\n",
            ],
            after: [
                "jobs.py": "class Retry:\n    def retry(self, attempts=3):\n        pass\nclass Base:\n    pass\nclass Job(Base, Retry):\n    pass\n",
                "use.py": "from jobs import Job\nJob().retry(↓times=2)\n",
            ],
            kind: .renamedParameter, suggestion: "attempts"),

        RuleExample(
            name: "with C() as x and async with: x is what __enter__ / __aenter__ is annotated to return",
            before: [
                "db.py": "class Session:\n    def query(self, sql, timeout=None):\n        pass\nclass Connection:\n    def __enter__(self) -> 'Session':\n        return Session()\n    def __exit__(self, *exc):\n        pass\nclass Pool:\n    async def __aenter__(self) -> Session:\n        return Session()\n",
                "use.py": "from db import Connection, Pool\nwith Connection() as s:\n    s.query('a', timeout=1)\nasync def f():\n    async with Pool() as p, Connection() as c:\n        p.query('b', timeout=2)\n        c.query('c', timeout=3)\n",
            ],
            after: [
                "db.py": "class Session:\n    def query(self, sql, deadline=None):\n        pass\nclass Connection:\n    def __enter__(self) -> 'Session':\n        return Session()\n    def __exit__(self, *exc):\n        pass\nclass Pool:\n    async def __aenter__(self) -> Session:\n        return Session()\n",
                "use.py": "from db import Connection, Pool\nwith Connection() as s:\n    s.query('a', ↓timeout=1)\nasync def f():\n    async with Pool() as p, Connection() as c:\n        p.query('b', ↓timeout=2)\n        c.query('c', ↓timeout=3)\n",
            ],
            kind: .renamedParameter, suggestion: "deadline"),

        RuleExample(
            name: "a call after a pytest.raises block, or inside pytest.raises(ValueError), is checked as any other",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\ndef test_old():\n    with pytest.raises(TypeError):\n        fetch('u', timeout=1)\n    fetch('u', ↓timeout=2)\n    with pytest.raises(ValueError):\n        fetch('u', ↓timeout=3)\n",
            ],
            kind: .renamedParameter, suggestion: "deadline"),

        RuleExample(
            name: "a class and a function defined inside a function, called there and in a function nested in it",
            before: ["u.py": "def outer():\n    class Local:\n        def __init__(self, c): pass\n    def make(size=1): pass\n    def run():\n        Local(c=3)\n        make(size=2)\n"],
            after: ["u.py": "def outer():\n    class Local:\n        def __init__(self, d): pass\n    def make(length=1): pass\n    def run():\n        Local(↓c=3)\n        make(↓size=2)\n"],
            kind: .renamedParameter),

        RuleExample(
            name: "a parameter annotated type[C] or Type[C] constructs C when called",
            before: [
                "models.py": "class Model:\n    def __init__(self, name=None):\n        pass\n",
                "use.py": "from typing import Type\nfrom models import Model\ndef build(kind: type[Model]):\n    return kind(name='a')\ndef build_old(kind: Type[Model]):\n    return kind(name='b')\n",
            ],
            after: [
                "models.py": "class Model:\n    def __init__(self, title=None):\n        pass\n",
                "use.py": "from typing import Type\nfrom models import Model\ndef build(kind: type[Model]):\n    return kind(↓name='a')\ndef build_old(kind: Type[Model]):\n    return kind(↓name='b')\n",
            ],
            kind: .renamedParameter, suggestion: "title"),

        RuleExample(
            name: "pkg.sub.Name(...) when the package's __init__.py binds sub with from . import sub",
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
            kind: .renamedParameter, suggestion: "b"),

        RuleExample(
            name: "a required parameter inserted among the positional ones: a call passing all positionally misses the last",
            before: [
                "geo.py": "def move(x, y):\n    pass\nclass Box:\n    def __init__(self, w, h):\n        pass\n    def scale(self, a, b):\n        pass\n    def grow(self):\n        self.scale(1, 2)\n",
                "use.py": "from geo import move, Box\nmove(1, 2)\nBox(3, 4)\n",
            ],
            after: [
                "geo.py": "def move(x, z, y):\n    pass\nclass Box:\n    def __init__(self, w, d, h):\n        pass\n    def scale(self, a, c, b):\n        pass\n    def grow(self):\n        ↓self.scale(1, 2)\n",
                "use.py": "from geo import move, Box\n↓move(1, 2)\n↓Box(3, 4)\n",
            ],
            kind: .missingArgument),
        RuleExample(
            name: "a positional parameter removed or made keyword-only: calls passing too many positionally, old and new",
            before: [
                "geo.py": "def move(x, y, z):\n    pass\ndef draw(a, b):\n    pass\n",
                "use.py": "from geo import move, draw\nmove(1, 2, 3)\n",
            ],
            after: [
                "geo.py": "def move(x, y, *, z=0):\n    pass\ndef draw(a, b):\n    pass\n",
                "use.py": "from geo import move, draw\n↓move(1, 2, 3)\n↓draw(1, 2, 3)\n",
            ],
            kind: .tooManyPositional),

        RuleExample(
            name: "keywords passed through a literal dict: f(**{'k': v}) with string-literal keys",
            before: [
                "api.py": "def fetch(url, timeout=None, retries=0):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', **{'timeout': 1, \"retries\": 2})\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None, retries=0):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', **{'↓timeout': 1, \"retries\": 2})\n",
            ],
            kind: .renamedParameter, suggestion: "deadline"),

        RuleExample(
            name: "an element of a container annotated list[T] / Sequence[T] / tuple[T, ...], iterated by a for loop",
            before: [
                "bus.py": "from typing import List, Sequence\nclass Handler:\n    def handle(self, event, retry=False):\n        pass\nclass Bus:\n    handlers: list[Handler]\n    def __init__(self):\n        self.backups: tuple[Handler, ...] = ()\n        self.late: List['Handler'] = []\n    def publish(self, event):\n        for h in self.handlers:\n            h.handle(event, retry=True)\n        for b in self.backups:\n            b.handle(event, retry=True)\n        for x in self.late:\n            x.handle(event, retry=True)\ndef broadcast(items: Sequence[Handler]):\n    for item in items:\n        item.handle(1, retry=False)\n",
            ],
            after: [
                "bus.py": "from typing import List, Sequence\nclass Handler:\n    def handle(self, event, retries=False):\n        pass\nclass Bus:\n    handlers: list[Handler]\n    def __init__(self):\n        self.backups: tuple[Handler, ...] = ()\n        self.late: List['Handler'] = []\n    def publish(self, event):\n        for h in self.handlers:\n            h.handle(event, ↓retry=True)\n        for b in self.backups:\n            b.handle(event, ↓retry=True)\n        for x in self.late:\n            x.handle(event, ↓retry=True)\ndef broadcast(items: Sequence[Handler]):\n    for item in items:\n        item.handle(1, ↓retry=False)\n",
            ],
            kind: .renamedParameter, suggestion: "retries"),

        RuleExample(
            name: "a method whose every return is return self: a fluent chain, and with C() as x through __enter__",
            before: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        return self\n    def limit(self, count=10):\n        return self\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a', value=1).limit(count=5)\nwith Query() as q:\n    q.limit(count=2)\n",
            ],
            after: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        return self\n    def limit(self, size=10):\n        return self\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a', value=1).limit(↓count=5)\nwith Query() as q:\n    q.limit(↓count=2)\n",
            ],
            kind: .renamedParameter, suggestion: "size"),

        RuleExample(
            name: "a decorator of the tree that returns a functools.wraps wrapper passing *args, **kwargs on keeps the signature; so does pydantic's validate_call",
            before: [
                "deco.py": "import functools\ndef traced(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n        return fn(*args, **kwargs)\n    return wrapper\ndef timed(fn):\n    @functools.wraps(fn)\n    async def inner(*a, **kw):\n        return await fn(*a, **kw)\n    return inner\n",
                "api.py": "from deco import traced, timed\nfrom pydantic import validate_call\n@traced\ndef fetch(url, timeout=None):\n    pass\n@timed\nasync def poll(url, every=1):\n    pass\n@validate_call\ndef load(path, strict=False):\n    pass\n",
                "use.py": "from api import fetch, poll, load\nfetch('u', timeout=1)\npoll('u', every=2)\nload('p', strict=True)\n",
            ],
            after: [
                "api.py": "from deco import traced, timed\nfrom pydantic import validate_call\n@traced\ndef fetch(url, deadline=None):\n    pass\n@timed\nasync def poll(url, period=1):\n    pass\n@validate_call\ndef load(path, exact=False):\n    pass\n",
                "use.py": "from api import fetch, poll, load\nfetch('u', ↓timeout=1)\npoll('u', ↓every=2)\nload('p', ↓strict=True)\n",
            ],
            kind: .renamedParameter),

        RuleExample(
            name: "__init__ and methods inherited through a subscripted generic base, class Repo(Base[User])",
            before: [
                "repo.py": "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Base(Generic[T]):\n    def __init__(self, session=None):\n        pass\n    def get(self, key, default=None):\n        pass\nclass User:\n    pass\nclass Repo(Base[User]):\n    pass\n",
                "use.py": "from repo import Repo\nr = Repo(session=1)\nr.get(1, default=2)\n",
            ],
            after: [
                "repo.py": "from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Base(Generic[T]):\n    def __init__(self, db=None):\n        pass\n    def get(self, key, fallback=None):\n        pass\nclass User:\n    pass\nclass Repo(Base[User]):\n    pass\n",
                "use.py": "from repo import Repo\nr = Repo(↓session=1)\nr.get(1, ↓default=2)\n",
            ],
            kind: .renamedParameter),

        RuleExample(
            name: "dataclasses.replace(obj, k=...) and a NamedTuple's obj._replace(k=...) take the class's fields",
            before: [
                "app/context.py": dataclassBefore + "\nfrom typing import NamedTuple\nclass Span(NamedTuple):\n    start: int\n    end: int = 0\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import UserExecutionContext, Span\nctx = UserExecutionContext(user_id='u')\nnew = dataclasses.replace(ctx, websocket_connection_id='w')\nspan = Span(1)\nlonger = span._replace(end=5)\n",
            ],
            after: [
                "app/context.py": dataclassAfter + "\nfrom typing import NamedTuple\nclass Span(NamedTuple):\n    start: int\n    stop: int = 0\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import UserExecutionContext, Span\nctx = UserExecutionContext(user_id='u')\nnew = dataclasses.replace(ctx, ↓websocket_connection_id='w')\nspan = Span(1)\nlonger = span._replace(↓end=5)\n",
            ],
            kind: .renamedParameter),

        RuleExample(
            name: "a standard-library factory called with a keyword no Python 3 version takes: namedtuple, the functional Enum API",
            before: ["kinds.py": "import enum\n"],
            after: [
                "kinds.py": "import enum\nimport collections as c\nfrom collections import namedtuple\nfrom enum import IntFlag as Bits\nPoint = namedtuple('Point', 'x y', ↓default=(0,))\nPair = c.namedtuple('Pair', 'a b', ↓renames=True)\nColor = enum.Enum('Color', 'RED GREEN', ↓begin=0)\nMode = Bits('Mode', 'R W', ↓boundry=enum.KEEP)\n",
            ],
            kind: .unknownKeyword),

        RuleExample(
            name: "p = functools.partial(f, ...) then p(k=...): the keywords are f's",
            before: [
                "api.py": "def fetch(url, timeout=None, retries=0):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial\nfrom api import fetch\nget = functools.partial(fetch, retries=3)\nget('u', timeout=1)\nslow = partial(fetch, 'u')\nslow(timeout=9)\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None, retries=0):\n    pass\n",
                "use.py": "import functools\nfrom functools import partial\nfrom api import fetch\nget = functools.partial(fetch, retries=3)\nget('u', ↓timeout=1)\nslow = partial(fetch, 'u')\nslow(↓timeout=9)\n",
            ],
            kind: .renamedParameter, suggestion: "deadline"),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            name: "standard-library factories: keywords some Python 3 version takes, a shadowed or in-tree name, and TypedDict/NamedTuple field keywords",
            before: ["kinds.py": "import enum\n", "collections.py": "def namedtuple(*names, **options):\n    return names\n"],
            after: [
                "kinds.py": "import enum\nfrom collections import namedtuple\nfrom typing import NamedTuple, TypedDict\nOld = namedtuple('Old', 'x y', verbose=True)\nNew = namedtuple(typename='New', field_names='x', rename=True, defaults=(0,), module='m')\nColor = enum.Enum('Color', 'RED GREEN', start=0, boundary=enum.STRICT, qualname='k.Color', module='k', type=int)\nColor(value=1)\nP = NamedTuple('P', x=int)\nT = TypedDict('T', x=int)\n",
                "shadow.py": "from enum import Enum\ndef Enum(name, members, **options):\n    return name\nE = Enum('E', 'A', begin=0)\n",
                "local.py": "import enum\ndef build(enum):\n    return enum.Enum('E', 'A', begin=0)\n",
                "collections.py": "def namedtuple(*names, **options):\n    return names\n",
                "intree.py": "from collections import namedtuple\nP = namedtuple('P', 'x', default=0)\n",
            ]),
        RuleExample(
            name: "a class a @dataclass_transform decorator or base is told init=False about writes no __init__ of its fields",
            before: ["base.py": "from typing import dataclass_transform\n@dataclass_transform()\ndef model(cls=None, *, init=True):\n    return cls\n@dataclass_transform()\nclass ModelBase:\n    def __init_subclass__(cls, **options):\n        pass\n"],
            after: [
                "base.py": "from typing import dataclass_transform\n@dataclass_transform()\ndef model(cls=None, *, init=True):\n    return cls\n@dataclass_transform()\nclass ModelBase:\n    def __init_subclass__(cls, **options):\n        pass\n",
                "models.py": "from base import model, ModelBase\n@model(init=False)\nclass User:\n    name: str\n    def __post_init__(self):\n        pass\nclass Order(ModelBase, init=False):\n    total: int\n",
                "use.py": "from models import User, Order\nUser(nickname='n')\nOrder(amount=1)\n",
            ]),
        RuleExample(
            name: "a new call of a type[C] parameter with a keyword a subclass in the tree takes, or may take; cls(...) stays open",
            before: ["shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n", "factory.py": "from shapes import Shape\n"],
            after: [
                "shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n" + "class Blob(Shape):\n    def __init__(self, colour, **options):\n        super().__init__(colour)\n",
                "factory.py": "from shapes import Shape\ndef make(kind: type[Shape]):\n    return kind(radius=2)\ndef paint(kind: type[Shape]):\n    return kind('red', glow=True)\n",
                "config.py": "import plugins\nclass Config:\n    def __init__(self, path):\n        self.path = path\n    @classmethod\n    def load(cls):\n        return cls(path='x', verbose=True)\n    @classmethod\n    def quiet(cls):\n        return cls(path='x', silent=True)\nclass Remote(Config, plugins.Mixin):\n    pass\nclass Loud(Config):\n    def __init__(self, path, verbose=False):\n        super().__init__(path)\n",
            ]),
        RuleExample(
            name: "inside the class, a keyword __x= is mangled the same way as the parameter, and accepted",
            before: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n"],
            after: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n\n    def refill(self):\n        self.put(__item=2)\n        helper = lambda: self.put(__item=3)\n"]),
        RuleExample(
            name: "dataclass_transform: an aliased field under its alias, a field with init=False left out, defaults from the specifier",
            before: ["base.py": "from typing import dataclass_transform\ndef field(*, default=None, init=True, kw_only=False, alias=None):\n    return default\n@dataclass_transform(field_specifiers=(field,))\ndef model(cls):\n    return cls\n@dataclass_transform(kw_only_default=True, field_specifiers=(field,))\nclass ModelBase:\n    pass\n@dataclass_transform()\nclass ModelMeta(type):\n    pass\n", "models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    age: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    total: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    sku: str\n"],
            after: ["use.py": "from models import User, Order, Item\nUser('n', age=1, id=2)\nUser(name='m')\nOrder(total=3)\nItem('s')\n"]),
        RuleExample(
            name: "a comprehension's own variable is not the function's name of the same spelling",
            before: ["a.py": "class A:\n    def m(self, k=1):\n        pass\n", "use.py": "from a import A\n\ndef f(items):\n    x = A()\n    return [x.m(k=2) for x in items], {x.m(k=3) for x in items}, sum(x.m(k=4) for x in items)\n"],
            after: ["a.py": "class A:\n    def m(self, kk=1):\n        pass\n"]),
        RuleExample(
            name: "isinstance narrows only the branch it heads: a binding in an elif is not narrowed",
            before: ["text.py": "class Text:\n    def truncate(self, width, *, overflow=None):\n        pass\n", "rule.py": "from text import Text\n\ndef render(title, width):\n    if isinstance(title, Text):\n        shown = title\n    elif width:\n        shown = title\n    else:\n        shown = Text()\n    shown.truncate(width, overflow='fold')\n"],
            after: ["text.py": "class Text:\n    def truncate(self, width, *, overflow_mode=None):\n        pass\n", "rule.py": "from text import Text\n\ndef render(title, width):\n    if isinstance(title, Text):\n        shown = title\n    elif width:\n        shown = title\n    else:\n        shown = Text()\n    shown.truncate(width, overflow='fold')\n"]),
        RuleExample(
            name: "a file moved and edited (most of it unchanged): a stale call it carried along is not the change's",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "old/use.py": "from api import fetch\n\ndef load(urls):\n    for u in urls:\n        fetch(u, timout=1)\n    return urls\n",
                "Sources/Geo/Point.swift": "struct Point {\n    init(x: Int, y: Int) {}\n}\n",
                "Sources/Geo/Old.swift": "let p = Point(x: 1, z: 2)\nlet q = Point(x: 3, y: 4)\nlet r = Point(x: 5, y: 6)\n",
            ],
            after: [
                "new/use.py": "from api import fetch\n\ndef load(urls):\n    seen = []\n    for u in urls:\n        fetch(u, timout=1)\n    return urls\n",
                "Sources/Geo/New.swift": "let p = Point(x: 1, z: 2)\nlet q = Point(x: 3, y: 4)\nlet r = Point(x: 5, y: 6)\nlet s = 7\n",
            ],
            removed: ["old/use.py", "Sources/Geo/Old.swift"]),
        RuleExample(
            name: "a decorator that is an instance whose __call__ says nothing of what it returns hides the signature",
            before: ["hooks.py": "from typing import Callable, TypeVar\nF = TypeVar(\"F\", bound=Callable)\nclass Registry:\n    def __call__(self, fn: F) -> F:\n        return fn\nclass Wrapping:\n    def __call__(self, fn):\n        return lambda *a, **k: fn(*a, **k)\nhook = Registry()\nwrap = Wrapping()\n", "handlers.py": "from hooks import wrap\n@wrap\ndef on_save(path, force=False):\n    pass\n"],
            after: ["use.py": "from handlers import on_save\non_save('p', forse=True)\n"]),
        RuleExample(
            name: "a function defined differently in two branches: a keyword one definition takes",
            before: ["compat.py": "import sys\nif sys.version_info >= (3, 12):\n    def load(path, *, strict=False):\n        pass\nelse:\n    def load(path, strict=False, legacy=True):\n        pass\n"],
            after: ["use.py": "from compat import load\nload('p', legacy=False)\n"]),
        RuleExample(
            name: "globals() bound to something other than a local import binds nothing paramguard follows",
            before: ["app/models.py": "class Client:\n    def __init__(self, timeout=5):\n        pass\n"],
            after: [
                "app/models.py": "class Client:\n    def __init__(self, timeout_seconds=5):\n        pass\n",
                "tests/conftest.py": "from elsewhere import Client\n\ndef setup_module():\n    Local = make()\n    globals()['Client'] = Local\n\ndef test_client():\n    Client(timeout=1)\n",
            ]),
        RuleExample(
            name: "TypedDict: a mapping passed positionally, keys left out where total=False or NotRequired, Unpack of a TypedDict from elsewhere",
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n"],
            after: ["use.py": "from movies import Film, Movie, show\nfrom elsewhere import Options\nfrom typing_extensions import Unpack\ndef run(**kw: Unpack[Options]):\n    pass\nMovie({'title': 'x', 'year': 1})\nMovie(title='x', year=1)\nFilm(title='x', year=2)\nshow(title='x', year=3, rating=1.0)\nrun(anything=1)\n"]),
        RuleExample(
            name: "a binding that may not hold where the call is (a branch, a later one a loop brings back) leaves the name open",
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
        RuleExample(
            name: "a file copied or moved unchanged holds no new calls: a stale call it already had is not the change's",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "old/use.py": "from api import fetch\nfetch('u', timout=1)\n",
                "Sources/Geo/Point.swift": "struct Point {\n    init(x: Int, y: Int) {}\n}\n",
                "Sources/Geo/Old.swift": "let p = Point(x: 1, z: 2)\n",
            ],
            after: [
                "new/use.py": "from api import fetch\nfetch('u', timout=1)\n",
                "Sources/Geo/New.swift": "let p = Point(x: 1, z: 2)\n",
            ]),
        RuleExample(
            name: "a partial that binds the required arguments: calling it with none is fine",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "use.py": "import functools\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, key, timeout=None):\n    pass\n",
                "use.py": "import functools\nfrom api import fetch\nget = functools.partial(fetch, 'u', 'k')\nget()\nget(timeout=2)\n",
            ]),
        RuleExample(
            name: "replace on an instance of unknown class, and a class's own _replace method, are not read as field copies",
            before: [
                "app/context.py": dataclassBefore + "\nclass Editor:\n    def _replace(self, end=0):\n        pass\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import Editor\ndef f(ctx):\n    return dataclasses.replace(ctx, websocket_connection_id='w')\ne = Editor()\ne._replace(end=1)\n",
            ],
            after: [
                "app/context.py": dataclassAfter + "\nclass Editor:\n    def _replace(self, end=0):\n        pass\n",
                "app/jobs.py": "import dataclasses\nfrom app.context import Editor\ndef f(ctx):\n    return dataclasses.replace(ctx, websocket_connection_id='w', user_id='x')\ne = Editor()\ne._replace(end=2)\n",
            ]),
        RuleExample(
            name: "decorators that may change the signature stay opaque: one injecting an argument, a decorator factory called with arguments",
            before: [
                "deco.py": "import functools\ndef with_session(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n        return fn(*args, session=1, **kwargs)\n    return wrapper\ndef retry(times):\n    def decorate(fn):\n        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n            return fn(*args, **kwargs)\n        return wrapper\n    return decorate\n",
                "api.py": "from deco import with_session, retry\n@with_session\ndef save(item, session, flush=False):\n    pass\n@retry(3)\ndef send(item, timeout=None):\n    pass\n",
                "use.py": "from api import save, send\n",
            ],
            after: [
                "use.py": "from api import save, send\nsave('i', flush=True)\nsend('i', timeout=2)\nsend('i', deadline=2)\n",
            ]),
        RuleExample(
            name: "a method that returns self on one path and something else on another says nothing of its result",
            before: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        if field:\n            return self\n        return Other()\n    def limit(self, count=10):\n        return self\nclass Other:\n    def limit(self, count=10):\n        pass\n",
                "use.py": "from q import Query\nQuery().where('a').limit(count=5)\n",
            ],
            after: [
                "q.py": "class Query:\n    def where(self, field, value=None):\n        if field:\n            return self\n        return Other()\n    def limit(self, size=10):\n        return self\nclass Other:\n    def limit(self, count=10):\n        pass\n",
            ]),
        RuleExample(
            name: "loops whose element type is not said: a dict (keys), an unannotated list, a name also assigned, a tuple target",
            before: [
                "bus.py": "class Handler:\n    def handle(self, event, retry=False):\n        pass\ndef run(table: dict[str, Handler], plain: list, pairs: list[Handler]):\n    for key in table:\n        key.handle(1, retry=True)\n    for p in plain:\n        p.handle(2, retry=True)\n    for a, b in pairs:\n        a.handle(3, retry=True)\n    pairs = [object()]\n    for q in pairs:\n        q.handle(4, retry=True)\n",
            ],
            after: [
                "bus.py": "class Handler:\n    def handle(self, event, retries=False):\n        pass\ndef run(table: dict[str, Handler], plain: list, pairs: list[Handler]):\n    for key in table:\n        key.handle(1, retry=True)\n    for p in plain:\n        p.handle(2, retry=True)\n    for a, b in pairs:\n        a.handle(3, retry=True)\n    pairs = [object()]\n    for q in pairs:\n        q.handle(4, retry=True)\n",
            ]),
        RuleExample(
            name: "a dict after ** with a computed key, a spread, or a prefixed string key may carry any keyword",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "use.py": "from api import fetch\nkey = 'timeout'\nextra = {}\nfetch('u', **{key: 1})\nfetch('u', **{'timeout': 1, **extra})\nfetch('u', **{f'time{key}': 1})\n",
            ],
            after: ["api.py": "def fetch(url, deadline=None):\n    pass\n"]),
        RuleExample(
            name: "positional changes: calls passing *args, an unbound method called with its instance, a call already short before, keyword calls",
            before: [
                "geo.py": "def move(x, y, z=0):\n    pass\nclass Box:\n    def scale(self, a, b, c=0):\n        pass\n",
                "use.py": "from geo import move, Box\nargs = (1, 2)\nmove(*args)\nBox.scale(Box(), 1, 2, 3)\nmove(1)\nmove(1, y=2, z=3)\n",
            ],
            after: [
                "geo.py": "def move(x, q, y):\n    pass\nclass Box:\n    def scale(self, a, b):\n        pass\n",
                "use.py": "from geo import move, Box\nargs = (1, 2)\nmove(*args)\nBox.scale(Box(), 1, 2)\nmove(1)\nmove(1, q=0, y=2)\n",
            ]),
        RuleExample(
            name: "a new call of a type[C] parameter with a keyword only a subclass takes",
            before: [
                "models.py": "class Model:\n    def __init__(self, name=None):\n        pass\nclass Tagged(Model):\n    def __init__(self, name=None, tag=None):\n        pass\n",
                "use.py": "from models import Model\n",
            ],
            after: [
                "use.py": "from models import Model\ndef build(kind: type[Model]):\n    return kind(name='a', tag='t')\n",
            ]),
        RuleExample(
            name: "a def or class in a function body shadows the imported name for the calls in that body",
            before: [
                "m.py": "class Inner:\n    def __init__(self, a): pass\ndef helper(b=1): pass\n",
                "u.py": "from m import Inner, helper\ndef outer():\n    class Inner:\n        def __init__(self, a): pass\n    def helper(b=1): pass\n    Inner(a=1)\n    def nested():\n        helper(b=2)\n",
            ],
            after: ["m.py": "class Inner:\n    def __init__(self, z): pass\ndef helper(y=1): pass\n"]),
        RuleExample(
            name: "calls inside pytest.raises(TypeError) / assertRaises((TypeError, ...)) are tests of the error",
            before: [
                "api.py": "def fetch(url, timeout=None):\n    pass\n",
                "test_api.py": "import pytest\nfrom api import fetch\n",
            ],
            after: [
                "api.py": "def fetch(url, deadline=None):\n    pass\n",
                "test_api.py": "import pytest\nimport unittest\nfrom api import fetch\ndef test_old():\n    with pytest.raises(TypeError, match='timeout'):\n        fetch('u', timeout=1)\n    with pytest.raises(TypeError): fetch('u', timeout=2)\nclass T(unittest.TestCase):\n    def test(self):\n        with self.assertRaises((ValueError, TypeError)):\n            fetch('u', timeout=3)\n",
            ]),
        RuleExample(
            name: "a name rebound by with ... as or a for loop no longer holds what it was assigned; an __enter__ that says nothing",
            before: [
                "db.py": "class Session:\n    def query(self, sql, timeout=None):\n        pass\nclass Opaque:\n    def __enter__(self):\n        return object()\n",
                "use.py": "from db import Session, Opaque\ns = Session()\nwith open('f') as s:\n    s.query('a', timeout=1)\nt = Session()\nfor t in range(3):\n    t.query('b', timeout=2)\nwith Opaque() as u:\n    u.query('c', timeout=3)\n",
            ],
            after: [
                "db.py": "class Session:\n    def query(self, sql, deadline=None):\n        pass\nclass Opaque:\n    def __enter__(self):\n        return object()\n",
            ]),
        RuleExample(
            name: "an inherited method the class overrides, hides by assignment, or may get from a base outside the tree",
            before: [
                "shop/cart.py": "import thirdparty\nclass Cart:\n    def add(self, item, qty=1):\n        pass\nclass OwnCart(Cart):\n    def add(self, item, qty=1):\n        pass\nclass AliasCart(Cart):\n    add = staticmethod(print)\nclass MixedCart(thirdparty.Mixin, Cart):\n    pass\nclass TwoCart(Cart, OwnCart):\n    pass\n",
                "shop/use.py": "from shop.cart import OwnCart, AliasCart, MixedCart\nOwnCart().add('a', qty=1)\nAliasCart().add('b', qty=1)\nMixedCart().add('c', qty=1)\n",
            ],
            after: [
                "shop/cart.py": "import thirdparty\nclass Cart:\n    def add(self, item, quantity=1):\n        pass\nclass OwnCart(Cart):\n    def add(self, item, qty=1):\n        pass\nclass AliasCart(Cart):\n    add = staticmethod(print)\nclass MixedCart(thirdparty.Mixin, Cart):\n    pass\nclass TwoCart(Cart, OwnCart):\n    pass\n",
                "shop/use.py": "from shop.cart import OwnCart, AliasCart, MixedCart, TwoCart\nOwnCart().add('a', qty=1)\nAliasCart().add('b', qty=1)\nMixedCart().add('c', qty=1)\nTwoCart().add('d', qty=1)\n",
            ]),
        RuleExample(
            name: "rename with every caller migrated in the same commit",
            before: [
                "app/context.py": dataclassBefore,
                "app/jobs.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: [
                "app/context.py": dataclassAfter,
                "app/jobs.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_client_id='w')\n",
            ]),
        RuleExample(
            name: "the new signature takes **kwargs, so the old keyword is still accepted",
            before: [
                "api.py": "def fetch(url, verbose=False):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', verbose=True)\n",
            ],
            after: ["api.py": "def fetch(url, debug=False, **options):\n    verbose = options.pop('verbose', debug)\n"]),
        RuleExample(
            name: "the old parameter is kept next to the new one",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=3)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5, timeout=None):\n    pass\n"]),
        RuleExample(
            name: "a same-named class in another module keeps the old keyword; its callers are fine",
            before: [
                "app/__init__.py": "", "legacy/__init__.py": "",
                "app/context.py": dataclassBefore,
                "legacy/context.py": "class UserExecutionContext:\n    def __init__(self, user_id, websocket_connection_id=None):\n        pass\n",
                "legacy/jobs.py": "from legacy.context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: ["app/context.py": dataclassAfter]),
        RuleExample(
            name: "a call into a third-party module cannot be resolved and is never a finding",
            before: ["use.py": "import requests\n"],
            after: ["use.py": "import requests\nrequests.get('u', no_such_keyword=1)\n"]),
        RuleExample(
            name: "a pre-existing bad call in an untouched file is not this change's doing",
            before: [
                "api.py": "def fetch(url):\n    pass\ndef other(a):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', bogus=1)\n",
            ],
            after: ["api.py": "def fetch(url):\n    pass\ndef other(b):\n    pass\n"]),
        RuleExample(
            name: "the old keyword only appears in strings and comments",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "# fetch(url, timeout=1)\ndoc = 'fetch(url, timeout=1)'\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5):\n    pass\n"]),
        RuleExample(
            name: "an unknown class decorator may write __init__, so the constructor is unknown",
            before: ["m.py": "import orm\n@orm.model\nclass C:\n    x = orm.column()\n"],
            after: ["use.py": "from m import C\nC(x=1, y=2)\n"]),
        RuleExample(
            name: "a star import hides what a name is bound to",
            before: ["api.py": "def fetch(url):\n    pass\n"],
            after: ["use.py": "from api import *\nfetch('u', timeout=1)\n"]),
        RuleExample(
            name: "a method called on an object of unknown type is not resolved",
            before: [
                "shop.py": "class Cart:\n    def add(self, item, qty=1):\n        pass\n",
                "use.py": "def f(cart):\n    cart.add('x', qty=2)\n",
            ],
            after: ["shop.py": "class Cart:\n    def add(self, item, quantity=1):\n        pass\n"]),
        RuleExample(
            name: "renaming a positional-only parameter breaks no keyword caller",
            before: [
                "api.py": "def area(w, h, /):\n    return w * h\n",
                "use.py": "from api import area\narea(1, 2)\n",
            ],
            after: ["api.py": "def area(width, height, /):\n    return width * height\n"]),
        RuleExample(
            name: "a ClassVar is not a dataclass field and an InitVar is",
            before: ["m.py": "from dataclasses import dataclass, InitVar\nfrom typing import ClassVar\n@dataclass\nclass C:\n    registry: ClassVar[dict] = {}\n    seed: InitVar[int] = 0\n"],
            after: ["use.py": "from m import C\nC(seed=3)\n"]),
        RuleExample(
            name: "a class without __init__ and with an unresolvable base is left alone",
            before: ["m.py": "from somewhere import Base\nclass C(Base):\n    pass\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        RuleExample(
            name: "a class with a metaclass may accept any arguments through the metaclass's __call__",
            before: ["m.py": "from meta import Registry\nclass C(metaclass=Registry):\n    pass\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        RuleExample(
            name: "a class defining __new__ takes what __new__ takes",
            before: ["m.py": "class C:\n    def __new__(cls, *args, **kwargs):\n        return super().__new__(cls)\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        RuleExample(
            name: "a call that passes **kwargs and the renamed keyword only through them is unverifiable, not a finding",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\ndef go(**kw):\n    fetch('u', **kw)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5):\n    pass\n"]),
        RuleExample(
            name: "an inline suppression on the keyword's line or the call's first line",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\nfetch(\n    'u',\n    timeout=2,\n)\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout_seconds=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)  # paramguard: ignore\nfetch(  # paramguard: ignore[renamed-parameter]\n    'u',\n    timeout=2,\n)\n",
            ]),
        RuleExample(
            name: "super().__init__ in a mixin or under several bases depends on the run-time MRO",
            before: [
                "m.py": "class Base:\n    def __init__(self, a):\n        pass\nclass Other:\n    pass\nclass Mixin:\n    def __init__(self, **kw):\n        super().__init__(b=1, **kw)\nclass Both(Base, Other):\n    def __init__(self):\n        super().__init__(b=2)\n",
            ],
            after: ["m.py": "class Base:\n    def __init__(self, a):\n        pass\nclass Other:\n    pass\nclass Mixin:\n    def __init__(self, **kw):\n        super().__init__(b=1, c=1, **kw)\nclass Both(Base, Other):\n    def __init__(self):\n        super().__init__(b=2, c=2)\n"]),
        RuleExample(
            name: "conditional imports: one candidate still accepts the keyword",
            before: [
                "fast.py": "def parse(text, strict=False):\n    pass\n",
                "slow.py": "def parse(text, **options):\n    pass\n",
            ],
            after: ["use.py": "try:\n    from fast import parse\nexcept ImportError:\n    from slow import parse\nparse('t', pedantic=True)\n"]),
        RuleExample(
            name: "__all__ hides a name from a star re-export, so the name is not resolved there",
            before: [
                "pkg/__init__.py": "from .models import *\n",
                "pkg/models.py": "__all__ = ['User']\nclass User:\n    pass\nclass Hidden:\n    pass\n",
            ],
            after: ["use.py": "from pkg import Hidden\nHidden(x=1)\n"]),
        RuleExample(
            name: "namedtuple with rename=True has field names only known at run time",
            before: ["geo.py": "from collections import namedtuple\nPoint = namedtuple('Point', 'x def', rename=True)\n"],
            after: ["use.py": "from geo import Point\nPoint(x=1, _1=2)\n"]),
        RuleExample(
            name: "a parameter with the imported class's name hides the import",
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ndef build(Context):\n    return Context(b=1)\n"]),
        RuleExample(
            name: "a name reassigned to something else is not the imported class any more",
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ntry:\n    from fast import Context\nexcept ImportError:\n    Context = None\nContext(b=1)\n"]),
        RuleExample(
            name: "an import in a class body is not seen from its methods",
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "class Holder:\n    from m import Context\n    def make(self):\n        return Context(b=1)\n"]),
        RuleExample(
            name: "calling an instance runs __call__, not the constructor",
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ndef run(ctx: Context):\n    return ctx(b=1)\n"]),
        RuleExample(
            name: "a variable assigned the result of a call without a return annotation has no known type",
            before: ["m.py": "class Options:\n    def update(self, width=None):\n        return self\ndef make():\n    return Options()\n"],
            after: ["use.py": "from m import make\nopts = make()\nopts.update(height=1)\n"]),
        RuleExample(
            name: "pydantic: extra='allow' in model_config or a nested Config, aliases, and subclass fields",
            before: [
                "models.py": "import pydantic\nfrom pydantic import BaseModel, ConfigDict\nclass Open(BaseModel):\n    model_config = ConfigDict(extra='allow')\n    a: int\nclass Legacy(pydantic.BaseModel):\n    a: int\n    class Config:\n        extra = 'allow'\nclass User(BaseModel):\n    email: str = pydantic.Field(alias='mail')\nclass Admin(User):\n    level: int = 0\n",
            ],
            after: ["use.py": "from models import Open, Legacy, User, Admin\nOpen(a=1, b=2)\nLegacy(a=1, b=2)\nUser(mail='m')\nUser(email='m')\nAdmin(mail='m', level=2)\n"]),
        RuleExample(
            name: "attrs: a renamed attribute that keeps its old keyword through alias=",
            before: [
                "m.py": "import attr\n@attr.s\nclass Job:\n    retries = attr.ib(default=3)\n",
                "use.py": "from m import Job\nJob(retries=1)\n",
            ],
            after: ["m.py": "import attr\n@attr.s\nclass Job:\n    attempts = attr.ib(default=3, alias='retries')\n"]),
        RuleExample(
            name: "functools.partial of a callable outside the repository is not resolved",
            before: ["use.py": "import functools\n"],
            after: ["use.py": "import functools\nimport json\nfunctools.partial(json.dumps, no_such=1)\n"]),
        RuleExample(
            name: "new required arguments passed positionally, by keyword, or through *args and **kwargs",
            before: [
                "api.py": "def fetch(url):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\n",
            ],
            after: [
                "api.py": "def fetch(url, timeout, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', 5)\nfetch('u', timeout=5)\ndef go(*a, **k):\n    fetch(*a)\n    fetch('u', **k)\n",
            ]),
        RuleExample(
            name: "a decorator that may supply arguments, and a partial application, are not checked for missing ones",
            before: ["api.py": "import functools\nfrom db import with_session\n@with_session\ndef save(session, item):\n    pass\ndef fetch(url, timeout):\n    pass\n"],
            after: ["use.py": "import functools\nfrom api import save, fetch\nsave(item=1)\nquick = functools.partial(fetch, timeout=1)\n"]),
        RuleExample(
            name: "an attribute that is also set to something else, or never set here, has no known type",
            before: ["spin.py": "class Spinner:\n    def update(self, text=''):\n        pass\n"],
            after: ["status.py": "from spin import Spinner\nclass Status:\n    def __init__(self):\n        self._spinner = Spinner()\n    def stop(self):\n        self._spinner = None\n    def show(self):\n        self._spinner.update(bogus=1)\n        self.other.update(bogus=2)\n"]),
        RuleExample(
            name: "attributes whose types depend on each other in a cycle are not followed for ever",
            before: ["m.py": "class A:\n    def __init__(self):\n        self.a = self.b.make()\n        self.b = self.a.make()\n"],
            after: ["use.py": "class B:\n    def __init__(self):\n        self.a = self.b.make()\n        self.b = self.a.make()\n    def go(self):\n        self.a.run(k=1)\n"]),
        RuleExample(
            name: "super(Other, self) skips past Other in the MRO, which is not followed",
            before: ["m.py": "class Entity:\n    def __init__(self, name):\n        pass\nclass Segment(Entity):\n    def __init__(self, name, trace_id):\n        super().__init__(name)\nclass Dummy(Segment):\n    def __init__(self):\n        super(Segment, self).__init__('n')\n"],
            after: ["use.py": "from m import Segment\nclass Fake(Segment):\n    def __init__(self):\n        super(Segment, self).__init__(name='n')\n"]),
        RuleExample(
            name: "cls(...) may build a subclass that takes more keywords",
            before: ["m.py": "class Base:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Base\nclass Child(Base):\n    @classmethod\n    def make(cls):\n        return cls(a=1, extra=2)\n"]),
        RuleExample(
            name: "a class with both __new__ and __init__ may build another class's instance",
            before: ["m.py": "class Op:\n    def __new__(cls, *args, **kwargs):\n        return object.__new__(Custom)\n    def __init__(self, dtype):\n        pass\nclass Custom(Op):\n    def __init__(self, matvec):\n        pass\n"],
            after: ["use.py": "from m import Op\nOp(matvec=1)\n"]),
        RuleExample(
            name: "a decorator that may add keywords (a paginator adding max_results=) is trusted",
            before: ["m.py": "from util import paginate\nclass Backend:\n    @paginate({'x': 1})\n    def list_things(self):\n        return []\n"],
            after: ["use.py": "from m import Backend\ndef go(b: Backend):\n    return b.list_things(max_results=5)\n"]),
        RuleExample(
            name: "a definition with a syntax error in the change is skipped (fail open, with a notice)",
            before: [
                "api.py": "def fetch(url, timeout=5):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u', timeout=1)\n",
            ],
            after: ["api.py": "def fetch(url, timeout_seconds=5:\n    pass\n"]),
    ]
}
