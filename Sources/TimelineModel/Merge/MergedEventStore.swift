/// The events of several files as one sorted list: each position points at an event of
/// one file's own store (which keeps decoding lazily, and keeps its shortcuts: listing,
/// verbatim text, raw bytes for a quick look, its reading order), and gives it back with
/// its origins, the zone of its date when its file's is not the home zone (`Event.dateZone`)
/// and, when its id is used by another file too, the id prefixed with its label.
struct MergedEventStore: EventStore {
    let parts: [EventList]
    /// Each part's store (read without going through its `EventList` for each event).
    private let stores: [any EventStore]
    let labels: [String]
    /// Sorted positions: `part << 40 | position in that part`.
    let entries: [UInt64]
    let instants: [Instant]
    /// The events whose id another file uses too (shown as `label:id`), by part and position.
    let collidingIds: [PositionSet]
    /// The other files that hold the same happening, by merged position.
    let alsoIn: [Int: [String]]
    /// The events of those files, by merged position (`TimelineMerge.Folded.copies`).
    let copies: FoldedCopies
    /// The merged positions `alsoIn` has (a bit each: a million events are listed without
    /// looking each up).
    private let hasAlsoIn: PositionSet
    /// What the duplicate check left for later needs (`TimelineMerge.foldDuplicates`);
    /// nil when it was done or not asked for.
    let foldLater: DuplicateFold?
    /// The home zone's name (the first file's).
    let home: String
    /// Each part's own zone when its dates are not the home zone's days (a day-only event
    /// of it is a day there: `Event.dateZone`); nil for a part whose dates are.
    let dateZones: [String?]
    /// Each part's own origins (`[label]`), made once so that an event costs no array.
    private let ownOrigins: [[String]]
    /// The labels, folded, of the files some of whose ids are shown prefixed.
    private let prefixLabels: [FoldedText]
    /// Each file's label, folded.
    private let foldedLabels: [FoldedText]
    /// The positions part by part, each part's in its own reading order (made when a search
    /// first asks: `readingOrder`).
    private let lazyReadingOrder: MergedReadingOrder

    init(parts: [EventList], labels: [String], entries: [UInt64], instants: [Instant], collidingIds: [PositionSet],
         alsoIn: [Int: [String]], copies: FoldedCopies = FoldedCopies(), home: String = "UTC", dateZones: [String?] = [],
         foldLater: DuplicateFold? = nil) {
        self.parts = parts
        self.home = home
        self.dateZones = dateZones.isEmpty ? parts.map { _ in nil } : dateZones
        stores = parts.map(\.store)
        self.foldLater = foldLater
        self.labels = labels
        self.entries = entries
        self.instants = instants
        self.collidingIds = collidingIds
        self.alsoIn = alsoIn
        self.copies = copies
        var has = PositionSet(count: alsoIn.isEmpty ? 0 : entries.count)
        for position in alsoIn.keys { has.insert(position) }
        hasAlsoIn = has
        ownOrigins = labels.map { [$0] }
        foldedLabels = labels.map { FoldedText($0) }
        prefixLabels = zip(foldedLabels, collidingIds).filter { !$0.1.isEmpty }.map(\.0)
        lazyReadingOrder = MergedReadingOrder { Self.readingOrder(parts: parts, entries: entries) }
    }

    var count: Int { entries.count }

    /// The positions part by part, each part's in its own reading order; nil when no part
    /// has one.
    var readingOrder: [Int32]? { lazyReadingOrder.value }

    func sortInstant(at position: Int) -> Instant { instants[position] }

    func event(at position: Int) -> Event {
        let (part, at) = Self.unpack(entries[position])
        var event = stores[part].event(at: at)
        stamp(&event, part: part, at: at, position: position)
        return event
    }

