/// What a merge reads of each event's id, time and title (`FirstPassFacts`), kept while the
/// first pass has the event's bytes at hand: the same id, time and title
/// `JSONEventStore.withIdStampAndTitle` reads later at the places noted.
extension TimelineScan {
    /// Keeps the event just read (`spans`: its places, as recorded); an event the store
    /// would not read from its places leaves the file to the merge's own reading.
    mutating func keepMergeFacts(_ fields: EventFields, spans: ListingFieldSpans, time: EventTime?, end: EventTime?,
                                 cursor c: JSONCursor) {
        guard let time, fields.title != nil, spans.isUsable, spans.idIsKept else {
            mergeFacts?.appendUnknown()
            return
        }
        // The end counts when it reads as a time, as the store reads it.
        let stamp = SameHappening.Stamp(time: time, precision: spans.precision ?? time.impliedPrecision,
                                        hasEnd: fields.end != nil && end != nil)
        Self.withText(fields.id, cursor: c) { id in mergeFacts?.append(id: id, stamp: stamp) }
        if mergeFacts?.reading.keysTitles == true {
            Self.withText(fields.title, cursor: c) { mergeFacts?.append(title: $0) }
        }
    }

    /// The text of `token` (none: empty): the file's bytes when it has no escapes.
    private static func withText(_ token: StringToken?, cursor c: JSONCursor, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let token else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard token.needsDecoding else { return body(UnsafeBufferPointer(start: c.base + token.start, count: token.count)) }
        var text = c.string(token)
        text.withUTF8(body)
    }
}
