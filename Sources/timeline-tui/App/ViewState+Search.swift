import TimelineModel

/// The search as the user sees it: typed at the `/` prompt, answered at each key on a
/// small timeline, or in the background on a big one, where the screen says
/// `searching…` and keeps the last true answer until the new one is in.
extension ViewState {
    /// Whether `matches` answer the search asked for.
    var searchAnswered: Bool { search == matchedSearch }

    /// Whether the filter asked for is the one the list shows, and is not being worked out
    /// again (as after a merge's duplicates are folded, the list then showing its answer
    /// moved with the events).
    var filterAnswered: Bool { filter == shownFilterText && runningFilter != filter }

    /// Takes the answer to a background search. An answer for a list since filtered
    /// otherwise is dropped; one for an earlier query is still true for that query and
    /// kept as the last answer, and the search asked for is started.
    mutating func receive(_ job: SearchJob, found: [Int]) {
        if runningSearch == job.query { runningSearch = nil }
        // Moved to a match while searching (the first found, or n/N): stays there.
        let movedEarly = partialSearch?.query == job.query && partialSearch?.movedSelection == true
        if partialSearch?.query == job.query { partialSearch = nil }
        guard job.shownVersion == shownVersion, !search.isEmpty else {
            restartSearchIfWanted()
            return
        }
        installMatches(found, for: job.query)
        guard job.query == search else {
            restartSearchIfWanted()
            return
        }
        if case .search(_, let from)? = prompt?.purpose {
            if !movedEarly { selectFirstMatch(from: from) }
        } else if let from = announceSearchFrom {
            announceSearchFrom = nil
            if !movedEarly { selectFirstMatch(from: from) }
            announceMatches()
        }
    }

    /// Takes what the background search found so far: the header counts it, n and N
    /// move among it, and the first match at or after where the search started is
    /// selected as soon as it is found (the parts are searched in the list's order, so
    /// it is the one the whole answer selects).
    mutating func receiveProgress(_ job: SearchJob, found: [Int], searched: Int, of total: Int) {
        guard job.query == search, runningSearch == job.query, job.shownVersion == shownVersion, !searchAnswered else { return }
        let moved = partialSearch?.query == job.query && partialSearch?.movedSelection == true
        partialSearch = PartialSearch(query: job.query, matches: shownPositions(of: found), searched: searched, total: total,
                                      movedSelection: moved)
        guard !moved else { return }
        let from: Int?
        if case .search(_, let f)? = prompt?.purpose { from = f } else { from = announceSearchFrom }
        if let from, let first = partialSearch?.matches.first(where: { $0 >= from }) {
            select(first)
            partialSearch?.movedSelection = true
        }
    }

    /// No key for a moment: search for what is typed at the prompt, when it is long enough
    /// to be worth it (fewer than three characters match most of a huge file: they wait
    /// for Enter).
    mutating func keysPaused() {
        guard case .search? = prompt?.purpose, search.count >= 3 else { return }
        requestSearch(typing: true)
    }

    /// What is typed at the search prompt changed.
    mutating func searchTyped(_ text: String, from: Int) {
        search = text
        if shown.count <= liveSearchLimit || text.isEmpty {
            requestSearch(typing: true)
            selectFirstMatch(from: from)
        }
    }

    /// Enter at the search prompt: keep the search and say what it found, or that it is
    /// still looking (the answer is said when it comes).
    mutating func searchEntered(from: Int) {
        guard !search.isEmpty else { return }
        if searchAnswered {
            selectFirstMatch(from: from)
            announceMatches()
            return
        }
        announceSearchFrom = from
        requestSearch(typing: true)
        if searchAnswered {
            announceSearchFrom = nil
            selectFirstMatch(from: from)
            announceMatches()
        } else {
            message = "Searching “\(search)”…"
        }
    }

    /// Esc at the search prompt: back to the search before it, and the selection.
    mutating func searchCancelled(previous: String, from: Int) {
        announceSearchFrom = nil
        search = previous
        requestSearch(typing: false)
        select(from)
    }

    /// Esc in the list: no search any more (the filter stays).
    mutating func clearSearch() {
        search = ""
        announceSearchFrom = nil
        requestSearch(typing: false)
    }

    /// `4 matches for “twittergov”: n next, N previous.` or `No match for “zebra”.`
    mutating func announceMatches() {
        message = matches.isEmpty
            ? "No match for “\(search)”."
            : "\(matches.count) match\(matches.count == 1 ? "" : "es") for “\(search)”: n next, N previous."
    }

    /// Selects the first match at or after `from` (the first of all when none is after),
    /// or `from` when there is no match.
    private mutating func selectFirstMatch(from: Int) {
        if let first = matches.first(where: { $0 >= from }) ?? matches.first {
            select(first)
        } else {
            select(from)
        }
    }

    private mutating func restartSearchIfWanted() {
        guard !search.isEmpty, !searchAnswered, runningSearch == nil else { return }
        let typing = prompt != nil
        if announceSearchFrom != nil || !typing || search.count >= 3 { requestSearch(typing: typing) }
    }
}
