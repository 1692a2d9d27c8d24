/// Source files several examples share.
extension Rule.Example {
    /// The incident's rename, declared in `.paramguard.toml`.
    static let incidentRecord = """
        [[migration]]
        callable = "context.UserExecutionContext"
        renamed = { websocket_connection_id = "websocket_client_id" }
        reason = "the v1 gateway calls in use.py go with it in January"

        """

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

    static let text = "def slugify(title):\n    return title.lower()\n\ndef shout(title):\n    return title.upper()\n"

    static let textWithoutSlugify = "def shout(title):\n    return title.upper()\n"
}
