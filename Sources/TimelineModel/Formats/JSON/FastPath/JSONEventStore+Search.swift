extension JSONEventStore {
    /// The bytes of the event `k`-th in the file: from its `{` to the next event's (or the
    /// file's end), which hold all of its text. Nil when that cannot be told.
    func rawBytes(inFileOrder k: Int) -> UnsafeBufferPointer<UInt8>? {
        guard k < fileOffsets.count else { return nil }
        let start = fileOffsets[k]
        let end = k + 1 < fileOffsets.count ? fileOffsets[k + 1] : bytes.count
        guard end > start else { return nil }
        return UnsafeBufferPointer(start: bytes.base + start, count: end - start)
    }

    /// Whether the event at `position` meets `matcher`, read from the file's bytes: the
    /// fields are found as places in the file and searched where they are, so no `Event`
    /// and no `String` is built for text without escapes. The same answer as
    /// `matcher.matches(event(at: position))` (the tests compare them).
    func matches(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        let wantsLists = matcher.tag != nil || matcher.cited != nil || matcher.text != nil
        guard let f = try? c.readEvent(index: Int(record.fileIndex), depth: depth, keep: false, tokens: wantsLists)
        else { return matcher.matches(event(at: position)) }
        return Self.matches(matcher, FieldText(cursor: c, fields: f), origins: f.origins, cache: &cache)
    }

    /// Whether the event at `position` meets `expression`: the event's fields are found
    /// once and every term is tested on them where they are (see `matches(_:at:cache:)`).
    func matches(_ expression: ExpressionMatcher, at position: Int, present: UInt64, cache: inout FoldMemo) -> Bool {
        if let single = expression.single { return matches(single, at: position, cache: &cache) }
        let record = records[position]
        var c = JSONCursor(base: bytes.base, start: record.offset, end: bytes.count, endName: "file")
        c.trusted = true
        guard let f = try? c.readEvent(index: Int(record.fileIndex), depth: depth, keep: false, tokens: expression.wantsLists)
        else {
            let e = event(at: position)
            return expression.matches(present: ~0, instant: { e.sortInstant }) { $0.matches(e) }
        }
        let fields = FieldText(cursor: c, fields: f)
        return expression.matches(present: present, instant: { record.sortInstant }) {
            Self.matches($0, fields, origins: f.origins, cache: &cache)
        }
    }

    /// `matcher` on an event's fields in the file; its files (`source:`) are the event's
    /// `source_files`, which only a saved merge writes.
    private static func matches(_ matcher: EventFilter.Matcher, _ fields: FieldText, origins: [String], cache: inout FoldMemo) -> Bool {
        guard let source = matcher.source else { return matcher.matches(fields, memo: &cache) }
        return origins.contains(where: source.isFound(in:)) && matcher.withoutSource.matches(fields, memo: &cache)
    }

    /// Whether `matcher` asks for plain text only and finds it in the title or actor of the
    /// event at `position`, read at the places noted when loading (no walk of the event's
    /// object). True proves a match: `matches` searches those fields too and stops at the
    /// first hit. False proves nothing; ask `matches`.
    func matchesListedText(_ matcher: EventFilter.Matcher, at position: Int, cache: inout FoldMemo) -> Bool {
        guard matcher.asksOnlyText, let text = matcher.text, let p = fieldSpans(at: position)
        else { return false }
        let origin = records[position].offset
        let c = JSONCursor(base: bytes.base, start: origin, end: bytes.count, endName: "file")
        let fields = FieldText(cursor: c, fields: EventFields(objectStart: origin))
        return fields.find(text, in: p.title(from: origin), cache: &cache)
            || fields.find(text, in: p.actor(from: origin), cache: &cache)
    }
}
