import Foundation
import ParamGuardTestSupport

/// Files for the end-to-end scenarios: a dataclass rename and its callers.
enum Scenario {
    static let contextBefore = "from dataclasses import dataclass\n\n@dataclass\nclass Context:\n    user_id: str\n    connection_id: str = ''\n"
    static let contextAfter = "from dataclasses import dataclass\n\n@dataclass\nclass Context:\n    user_id: str\n    client_id: str = ''\n"
    static func caller(_ label: String) -> String {
        "from app.context import Context\n\ndef make(u, c):\n    return Context(user_id=u, \(label)=c)\n"
    }

    /// The rename declared intended in `.paramguard.toml`.
    static let record = """
        [[migration]]
        callable = "app.context.Context"
        renamed = { connection_id = "client_id" }
        reason = "app/caller.py is the v1 handler, deleted with the v1 API"

        """

    static let base: [String: String] = [
        "app/__init__.py": "",
        "app/context.py": contextBefore,
        "app/caller.py": caller("connection_id"),
    ]
}

extension GitSandbox {
    /// Runs the built paramguard binary here.
    func paramguard(_ arguments: [String], in directory: String? = nil, input: String? = nil) throws -> Result {
        try run([try BuiltProducts.paramguard()] + arguments, in: directory, input: input)
    }

    /// Runs git with the hook able to find the binary under test.
    func gitWithHooks(_ arguments: [String], in directory: String? = nil) throws -> Result {
        try run(["git"] + arguments, in: directory, environment: ["PARAMGUARD": try BuiltProducts.paramguard()])
    }

    /// A repository with the base scenario committed and the hook installed.
    static func withInstalledHook() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.commit(Scenario.base, message: "base")
        let install = try sandbox.paramguard(["install"])
        guard install.status == 0 else { throw SandboxError("install failed: \(install.output)") }
        return sandbox
    }
}
