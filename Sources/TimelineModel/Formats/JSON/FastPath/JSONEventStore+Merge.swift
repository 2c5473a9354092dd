/// What a merge (and following a file) reads of every event, from the places the first pass noted.
extension JSONEventStore {
    /// The id read at the place the first pass noted (see `ListingFieldSpans`): the file's
    /// bytes themselves when it has no escapes; the event decoded only when no place was kept.
    func withId(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let p = fieldSpans(at: position), p.idIsKept else {
            var id = event(at: position).id
            id.withUTF8(body)
            return
        }
        let origin = records[position].offset
        guard let token = p.id(from: origin) else {
            body(UnsafeBufferPointer(start: nil, count: 0))
            return
        }
        guard token.needsDecoding else {
            body(UnsafeBufferPointer(start: bytes.base + token.start, count: token.count))
            return
        }
        var id = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file").string(token)
        id.withUTF8(body)
    }

    /// Both from the places the first pass noted, without decoding the whole event.
    func withIdAndListedTitle(at position: Int, _ body: (_ id: UnsafeBufferPointer<UInt8>, _ listed: Event, _ title: UnsafeBufferPointer<UInt8>?) -> Void) {
        let (event, title) = listedTitleBytes(at: position)
        withId(at: position) { body($0, event, title) }
    }

    /// The time and title read at the places the first pass noted: only the time (and an
    /// end's) parsed, no event made.
    func withStampAndTitle(at position: Int, _ body: (_ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let places = fieldSpans(at: position) else {
            let event = event(at: position, full: false)
            var title = event.title
            return title.withUTF8 { body(SameHappening.Stamp(event), $0) }
        }
        let origin = records[position].offset
        var c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        c.assumedZone = assumedZone
        let stamp = stamp(places, at: position, cursor: c)
        withText(places.title(from: origin), cursor: c) { body(stamp, $0) }
    }

    /// `withId(at:)` and `withStampAndTitle(at:)` from one look at the places the first pass
    /// noted: what a merge reads of every event.
    func withIdStampAndTitle(at position: Int,
                             _ body: (_ id: UnsafeBufferPointer<UInt8>, _ stamp: SameHappening.Stamp, _ title: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let places = fieldSpans(at: position), places.idIsKept else {
            return withId(at: position) { id in withStampAndTitle(at: position) { body(id, $0, $1) } }
        }
        let origin = records[position].offset
        var c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        c.assumedZone = assumedZone
        let stamp = stamp(places, at: position, cursor: c)
        withText(places.id(from: origin), cursor: c) { id in
            withText(places.title(from: origin), cursor: c) { body(id, stamp, $0) }
        }
    }

    /// The time as the duplicate rule reads it, as `listed(at:places:)` reads it (`JSONCursor.times`).
    /// The time is rebuilt from the record when the first pass kept how it was written.
    private func stamp(_ places: ListingFieldSpans, at position: Int, cursor c: JSONCursor) -> SameHappening.Stamp {
        let origin = records[position].offset
        let time: EventTime = if let form = places.timeForm {
            .instant(records[position].sortInstant, form)
        } else {
            (try? c.parseTime(places.time(from: origin)).get()) ?? .day(CivilDate(year: 1970, month: 1, day: 1))
        }
        let hasEnd = places.end(from: origin).map { (try? c.parseTime($0).get()) != nil } ?? false
        return SameHappening.Stamp(time: time, precision: places.precision ?? time.impliedPrecision, hasEnd: hasEnd)
    }

    /// The text of `token` (none: empty): the file's bytes when it has no escapes.
    private func withText(_ token: StringToken?, cursor c: JSONCursor, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let token else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard token.needsDecoding else { return body(UnsafeBufferPointer(start: bytes.base + token.start, count: token.count)) }
        var text = c.string(token)
        text.withUTF8(body)
    }

    /// `withTitle(at:)` of every event, in file order, with its position: the places and the
    /// file read front to back, no record looked up (a merge folds every title). Only when
    /// the first pass kept the places (else nothing is given: false). `wanted`: the
    /// positions whose titles are given (the others' are not read).
    func eachTitleInFileOrder(where wanted: (Int) -> Bool = { _ in true },
                              _ body: (_ position: Int, _ title: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard readsTitlesByFileIndex else { return false }
        let order = fileOrder
        for i in 0..<places.count {
            let p = order.map { Int($0[i]) } ?? i
            guard wanted(p) else { continue }
            withTitle(fileIndex: i) { body(p, $0) }
        }
        return true
    }

    /// Whether `withTitle(fileIndex:)` can be asked for every event.
    var readsTitlesByFileIndex: Bool {
        !places.isEmpty && fileOffsets.count == records.count && !places.contains(where: { !$0.isUsable })
    }

    /// The title of the event at `index` in file order, as `withTitle(at:)` gives it (when
    /// `readsTitlesByFileIndex`).
    func withTitle(fileIndex index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let origin = fileOffsets[index]
        let title = places[index].title(from: origin)
        guard title.needsDecoding else { return body(UnsafeBufferPointer(start: bytes.base + title.start, count: title.count)) }
        var text = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file").string(title)
        text.withUTF8(body)
    }

    /// The title as `withStampAndTitle` gives it, the time not read.
    func withTitle(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let places = fieldSpans(at: position) else { return withStampAndTitle(at: position) { _, title in body(title) } }
        let origin = records[position].offset
        let title = places.title(from: origin)
        guard title.needsDecoding else { return body(UnsafeBufferPointer(start: bytes.base + title.start, count: title.count)) }
        var text = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file").string(title)
        text.withUTF8(body)
    }

    /// `event(at:full: false)` with a title without escapes given as the file's bytes.
    func listedTitleBytes(at position: Int) -> (event: Event, title: UnsafeBufferPointer<UInt8>?) {
        guard let places = fieldSpans(at: position) else { return (event(at: position, full: false), nil) }
        let title = places.title(from: records[position].offset)
        guard !title.needsDecoding else { return (listed(at: position, places: places), nil) }
        return (listed(at: position, places: places, withText: false), UnsafeBufferPointer(start: bytes.base + title.start, count: title.count))
    }

    /// The `id` of the event at `position` as the event gives it, read without decoding the
    /// rest of the event ("" when it has none): following a file checks the ids of new
    /// lines against a million of these.
    func id(at position: Int) -> String {
        var id = ""
        withId(at: position) { id = String(decoding: $0, as: UTF8.self) }
        return id
    }
}
