/// Swift examples of the checks, in the form of `RuleExamples`: `↓` marks where a finding must land.
/// Files sit in a SwiftPM layout, `Sources/<Module>/…`, so module visibility is part of every example.
enum SwiftRuleExamples {
    static let point = """
        public struct Point {
            public var x: Int
            public var y: Int
            public init(x: Int, y: Int) { self.x = x; self.y = y }
            public func moved(by offset: Int, axis: String = "x") -> Point { self }
        }
        """

    static let pointRenamed = """
        public struct Point {
            public var x: Int
            public var y: Int
            public init(horizontal x: Int, y: Int) { self.x = x; self.y = y }
            public func moved(distance offset: Int, axis: String = "x") -> Point { self }
        }
        """

    /// Overloads in protocol extensions told apart by the associated type a conforming type binds,
    /// and in extensions of a generic type told apart by its generic argument.
    static let store = """
        public protocol Store {
            associatedtype Record
            var records: [Record] { get }
        }
        public struct Note {}
        public struct Photo {}
        public protocol Dated {}
        extension Photo: Dated {}
        extension Store where Record == Note {
            public func find(title: String) -> Bool { false }
        }
        extension Store where Record: Dated {
            public func find(title: String, day: Int = 0) -> Bool { false }
        }
        public final class Notebook: Store {
            public var records: [Note] = []
            public init() {}
        }
        public struct Album: Store {
            public typealias Record = Photo
            public var records: [Photo] { [] }
            public init() {}
        }
        """

    static let table = """
        public struct Table<Row, Key> {
            public init() {}
        }
        public typealias NamedTable<Row> = Table<Row, String>
        public typealias NumberedTable<Row> = Table<Row, Int>
        extension Table where Key == String {
            public static func empty() -> Table { Table() }
            public func lookup(name: String) -> Row? { nil }
        }
        extension Table where Key == Int {
            public func lookup(name: Int) -> Row? { nil }
        }
        """

