import Dispatch
import Foundation

/// Bounds how long any command runs. Some input makes a library call loop: libgit2 1.5 spins forever
/// in inflate on a truncated loose object (fixed in a later libgit2), and such a call cannot be
/// interrupted from inside. A timer on a thread of its own ends the process instead, with exit 2 and a
/// message: a hook then blocks the commit or push (fails closed) rather than hanging it.
///
/// The budget is `PARAMGUARD_TIME_BUDGET` seconds (default 120: a cold check of a very large tree
/// takes seconds; 0 turns the watchdog off).
enum Watchdog {
    static let defaultBudget = 120.0
    // Written once, before the command runs; kept only so the timer is not freed.
    nonisolated(unsafe) private static var timer: DispatchSourceTimer?
    /// When the running budget ends; nil without one. Written with `timer`.
    nonisolated(unsafe) private static var deadline: ContinuousClock.Instant?

    static func start(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let budget: Double
        if let written = environment["PARAMGUARD_TIME_BUDGET"] {
            guard let seconds = Double(written), seconds >= 0, seconds.isFinite else {
                throw CommandFailure("PARAMGUARD_TIME_BUDGET must be a number of seconds (0 turns the limit off), not '\(written)'")
            }
            budget = seconds
        } else {
            budget = defaultBudget
        }
        let message = """
            paramguard: stopped after \(Self.seconds(budget)), its time budget (PARAMGUARD_TIME_BUDGET). \
            Nothing was checked to the end, so this fails closed. A damaged object in the repository can \
            make reading it loop: `git fsck` finds one.

            """
        restart(budget: budget, exitCode: 2, message: message)
    }

    /// Replaces the running budget with `budget` seconds from now (0: none), after which the process
    /// prints `message` and exits with `exitCode`.
    static func restart(budget: Double, exitCode: Int32, message: String) {
        timer?.cancel()
        timer = nil
        deadline = nil
        guard budget > 0 else { return }
        deadline = .now + .milliseconds(Int64((budget * 1000).rounded(.up)))
        let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "paramguard.watchdog"))
        source.schedule(deadline: .now() + budget)
        source.setEventHandler {
            FileHandle.standardError.write(Data(message.utf8))
            _exit(exitCode)
        }
        source.resume()
        timer = source
    }

    /// Whether the running budget has ended, though the timer may not have fired yet: a verdict
    /// reached after the budget is one a hosting server would not have waited for, and taking the
    /// failure path then, rather than racing the timer's thread, makes the outcome not depend on which
    /// thread the system runs first.
    static var isPastDeadline: Bool {
        deadline.map { .now >= $0 } ?? false
    }

    /// `4 s`, `0.5 s`: a budget as people write it.
    static func seconds(_ budget: Double) -> String {
        budget == budget.rounded() ? "\(Int(budget)) s" : "\(budget) s"
    }
}
