/// The events of several files as one sorted list: each position points at an event of
/// one file's own store (which keeps decoding lazily), and gives it back with its
/// origins and, when its id is used by another file too, the id prefixed with its label.
struct MergedEventStore: EventStore {
    let parts: [EventList]
    let labels: [String]
    /// Sorted positions: `part << 40 | position in that part`.
    let entries: [UInt64]
    let instants: [Instant]
    /// Ids used in more than one file: shown as `label:id`.
    let collidingIds: Set<String>
    /// The other files that hold the same happening, by merged position.
    let alsoIn: [Int: [String]]

    var count: Int { entries.count }

    func sortInstant(at position: Int) -> Instant { instants[position] }

    func event(at position: Int) -> Event {
        let (part, at) = Self.unpack(entries[position])
        return stamped(parts[part][at], part: part, position: position)
    }

    func listed(at position: Int) -> Event {
        let (part, at) = Self.unpack(entries[position])
        return stamped(parts[part].listed(at: at), part: part, position: position)
    }

    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        if let source = matcher.source {
            let (part, _) = Self.unpack(entries[position])
            let origins = [labels[part]] + (alsoIn[position] ?? [])
            guard origins.contains(where: source.isFound(in:)) else { return false }
        }
        let (part, at) = Self.unpack(entries[position])
        // A prefixed id (`edge:deploy`) is only in the event as shown.
        if collidingIds.isEmpty || matcher.text == nil {
            return parts[part].store.matches(matcher.withoutSource, at: at, cache: &cache)
        }
        return matcher.withoutSource.matches(event(at: position), memo: &cache)
    }

    private func stamped(_ event: Event, part: Int, position: Int) -> Event {
        var e = event
        e.sortInstant = instants[position]
        e.origins = [labels[part]] + (alsoIn[position] ?? [])
        if !e.id.isEmpty, collidingIds.contains(e.id) { e.id = labels[part] + ":" + e.id }
        return e
    }

    static func pack(part: Int, position: Int) -> UInt64 { UInt64(part) << 40 | UInt64(position) }
    static func unpack(_ entry: UInt64) -> (part: Int, position: Int) {
        (Int(entry >> 40), Int(entry & (1 << 40 - 1)))
    }
}
