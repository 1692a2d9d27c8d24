import ParamGuardModel
import ParamGuardPython
import Testing

@Suite struct SkimmerTests {
    func summary(_ source: String) -> FileSummary {
        PythonSkimmer.summarize(source)
    }

    func parameters(_ callable: Callable?) -> [String] {
        (callable?.parameters ?? []).map { "\($0.name):\($0.kind.rawValue)\($0.hasDefault ? "=" : "")" }
    }

    @Test func functionParametersOfEveryKind() {
        let file = summary("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n")
        #expect(parameters(file.callable(named: "f")) == [
            "a:positional_only", "b:positional_only=", "c:positional_or_keyword=", "args:var_positional",
            "d:keyword_only", "e:keyword_only=", "kw:var_keyword",
        ])
    }

    @Test func bareStarMakesKeywordOnlyAndAnnotationsWithDefaultsSpanLines() {
        let file = summary("def f(\n    a: dict[str, int] = {'x': 1},\n    *,\n    b: 'Callable[[int], int]' = lambda x, y=2: x,\n):\n    pass\n")
        #expect(parameters(file.callable(named: "f")) == ["a:positional_or_keyword=", "b:keyword_only="])
    }

    @Test func methodsDropSelfButStaticMethodsDoNot() {
        let file = summary("""
            class A:
                def m(self, x): pass
                @classmethod
                def c(cls, y): pass
                @staticmethod
                def s(z): pass
                @property
                def p(self): return 1
            """)
        #expect(parameters(file.callable(named: "A.m")) == ["x:positional_or_keyword"])
        #expect(parameters(file.callable(named: "A.c")) == ["y:positional_or_keyword"])
        #expect(parameters(file.callable(named: "A.s")) == ["z:positional_or_keyword"])
        #expect(file.callable(named: "A.p") == nil, "a property is read, not called")
    }

    @Test func initDefinesTheClassConstructor() {
        let file = summary("class A(Base):\n    def __init__(self, name, *, flag=False):\n        super().__init__()\n")
        let constructor = file.callables.first { $0.name == "A" && $0.kind == .initializer }
        #expect(parameters(constructor) == ["name:positional_or_keyword", "flag:keyword_only="])
        #expect(file.classDefinition(named: "A")?.bases == ["Base"])
    }

    @Test func dataclassFieldsBecomeInitParameters() {
        let file = summary("""
            import dataclasses as dc
            from typing import ClassVar
            from dataclasses import KW_ONLY, InitVar, field

            @dc.dataclass(frozen=True)
            class C:
                a: int
                b: str = "x"
                registry: ClassVar[dict] = {}
                hidden: int = field(init=False)
                items: list = field(default_factory=list)
                seed: InitVar[int] = 0
                _: KW_ONLY
                late: bool = False
                def method(self): pass
            """)
        let constructor = file.callables.first { $0.name == "C" && $0.kind == .initializer }
        #expect(parameters(constructor) == [
            "a:positional_or_keyword", "b:positional_or_keyword=", "items:positional_or_keyword=",
            "seed:positional_or_keyword=", "late:keyword_only=",
        ])
        #expect(constructor?.source == .dataclassFields)
        #expect(file.classDefinition(named: "C")?.fieldInitializer == .dataclassFields)
    }

    @Test func dataclassWithInitFalseOrAnExplicitInitSynthesizesNothing() {
        let file = summary("""
            from dataclasses import dataclass
            @dataclass(init=False)
            class A:
                x: int
            @dataclass
            class B:
                x: int
                def __init__(self, y): pass
            """)
        #expect(file.callables.first { $0.name == "A" && $0.kind == .initializer } == nil)
        let b = file.callables.filter { $0.name == "B" && $0.kind == .initializer }
        #expect(b.count == 1 && parameters(b.first) == ["y:positional_or_keyword"])
    }

    func constructor(_ file: FileSummary, _ name: String) -> Callable? {
        file.callables.first { $0.name == name && $0.kind == .initializer }
    }

    @Test func attrsClassicClassesTakeTheirAttribs() {
        let file = summary("""
            import attr
            @attr.s
            class A:
                x = attr.ib()
                _secret = attr.ib(default=0)
                y = attr.ib(alias="why", factory=list)
                hidden = attr.ib(init=False)
                late = attr.ib(kw_only=True, default=None)
                plain = 3
                annotated: int = 4
            """)
        #expect(parameters(constructor(file, "A")) == [
            "x:positional_or_keyword", "secret:positional_or_keyword=", "why:positional_or_keyword=", "late:keyword_only=",
        ])
        #expect(constructor(file, "A")?.source == .attrsFields)
    }

    @Test func attrsDefineCollectsAnnotationsUnlessAnUnannotatedFieldSaysOtherwise() {
        let file = summary("""
            from attrs import define, field, frozen
            @define(kw_only=True)
            class A:
                a: int
                b: str = "x"
                c: list = field(factory=list)
            @frozen
            class B:
                a: int
                b = field()
            """)
        #expect(parameters(constructor(file, "A")) == ["a:keyword_only", "b:keyword_only=", "c:keyword_only="])
        #expect(parameters(constructor(file, "B")) == ["b:positional_or_keyword"])
    }

    @Test func namedTupleClassesTakeTheirAnnotatedFields() {
        let file = summary("""
            from typing import NamedTuple
            class Point(NamedTuple):
                x: int
                y: int = 0
                def norm(self): return 0
            """)
        #expect(parameters(constructor(file, "Point")) == ["x:positional_or_keyword", "y:positional_or_keyword="])
        #expect(constructor(file, "Point")?.isComplete == true)
    }

    @Test func pydanticModelsTakeTheirPublicFieldsAsKeywords() {
        let file = summary("""
            from typing import ClassVar
            from pydantic import BaseModel, Field
            class M(BaseModel):
                a: int
                b: str = Field("x", alias="bee")
                _private: int = 0
                registry: ClassVar[dict] = {}
            class Sub(M):
                c: int = 1
            """)
        #expect(parameters(constructor(file, "M")) == ["a:keyword_only", "b:keyword_only=", "bee:keyword_only="])
        #expect(file.classDefinition(named: "Sub")?.modelFields?.map(\.name) == ["c"])
    }

    @Test func aClassNamedLikeDataclassButImportedElsewhereIsNotOne() {
        let file = summary("from mylib import dataclass\n@dataclass\nclass A:\n    x: int\n")
        #expect(file.classDefinition(named: "A")?.fieldInitializer == nil)
    }

    @Test func callsWithKeywordsStarsAndCalleePaths() throws {
        let file = summary("x = pkg.mod.Cls(1, 2, key=value, *rest, other=f(inner=3), **extra)\n")
        let outer = try #require(file.calls.first { $0.callee == "pkg.mod.Cls" })
        #expect(outer.calleePath == ["pkg", "mod", "Cls"])
        #expect(outer.keywords.map(\.name) == ["key", "other"])
        #expect(outer.positionalCount == 2 && outer.hasStarArgs && outer.hasStarStarKwargs)
        #expect(outer.location == SourceLocation(line: 1, column: 5))
        let inner = try #require(file.calls.first { $0.callee == "f" })
        #expect(inner.keywords.map(\.name) == ["inner"])
        #expect(inner.keywords[0].location == SourceLocation(line: 1, column: 49))
    }

    @Test func notCalls() {
        let file = summary("""
            def f(a): pass
            class K(Base): pass
            if (x): pass
            t = (1, 2)
            y = not (a)
            s = "f(key=1)"  # g(key=2)
            match p:
                case Point(x=0):
                    pass
            """)
        #expect(file.calls.map(\.callee) == [], "found \(file.calls.map(\.callee))")
    }

    @Test func complexCallees() {
        let file = summary("super().__init__(a=1)\nf()(b=2)\nd['k'](c=3)\n")
        #expect(file.calls.map(\.callee) == ["super", "super().__init__", "f", "f()", "d['k']"])
        #expect(file.calls[1].calleePath == nil)
    }

    @Test func importsOfEveryShape() {
        let file = summary("""
            import a.b.c, d as e
            from . import sibling
            from ..pkg.mod import (X as Y,
                                   Z)
            from m import *
            def f():
                from .local import Thing
            """)
        let shapes = file.imports.map { "\($0.kind.rawValue) \($0.boundName) \($0.module) \($0.level) \($0.symbol ?? "-") [\($0.scope)]" }
        #expect(shapes == [
            "module a a.b.c 0 - []", "module e d 0 - []", "symbol sibling  1 sibling []",
            "symbol Y pkg.mod 2 X []", "symbol Z pkg.mod 2 Z []", "star  m 0 - []", "symbol Thing local 1 Thing [f]",
        ])
    }

    @Test func scopesAndEnclosingClassesOfCalls() throws {
        let file = summary("class A:\n    def m(self):\n        self.n(k=1)\n        def inner():\n            g(j=2)\n")
        let method = try #require(file.calls.first { $0.callee == "self.n" })
        #expect(method.scope == "A.m" && method.enclosingClass == "A")
        let nested = try #require(file.calls.first { $0.callee == "g" })
        #expect(nested.scope == "A.m.inner" && nested.enclosingClass == nil)
    }

    @Test func stringsOfEveryKindAreOpaque() {
        let file = summary(#"""
            a = f"{x!r:>{width}} {'nested'} {d["k"]}" + rb'\x00' + '''multi
            line(k=1)''' + "esc\"aped(k=2)"
            b = call(k=3)
            """#)
        #expect(file.calls.map(\.callee) == ["call"])
        #expect(file.calls.first?.location.line == 3)
        #expect(file.syntaxProblem == nil)
    }

    @Test func crlfTabsBomAndBackslashContinuation() {
        let source = "\u{FEFF}def f(a):\r\n\tif a:\r\n\t\treturn g(\\\r\n key=1)\r\n"
        let file = summary(source)
        #expect(parameters(file.callable(named: "f")) == ["a:positional_or_keyword"])
        #expect(file.calls.first?.keywords.map(\.name) == ["key"])
        #expect(file.calls.first?.location == SourceLocation(line: 3, column: 10))
    }

    @Test(arguments: [
        ("x = 'unterminated\n", "unterminated string literal"),
        ("def f(a:\n    pass\n", "'(' was never closed"),
        ("x = )\n", "unmatched ')'"),
    ])
    func syntaxErrorsAreReportedNotFatal(source: String, message: String) {
        let file = summary(source)
        #expect(file.syntaxProblem?.message == message)
    }

    @Test func garbageInputNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("()[]{}'\"\\\n\t #:=,.*@fdefclassimport lambda rbu".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            _ = PythonSkimmer.summarize(bytes)
        }
    }
}
