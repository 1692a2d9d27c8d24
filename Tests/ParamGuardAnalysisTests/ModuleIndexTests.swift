import ParamGuardAnalysis
import ParamGuardGit
import ParamGuardModel
import ParamGuardTestSupport
import Testing

@Suite struct ModuleIndexTests {
    @Test func packagesAndSourceLayouts() {
        let index = ModuleIndex(paths: ["src/pkg/__init__.py", "src/pkg/mod.py", "setup.py", "pkg2/__init__.py", "pkg2/sub/__init__.py", "pkg2/sub/x.py"])
        #expect(index.modules(named: "pkg.mod") == ["src/pkg/mod.py"])
        #expect(index.modules(named: "src.pkg.mod") == ["src/pkg/mod.py"])
        #expect(index.modules(named: "pkg") == ["src/pkg/__init__.py"])
        #expect(index.modules(named: "pkg2.sub.x") == ["pkg2/sub/x.py"])
        #expect(index.modules(named: "sub.x") == [], "a module inside a package is not importable from inside it")
        #expect(index.modules(named: "setup") == ["setup.py"])
    }

    @Test func namespacePackagesAndFoldersThatAreNotIdentifiers() {
        let index = ModuleIndex(paths: ["ns/part/mod.py", "my-tool/app/run.py"])
        #expect(index.modules(named: "ns") == ["ns/"])
        #expect(index.modules(named: "ns.part.mod") == ["ns/part/mod.py"])
        #expect(index.submodule("part", of: "ns/") == "ns/part/")
        #expect(index.modules(named: "app.run") == ["my-tool/app/run.py"])
        #expect(index.modules(named: "my-tool.app.run") == [])
    }

    @Test func theShallowestClaimWinsAndEqualClaimsAreAllKept() {
        let index = ModuleIndex(paths: ["models.py", "app/models.py", "lib/util.py", "tools/util.py"])
        #expect(index.modules(named: "models") == ["models.py"])
        #expect(index.modules(named: "util") == ["lib/util.py", "tools/util.py"])
        let rooted = ModuleIndex(paths: ["lib/util.py", "tools/util.py"], roots: ["lib/"])
        #expect(rooted.modules(named: "util") == ["lib/util.py"])
    }

    /// Modules are found by the ends of their paths: a longer name that ends the same way is not one.
    @Test func aModuleIsFoundByItsWholeLastComponent() {
        let index = ModuleIndex(paths: ["myutil.py", "lib/util.py", "x/util/__init__.py", "ns/util/mod.py", "__init__.py", "util.pyc"])
        #expect(index.modules(named: "util") == ["lib/util.py", "ns/util/", "x/util/__init__.py"])
        #expect(index.modules(named: "myutil") == ["myutil.py"])
        #expect(index.modules(named: "__init__") == [], "a top-level __init__.py names no module")
    }

    @Test func foldersNamedLikeTheModuleAtAnyDepth() {
        let index = ModuleIndex(paths: ["a/tools/b/tools/c.py", "a/toolsx/d.py", "xtools/e.py", "p/tools/__init__.py", "p/tools/f.py"])
        #expect(index.modules(named: "b.tools") == ["a/tools/b/tools/"], "the deeper folder, claimed from below a/tools/")
        #expect(index.modules(named: "tools") == ["a/tools/", "p/tools/__init__.py"], "a namespace folder and a package, equally shallow")
        #expect(index.modules(named: "tools.b.tools") == ["a/tools/b/tools/"])
        #expect(index.modules(named: "toolsx") == ["a/toolsx/"])
        #expect(index.modules(named: "c") == ["a/tools/b/tools/c.py"])
        #expect(index.modules(named: "p.tools.f") == ["p/tools/f.py"])
    }

    /// Past a number of searches the index answers from a table of path components instead of a byte
    /// search; both must give the same modules.
    @Test func manyLookupsAnswerAsFewDo() {
        var paths = ["a/tools/b/tools/c.py", "p/tools/__init__.py", "p/tools/f.py", "util.py", "lib/util.py", "x/util/__init__.py", "ns/util/mod.py", "myutil.py"]
        let names = (0..<40).map { "m\($0)" }
        paths += names.enumerated().map { index, name in index % 2 == 0 ? "pkg\(index)/\(name).py" : "\(name)/inner/leaf.py" }
        let queries = names + ["tools", "b.tools", "util", "myutil", "c", "p.tools.f", "inner", "leaf", "m3.inner.leaf", "missing", "__init__"]
        let shared = ModuleIndex(paths: paths)
        for name in queries {
            #expect(shared.modules(named: name) == ModuleIndex(paths: paths).modules(named: name), "\(name)")
        }
        #expect(shared.modules(named: "m1") == ["m1/"])
        #expect(shared.modules(named: "m2") == ["pkg2/m2.py"])
    }

    @Test func relativeImports() {
        let index = ModuleIndex(paths: ["a/__init__.py", "a/b/__init__.py", "a/b/c.py", "a/x.py", "a/b/y/__init__.py"])
        #expect(index.module(relative: "x", level: 2, importingPath: "a/b/c.py") == "a/x.py")
        #expect(index.module(relative: "y", level: 1, importingPath: "a/b/c.py") == "a/b/y/__init__.py")
        #expect(index.module(relative: "", level: 1, importingPath: "a/b/c.py") == "a/b/__init__.py")
        #expect(index.module(relative: "x", level: 5, importingPath: "a/b/c.py") == nil)
    }

    @Test func configuredPythonRootsDecideBetweenEqualClaims() throws {
        let sandbox = try GitSandbox()
        let old = "class Ctx:\n    def __init__(self, conn_id=None):\n        pass\n"
        try sandbox.commit([
            "lib/core/ctx.py": old, "tools/core/ctx.py": old,
            "lib/use.py": "from core.ctx import Ctx\nCtx(conn_id=1)\n",
        ])
        try sandbox.write("lib/core/ctx.py", "class Ctx:\n    def __init__(self, client_id=None):\n        pass\n")
        try sandbox.git(["add", "-A"])
        let repository = try Repository.open(at: sandbox.path)
        let unconfigured = Checker(objects: repository).check(try repository.changeSet(.staged, include: Checker.isSource))
        #expect(unconfigured.findings.isEmpty, "two files claim core.ctx and one still accepts conn_id")
        try sandbox.git(["config", "--add", "paramguard.pythonRoot", "lib"])
        let configured = try Repository.open(at: sandbox.path)
        let report = Checker(objects: configured).check(try configured.changeSet(.staged, include: Checker.isSource))
        #expect(report.findings.map(\.path) == ["lib/use.py"])
    }
}