    func listed(at position: Int) -> Event {
        let (part, at) = Self.unpack(entries[position])
        var event = stores[part].listed(at: at)
        stamp(&event, part: part, at: at, position: position)
        return event
    }

    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        let (part, at) = Self.unpack(entries[position])
        var line = stores[part].verbatimLine(at: at)
        stamp(&line.event, part: part, at: at, position: position)
        return line
    }

    /// `verbatimLine(at:)` for the text export, which tags each line itself: the event
    /// stamped but for its origins (left as its file gave them: no array shared by both
    /// cores' pieces is counted for each event); `part` is set to the number of the file it
    /// is from, and `alsoIn` to whether other files hold it too (then `origins(at:)` names
    /// them all). The line is given back as made, with no change but the stamp's: a field
    /// changed on one path only, or the line rebuilt into a bigger tuple, copies the event.
    func untaggedLine(at position: Int, part: inout Int, alsoIn: inout Bool) -> (event: Event, text: VerbatimLineText?) {
        let (p, at) = Self.unpack(entries[position])
        part = p
        alsoIn = !self.alsoIn.isEmpty && hasAlsoIn.contains(position)
        var line = stores[p].verbatimLine(at: at)
        stampExceptOrigins(&line.event, part: p, at: at, position: position)
        return line
    }

    /// The files the event at `position` is shown from (`Event.origins` as `event(at:)` gives it).
    func origins(at position: Int) -> [String] {
        let part = Int(entries[position] >> 40)
        return alsoIn(position).map { ownOrigins[part] + $0 } ?? ownOrigins[part]
    }

    /// Each file's own `touchListed` for its share of `positions`.
    func touchListed(_ positions: ArraySlice<Int>) -> UInt8 {
        touchEach(positions) { $0.touchListed($1) }
    }

    /// Each file's own `touchObjects` for its share of `positions`.
    func touchObjects(_ positions: ArraySlice<Int>) -> UInt8 {
        touchEach(positions) { $0.touchObjects($1) }
    }

    private func touchEach(_ positions: ArraySlice<Int>, _ touch: (any EventStore, ArraySlice<Int>) -> UInt8) -> UInt8 {
        // The positions bucketed by file in one array: counted, then placed (through
        // pointers: an array's element set checks its buffer each time).
        let n = parts.count
        var starts = [Int](repeating: 0, count: n + 1)
        var mine = [Int](repeating: 0, count: positions.count)
        entries.withUnsafeBufferPointer { entries in
            starts.withUnsafeMutableBufferPointer { starts in
                for position in positions { starts[Int(entries[position] >> 40) + 1] &+= 1 }
                for k in 0..<n { starts[k + 1] &+= starts[k] }
                // Each file's start moves on as its positions are placed: to its end.
                mine.withUnsafeMutableBufferPointer { mine in
                    for position in positions {
                        let (part, at) = Self.unpack(entries[position])
                        mine[starts[part]] = at
                        starts[part] &+= 1
                    }
                }
            }
        }
        // Each file's share: from the end of the one before to its own.
        var seen: UInt8 = 0
        var start = 0
        for part in 0..<n {
            let end = starts[part]
            if start < end { seen ^= touch(stores[part], mine[start..<end]) }
            start = end
        }
        return seen
    }

    func values(at position: Int) -> EventValues {
        var v = EventValues()
        values(at: position, into: &v)
        return v
    }

    func values(at position: Int, into v: inout EventValues) {
        let (part, at) = Self.unpack(entries[position])
        stores[part].values(at: at, into: &v)
        // As `stamped` gives the event.
        v.origins = alsoIn(position).map { ownOrigins[part] + $0 } ?? ownOrigins[part]
        v.dateZone = dateZone(v.dateZone, part: part, dayOnly: v.time.instant == nil || v.precision >= .day)
        if !v.id.isEmpty, collidingIds[part].contains(at) { v.id = .text(labels[part] + ":" + v.id.string) }
    }

    /// An event whose id is shown prefixed (`edge:deploy`) holds text its file does not:
    /// `quickLookWords` leaves out every word that could lie in such a prefix.
    func rawBytes(at position: Int) -> UnsafeBufferPointer<UInt8>? {
        let (part, at) = Self.unpack(entries[position])
        return stores[part].rawBytes(at: at)
    }

    func rawBytes(inReadingOrder i: Int) -> UnsafeBufferPointer<UInt8>? {
        rawBytes(at: lazyReadingOrder.position(i))
    }

    /// The words every file's store keeps (each part's raw bytes are its own file's), but
    /// those a prefixed id (`label:id`) could hold beyond its file's id: a word with a colon,
    /// or one found in a label.
    func quickLookWords(_ words: [FoldedText]) -> [FoldedText] {
        let kept = parts.map { $0.store.quickLookWords(words) }
        let all = kept.first?.filter { w in kept.allSatisfy { $0.contains(w) } } ?? words
        return all.filter { w in !w.bytes.contains(0x3A) && !prefixLabels.contains { FoldedText.find(w.bytes, in: $0.bytes) } }
    }

    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        guard fromSource(matcher, at: position) else { return false }
        let (part, at) = Self.unpack(entries[position])
        // A prefixed id (`edge:deploy`) is only in the event as shown. Its file's own answer
        // is the same unless a word looked for in the id could lie across the prefix.
        if collidingIds[part].contains(at), Self.prefixMayHold(matcher.text, label: foldedLabels[part])
            || Self.prefixMayHold(matcher.id, label: foldedLabels[part]) {
            return matcher.withoutSource.matches(event(at: position), memo: &cache)
        }
        return stores[part].matches(matcher.withoutSource, at: at, cache: &cache)
    }

    /// Whether `word`, found in `label:id`, may be found there and not in `id`: with a colon,
    /// or found in the label.
    private static func prefixMayHold(_ word: FoldedText?, label: FoldedText) -> Bool {
        guard let word else { return false }
        return word.bytes.contains(0x3A) || FoldedText.find(word.bytes, in: label.bytes)
    }

    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        guard fromSource(matcher, at: position) else { return false }
        let (part, at) = Self.unpack(entries[position])
        return stores[part].matchesListedText(matcher.withoutSource, at: at, cache: &cache)
    }

    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var id = event(at: position).id
        id.withUTF8(body)
    }

    /// Whether the event at `position` comes from the file `matcher` asks for, if any.
    private func fromSource(_ matcher: EventFilter.Matcher, at position: Int) -> Bool {
        guard let source = matcher.source else { return true }
        let (part, _) = Self.unpack(entries[position])
        return source.isFound(in: labels[part]) || (alsoIn(position) ?? []).contains(where: source.isFound(in:))
    }

    /// The other files that hold the event at `position`, if any.
    private func alsoIn(_ position: Int) -> [String]? {
        alsoIn.isEmpty || !hasAlsoIn.contains(position) ? nil : alsoIn[position]
    }

    /// The zone of a date of `part` whose own is `own`: its file's when not the home
    /// zone's days; nil for the home zone (and for an instant, whose zone is written).
    private func dateZone(_ own: String?, part: Int, dayOnly: Bool) -> String? {
        guard dayOnly, let zone = own ?? dateZones[part], zone != home else { return nil }
        return zone
    }

    /// `e` of `part` as the merged timeline shows it: its sort instant, its files, the zone
    /// of its date, its id prefixed when another file uses it too.
    private func stamp(_ e: inout Event, part: Int, at: Int, position: Int) {
        stampExceptOrigins(&e, part: part, at: at, position: position)
        if let more = alsoIn(position) { e.origins = ownOrigins[part] + more } else { e.origins = ownOrigins[part] }
    }

    /// `stamp` but for the origins.
    @inline(__always)
    private func stampExceptOrigins(_ e: inout Event, part: Int, at: Int, position: Int) {
        e.sortInstant = instants[position]
        e.dateZone = dateZone(e.dateZone, part: part, dayOnly: TimeFormatter.isDayOnly(e))
        if !e.id.isEmpty, collidingIds[part].contains(at) { e.id = labels[part] + ":" + e.id }
    }

    /// The events of other files shown once with the event at `position`, each as its
    /// file has it (its own time, precision, title, id), with its file alone in `origins`.
    func copies(at position: Int) -> [Event] {
        guard !copies.isEmpty, hasAlsoIn.contains(position) else { return [] }
        return copies[position].map { entry in
            let (part, at) = Self.unpack(entry)
            var e = stores[part].event(at: at)
            e.dateZone = dateZone(e.dateZone, part: part, dayOnly: TimeFormatter.isDayOnly(e))
            e.origins = ownOrigins[part]
            if !e.id.isEmpty, collidingIds[part].contains(at) { e.id = labels[part] + ":" + e.id }
            return e
        }
    }

    /// Part after part, each in its part's reading order (what reads each file front to
    /// back), the events the merge kept.
    private static func readingOrder(parts: [EventList], entries: [UInt64]) -> [Int32]? {
        guard parts.contains(where: { $0.store.readingOrder != nil }) else { return nil }
        var merged = parts.map { [Int32](repeating: -1, count: $0.count) }
        for (n, entry) in entries.enumerated() {
            let (part, at) = unpack(entry)
            merged[part][at] = Int32(n)
        }
        var order: [Int32] = []
        order.reserveCapacity(entries.count)
        for (k, part) in parts.enumerated() {
            let own = part.store.readingOrder
            for i in 0..<part.count {
                let n = merged[k][own.map { Int($0[i]) } ?? i]
                if n >= 0 { order.append(n) }
            }
        }
        return order
    }

    static func pack(part: Int, position: Int) -> UInt64 { UInt64(part) << 40 | UInt64(position) }
    static func unpack(_ entry: UInt64) -> (part: Int, position: Int) {
        (Int(entry >> 40), Int(entry & (1 << 40 - 1)))
    }
}