    static let triggering: [RuleExample] = [
        RuleExample(
            name: "Swift: protocol-extension overloads told apart by the associated type the receiver's type binds",
            before: ["Sources/Notes/Store.swift": store, "Sources/App/main.swift": "import Notes\nlet found = Notebook().find(title: \"a\")\n"],
            after: [
                "Sources/Notes/Store.swift": store.replacingOccurrences(of: "func find(title: String) -> Bool", with: "func find(named title: String) -> Bool"),
                "Sources/App/main.swift": "import Notes\nlet found = Notebook().find(↓title: \"a\")\n",
            ],
            kind: .renamedParameter, suggestion: "named"),
        RuleExample(
            name: "Swift: overloads told apart by a generic argument a typealias writes, also on a constrained extension's factory",
            before: ["Sources/Tables/Table.swift": table, "Sources/App/main.swift": "import Tables\nlet a = NamedTable<Int>().lookup(name: \"a\")\nlet b = NamedTable<Int>.empty().lookup(name: \"b\")\n"],
            after: [
                "Sources/Tables/Table.swift": table.replacingOccurrences(of: "func lookup(name: String)", with: "func lookup(key name: String)"),
                "Sources/App/main.swift": "import Tables\nlet a = NamedTable<Int>().lookup(↓name: \"a\")\nlet b = NamedTable<Int>.empty().lookup(↓name: \"b\")\n",
            ],
            kind: .renamedParameter, suggestion: "key"),
        RuleExample(
            name: "Swift: init label renamed, caller in another module that imports it",
            before: ["Sources/Geometry/Point.swift": point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n"],
            after: ["Sources/Geometry/Point.swift": pointRenamed, "Sources/App/main.swift": "import Geometry\nlet p = Point(↓x: 1, y: 2)\n"],
            kind: .renamedParameter, suggestion: "horizontal"),
        RuleExample(
            name: "Swift: T.init(...) and a method called on its result, chained",
            before: ["Sources/Geometry/Point.swift": point, "Sources/Geometry/Use.swift": "func f(p: Point) -> Point {\n    Point.init(x: 0, y: 0).moved(by: 1)\n}\n"],
            after: ["Sources/Geometry/Point.swift": pointRenamed, "Sources/Geometry/Use.swift": "func f(p: Point) -> Point {\n    Point.init(↓x: 0, y: 0).moved(↓by: 1)\n}\n"],
            kind: .renamedParameter),
        RuleExample(
            name: "Swift: self.init in an extension and super.init in a subclass",
            before: [
                "Sources/Core/Base.swift": "class Base {\n    init(name: String) {}\n}\nextension Base {\n    convenience init() { self.init(name: \"\") }\n}\nclass Sub: Base {\n    init() { super.init(name: \"sub\") }\n}\n",
            ],
            after: [
                "Sources/Core/Base.swift": "class Base {\n    init(title: String) {}\n}\nextension Base {\n    convenience init() { self.init(↓name: \"\") }\n}\nclass Sub: Base {\n    init() { super.init(↓name: \"sub\") }\n}\n",
            ],
            kind: .renamedParameter, suggestion: "title"),
        RuleExample(
            name: "Swift: free function label renamed; a new call in the same commit still uses the old one",
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(↓message: \"a\") }\nfunc b() { log(↓message: \"b\") }\n",
            ],
            kind: .renamedParameter, suggestion: "text"),
        RuleExample(
            name: "Swift: method called through implicit self inside its type",
            before: ["Sources/Core/Counter.swift": "struct Counter {\n    func add(amount: Int) {}\n    func twice() { add(amount: 1); add(amount: 1) }\n}\n"],
            after: ["Sources/Core/Counter.swift": "struct Counter {\n    func add(by amount: Int) {}\n    func twice() { add(↓amount: 1); add(↓amount: 1) }\n}\n"],
            kind: .renamedParameter, suggestion: "by"),
        RuleExample(
            name: "Swift: compound-name reference and #selector",
            before: ["Sources/Core/Target.swift": "class Target {\n    func tap(sender: Int) {}\n    func wire() {\n        let f = tap(sender:)\n        _ = #selector(Target.tap(sender:))\n    }\n}\n"],
            after: ["Sources/Core/Target.swift": "class Target {\n    func tap(from sender: Int) {}\n    func wire() {\n        let f = tap(↓sender:)\n        _ = #selector(Target.tap(↓sender:))\n    }\n}\n"],
            kind: .renamedParameter, suggestion: "from"),
        RuleExample(
            name: "Swift: memberwise initializer follows a renamed stored property",
            before: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    var height: Int = 0\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2)\n"],
            after: ["Sources/Core/Size.swift": "struct Size {\n    var w: Int\n    var height: Int = 0\n}\n", "Sources/Core/Use.swift": "let s = Size(↓width: 2)\n"],
            kind: .renamedParameter, suggestion: "w"),
        RuleExample(
            name: "Swift: a var with an initial value turned into a let leaves the memberwise initializer",
            before: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    var unit = \"pt\"\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2, unit: \"px\")\n"],
            after: ["Sources/Core/Size.swift": "struct Size {\n    var width: Int\n    let unit = \"pt\"\n}\n", "Sources/Core/Use.swift": "let s = Size(width: 2, ↓unit: \"px\")\n"],
            kind: .removedParameter),
        RuleExample(
            name: "Swift: a label dropped to `_`",
            before: ["Sources/Core/F.swift": "func scale(factor: Double) {}\nfunc use() { scale(factor: 2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(_ factor: Double) {}\nfunc use() { scale(↓factor: 2) }\n"],
            kind: .removedParameter),
        RuleExample(
            name: "Swift: an unlabeled parameter given a label",
            before: ["Sources/Core/F.swift": "func scale(_ factor: Double) {}\n", "Sources/Core/G.swift": "func use() { scale(2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(by factor: Double) {}\n", "Sources/Core/G.swift": "func use() { ↓scale(2) }\n"],
            kind: .renamedParameter, suggestion: "by"),
        RuleExample(
            name: "Swift: a new parameter without a default, and a default removed",
            before: ["Sources/Core/F.swift": "func open(path: String) {}\nfunc close(force: Bool = false) {}\n", "Sources/Core/G.swift": "func use() {\n    open(path: \"a\")\n    close()\n}\n"],
            after: ["Sources/Core/F.swift": "func open(path: String, mode: Int) {}\nfunc close(force: Bool) {}\n", "Sources/Core/G.swift": "func use() {\n    ↓open(path: \"a\")\n    ↓close()\n}\n"],
            kind: .missingArgument),
        RuleExample(
            name: "Swift: labels reordered",
            before: ["Sources/Core/F.swift": "func move(x: Int, y: Int) {}\n", "Sources/Core/G.swift": "func use() { move(x: 1, y: 2) }\n"],
            after: ["Sources/Core/F.swift": "func move(y: Int, x: Int) {}\n", "Sources/Core/G.swift": "func use() { move(↓x: 1, y: 2) }\n"],
            kind: .reorderedParameters),
        RuleExample(
            name: "Swift: a new call with a label no overload of a fully known type ever took",
            before: ["Sources/Geometry/Point.swift": point, "Sources/App/main.swift": "import Geometry\n"],
            after: ["Sources/Geometry/Point.swift": point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, ↓yy: 2)\n"],
            kind: .unknownKeyword, suggestion: "y"),
        RuleExample(
            name: "Swift: trailing closure after a renamed label",
            before: ["Sources/Core/F.swift": "func repeatTimes(count: Int, body: () -> Void) {}\n", "Sources/Core/G.swift": "func use() { repeatTimes(count: 2) { } }\n"],
            after: ["Sources/Core/F.swift": "func repeatTimes(times: Int, body: () -> Void) {}\n", "Sources/Core/G.swift": "func use() { repeatTimes(↓count: 2) { } }\n"],
            kind: .renamedParameter, suggestion: "times"),
        RuleExample(
            name: "Swift: variadic parameter's label renamed",
            before: ["Sources/Core/F.swift": "func sum(values: Int...) -> Int { 0 }\n", "Sources/Core/G.swift": "let total = sum(values: 1, 2, 3)\n"],
            after: ["Sources/Core/F.swift": "func sum(of values: Int...) -> Int { 0 }\n", "Sources/Core/G.swift": "let total = sum(↓values: 1, 2, 3)\n"],
            kind: .renamedParameter, suggestion: "of"),
        RuleExample(
            name: "Swift: a nested type constructed through its outer type's name",
            before: ["Sources/Core/Definition.swift": "struct Definition {\n    struct Help {\n        init(values: [String]) {}\n    }\n}\nlet h = Definition.Help(values: [])\n"],
            after: ["Sources/Core/Definition.swift": "struct Definition {\n    struct Help {\n        init(allValues: [String]) {}\n    }\n}\nlet h = Definition.Help(↓values: [])\n"],
            kind: .renamedParameter, suggestion: "allValues"),
        RuleExample(
            name: "Swift: `.init(...)` passed to a parameter whose type names what it constructs",
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(\n    kind: 1,\n    help: .init(values: [])\n)\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(allValues: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(\n    kind: 1,\n    help: .init(↓values: [])\n)\n",
            ],
            kind: .renamedParameter, suggestion: "allValues"),
        RuleExample(
            name: "Swift: `.init(label:)` in a file that never names the type, while another overload keeps the label",
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
            kind: .renamedParameter, suggestion: "name"),
        RuleExample(
            name: "Swift: `.init()` with no arguments, after the initializer's only parameter lost its default",
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String] = []) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init())\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: ↓.init())\n",
            ],
            kind: .missingArgument),
        RuleExample(
            name: "Swift: property wrapper overloads told apart by the wrapped property's type",
            before: [
                "Sources/Options/Flag.swift": "@propertyWrapper\npublic struct Flag<Value> {\n    public var wrappedValue: Value\n}\nextension Flag where Value == Bool {\n    public init(wrappedValue: Bool, help: String) { self.wrappedValue = wrappedValue }\n}\nextension Flag where Value == Int {\n    public init(wrappedValue: Int, help: String) { self.wrappedValue = wrappedValue }\n}\n",
                "Sources/Tool/Options.swift": "import Options\nstruct Tool {\n    @Flag(help: \"v\") var verbose = false\n    @Flag(help: \"c\") var count: Int = 0\n}\n",
            ],
            after: [
                "Sources/Options/Flag.swift": "@propertyWrapper\npublic struct Flag<Value> {\n    public var wrappedValue: Value\n}\nextension Flag where Value == Bool {\n    public init(wrappedValue: Bool, summary: String) { self.wrappedValue = wrappedValue }\n}\nextension Flag where Value == Int {\n    public init(wrappedValue: Int, help: String) { self.wrappedValue = wrappedValue }\n}\n",
                "Sources/Tool/Options.swift": "import Options\nstruct Tool {\n    @Flag(↓help: \"v\") var verbose = false\n    @Flag(help: \"c\") var count: Int = 0\n}\n",
            ],
            kind: .renamedParameter, suggestion: "summary"),
        RuleExample(
            name: "Swift: a method called on a local, a parameter, a closure parameter and an optional, typed where they are declared",
            before: ["Sources/Geometry/Point.swift": point, "Sources/Geometry/Use.swift": "func f(q: Point, r: Point?) {\n    let p = Point(x: 0, y: 0)\n    _ = p.moved(by: 1)\n    _ = q.moved(by: 2)\n    _ = r?.moved(by: 3)\n    let g = { (s: Point) in s.moved(by: 4) }\n    let t: Point = p\n    _ = t.moved(by: 5)\n}\n"],
            after: ["Sources/Geometry/Point.swift": pointRenamed, "Sources/Geometry/Use.swift": "func f(q: Point, r: Point?) {\n    let p = Point(horizontal: 0, y: 0)\n    _ = p.moved(↓by: 1)\n    _ = q.moved(↓by: 2)\n    _ = r?.moved(↓by: 3)\n    let g = { (s: Point) in s.moved(↓by: 4) }\n    let t: Point = p\n    _ = t.moved(↓by: 5)\n}\n"],
            kind: .renamedParameter, suggestion: "distance"),
        RuleExample(
            name: "Swift: a method called on a stored property, with and without self, and on a static factory's result",
            before: [
                "Sources/Geometry/Point.swift": point + "\nextension Point {\n    static func zero() -> Point { Point(x: 0, y: 0) }\n}\n",
                "Sources/Geometry/Canvas.swift": "final class Canvas {\n    var origin: Point\n    let corner = Point(x: 1, y: 1)\n    init() { origin = .zero() }\n    func shift() {\n        _ = origin.moved(by: 1)\n        _ = self.corner.moved(by: 2)\n        let z = Point.zero()\n        _ = z.moved(by: 3)\n    }\n}\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": pointRenamed + "\nextension Point {\n    static func zero() -> Point { Point(horizontal: 0, y: 0) }\n}\n",
                "Sources/Geometry/Canvas.swift": "final class Canvas {\n    var origin: Point\n    let corner = Point(horizontal: 1, y: 1)\n    init() { origin = .zero() }\n    func shift() {\n        _ = origin.moved(↓by: 1)\n        _ = self.corner.moved(↓by: 2)\n        let z = Point.zero()\n        _ = z.moved(↓by: 3)\n    }\n}\n",
            ],
            kind: .renamedParameter, suggestion: "distance"),
        RuleExample(
            name: "Swift: a typealias is followed to the type it names",
            before: ["Sources/Core/Handler.swift": "struct RequestHandler {\n    init(name: String) {}\n}\ntypealias Handler = RequestHandler\n", "Sources/Core/Use.swift": "let h = Handler(name: \"a\")\n"],
            after: ["Sources/Core/Handler.swift": "struct RequestHandler {\n    init(title: String) {}\n}\ntypealias Handler = RequestHandler\n", "Sources/Core/Use.swift": "let h = Handler(↓name: \"a\")\n"],
            kind: .renamedParameter, suggestion: "title"),
        RuleExample(
            name: "Swift: an enum case with associated values is a constructor beside a static function of the same name",
            before: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(size: 1, flexible: true)\nlet b = Layout.space(size: 2)\n"],
            after: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(width: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(width: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(↓size: 1, flexible: true)\nlet b = Layout.space(size: 2)\n"],
            kind: .renamedParameter, suggestion: "width"),
        RuleExample(
            name: "Swift: a target's module comes from Package.swift, whose path: holds several folders",
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
            kind: .renamedParameter, suggestion: "factor"),
        RuleExample(
            name: "Swift: a forwarding self.init passes a label that only another overload takes",
            before: ["Sources/Core/Driver.swift": "struct Driver {\n    init(args: [String], env: [String: String] = [:], map: Int? = nil) {}\n    init(args: [String], block: Int, oracle: Int? = nil) {}\n}\n"],
            after: ["Sources/Core/Driver.swift": "struct Driver {\n    init(args: [String], env: [String: String] = [:], map: Int? = nil) {}\n    init(args: [String], block: Int, oracle: Int? = nil) {}\n    init(args: [String], legacy: Bool) {\n        self.init(args: args, block: 0, ↓map: nil, oracle: nil)\n    }\n}\n"],
            kind: .unknownKeyword),
        RuleExample(
            name: "Swift: a method called on an element of a typed collection and on a property of a typed value",
            before: [
                "Sources/Geometry/Point.swift": point,
                "Sources/Geometry/Shape.swift": "struct Segment {\n    var start: Point\n}\nstruct Shape {\n    var corners: [Point]\n    var byName: [String: Point] = [:]\n    func moveAll(segment: Segment) {\n        for corner in corners { _ = corner.moved(by: 1) }\n        _ = corners[0].moved(by: 2)\n        _ = byName[\"a\"]?.moved(by: 3)\n        _ = segment.start.moved(by: 4)\n    }\n}\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": pointRenamed,
                "Sources/Geometry/Shape.swift": "struct Segment {\n    var start: Point\n}\nstruct Shape {\n    var corners: [Point]\n    var byName: [String: Point] = [:]\n    func moveAll(segment: Segment) {\n        for corner in corners { _ = corner.moved(↓by: 1) }\n        _ = corners[0].moved(↓by: 2)\n        _ = byName[\"a\"]?.moved(↓by: 3)\n        _ = segment.start.moved(↓by: 4)\n    }\n}\n",
            ],
            kind: .renamedParameter, suggestion: "distance"),
        RuleExample(
            name: "Swift: a test helper called from an XCTestCase subclass, whose inherited methods are known",
            before: ["Sources/Helpers/Assert.swift": "public func assertHelp(columns: Int) {}\n", "Tests/AppTests/HelpTests.swift": "import XCTest\nimport Helpers\nfinal class HelpTests: XCTestCase {\n    func testHelp() { assertHelp(columns: 80) }\n}\n"],
            after: ["Sources/Helpers/Assert.swift": "public func assertHelp(width: Int) {}\n", "Tests/AppTests/HelpTests.swift": "import XCTest\nimport Helpers\nfinal class HelpTests: XCTestCase {\n    func testHelp() { assertHelp(↓columns: 80) }\n}\n"],
            kind: .renamedParameter, suggestion: "width"),
        RuleExample(
            name: "Swift: a method from the extension of a protocol of the tree that refines standard protocols",
            before: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n", "Tests/GraphTests/EdgeTests.swift": "import XCTest\n@testable import Graphs\nfinal class EdgeTests: XCTestCase {\n    func testEdge() {\n        let g = UnweightedGraph<String>(vertices: [\"a\"])\n        XCTAssertFalse(g.edgeExists(from: 0, to: 1))\n    }\n}\n"],
            after: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(source: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n", "Tests/GraphTests/EdgeTests.swift": "import XCTest\n@testable import Graphs\nfinal class EdgeTests: XCTestCase {\n    func testEdge() {\n        let g = UnweightedGraph<String>(vertices: [\"a\"])\n        XCTAssertFalse(g.edgeExists(↓from: 0, to: 1))\n    }\n}\n"],
            kind: .renamedParameter, suggestion: "source"),
        RuleExample(
            name: "Swift: a type conforming through a typealias of a protocol composition, and a call through a metatype",
            before: ["Sources/Core/Fragment.swift": "protocol Readable {\n    static func read(using r: Int) -> Self\n}\nprotocol Printable {}\ntypealias Fragment = Readable & Printable\nstruct List: Fragment {\n    static func read(using r: Int) -> List { List() }\n    static func make() -> List { read(using: 1) }\n}\nfunc load(type: Readable.Type) { _ = type.read(using: 2) }\n"],
            after: ["Sources/Core/Fragment.swift": "protocol Readable {\n    static func read(from r: Int) -> Self\n}\nprotocol Printable {}\ntypealias Fragment = Readable & Printable\nstruct List: Fragment {\n    static func read(from r: Int) -> List { List() }\n    static func make() -> List { read(↓using: 1) }\n}\nfunc load(type: Readable.Type) { _ = type.read(↓using: 2) }\n"],
            kind: .renamedParameter, suggestion: "from"),
        RuleExample(
            name: "Swift: a renamed protocol requirement, a conforming type still implementing the old label, and a call through the protocol",
            before: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\nfunc draw(r: any Renderer) {\n    var s = \"\"\n    r.render(into: &s)\n}\n",
            ],
            after: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(↓into buffer: inout String) {}\n}\nfunc draw(r: any Renderer) {\n    var s = \"\"\n    r.render(↓into: &s)\n}\n",
            ]),
        RuleExample(
            name: "Swift: the element parameter of a closure passed to forEach, map, reduce or filter on a typed collection",
            before: ["Sources/Geometry/Point.swift": point, "Sources/Geometry/Shape.swift": "struct Shape {\n    var corners: [Point]\n    func moveAll() {\n        corners.forEach { _ = $0.moved(by: 1) }\n        _ = corners.map { c in c.moved(by: 2) }\n        _ = corners.reduce(0) { total, c in\n            _ = c.moved(by: 3)\n            return total\n        }\n        _ = corners.filter { (p: Point) in p.moved(by: 4).x > 0 }\n    }\n}\n"],
            after: ["Sources/Geometry/Point.swift": pointRenamed, "Sources/Geometry/Shape.swift": "struct Shape {\n    var corners: [Point]\n    func moveAll() {\n        corners.forEach { _ = $0.moved(↓by: 1) }\n        _ = corners.map { c in c.moved(↓by: 2) }\n        _ = corners.reduce(0) { total, c in\n            _ = c.moved(↓by: 3)\n            return total\n        }\n        _ = corners.filter { (p: Point) in p.moved(↓by: 4).x > 0 }\n    }\n}\n"],
            kind: .renamedParameter, suggestion: "distance"),
        RuleExample(
            name: "Swift: a method of the tree's extension of a standard collection protocol, called on a typed array",
            before: ["Sources/Core/Help.swift": "protocol Command {}\nextension BidirectionalCollection where Element == Command.Type {\n    func helpNames(visibility: Int) -> [String] { [] }\n}\nfunc usage(stack: [Command.Type]) -> [String] {\n    stack.helpNames(visibility: 1)\n}\n"],
            after: ["Sources/Core/Help.swift": "protocol Command {}\nextension BidirectionalCollection where Element == Command.Type {\n    func helpNames(level: Int) -> [String] { [] }\n}\nfunc usage(stack: [Command.Type]) -> [String] {\n    stack.helpNames(↓visibility: 1)\n}\n"],
            kind: .renamedParameter, suggestion: "level"),
        RuleExample(
            name: "Swift: a local function hides the enclosing type's method of the same name",
            before: ["Sources/Core/Toolchain.swift": "struct Toolchain {\n    func isSuperset(of other: Toolchain) -> Bool {\n        func isSuperset(for tool: Int) -> Bool { true }\n        return isSuperset(for: 1) && isSuperset(for: 2)\n    }\n}\n"],
            after: ["Sources/Core/Toolchain.swift": "struct Toolchain {\n    func isSuperset(of other: Toolchain) -> Bool {\n        func isSuperset(forTool tool: Int) -> Bool { true }\n        return isSuperset(↓for: 1) && isSuperset(↓for: 2)\n    }\n}\n"],
            kind: .renamedParameter, suggestion: "forTool"),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            name: "Swift: an initializer from an extension in a module that sees the type through another module's @_exported import",
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
        RuleExample(
            name: "Swift: an initializer from an extension in a module that another file of the caller's module imports",
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
        RuleExample(
            name: "Swift: an overload whose extension's requirement the receiver's type meets, or may meet, still takes the label",
            before: [
                "Sources/Notes/Store.swift": store,
                "Sources/Tables/Table.swift": table,
                "Sources/App/main.swift": "import Notes\nimport Tables\nlet a = Album().find(title: \"a\")\nlet b = NumberedTable<Int>().lookup(name: 1)\nfunc c<K>(_ t: Table<Int, K>) { _ = t.lookup(name: 2) }\n",
            ],
            after: [
                "Sources/Notes/Store.swift": store.replacingOccurrences(of: "func find(title: String) -> Bool", with: "func find(named title: String) -> Bool"),
                "Sources/Tables/Table.swift": table.replacingOccurrences(of: "func lookup(name: String)", with: "func lookup(key name: String)"),
                "Sources/App/main.swift": "import Notes\nimport Tables\nlet a = Album().find(title: \"a\")\nlet b = NumberedTable<Int>().lookup(name: 1)\nfunc c<K>(_ t: Table<Int, K>) { _ = t.lookup(name: 2) }\n",
            ]),
        RuleExample(
            name: "Swift: a renamed protocol requirement whose conforming types were migrated with it",
            before: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(into buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(into buffer: inout String) {}\n}\nextension Text {\n    func render(into buffer: inout String, twice: Bool) {}\n}\n",
            ],
            after: [
                "Sources/Core/Renderer.swift": "protocol Renderer {\n    func render(to buffer: inout String)\n}\n",
                "Sources/Core/Text.swift": "struct Text: Renderer {\n    func render(to buffer: inout String) {}\n}\nextension Text {\n    func render(into buffer: inout String, twice: Bool) {}\n}\n",
            ]),
        RuleExample(
            name: "Swift open world: a name the standard collection protocols give, or any name when the file imports a module from outside",
            before: ["Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n"],
            after: [
                "Sources/Graphs/Graph.swift": "public protocol Graph: Collection, CustomStringConvertible & Codable {\n    var vertexCount: Int { get }\n}\nextension Graph {\n    public func edgeExists(from: Int, to: Int) -> Bool { false }\n    public func index(ofVertex v: Int) -> Int? { nil }\n}\nopen class UnweightedGraph<V>: Graph {\n    public init(vertices: [V]) {}\n}\n",
                "Sources/Graphs/Use.swift": "func use(g: UnweightedGraph<Int>, i: Int) {\n    _ = g.index(after: i)\n    _ = g.index(ofVertex: 1)\n}\n",
                "Sources/Graphs/Chunks.swift": "import Algorithms\nfunc chunks(g: UnweightedGraph<Int>) {\n    _ = g.chunks(ofCount: 2)\n}\n",
            ]),
        RuleExample(
            name: "Swift: a package nested in the tree (an example depending on a release) does not see the tree's declarations",
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
        RuleExample(
            name: "Swift: `.init(...)` passed to a parameter whose type is nested in the callee's type",
            before: ["Sources/Core/Config.swift": "struct Lifecycle {\n    init(eventLoop: Int) {}\n}\nstruct Config {\n    struct Lifecycle {\n        init(maxTimes: Int) {}\n    }\n    init(lifecycle: Lifecycle) {}\n}\n"],
            after: [
                "Sources/Core/Config.swift": "struct Lifecycle {\n    init(eventLoop: Int) {}\n}\nstruct Config {\n    struct Lifecycle {\n        init(maxTimes: Int) {}\n    }\n    init(lifecycle: Lifecycle) {}\n}\n",
                "Sources/Core/Use.swift": "let c = Config(lifecycle: .init(maxTimes: 1))\n",
            ]),
        RuleExample(
            name: "Swift: a property's type named like a type of a module the file does not import",
            before: ["Sources/Plugin/Connection.swift": "final class Connection {\n    func send(_ x: Int) {}\n}\n", "Sources/Support/Client.swift": "import Transport\nstruct Client {\n    let connection: Connection\n}\n"],
            after: ["Sources/Plugin/Connection.swift": "final class Connection {\n    func send(_ x: Int) {}\n}\n", "Sources/Support/Client.swift": "import Transport\nstruct Client {\n    let connection: Connection\n    func go() { connection.send(1, reply: {}) }\n}\n"]),
        RuleExample(
            name: "Swift: memberwise initializers of properties declared in two #if branches or given a value by their wrapper, and a raw-value enum's init?(rawValue:) from another module",
            before: [
                "Sources/Options/Kind.swift": "public enum Kind: String, Codable {\n    case a\n}\n",
                "Sources/Core/Handle.swift": "struct Handle {\n    #if os(Windows)\n    let handle: Int\n    #else\n    let handle: UInt\n    #endif\n}\nstruct State {\n    @Shared(value: false) var flag\n    var count: Int\n}\n",
            ],
            after: [
                "Sources/Options/Kind.swift": "public enum Kind: String, Codable {\n    case a\n}\n",
                "Sources/Core/Handle.swift": "struct Handle {\n    #if os(Windows)\n    let handle: Int\n    #else\n    let handle: UInt\n    #endif\n}\nstruct State {\n    @Shared(value: false) var flag\n    var count: Int\n}\n",
                "Sources/Core/Use.swift": "import Options\nlet h = Handle(handle: 1)\nlet s = State(count: 1)\nlet k = Kind(rawValue: \"a\")\n",
            ]),
        RuleExample(
            name: "Swift open world: a type the tree only extends keeps the initializers declared elsewhere",
            before: ["Sources/Core/Hex.swift": "extension String {\n    init?(hexEncoded text: String) { return nil }\n}\n"],
            after: [
                "Sources/Core/Hex.swift": "extension String {\n    init?(hex text: String) { return nil }\n}\n",
                "Sources/Core/Use.swift": "let a = String(describing: 1)\nlet b = String(repeating: \"a\", count: 2)\nlet c = Int(exactly: 2.0)\nextension String {\n    init(twice s: String) { self.init(s + s) }\n}\nextension Int {\n    func doubled() -> Int { self * 2 }\n}\n",
            ]),
        RuleExample(
            name: "Swift open world: a protocol's initializer requirement is not the whole overload set of a standard type conforming to it",
            before: ["Sources/Core/Defaultable.swift": "protocol Defaultable {\n    init()\n}\nextension Int: Defaultable {}\n"],
            after: [
                "Sources/Core/Defaultable.swift": "protocol Defaultable {\n    init()\n}\nextension Int: Defaultable {}\n",
                "Sources/Core/Use.swift": "let a = Int(\"12\")\nlet b = Int(truncatingIfNeeded: 300)\n",
            ]),
        RuleExample(
            name: "Swift open world: a protocol or superclass from another module may supply initializers and methods",
            before: ["Sources/Core/Tag.swift": "import Rendering\nstruct Tag: Renderable {\n    init(name: String) {}\n    func draw(at x: Int) {}\n}\nclass View: UIView {\n    init(tag: Tag) { super.init(frame: .zero) }\n}\n"],
            after: [
                "Sources/Core/Tag.swift": "import Rendering\nstruct Tag: Renderable {\n    init(name: String) {}\n    func draw(at x: Int) {}\n}\nclass View: UIView {\n    init(tag: Tag) { super.init(frame: .zero) }\n}\n",
                "Sources/Core/Use.swift": "import Rendering\nlet t = Tag(value: 1)\nlet u = Tag.make(style: 2)\nfunc use(v: View) {\n    v.layout(in: 3)\n    Tag(name: \"a\").draw(in: 4)\n}\n",
            ]),
        RuleExample(
            name: "Swift: initializers the standard protocols supply, and a protocol of the tree that the type refines",
            before: ["Sources/Core/Name.swift": "struct Name: ExpressibleByStringLiteral, Hashable {\n    init(stringLiteral value: String) {}\n}\nenum Color: String, CaseIterable {\n    case red\n}\nprotocol Named {}\nextension Named {\n    init(copying other: Self) { self = other }\n}\nstruct Label: Named {\n    var text: String\n}\n"],
            after: [
                "Sources/Core/Name.swift": "struct Name: ExpressibleByStringLiteral, Hashable {\n    init(stringLiteral value: String) {}\n}\nenum Color: String, CaseIterable {\n    case red\n}\nprotocol Named {}\nextension Named {\n    init(copying other: Self) { self = other }\n}\nstruct Label: Named {\n    var text: String\n}\n",
                "Sources/Core/Use.swift": "let a = Name(unicodeScalarLiteral: \"a\")\nlet b = Color(rawValue: \"red\")\nlet c = Label(copying: Label(text: \"x\"))\nfunc h(n: Name, into hasher: inout Hasher) { n.hash(into: &hasher) }\n",
            ]),
        RuleExample(
            name: "Swift open world: a receiver of unknown or generic type is never matched to a same-named method by name",
            before: ["Sources/Core/Buffer.swift": "struct Buffer {\n    func write(_ s: String) {}\n}\n", "Sources/Core/Dump.swift": "func dump<S: TextOutputStream>(to stream: inout S) {\n    stream.write(\"x\")\n}\nfunc log(sink: AnyObject) {\n    let out = makeOutput()\n    out.write(\"y\")\n}\n"],
            after: ["Sources/Core/Buffer.swift": "struct Buffer {\n    func write(bytes s: String) {}\n}\n", "Sources/Core/Dump.swift": "func dump<S: TextOutputStream>(to stream: inout S) {\n    stream.write(\"x\")\n}\nfunc log(sink: AnyObject) {\n    let out = makeOutput()\n    out.write(\"y\")\n}\n"]),
        RuleExample(
            name: "Swift open world: a generic parameter, and a dependency's nested type, are not the tree's same-named type",
            before: ["Sources/Core/Request.swift": "struct Request {\n    init(path: String) {}\n}\n"],
            after: [
                "Sources/Core/Request.swift": "struct Request {\n    init(url: String) {}\n}\n",
                "Sources/Core/Use.swift": "import Networking\nlet r = Client.Request(path: \"/\")\nfunc make<Request: Decodable>(_ type: Request.Type, from d: Decoder) throws -> Request {\n    try Request(from: d)\n}\n",
            ]),
        RuleExample(
            name: "Swift: a stored property or local of function type called like a function is not a same-named function",
            before: ["Sources/Core/Handler.swift": "func handler(_ x: Int) {}\nstruct Box {\n    var handler: (Int) -> Void\n    func run() { self.handler(1); handler(2) }\n}\nfunc use(callback: (Int) -> Void) { callback(3) }\n"],
            after: ["Sources/Core/Handler.swift": "func handler(value x: Int) {}\nstruct Box {\n    var handler: (Int) -> Void\n    func run() { self.handler(1); handler(2) }\n}\nfunc use(callback: (Int) -> Void) {\n    callback(3)\n    let handler = { (y: Int) in }\n    handler(4)\n}\n"]),
        RuleExample(
            name: "Swift: members of a public extension are public to the modules that import them",
            before: ["Sources/Geometry/Point.swift": point + "\npublic extension Point {\n    init(polar r: Int) { self.init(x: r, y: 0) }\n}\n", "Sources/App/main.swift": "import Geometry\n"],
            after: ["Sources/Geometry/Point.swift": point + "\npublic extension Point {\n    init(polar r: Int) { self.init(x: r, y: 0) }\n}\n", "Sources/App/main.swift": "import Geometry\nlet p = Point(polar: 1)\n"]),
        RuleExample(
            name: "Swift open world: a type with an attached macro may have initializers no declaration shows",
            before: ["Sources/Core/Model.swift": "import Macros\n@MemberwiseInit\nstruct Settings {\n    var depth: Int\n    init(defaults: Bool) { depth = 0 }\n}\n"],
            after: ["Sources/Core/Model.swift": "import Macros\n@MemberwiseInit\nstruct Settings {\n    var depth: Int\n    init(defaults: Bool) { depth = 0 }\n}\n", "Sources/Core/Use.swift": "let s = Settings(depth: 2)\n"]),
        RuleExample(
            name: "Swift: an enum case with associated values accepts its labels beside a static function of the same name",
            before: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n"],
            after: ["Sources/Core/Layout.swift": "enum Layout {\n    case space(size: Int, flexible: Bool)\n    static func space(size: Int) -> Layout { .space(size: size, flexible: false) }\n}\n", "Sources/Core/Use.swift": "let a = Layout.space(size: 1, flexible: true)\n"]),
        RuleExample(
            name: "Swift: the old labels kept as a deprecated overload",
            before: ["Sources/Geometry/Point.swift": point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n"],
            after: [
                "Sources/Geometry/Point.swift": pointRenamed + "\nextension Point {\n    @available(*, deprecated, renamed: \"init(horizontal:y:)\")\n    public init(x: Int, y: Int) { self.init(horizontal: x, y: y) }\n}\n",
                "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2)\n",
            ]),
        RuleExample(
            name: "Swift: the old labels kept as an unavailable alias with a fix-it",
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n@available(*, unavailable, renamed: \"log(text:)\")\nfunc log(message: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n",
            ]),
        RuleExample(
            name: "Swift: every caller migrated",
            before: ["Sources/Geometry/Point.swift": point, "Sources/App/main.swift": "import Geometry\nlet p = Point(x: 1, y: 2).moved(by: 1)\n"],
            after: ["Sources/Geometry/Point.swift": pointRenamed, "Sources/App/main.swift": "import Geometry\nlet p = Point(horizontal: 1, y: 2).moved(distance: 1)\n"]),
        RuleExample(
            name: "Swift: a same-named type of another module, not imported by the caller",
            before: [
                "Sources/Geometry/Point.swift": point,
                "Sources/Legacy/Point.swift": "struct Point {\n    var x: Int\n    var y: Int\n}\n",
                "Sources/Legacy/Use.swift": "let p = Point(x: 1, y: 2)\n",
            ],
            after: [
                "Sources/Geometry/Point.swift": pointRenamed,
                "Sources/Legacy/Point.swift": "struct Point {\n    var x: Int\n    var y: Int\n}\n",
                "Sources/Legacy/Use.swift": "let p = Point(x: 1, y: 2)\n",
            ]),
        RuleExample(
            name: "Swift: only the internal name changed, or a defaulted parameter added",
            before: ["Sources/Core/F.swift": "func scale(by factor: Double) {}\nfunc use() { scale(by: 2) }\n"],
            after: ["Sources/Core/F.swift": "func scale(by amount: Double, clamp: Bool = false) {}\nfunc use() { scale(by: 2) }\n"]),
        RuleExample(
            name: "Swift: calls the analysis cannot narrow are not guessed at",
            before: ["Sources/Geometry/Point.swift": point, "Sources/Geometry/Use.swift": "func f() {}\n"],
            after: [
                "Sources/Geometry/Point.swift": pointRenamed,
                "Sources/Geometry/Use.swift": "func f() {\n    let p: Point = .init(x: 0, y: 0)\n    let a = Array(repeating: 0, count: 2)\n    var items: [Int] = []\n    items.append(contentsOf: a)\n}\n",
            ]),
        RuleExample(
            name: "Swift: initializers a conformance or a superclass from elsewhere provides",
            before: ["Sources/Core/Model.swift": "struct Model: Decodable {\n    var id: Int\n}\nenum Kind: String {\n    case a\n}\nclass View: NSObject {\n    var tag = 0\n}\n"],
            after: [
                "Sources/Core/Model.swift": "struct Model: Decodable {\n    var id: Int\n}\nenum Kind: String {\n    case a\n}\nclass View: NSObject {\n    var tag = 0\n}\n",
                "Sources/Core/Use.swift": "func use(d: Decoder) throws {\n    _ = try Model(from: d)\n    _ = Kind(rawValue: \"a\")\n    _ = View(frame: 0)\n    _ = Model(id: 1)\n}\n",
            ]),
        RuleExample(
            name: "Swift: an initializer from a protocol extension, and the memberwise one beside an init in an extension",
            before: ["Sources/Core/P.swift": "protocol Named {\n    init()\n}\nextension Named {\n    init(value: Int) { self.init() }\n}\nstruct Tag: Named {\n    var text = \"\"\n}\nextension Tag {\n    init(label: String) { self.text = label }\n}\n"],
            after: [
                "Sources/Core/P.swift": "protocol Named {\n    init()\n}\nextension Named {\n    init(value: Int) { self.init() }\n}\nstruct Tag: Named {\n    var text = \"\"\n}\nextension Tag {\n    init(label: String) { self.text = label }\n}\n",
                "Sources/Core/Use.swift": "let a = Tag(value: 1)\nlet b = Tag(text: \"t\")\nlet c = Tag(label: \"l\")\nlet d = Tag()\n",
            ]),
        RuleExample(
            name: "Swift: `.init(...)` calls no old overload of the changed initializer took, passed where its type is expected",
            before: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(values: [String]) {}\n    init(text: String, values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init(text: \"t\", values: []))\n",
            ],
            after: [
                "Sources/Core/Definition.swift": "struct Help {\n    init(allValues: [String]) {}\n    init(text: String, values: [String]) {}\n}\nstruct Definition {\n    init(kind: Int, help: Help) {}\n}\n",
                "Sources/Core/Use.swift": "let d = Definition(kind: 1, help: .init(text: \"t\", values: []))\nlet e = Definition(kind: 2, help: .init(allValues: []))\n",
            ]),
        RuleExample(
            name: "Swift: a suppression comment, and the old label only in a comment and a string",
            before: ["Sources/Core/Log.swift": "func log(message: String) {}\n", "Sources/Core/A.swift": "func a() { log(message: \"a\") }\n"],
            after: [
                "Sources/Core/Log.swift": "func log(text: String) {}\n",
                "Sources/Core/A.swift": "func a() { log(message: \"a\") } // paramguard: ignore[renamed-parameter]\n// log(message: \"old\")\nlet s = \"log(message: x)\"\n",
            ]),
    ]
}
