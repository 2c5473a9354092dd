/// An event's actor and title as they sit in a loaded file, when a line can be made of
/// those bytes as they are: no escapes, and plain text (printable ASCII, Latin letters,
/// typographic punctuation, standalone wide characters and emoji; see
/// `DisplayWidth.plainWidth`), which `SafeText` leaves unchanged.
///
/// The bytes belong to the file the timeline was loaded from and live as long as it does.
struct VerbatimLineText {
    /// Nil when the event has no actor or an empty one.
    var actor: UnsafeBufferPointer<UInt8>?
    var actorWidth: Int
    var title: UnsafeBufferPointer<UInt8>
    var titleWidth: Int
}

extension JSONEventStore {
    /// `event(at:full: false)`, except that plain text is given as a `VerbatimLineText` and left
    /// out of the event (its `actor` nil, its `title` empty).
    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        guard let places = fieldSpans(at: position), let plain = verbatimText(at: position, places: places) else {
            return (event(at: position, full: false), nil)
        }
        return (listed(at: position, places: places, withText: false), plain)
    }

    private func verbatimText(at position: Int, places p: ListingFieldSpans) -> VerbatimLineText? {
        let origin = records[position].offset
        let title = p.title(from: origin)
        guard !title.needsDecoding else { return nil }
        let titleBytes = UnsafeBufferPointer(start: bytes.base + title.start, count: title.count)
        guard let titleWidth = DisplayWidth.plainWidth(titleBytes) else { return nil }
        guard let actor = p.actor(from: origin), actor.count > 0 else {
            return VerbatimLineText(actor: nil, actorWidth: 0, title: titleBytes, titleWidth: titleWidth)
        }
        guard !actor.needsDecoding else { return nil }
        let actorBytes = UnsafeBufferPointer(start: bytes.base + actor.start, count: actor.count)
        guard let actorWidth = DisplayWidth.plainWidth(actorBytes) else { return nil }
        return VerbatimLineText(actor: actorBytes, actorWidth: actorWidth, title: titleBytes, titleWidth: titleWidth)
    }
}
