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
        examples: [
            Example(
                "the example `paramguard rules unknown-keyword` shows", .python,
                before: ["api.py": "def fetch(url, timeout=5):\n    return url\n", "use.py": "from api import fetch\n"],
                after: ["api.py": "def fetch(url, timeout=5):\n    return url\n", "use.py": "from api import fetch\nfetch('u', ↓timout=1)\n"]),
        ] + unknownKeywordExamples,
        counterexamples: unknownKeywordCounterexamples)
}

// MARK: - Examples

extension Rule {
    /// Changes `unknown-keyword` must report, beyond the one `paramguard rules` shows.
    static let unknownKeywordExamples: [Example] = [
        Example(
            "a migration record already in the tree accepts no new call: it declared the change that added it", .python,
            before: ["context.py": Example.dataclassAfter, ".paramguard.toml": Example.incidentRecord, "use.py": "from context import UserExecutionContext\n"],
            after: ["new.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n"],
            suggestion: "websocket_client_id"),
        Example(
            "a call a migration record accepted stays in its file; a new copy of it beside it is a new call", .python,
            before: [
                "context.py": Example.dataclassAfter, ".paramguard.toml": Example.incidentRecord,
                "use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\n",
            ],
            after: ["use.py": "from context import UserExecutionContext\nUserExecutionContext(user_id='u', websocket_connection_id='w')\nUserExecutionContext(user_id='v', ↓websocket_connection_id='x')\n"],
            suggestion: "websocket_client_id"),
        Example(
            "a new call of a type[C] parameter with a keyword the class and every subclass in the tree reject", .python,
            before: ["shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n", "factory.py": "from shapes import Shape\n"],
            after: [
                "shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n",
                "factory.py": "from typing import Type\nfrom shapes import Shape\ndef make(kind: type[Shape]):\n    return kind(↓color='red')\ndef make_many(kind: Type[Shape]):\n    return [kind(↓radus=2)]\n",
            ]),
        Example(
            "a method's __x parameter is name-mangled: a caller outside the class cannot pass __x=", .python,
            before: ["m.py": "class Box:\n    def put(self, __item, count=1):\n        pass\n"],
            after: ["use.py": "from m import Box\nBox().put(↓__item=1)\n"]),
        Example(
            "a file moved and edited: a stale call the edit adds is the change's", .python,
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
        Example(
            "a decorator that is an instance of a class whose __call__ returns what it is given keeps the signature", .python,
            before: ["hooks.py": "from typing import Callable, TypeVar\nF = TypeVar(\"F\", bound=Callable)\nclass Registry:\n    def __call__(self, fn: F) -> F:\n        return fn\nclass Wrapping:\n    def __call__(self, fn):\n        return lambda *a, **k: fn(*a, **k)\nhook = Registry()\nwrap = Wrapping()\n", "handlers.py": "from hooks import hook\n@hook\ndef on_save(path, force=False):\n    pass\n"],
            after: ["use.py": "from handlers import on_save\non_save('p', ↓forse=True)\n"],
            suggestion: "force"),
        Example(
            "functional TypedDict: a call with a key the literal does not list", .python,
            before: ["movies.py": "from typing import TypedDict\nMovie = TypedDict('Movie', {'title': str, 'year': int}, total=False)\n"],
            after: ["use.py": "from movies import Movie\nMovie(title='x', ↓yeer=1)\nMovie({'title': 'y'})\n"],
            suggestion: "year"),
        Example(
            "a keyword passed to a positional-only parameter", .python,
            before: ["m.py": "def scale(value, /, factor=2):\n    pass\n"],
            after: ["use.py": "from m import scale\nscale(↓value=3)\n"]),
        Example(
            "a function defined differently in two branches: a keyword both definitions reject", .python,
            before: ["compat.py": "import sys\nif sys.version_info >= (3, 12):\n    def load(path, *, strict=False):\n        pass\nelse:\n    def load(path, strict=False, legacy=True):\n        pass\n"],
            after: ["use.py": "from compat import load\nload('p', ↓stirct=True)\n"],
            suggestion: "strict"),
        Example(
            "TypedDict: a new call with a key the TypedDict (or its subclass) lacks, also through **kwargs: Unpack[...]", .python,
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n"],
            after: ["use.py": "from movies import Film, Movie, show\nMovie(title='x', ↓yeer=1)\nFilm(title='x', year=1, ↓studoi='y')\nshow(title='x', ↓yeer=2)\n"]),
        Example(
            "a new call with a stale keyword to a definition this change does not touch", .python,
            before: [
                "app/context.py": Example.dataclassAfter,
                "app/__init__.py": "",
            ],
            after: [
                "app/notify.py": "from app.context import UserExecutionContext\nUserExecutionContext(user_id='u', ↓websocket_connection_id='w')\n",
            ],
            suggestion: "websocket_client_id"),
        Example(
            "an edited call gains a keyword the callee never had", .python,
            before: [
                "api.py": "def fetch(url, retries=3):\n    pass\n",
                "use.py": "from api import fetch\nfetch('u')\n",
            ],
            after: ["use.py": "from api import fetch\nfetch('u', ↓retry=2)\n"],
            suggestion: "retries"),
        Example(
            "a field with init=False is not an __init__ parameter", .python,
            before: ["m.py": "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    a: int\n    cache: dict = field(init=False)\n"],
            after: ["use.py": "from m import C\nC(a=1, ↓cache={})\n"]),
        Example(
            "a class without __init__ or bases takes no arguments at all", .python,
            before: ["m.py": "class Plain:\n    pass\n"],
            after: ["use.py": "from m import Plain\nPlain(↓x=1)\n"]),
        Example(
            "NamedTuple: a new call with a field the tuple does not have", .python,
            before: ["geo.py": "from typing import NamedTuple\nclass Point(NamedTuple):\n    x: int\n    y: int = 0\n"],
            after: ["use.py": "from geo import Point\nPoint(x=1, ↓z=2)\n"]),
        Example(
            "a class without __init__ takes what its __new__ takes", .python,
            before: ["m.py": "class Token:\n    def __new__(cls, text, kind=None):\n        return object.__new__(cls)\n"],
            after: ["use.py": "from m import Token\nToken('t', ↓knd=1)\n"],
            suggestion: "kind"),
        Example(
            "functional named tuples: namedtuple('P', 'x y') and NamedTuple('P', [...])", .python,
            before: [
                "geo.py": "from collections import namedtuple\nimport typing\nPoint = namedtuple('Point', 'x y', defaults=(0,))\nSize = typing.NamedTuple('Size', [('w', int), ('h', int)])\n",
            ],
            after: ["use.py": "from geo import Point, Size\nPoint(x=1, y=2)\nPoint(x=1, ↓z=2)\nSize(w=1, ↓height=2)\n"]),
        Example(
            "a package re-exports its module with a star import limited by __all__", .python,
            before: [
                "pkg/__init__.py": "from .models import *\n",
                "pkg/models.py": "__all__ = ['User']\nclass User:\n    def __init__(self, email):\n        pass\n",
            ],
            after: ["use.py": "from pkg import User\nUser(↓mail='m')\n"],
            suggestion: "email"),
        Example(
            "conditional imports: reported when every candidate rejects the keyword", .python,
            before: [
                "fast.py": "def parse(text, strict=False):\n    pass\n",
                "slow.py": "def parse(text, strict=False):\n    pass\n",
            ],
            after: ["use.py": "try:\n    from fast import parse\nexcept ImportError:\n    from slow import parse\nparse('t', ↓strickt=True)\n"],
            suggestion: "strict"),
        Example(
            "dataclass kw_only fields and the KW_ONLY marker are still keywords", .python,
            before: ["m.py": "from dataclasses import dataclass, field, KW_ONLY\n@dataclass(kw_only=True)\nclass A:\n    x: int\n@dataclass\nclass B:\n    y: int\n    _: KW_ONLY\n    z: int = 0\n    w: int = field(default=1, kw_only=True)\n"],
            after: ["use.py": "from m import A, B\nA(x=1)\nB(y=1, z=2, w=3)\nA(↓xx=1)\nB(y=1, ↓zz=2)\n"]),
        Example(
            "a standard-library factory called with a keyword no Python 3 version takes: namedtuple, the functional Enum API", .python,
            before: ["kinds.py": "import enum\n"],
            after: [
                "kinds.py": "import enum\nimport collections as c\nfrom collections import namedtuple\nfrom enum import IntFlag as Bits\nPoint = namedtuple('Point', 'x y', ↓default=(0,))\nPair = c.namedtuple('Pair', 'a b', ↓renames=True)\nColor = enum.Enum('Color', 'RED GREEN', ↓begin=0)\nMode = Bits('Mode', 'R W', ↓boundry=enum.KEEP)\n",
            ]),
        Example(
            "Swift: a new call with a label no overload of a fully known type ever took", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point, "Sources/App/main.swift": "import Geometry\n"],
            after: ["Sources/Geometry/Point.swift": Example.point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, ↓yy: 2)\n"],
            suggestion: "y"),
        Example(
            "Swift: a forwarding self.init passes a label that only another overload takes", .swift,
            before: ["Sources/Core/Driver.swift": "struct Driver {\n    init(args: [String], env: [String: String] = [:], map: Int? = nil) {}\n    init(args: [String], block: Int, oracle: Int? = nil) {}\n}\n"],
            after: ["Sources/Core/Driver.swift": "struct Driver {\n    init(args: [String], env: [String: String] = [:], map: Int? = nil) {}\n    init(args: [String], block: Int, oracle: Int? = nil) {}\n    init(args: [String], legacy: Bool) {\n        self.init(args: args, block: 0, ↓map: nil, oracle: nil)\n    }\n}\n"]),
    ]

