/// What a background search has found so far, while it runs: shown by the header
/// (`searching… 40%, 12 matches so far`), walked by n and N.
struct PartialSearch: Equatable, Sendable {
    /// The query searched.
    var query: String
    /// The matches found so far (positions in the list, ascending).
    var matches: [Int]
    /// How many of the events searched among are done, of `total`.
    var searched: Int
    var total: Int
    /// The selection went to a match found so far: the whole answer does not move it.
    var movedSelection = false

    /// How much is searched, in whole percent (never 100 before the answer).
    var percent: Int { total == 0 ? 0 : min(99, searched * 100 / total) }
}
