import CLibGit2

extension Repository {
    /// Where the commits a push brings start, for a new ref at `tip`: the commits reachable from
    /// `tip` and from no existing ref (`git rev-list tip --not --all`). When they all grow from one
    /// commit the repository already has, that commit; `.none` when they reach a root (everything is
    /// new); `.several` when they grow from several (a merge of histories the server holds), which
    /// one tree comparison cannot express. At most `limit` commits are walked (`.several` past it).
    public enum NewCommitsBase: Equatable {
        case commit(ObjectID)
        case none
        case several
    }

    public func baseOfNewCommits(reachableFrom tip: ObjectID, limit: Int = 100_000) throws -> NewCommitsBase {
        var walk: OpaquePointer?
        try check("cannot walk the history", git_revwalk_new(&walk, handle))
        defer { git_revwalk_free(walk) }
        var start = tip.raw
        try check("cannot walk from \(tip)", git_revwalk_push(walk, &start))
        // Every existing ref, tags included: in a pre-receive hook none of the pushed updates is applied yet.
        try check("cannot read the refs", git_revwalk_hide_glob(walk, "refs/*"))
        var fresh: Set<ObjectID> = []
        var oid = git_oid()
        while git_revwalk_next(&oid, walk) == 0 {
            fresh.insert(ObjectID(oid))
            if fresh.count > limit { return .several }
        }
        var bases: Set<ObjectID> = []
        var reachesRoot = false
        for id in fresh {
            var commit: OpaquePointer?
            var raw = id.raw
            try check("cannot read commit \(id)", git_commit_lookup(&commit, handle, &raw))
            defer { git_commit_free(commit) }
            let count = git_commit_parentcount(commit)
            if count == 0 { reachesRoot = true }
            for index in 0..<count {
                let parent = ObjectID(git_commit_parent_id(commit, index).pointee)
                if !fresh.contains(parent) { bases.insert(parent) }
            }
        }
        if fresh.isEmpty { return .commit(tip) }  // the tip is already on another ref: nothing is new
        if bases.isEmpty && reachesRoot { return .none }
        if bases.count == 1 && !reachesRoot { return .commit(bases.first!) }
        return .several
    }
}
