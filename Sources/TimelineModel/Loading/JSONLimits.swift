/// The loader's limits, documented in `docs/FORMAT.md`.
enum JSONLimits {
    /// Objects and arrays nested deeper than this are refused (the top object is level 1).
    static let maxDepth = 64
    /// At most this many problems are listed (the first ones in file order); when there
    /// are more, reading stops and one more line, "too many problems; stopped reading
    /// here", sits at the first one left out: 1001 lines at most. Warnings (invalid UTF-8)
    /// of a file that loads are capped the same way ("too many warnings; the rest are not
    /// listed"), and reading goes on.
    static let maxProblems = 1000
    /// Events are numbered with 32-bit integers.
    static let maxEvents = Int(Int32.max)
}
