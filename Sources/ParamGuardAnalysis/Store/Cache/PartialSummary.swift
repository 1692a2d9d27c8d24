import ParamGuardModel

/// A summary read back from the cache with only part of it decoded, and which part: the reads that
/// serve one search decode only what it uses, and this type keeps such a summary from being taken
/// for a whole one.
struct PartialSummary {
    enum Part {
        /// Every declaration and import, no calls.
        case definitions
        /// Every declaration and import, and only the calls that pass one of these keywords.
        case callsPassing(Set<String>)
        /// Only the imports and the calls whose callee a search asked for (and those they are passed
        /// to); the other calls stand as `CallSite.placeholder` at their indexes, so that the calls
        /// kept still point at the calls they are passed to.
        case callsWithCallee
    }

    let part: Part
    let summary: FileSummary
}

/// What a partial read of the cache gave: a partial summary, or why the file was skipped.
enum PartialLoad {
    case partial(PartialSummary)
    case skipped(reason: String)

    init(_ loaded: LoadedSource, part: PartialSummary.Part) {
        switch loaded {
        case let .summary(summary): self = .partial(PartialSummary(part: part, summary: summary))
        case let .skipped(reason): self = .skipped(reason: reason)
        }
    }

    /// As a loaded source, for the lookups that need no more than `part` gives.
    var asLoadedSource: LoadedSource {
        switch self {
        case let .partial(partial): .summary(partial.summary)
        case let .skipped(reason): .skipped(reason: reason)
        }
    }
}
