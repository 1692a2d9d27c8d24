import ArgumentParser
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Reproduce the incident paramguard exists for in a throw-away repository.",
        discussion: """
            Builds a small Python package in a temporary folder, installs the pre-commit hook, and runs real \
            `git commit`s: a dataclass field renamed with a @property kept "for compatibility" and one caller \
            left behind (blocked), the caller migrated (passes), then a new call with the old keyword (blocked). \
            A same-named class elsewhere that keeps the old keyword is never flagged. Needs git; no network. \
            Exits 0 when every step behaved as shown, 1 otherwise.
            """
    )

    @Flag(help: "Keep the demo repository instead of deleting it.")
    var keep = false

    func run() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("paramguard-demo-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            if keep { print("The demo repository is kept at \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) }
        }
        var demo = DemoScript(folder: folder, executable: DemoCommand.executablePath())
        let asExpected = try demo.play()
        print(asExpected
            ? "\nDemo complete: paramguard blocked both stale calls and let the migrated commit through."
            : "\nDemo FAILED: a step did not behave as expected (see above).")
        if !asExpected { throw ExitCode(1) }
    }

    /// This binary, so the demo's hook runs the same paramguard even before it is on the PATH.
    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }
}

/// The demo's steps, each printed the way a person would see them at a terminal.
struct DemoScript {
    let folder: String
    let executable: String

    /// Isolated from the user's own git configuration (a global core.hooksPath would bypass the demo's hook).
    private var environment: [String: String] {
        ["PARAMGUARD": executable, "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
    }

    mutating func play() throws -> Bool {
        var ok = true
        print("paramguard demo: a throw-away repository in \(folder)\n")
        try git("init", "-q", "-b", "main")
        try git("config", "user.name", "Demo")
        try git("config", "user.email", "demo@example.invalid")
        try write("app/__init__.py", "")
        try write("app/context.py", DemoFiles.contextBefore)
        try write("app/websocket.py", DemoFiles.websocket("websocket_connection_id"))
        try write("app/routes.py", DemoFiles.routes("websocket_connection_id"))
        try write("app/agents.py", DemoFiles.agents("websocket_connection_id"))
        try write("legacy/__init__.py", "")
        try write("legacy/context.py", DemoFiles.legacyContext)
        try write("legacy/jobs.py", DemoFiles.legacyJobs)
        let install = try ProcessRunner.run([executable, "install"], in: folder, environment: environment)
        print("$ paramguard install\n\(install.output)")
        ok = try commit("Initial version", step: "1. The starting point commits cleanly.", expectBlocked: false) && ok

        try write("app/context.py", DemoFiles.contextAfter)
        try write("app/websocket.py", DemoFiles.websocket("websocket_client_id"))
        try write("app/routes.py", DemoFiles.routes("websocket_client_id"))
        ok = try commit(
            "Rename websocket_connection_id to websocket_client_id",
            step: """
                2. Rename the dataclass field websocket_connection_id -> websocket_client_id, keep a @property \
                with the old name "for compatibility", migrate two callers and forget app/agents.py.
                """,
            expectBlocked: true) && ok

        try write("app/agents.py", DemoFiles.agents("websocket_client_id"))
        ok = try commit("Rename websocket_connection_id to websocket_client_id",
                        step: "3. Migrate the forgotten caller too.", expectBlocked: false) && ok

        try write("app/notifications.py", DemoFiles.notifications)
        ok = try commit("Add notifications", step: "4. Later, someone adds a new call with the old keyword.",
                        expectBlocked: true) && ok
        return ok
    }

    private func git(_ arguments: String...) throws {
        let result = try ProcessRunner.run(["git"] + arguments, in: folder, environment: environment)
        guard result.status == 0 else {
            throw CommandFailure("git \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
    }

    private func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Stages everything, runs `git commit` through the hook, prints what happened, and says whether
    /// the outcome was the expected one.
    private func commit(_ message: String, step: String, expectBlocked: Bool) throws -> Bool {
        print("── \(step)")
        try git("add", "-A")
        let result = try ProcessRunner.run(["git", "commit", "-q", "-m", message], in: folder, environment: environment)
        print("$ git commit -m \"\(message)\"")
        if !result.output.isEmpty { print(result.output, terminator: result.output.hasSuffix("\n") ? "" : "\n") }
        let blocked = result.status != 0
        print(blocked ? "→ commit BLOCKED (exit \(result.status))\n" : "→ commit passed\n")
        if blocked && !expectBlocked {
            print("unexpected: this commit should have passed")
        } else if !blocked && expectBlocked {
            print("unexpected: this commit should have been blocked")
        }
        return blocked == expectBlocked
    }
}
