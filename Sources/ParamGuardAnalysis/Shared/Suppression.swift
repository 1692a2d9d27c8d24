import Foundation
import ParamGuardModel

/// Inline suppressions: `# paramguard: ignore` on the line of the stale keyword, or on the first line of
/// its call, silences every finding there (`// paramguard: ignore` in Swift); `# paramguard: ignore[renamed-parameter, unknown-keyword]`
/// only the kinds it names. For a call you know is fine (it is dead code, or the keyword reaches the
/// callee some other way), and you want the rest of the commit still checked.
enum Suppression {
    static let directive = "paramguard: ignore"

    static func suppresses(_ kind: FindingKind, onLine text: String, commentMarker: String = "#") -> Bool {
        guard let marker = text.range(of: commentMarker) else { return false }
        let comment = text[marker.upperBound...]
        guard let range = comment.range(of: directive) else { return false }
        let rest = comment[range.upperBound...]
        guard rest.first == "[" else { return true }
        guard let close = rest.firstIndex(of: "]") else { return false }
        return rest[rest.index(after: rest.startIndex)..<close]
            .split(separator: ",")
            .contains { $0.trimmingCharacters(in: .whitespaces) == kind.rawValue }
    }
}