    /// Changes `unknown-keyword` must not report.
    static let unknownKeywordCounterexamples: [Example] = [
        Example(
            "standard-library factories: keywords some Python 3 version takes, a shadowed or in-tree name, and TypedDict/NamedTuple field keywords", .python,
            before: ["kinds.py": "import enum\n", "collections.py": "def namedtuple(*names, **options):\n    return names\n"],
            after: [
                "kinds.py": "import enum\nfrom collections import namedtuple\nfrom typing import NamedTuple, TypedDict\nOld = namedtuple('Old', 'x y', verbose=True)\nNew = namedtuple(typename='New', field_names='x', rename=True, defaults=(0,), module='m')\nColor = enum.Enum('Color', 'RED GREEN', start=0, boundary=enum.STRICT, qualname='k.Color', module='k', type=int)\nColor(value=1)\nP = NamedTuple('P', x=int)\nT = TypedDict('T', x=int)\n",
                "shadow.py": "from enum import Enum\ndef Enum(name, members, **options):\n    return name\nE = Enum('E', 'A', begin=0)\n",
                "local.py": "import enum\ndef build(enum):\n    return enum.Enum('E', 'A', begin=0)\n",
                "collections.py": "def namedtuple(*names, **options):\n    return names\n",
                "intree.py": "from collections import namedtuple\nP = namedtuple('P', 'x', default=0)\n",
            ]),
        Example(
            "a class a @dataclass_transform decorator or base is told init=False about writes no __init__ of its fields", .python,
            before: ["base.py": "from typing import dataclass_transform\n@dataclass_transform()\ndef model(cls=None, *, init=True):\n    return cls\n@dataclass_transform()\nclass ModelBase:\n    def __init_subclass__(cls, **options):\n        pass\n"],
            after: [
                "base.py": "from typing import dataclass_transform\n@dataclass_transform()\ndef model(cls=None, *, init=True):\n    return cls\n@dataclass_transform()\nclass ModelBase:\n    def __init_subclass__(cls, **options):\n        pass\n",
                "models.py": "from base import model, ModelBase\n@model(init=False)\nclass User:\n    name: str\n    def __post_init__(self):\n        pass\nclass Order(ModelBase, init=False):\n    total: int\n",
                "use.py": "from models import User, Order\nUser(nickname='n')\nOrder(amount=1)\n",
            ]),
        Example(
            "a new call of a type[C] parameter with a keyword a subclass in the tree takes, or may take; cls(...) stays open", .python,
            before: ["shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n", "factory.py": "from shapes import Shape\n"],
            after: [
                "shapes.py": "class Shape:\n    def __init__(self, colour):\n        self.colour = colour\nclass Circle(Shape):\n    def __init__(self, colour, radius=1):\n        super().__init__(colour)\nclass Dot(Circle):\n    pass\n" + "class Blob(Shape):\n    def __init__(self, colour, **options):\n        super().__init__(colour)\n",
                "factory.py": "from shapes import Shape\ndef make(kind: type[Shape]):\n    return kind(radius=2)\ndef paint(kind: type[Shape]):\n    return kind('red', glow=True)\n",
                "config.py": "import plugins\nclass Config:\n    def __init__(self, path):\n        self.path = path\n    @classmethod\n    def load(cls):\n        return cls(path='x', verbose=True)\n    @classmethod\n    def quiet(cls):\n        return cls(path='x', silent=True)\nclass Remote(Config, plugins.Mixin):\n    pass\nclass Loud(Config):\n    def __init__(self, path, verbose=False):\n        super().__init__(path)\n",
            ]),
        Example(
            "dataclass_transform: an aliased field under its alias, a field with init=False left out, defaults from the specifier", .python,
            before: ["base.py": "from typing import dataclass_transform\ndef field(*, default=None, init=True, kw_only=False, alias=None):\n    return default\n@dataclass_transform(field_specifiers=(field,))\ndef model(cls):\n    return cls\n@dataclass_transform(kw_only_default=True, field_specifiers=(field,))\nclass ModelBase:\n    pass\n@dataclass_transform()\nclass ModelMeta(type):\n    pass\n", "models.py": "from base import model, ModelBase, ModelMeta, field\n@model\nclass User:\n    name: str\n    age: int = 0\n    token: str = field(init=False)\n    user_id: int = field(alias='id', default=0)\nclass Order(ModelBase):\n    total: int\n    note: str = field(default='')\nclass Item(metaclass=ModelMeta):\n    sku: str\n"],
            after: ["use.py": "from models import User, Order, Item\nUser('n', age=1, id=2)\nUser(name='m')\nOrder(total=3)\nItem('s')\n"]),
        Example(
            "a file moved and edited (most of it unchanged): a stale call it carried along is not the change's", .python,
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
        Example(
            "a decorator that is an instance whose __call__ says nothing of what it returns hides the signature", .python,
            before: ["hooks.py": "from typing import Callable, TypeVar\nF = TypeVar(\"F\", bound=Callable)\nclass Registry:\n    def __call__(self, fn: F) -> F:\n        return fn\nclass Wrapping:\n    def __call__(self, fn):\n        return lambda *a, **k: fn(*a, **k)\nhook = Registry()\nwrap = Wrapping()\n", "handlers.py": "from hooks import wrap\n@wrap\ndef on_save(path, force=False):\n    pass\n"],
            after: ["use.py": "from handlers import on_save\non_save('p', forse=True)\n"]),
        Example(
            "a function defined differently in two branches: a keyword one definition takes", .python,
            before: ["compat.py": "import sys\nif sys.version_info >= (3, 12):\n    def load(path, *, strict=False):\n        pass\nelse:\n    def load(path, strict=False, legacy=True):\n        pass\n"],
            after: ["use.py": "from compat import load\nload('p', legacy=False)\n"]),
        Example(
            "TypedDict: a mapping passed positionally, keys left out where total=False or NotRequired, Unpack of a TypedDict from elsewhere", .python,
            before: ["movies.py": "from typing import TypedDict\nfrom typing_extensions import NotRequired, Unpack\nclass Movie(TypedDict):\n    title: str\n    year: int\n    rating: NotRequired[float]\nclass Film(Movie, total=False):\n    studio: str\ndef show(**options: Unpack[Movie]):\n    pass\n"],
            after: ["use.py": "from movies import Film, Movie, show\nfrom elsewhere import Options\nfrom typing_extensions import Unpack\ndef run(**kw: Unpack[Options]):\n    pass\nMovie({'title': 'x', 'year': 1})\nMovie(title='x', year=1)\nFilm(title='x', year=2)\nshow(title='x', year=3, rating=1.0)\nrun(anything=1)\n"]),
        Example(
            "a file copied or moved unchanged holds no new calls: a stale call it already had is not the change's", .python,
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
        Example(
            "decorators that may change the signature stay opaque: one injecting an argument, a decorator factory called with arguments", .python,
            before: [
                "deco.py": "import functools\ndef with_session(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n        return fn(*args, session=1, **kwargs)\n    return wrapper\ndef retry(times):\n    def decorate(fn):\n        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n            return fn(*args, **kwargs)\n        return wrapper\n    return decorate\n",
                "api.py": "from deco import with_session, retry\n@with_session\ndef save(item, session, flush=False):\n    pass\n@retry(3)\ndef send(item, timeout=None):\n    pass\n",
                "use.py": "from api import save, send\n",
            ],
            after: [
                "use.py": "from api import save, send\nsave('i', flush=True)\nsend('i', timeout=2)\nsend('i', deadline=2)\n",
            ]),
        Example(
            "a new call of a type[C] parameter with a keyword only a subclass takes", .python,
            before: [
                "models.py": "class Model:\n    def __init__(self, name=None):\n        pass\nclass Tagged(Model):\n    def __init__(self, name=None, tag=None):\n        pass\n",
                "use.py": "from models import Model\n",
            ],
            after: [
                "use.py": "from models import Model\ndef build(kind: type[Model]):\n    return kind(name='a', tag='t')\n",
            ]),
        Example(
            "a call into a third-party module cannot be resolved and is never a finding", .python,
            before: ["use.py": "import requests\n"],
            after: ["use.py": "import requests\nrequests.get('u', no_such_keyword=1)\n"]),
        Example(
            "an unknown class decorator may write __init__, so the constructor is unknown", .python,
            before: ["m.py": "import orm\n@orm.model\nclass C:\n    x = orm.column()\n"],
            after: ["use.py": "from m import C\nC(x=1, y=2)\n"]),
        Example(
            "a star import hides what a name is bound to", .python,
            before: ["api.py": "def fetch(url):\n    pass\n"],
            after: ["use.py": "from api import *\nfetch('u', timeout=1)\n"]),
        Example(
            "a ClassVar is not a dataclass field and an InitVar is", .python,
            before: ["m.py": "from dataclasses import dataclass, InitVar\nfrom typing import ClassVar\n@dataclass\nclass C:\n    registry: ClassVar[dict] = {}\n    seed: InitVar[int] = 0\n"],
            after: ["use.py": "from m import C\nC(seed=3)\n"]),
        Example(
            "a class without __init__ and with an unresolvable base is left alone", .python,
            before: ["m.py": "from somewhere import Base\nclass C(Base):\n    pass\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        Example(
            "a class with a metaclass may accept any arguments through the metaclass's __call__", .python,
            before: ["m.py": "from meta import Registry\nclass C(metaclass=Registry):\n    pass\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        Example(
            "a class defining __new__ takes what __new__ takes", .python,
            before: ["m.py": "class C:\n    def __new__(cls, *args, **kwargs):\n        return super().__new__(cls)\n"],
            after: ["use.py": "from m import C\nC(anything=1)\n"]),
        Example(
            "conditional imports: one candidate still accepts the keyword", .python,
            before: [
                "fast.py": "def parse(text, strict=False):\n    pass\n",
                "slow.py": "def parse(text, **options):\n    pass\n",
            ],
            after: ["use.py": "try:\n    from fast import parse\nexcept ImportError:\n    from slow import parse\nparse('t', pedantic=True)\n"]),
        Example(
            "__all__ hides a name from a star re-export, so the name is not resolved there", .python,
            before: [
                "pkg/__init__.py": "from .models import *\n",
                "pkg/models.py": "__all__ = ['User']\nclass User:\n    pass\nclass Hidden:\n    pass\n",
            ],
            after: ["use.py": "from pkg import Hidden\nHidden(x=1)\n"]),
        Example(
            "namedtuple with rename=True has field names only known at run time", .python,
            before: ["geo.py": "from collections import namedtuple\nPoint = namedtuple('Point', 'x def', rename=True)\n"],
            after: ["use.py": "from geo import Point\nPoint(x=1, _1=2)\n"]),
        Example(
            "a parameter with the imported class's name hides the import", .python,
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ndef build(Context):\n    return Context(b=1)\n"]),
        Example(
            "a name reassigned to something else is not the imported class any more", .python,
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ntry:\n    from fast import Context\nexcept ImportError:\n    Context = None\nContext(b=1)\n"]),
        Example(
            "an import in a class body is not seen from its methods", .python,
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "class Holder:\n    from m import Context\n    def make(self):\n        return Context(b=1)\n"]),
        Example(
            "calling an instance runs __call__, not the constructor", .python,
            before: ["m.py": "class Context:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Context\ndef run(ctx: Context):\n    return ctx(b=1)\n"]),
        Example(
            "a variable assigned the result of a call without a return annotation has no known type", .python,
            before: ["m.py": "class Options:\n    def update(self, width=None):\n        return self\ndef make():\n    return Options()\n"],
            after: ["use.py": "from m import make\nopts = make()\nopts.update(height=1)\n"]),
        Example(
            "pydantic: extra='allow' in model_config or a nested Config, aliases, and subclass fields", .python,
            before: [
                "models.py": "import pydantic\nfrom pydantic import BaseModel, ConfigDict\nclass Open(BaseModel):\n    model_config = ConfigDict(extra='allow')\n    a: int\nclass Legacy(pydantic.BaseModel):\n    a: int\n    class Config:\n        extra = 'allow'\nclass User(BaseModel):\n    email: str = pydantic.Field(alias='mail')\nclass Admin(User):\n    level: int = 0\n",
            ],
            after: ["use.py": "from models import Open, Legacy, User, Admin\nOpen(a=1, b=2)\nLegacy(a=1, b=2)\nUser(mail='m')\nUser(email='m')\nAdmin(mail='m', level=2)\n"]),
        Example(
            "functools.partial of a callable outside the repository is not resolved", .python,
            before: ["use.py": "import functools\n"],
            after: ["use.py": "import functools\nimport json\nfunctools.partial(json.dumps, no_such=1)\n"]),
        Example(
            "an attribute that is also set to something else, or never set here, has no known type", .python,
            before: ["spin.py": "class Spinner:\n    def update(self, text=''):\n        pass\n"],
            after: ["status.py": "from spin import Spinner\nclass Status:\n    def __init__(self):\n        self._spinner = Spinner()\n    def stop(self):\n        self._spinner = None\n    def show(self):\n        self._spinner.update(bogus=1)\n        self.other.update(bogus=2)\n"]),
        Example(
            "attributes whose types depend on each other in a cycle are not followed for ever", .python,
            before: ["m.py": "class A:\n    def __init__(self):\n        self.a = self.b.make()\n        self.b = self.a.make()\n"],
            after: ["use.py": "class B:\n    def __init__(self):\n        self.a = self.b.make()\n        self.b = self.a.make()\n    def go(self):\n        self.a.run(k=1)\n"]),
        Example(
            "super(Other, self) skips past Other in the MRO, which is not followed", .python,
            before: ["m.py": "class Entity:\n    def __init__(self, name):\n        pass\nclass Segment(Entity):\n    def __init__(self, name, trace_id):\n        super().__init__(name)\nclass Dummy(Segment):\n    def __init__(self):\n        super(Segment, self).__init__('n')\n"],
            after: ["use.py": "from m import Segment\nclass Fake(Segment):\n    def __init__(self):\n        super(Segment, self).__init__(name='n')\n"]),
        Example(
            "cls(...) may build a subclass that takes more keywords", .python,
            before: ["m.py": "class Base:\n    def __init__(self, a):\n        pass\n"],
            after: ["use.py": "from m import Base\nclass Child(Base):\n    @classmethod\n    def make(cls):\n        return cls(a=1, extra=2)\n"]),
        Example(
            "a class with both __new__ and __init__ may build another class's instance", .python,
            before: ["m.py": "class Op:\n    def __new__(cls, *args, **kwargs):\n        return object.__new__(Custom)\n    def __init__(self, dtype):\n        pass\nclass Custom(Op):\n    def __init__(self, matvec):\n        pass\n"],
            after: ["use.py": "from m import Op\nOp(matvec=1)\n"]),
        Example(
            "a decorator that may add keywords (a paginator adding max_results=) is trusted", .python,
            before: ["m.py": "from util import paginate\nclass Backend:\n    @paginate({'x': 1})\n    def list_things(self):\n        return []\n"],
            after: ["use.py": "from m import Backend\ndef go(b: Backend):\n    return b.list_things(max_results=5)\n"]),
        Example(
            "Swift: an initializer from an extension in a module that sees the type through another module's @_exported import", .swift,
            before: [
                "Sources/Geometry/Point.swift": "public struct Point {\n    public init(x: Int) {}\n}\n",
                "Sources/Kit/Exports.swift": "@_exported import Geometry\n",
                "Sources/App/Point+Legacy.swift": "import Kit\nextension Point {\n    init(legacy: Int) { self.init(x: legacy) }\n}\n",
                "Sources/App/main.swift": "import Geometry\nlet a = Point(legacy: 1)\n",
                "Sources/Other/Point.swift": "struct Point {\n    init(y: Int) {}\n}\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": "public struct Point {\n    public init(x: Int) {}\n}\n",
                "Sources/Kit/Exports.swift": "@_exported import Geometry\n",
                "Sources/App/Point+Legacy.swift": "import Kit\nextension Point {\n    init(legacy: Int) { self.init(x: legacy) }\n}\n",
                "Sources/App/main.swift": "import Geometry\nlet a = Point(legacy: 1)\nlet b = Point(legacy: 2)\n",
                "Sources/Other/Point.swift": "struct Point {\n    init(y: Int) {}\n}\n",
            ]),
        Example(
            "Swift: an initializer from an extension in a module that another file of the caller's module imports", .swift,
            before: [
                "Sources/Build/Driver.swift": "public struct Driver {\n    public init(args: [String], executor: Int) {}\n}\n",
                "Tests/Helpers/Driver+Testing.swift": "import Build\nextension Driver {\n    public init(args: [String]) { self.init(args: args, executor: 0) }\n}\n",
                "Tests/BuildTests/Setup.swift": "import Helpers\n",
                "Tests/BuildTests/DriverTests.swift": "import Build\nfunc testA() throws { _ = Driver(args: []) }\n",
            ],
            after: [
                "Sources/Build/Driver.swift": "public struct Driver {\n    public init(args: [String], executor: Int) {}\n}\n",
                "Tests/Helpers/Driver+Testing.swift": "import Build\nextension Driver {\n    public init(args: [String]) { self.init(args: args, executor: 0) }\n}\n",
                "Tests/BuildTests/Setup.swift": "import Helpers\n",
                "Tests/BuildTests/DriverTests.swift": "import Build\nfunc testA() throws { _ = Driver(args: []) }\nfunc testB() throws { _ = Driver(args: [\"-v\"]) }\n",
            ]),
        Example(
            "Swift: an overload whose extension's requirement the receiver's type meets, or may meet, still takes the label", .swift,
            before: [
                "Sources/Notes/Store.swift": Example.store,
                "Sources/Tables/Table.swift": Example.table,
                "Sources/App/main.swift": "import Notes\nimport Tables\nlet a = Album().find(title: \"a\")\nlet b = NumberedTable<Int>().lookup(name: 1)\nfunc c<K>(_ t: Table<Int, K>) { _ = t.lookup(name: 2) }\n",
            ],
            after: [
                "Sources/Notes/Store.swift": Example.store.replacingOccurrences(of: "func find(title: String) -> Bool", with: "func find(named title: String) -> Bool"),
                "Sources/Tables/Table.swift": Example.table.replacingOccurrences(of: "func lookup(name: String)", with: "func lookup(key name: String)"),
                "Sources/App/main.swift": "import Notes\nimport Tables\nlet a = Album().find(title: \"a\")\nlet b = NumberedTable<Int>().lookup(name: 1)\nfunc c<K>(_ t: Table<Int, K>) { _ = t.lookup(name: 2) }\n",
            ]),
        Example(
            "Swift open world: a name the standard collection protocols give, or any name when the file imports a module from outside", .swift,
            before: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n"],
            after: [
                "Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n",
                "Sources/Graphs/Use.swift": "func use(g: UnweightedGraph<Int>, i: Int) {\n    _ = g.index(after: i)\n    _ = g.index(ofVertex: 1)\n}\n",
                "Sources/Graphs/Chunks.swift": "import Algorithms\nfunc chunks(g: UnweightedGraph<Int>) {\n    _ = g.chunks(ofCount: 2)\n}\n",
            ]),
        Example(
            "Swift: a package nested in the tree (an example depending on a release) does not see the tree's declarations", .swift,
            before: [
                "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Runtime\", targets: [.target(name: \"Runtime\")])\n",
                "Sources/Runtime/Context.swift": "public struct Context {\n    public static func forTests(requestID: String, tenantID: String) -> Context { Context() }\n}\n",
                "Examples/Demo/Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Demo\", targets: [.testTarget(name: \"DemoTests\")])\n",
            ],
            after: [
                "Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Runtime\", targets: [.target(name: \"Runtime\")])\n",
                "Sources/Runtime/Context.swift": "public struct Context {\n    public static func forTests(requestID: String, tenantID: String) -> Context { Context() }\n}\n",
                "Examples/Demo/Package.swift": "// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: \"Demo\", targets: [.testTarget(name: \"DemoTests\")])\n",
                "Examples/Demo/Tests/DemoTests/T.swift": "import Runtime\nlet c = Context.forTests(requestID: \"a\")\n",
            ]),
        Example(
            "Swift: `.init(...)` passed to a parameter whose type is nested in the callee's type", .swift,
            before: ["Sources/Core/Config.swift": "struct Lifecycle {\n    init(eventLoop: Int) {}\n}\nstruct Config {\n    struct Lifecycle {\n        init(maxTimes: Int) {}\n    }\n    init(lifecycle: Lifecycle) {}\n}\n"],
            after: [
                "Sources/Core/Config.swift": "struct Lifecycle {\n    init(eventLoop: Int) {}\n}\nstruct Config {\n    struct Lifecycle {\n        init(maxTimes: Int) {}\n    }\n    init(lifecycle: Lifecycle) {}\n}\n",
                "Sources/Core/Use.swift": "let c = Config(lifecycle: .init(maxTimes: 1))\n",
            ]),
        Example(
            "Swift: a property's type named like a type of a module the file does not import", .swift,
            before: ["Sources/Plugin/Connection.swift": "final class Connection {\n    func send(_ x: Int) {}\n}\n", "Sources/Support/Client.swift": "import Transport\nstruct Client {\n    let connection: Connection\n}\n"],
            after: ["Sources/Plugin/Connection.swift": "final class Connection {\n    func send(_ x: Int) {}\n}\n", "Sources/Support/Client.swift": "import Transport\nstruct Client {\n    let connection: Connection\n    func go() { connection.send(1, reply: {}) }\n}\n"]),
        Example(
            "Swift: memberwise initializers of properties declared in two #if branches or given a value by their wrapper, and a raw-value enum's init?(rawValue:) from another module", .swift,
            before: [
                "Sources/Options/Kind.swift": "public enum Kind: String, Codable {\n    case a\n}\n",
                "Sources/Core/Handle.swift": "struct Handle {\n    #if os(Windows)\n    let handle: Int\n    #else\n    let handle: UInt\n    #endif\n}\nstruct State {\n    @Shared(value: false) var flag\n    var count: Int\n}\n",
            ],
            after: [
                "Sources/Options/Kind.swift": "public enum Kind: String, Codable {\n    case a\n}\n",
                "Sources/Core/Handle.swift": "struct Handle {\n    #if os(Windows)\n    let handle: Int\n    #else\n    let handle: UInt\n    #endif\n}\nstruct State {\n    @Shared(value: false) var flag\n    var count: Int\n}\n",
                "Sources/Core/Use.swift": "import Options\nlet h = Handle(handle: 1)\nlet s = State(count: 1)\nlet k = Kind(rawValue: \"a\")\n",
            ]),
        Example(
            "Swift open world: a protocol's initializer requirement is not the whole overload set of a standard type conforming to it", .swift,
            before: ["Sources/Core/Defaultable.swift": "protocol Defaultable {\n    init()\n}\nextension Int: Defaultable {}\n"],
            after: [
                "Sources/Core/Defaultable.swift": "protocol Defaultable {\n    init()\n}\nextension Int: Defaultable {}\n",
                "Sources/Core/Use.swift": "let a = Int(\"12\")\nlet b = Int(truncatingIfNeeded: 300)\n",
            ]),
        Example(
            "Swift open world: a protocol or superclass from another module may supply initializers and methods", .swift,
            before: ["Sources/Core/Tag.swift": "import Rendering\nstruct Tag: Renderable {\n    init(name: String) {}\n    func draw(at x: Int) {}\n}\nclass View: UIView {\n    init(tag: Tag) { super.init(frame: .zero) }\n}\n"],
            after: [
                "Sources/Core/Tag.swift": "import Rendering\nstruct Tag: Renderable {\n    init(name: String) {}\n    func draw(at x: Int) {}\n}\nclass View: UIView {\n    init(tag: Tag) { super.init(frame: .zero) }\n}\n",
                "Sources/Core/Use.swift": "import Rendering\nlet t = Tag(value: 1)\nlet u = Tag.make(style: 2)\nfunc use(v: View) {\n    v.layout(in: 3)\n    Tag(name: \"a\").draw(in: 4)\n}\n",
            ]),
        Example(
            "Swift: initializers the standard protocols supply, and a protocol of the tree that the type refines", .swift,
            before: ["Sources/Core/Name.swift": "struct Name: ExpressibleByStringLiteral, Hashable {\n    init(stringLiteral value: String) {}\n}\nenum Color: String, CaseIterable {\n    case red\n}\nprotocol Named {}\nextension Named {\n    init(copying other: Self) { self = other }\n}\nstruct Label: Named {\n    var text: String\n}\n"],
            after: [
                "Sources/Core/Name.swift": "struct Name: ExpressibleByStringLiteral, Hashable {\n    init(stringLiteral value: String) {}\n}\nenum Color: String, CaseIterable {\n    case red\n}\nprotocol Named {}\nextension Named {\n    init(copying other: Self) { self = other }\n}\nstruct Label: Named {\n    var text: String\n}\n",
                "Sources/Core/Use.swift": "let a = Name(unicodeScalarLiteral: \"a\")\nlet b = Color(rawValue: \"red\")\nlet c = Label(copying: Label(text: \"x\"))\nfunc h(n: Name, into hasher: inout Hasher) { n.hash(into: &hasher) }\n",
            ]),
        Example(
            "Swift: members of a public extension are public to the modules that import them", .swift,
            before: ["Sources/Geometry/Point.swift": Example.point + "\npublic extension Point {\n    init(polar r: Int) { self.init(x: r, y: 0) }\n}\n", "Sources/App/main.swift": "import Geometry\n"],
            after: ["Sources/Geometry/Point.swift": Example.point + "\npublic extension Point {\n    init(polar r: Int) { self.init(x: r, y: 0) }\n}\n", "Sources/App/main.swift": "import Geometry\nlet p = Point(polar: 1)\n"]),
        Example(
            "Swift open world: a type with an attached macro may have initializers no declaration shows", .swift,
            before: ["Sources/Core/Model.swift": "import Macros\n@MemberwiseInit\nstruct Settings {\n    var depth: Int\n    init(defaults: Bool) { depth = 0 }\n}\n"],
            after: ["Sources/Core/Model.swift": "import Macros\n@MemberwiseInit\nstruct Settings {\n    var depth: Int\n    init(defaults: Bool) { depth = 0 }\n}\n", "Sources/Core/Use.swift": "let s = Settings(depth: 2)\n"]),
        Example(
            "Swift: an enum case with associated values accepts its labels beside a static function of the same name", .swift,
            before: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n"],
            after: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(size: 1, flexible: true)\n"]),
        Example(
            "Swift: a same-named type of another module, not imported by the caller", .swift,
            before: [
                "Sources/Geometry/Point.swift": Example.point,
                "Sources/Legacy/Point.swift": "struct Point {\n    var x: Int\n    var y: Int\n}\n",
                "Sources/Legacy/Use.swift": "let p = Point(x: 1, y: 2)\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": Example.pointRenamed,
                "Sources/Legacy/Point.swift": "struct Point {\n    var x: Int\n    var y: Int\n}\n",
                "Sources/Legacy/Use.swift": "let p = Point(x: 1, y: 2)\n",
            ]),
        Example(
            "Swift: initializers a conformance or a superclass from elsewhere provides", .swift,
            before: ["Sources/Core/Model.swift": "struct Model: Decodable {\n    var id: Int\n}\nenum Kind: String {\n    case a\n}\nclass View: NSObject {\n    var tag = 0\n}\n"],
            after: [
                "Sources/Core/Model.swift": "struct Model: Decodable {\n    var id: Int\n}\nenum Kind: String {\n    case a\n}\nclass View: NSObject {\n    var tag = 0\n}\n",
                "Sources/Core/Use.swift": "func use(d: Decoder) throws {\n    _ = try Model(from: d)\n    _ = Kind(rawValue: \"a\")\n    _ = View(frame: 0)\n    _ = Model(id: 1)\n}\n",
            ]),
        Example(
            "Swift: an initializer from a protocol extension, and the memberwise one beside an init in an extension", .swift,
            before: ["Sources/Core/P.swift": "protocol Named {\n    init()\n}\nextension Named {\n    init(value: Int) { self.init() }\n}\nstruct Tag: Named {\n    var text = \"\"\n}\nextension Tag {\n    init(label: String) { self.text = label }\n}\n"],
            after: [
                "Sources/Core/P.swift": "protocol Named {\n    init()\n}\nextension Named {\n    init(value: Int) { self.init() }\n}\nstruct Tag: Named {\n    var text = \"\"\n}\nextension Tag {\n    init(label: String) { self.text = label }\n}\n",
                "Sources/Core/Use.swift": "let a = Tag(value: 1)\nlet b = Tag(text: \"t\")\nlet c = Tag(label: \"l\")\nlet d = Tag()\n",
            ]),
    ]
}
