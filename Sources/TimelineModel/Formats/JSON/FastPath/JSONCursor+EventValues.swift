extension JSONCursor {
    /// Reads the event object at the cursor into `v` for a writer (`EventStore.values`): a
    /// walk of an object the first pass has checked, so it looks only for where each value
    /// is (no paths, no problems), and writes text as places in the file where it needs no
    /// decoding. `v`'s lists are emptied and refilled, keeping their room. `known`: the
    /// time and the precision written (nil: none or not one) as the first pass read them
    /// (`ListingFieldSpans`), which are then not read again.
    mutating func readValues(
        into v: inout EventValues, depth: Int, known: (time: EventTime, precision: Precision?)? = nil
    ) throws(SyntaxError) {
        v.clear()
        var time: StringToken?
        var end: StringToken?
        var precision: StringToken?
        if try beginObject(depth: depth) {
            repeat {
                let key = try readKey()
                guard let field = eventField(key) else {
                    let from = pos
                    try skipValue(depth: depth + 1)
                    v.extraFields.append((value(key), extraFieldJSON(from..<pos)))
                    continue
                }
                switch field {
                case .id: v.id = try optionalString().map { value($0) } ?? .text("")
                case .time:
                    if known == nil { time = try optionalString() } else { try skipValue(depth: depth + 1) }
                case .end: end = try optionalString()
                case .timezone: v.dateZone = try optionalString().map { string($0) }
                case .precision:
                    if known == nil { precision = try optionalString() } else { try skipValue(depth: depth + 1) }
                case .approximate:
                    if try kind() == .null { try skipLiteral("null") } else { v.approximate = try readBoolean() }
                case .actor: v.actor = try optionalString().map { value($0) }
                case .kind: v.kind = try optionalString().map { value($0) }
                case .title: v.title = try optionalString().map { value($0) } ?? .text("")
                case .text: v.text = try optionalString().map { value($0) }
                case .quote: try readQuoteValues(into: &v, depth: depth + 1)
                case .sources: try readSourceValues(into: &v, depth: depth + 1)
                case .tags:
                    guard try kind() == .array else {
                        try skipValue(depth: depth + 1)
                        continue
                    }
                    if try beginArray(depth: depth + 1) {
                        repeat {
                            if let t = try optionalString() { v.tags.append(value(t)) }
                        } while try nextElement()
                    }
                case .sourceFiles:
                    guard try kind() == .array else {
                        try skipValue(depth: depth + 1)
                        continue
                    }
                    if try beginArray(depth: depth + 1) {
                        repeat {
                            if let t = try optionalString() { v.origins.append(string(t)) }
                        } while try nextElement()
                    }
                case .extraFields:
                    guard try kind() == .object else {
                        try skipValue(depth: depth + 1)
                        continue
                    }
                    if try beginObject(depth: depth + 1) {
                        repeat {
                            let name = try readKey()
                            let from = pos
                            try skipValue(depth: depth + 2)
                            v.extraFields.append((value(name), extraFieldJSON(from..<pos)))
                        } while try nextField()
                    }
                }
            } while try nextField()
        }
        if let known {
            v.time = known.time
            v.end = end.flatMap { try? parseTime($0).get() }
            v.precision = known.precision ?? known.time.impliedPrecision
            return
        }
        let times = self.times(time, end)
        v.time = times.time
        v.end = times.end
        v.precision = precision.flatMap { Precision(rawValue: string($0)) } ?? times.time.impliedPrecision
    }

    /// The text of `t`: its bytes in the file, decoded only when it has escapes.
    @inline(__always)
    func value(_ t: StringToken) -> TextValue {
        t.needsDecoding ? .text(string(t)) : .bytes(UnsafeBufferPointer(start: base + t.start, count: t.count))
    }

    /// The string at the cursor, nil for `null` (or, in a checked file, nothing else).
    @inline(__always)
    private mutating func optionalString() throws(SyntaxError) -> StringToken? {
        if pos < end && base[pos] == 0x22 { return try readString() }
        try skipValue(depth: 0)
        return nil
    }

    /// An unknown field's value as compact JSON: the file's bytes when they hold no space.
    func extraFieldJSON(_ range: Range<Int>) -> TextValue {
        let raw = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        let spaced = raw.contains { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return spaced ? .text(compactJSON(range)) : .bytes(raw)
    }

    /// `quote`: `{"text": …, "lang": …}` or `null`; other fields in it are skipped.
    private mutating func readQuoteValues(
        into v: inout EventValues, depth: Int
    ) throws(SyntaxError) {
        guard try kind() == .object else { return try skipValue(depth: depth) }
        var text: StringToken?
        var lang: StringToken?
        if try beginObject(depth: depth) {
            repeat {
                let key = try readKey()
                if token(key, is: "text") {
                    text = try optionalString()
                } else if token(key, is: "lang") {
                    lang = try optionalString()
                } else {
                    try skipValue(depth: depth + 1)
                }
            } while try nextField()
        }
        if let text { v.quote = (value(text), lang.map { value($0) }) }
    }

    /// `sources`: an array of `{"name": …, "url": …}` or `null`; other fields skipped.
    private mutating func readSourceValues(
        into v: inout EventValues, depth: Int
    ) throws(SyntaxError) {
        guard try kind() == .array else { return try skipValue(depth: depth) }
        guard try beginArray(depth: depth) else { return }
        repeat {
            guard try kind() == .object else {
                try skipValue(depth: depth + 1)
                continue
            }
            var name: StringToken?
            var url: StringToken?
            if try beginObject(depth: depth + 1) {
                repeat {
                    let key = try readKey()
                    if token(key, is: "name") {
                        name = try optionalString()
                    } else if token(key, is: "url") {
                        url = try optionalString()
                    } else {
                        try skipValue(depth: depth + 2)
                    }
                } while try nextField()
            }
            if let name { v.sources.append((value(name), url.map { value($0) })) }
        } while try nextElement()
    }
}
