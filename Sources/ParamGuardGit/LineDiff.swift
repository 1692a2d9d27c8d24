import CLibGit2

/// Which lines one version of a file adds or edits over another, by libgit2's line diff of the two
/// byte buffers (no repository needed, so a store of files held in memory diffs the same way).
public enum LineDiff {
    /// Line numbers (1-based, in `new`) that `new` adds or edits over `old`; with no `old`, every line.
    public static func addedLines(from old: UnsafeBufferPointer<UInt8>?, to new: UnsafeBufferPointer<UInt8>) throws -> Set<Int> {
        _ = Repository.libraryReady
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.context_lines = 0
        options.flags |= GIT_DIFF_FORCE_TEXT.rawValue
        let collector = LineCollector()
        let box = Unmanaged.passUnretained(collector).toOpaque()
        try check("cannot diff blobs", git_diff_buffers(
            old?.baseAddress, old?.count ?? 0, nil, new.baseAddress, new.count, nil, &options,
            nil, nil, nil, { _, _, line, payload in
                guard let line, line.pointee.origin == CChar(UInt8(ascii: "+")) else { return 0 }
                Unmanaged<LineCollector>.fromOpaque(payload!).takeUnretainedValue().lines.insert(Int(line.pointee.new_lineno))
                return 0
            }, box))
        return collector.lines
    }
}

/// State for `git_diff_buffers`' line callback.
private final class LineCollector {
    var lines: Set<Int> = []
}
