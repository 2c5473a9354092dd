/// The loader's limits, documented in `docs/FORMAT.md`.
enum JSONLimits {
    /// Objects and arrays nested deeper than this are refused (the top object is level 1).
    static let maxDepth = 64
    /// Reading stops after this many problems; the last one says so.
    static let maxProblems = 1000
    /// Events are numbered with 32-bit integers.
    static let maxEvents = Int(Int32.max)
}
