/// The throw-away repository `paramguard demo` builds: the incident in miniature.
enum DemoFiles {
    static let contextBefore = """
        from dataclasses import dataclass
        from typing import Optional


        @dataclass
        class UserExecutionContext:
            user_id: str
            thread_id: str
            websocket_connection_id: Optional[str] = None
            request_id: Optional[str] = None

        """

    /// The rename, with a property kept "for compatibility": it serves attribute reads, not the constructor.
    static let contextAfter = """
        from dataclasses import dataclass
        from typing import Optional


        @dataclass
        class UserExecutionContext:
            user_id: str
            thread_id: str
            websocket_client_id: Optional[str] = None
            request_id: Optional[str] = None

            @property
            def websocket_connection_id(self) -> Optional[str]:
                \"\"\"Kept for compatibility.\"\"\"
                return self.websocket_client_id

        """

    static func websocket(_ label: String) -> String {
        """
        from app.context import UserExecutionContext


        def context_for_socket(user_id, thread_id, connection_id):
            return UserExecutionContext(user_id=user_id, thread_id=thread_id, \(label)=connection_id)

        """
    }

    static func routes(_ label: String) -> String {
        """
        from app import context as ctx


        def handle(request):
            return ctx.UserExecutionContext(
                user_id=request.user, thread_id=request.thread, \(label)=request.socket
            )

        """
    }

    /// The caller nobody migrated: a function-local import, as in the incident.
    static func agents(_ label: String) -> String {
        """
        def run_agent(user_id, thread_id, connection_id):
            from .context import UserExecutionContext

            context = UserExecutionContext(
                user_id=user_id,
                thread_id=thread_id,
                \(label)=connection_id,
            )
            return context

        """
    }

    /// A new call written after the rename, from memory, with the old keyword.
    static let notifications = """
        from app.context import UserExecutionContext


        def context_for_notification(user_id, thread_id, socket):
            return UserExecutionContext(user_id=user_id, thread_id=thread_id, websocket_connection_id=socket)

        """

    /// A different class with the same name that legitimately keeps the old keyword.
    static let legacyContext = """
        class UserExecutionContext:
            def __init__(self, user_id, websocket_connection_id=None):
                self.user_id = user_id
                self.websocket_connection_id = websocket_connection_id

        """

    static let legacyJobs = """
        from legacy.context import UserExecutionContext


        def replay(user_id, connection_id):
            return UserExecutionContext(user_id=user_id, websocket_connection_id=connection_id)

        """
}
