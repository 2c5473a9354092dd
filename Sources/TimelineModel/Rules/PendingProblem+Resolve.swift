extension PendingProblem {
    /// `pending` as the user sees them, in file order: places the reader knew are kept,
    /// byte offsets are turned into lines and columns by `locate` (nil when it cannot).
    static func resolve(
        _ pending: [PendingProblem], file: String, locate: ([Int]) -> [Int: SourcePlace] = { _ in [:] }
    ) -> [Problem] {
        let ordered = pending.enumerated().sorted {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }.map(\.element)
        let offsets = ordered.filter { $0.known == nil }.flatMap { [$0.offset] + ($0.seeAlso.map { [$0] } ?? []) }
        let places = offsets.isEmpty ? [:] : locate(offsets)
        return ordered.map { p in
            var message = p.message
            let first = p.known == nil ? p.seeAlso.flatMap { places[$0] } : p.knownSeeAlso
            if let at = first {
                message += " (first used at line \(at.line), column \(at.column))"
            }
            let place = p.known ?? (p.offset >= 0 ? places[p.offset] : nil)
            // Messages quote the file's text (a time, a zone, an id): never let a control
            // character in it reach the terminal raw.
            return Problem(file: file, place: place, path: p.path, message: SafeText.neutralise(message))
        }
    }
}
