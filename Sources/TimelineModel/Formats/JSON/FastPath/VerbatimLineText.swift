/// An event's actor and title as they sit in a loaded file, when a line can show those
/// bytes as they are: no escapes, and text that `SafeText` leaves unchanged (see
/// `VerbatimTextMeter`), measured by the first pass.
///
/// The bytes belong to the file the timeline was loaded from and live as long as it does.
struct VerbatimLineText {
    /// Nil when the event has no actor or an empty one.
    var actor: UnsafeBufferPointer<UInt8>?
    var actorWidth: Int
    var title: UnsafeBufferPointer<UInt8>
    var titleWidth: Int
    /// Whether `LineWrapping.appendSimpleLines` wraps `actor — title` (every scalar's width
    /// is guessed right from its first two bytes, `DisplayWidth.plainWidth`); otherwise a
    /// line too long is wrapped the general way.
    var wrapsByBytes: Bool
}

extension JSONEventStore {
    /// `event(at:full: false)`, except that text shown as written is given as a
    /// `VerbatimLineText` and left out of the event (its `actor` nil, its `title` empty).
    func verbatimLine(at position: Int) -> (event: Event, text: VerbatimLineText?) {
        guard let places = fieldSpans(at: position), let plain = verbatimText(at: position, places: places) else {
            return (event(at: position, full: false), nil)
        }
        return (listed(at: position, places: places, withText: false), plain)
    }

    private func verbatimText(at position: Int, places loaded: ListingFieldSpans) -> VerbatimLineText? {
        let origin = records[position].offset
        let p = loaded.measuredAsWritten(origin: origin, base: bytes.base)
        guard let (titleWidth, titleWraps) = p.titleAsWritten else { return nil }
        let title = p.title(from: origin)
        let titleBytes = UnsafeBufferPointer(start: bytes.base + title.start, count: title.count)
        guard let actor = p.actor(from: origin), actor.count > 0 else {
            return VerbatimLineText(actor: nil, actorWidth: 0, title: titleBytes, titleWidth: titleWidth, wrapsByBytes: titleWraps)
        }
        guard let (actorWidth, actorWraps) = p.actorAsWritten else { return nil }
        let actorBytes = UnsafeBufferPointer(start: bytes.base + actor.start, count: actor.count)
        return VerbatimLineText(actor: actorBytes, actorWidth: actorWidth, title: titleBytes, titleWidth: titleWidth,
                                wrapsByBytes: titleWraps && actorWraps)
    }
}
