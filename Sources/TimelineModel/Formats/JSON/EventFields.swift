/// One event's fields as tokens in the file, before any text is decoded.
struct EventFields {
    /// The event's `{`.
    var objectStart: Int
    var id: StringToken?
    var time: StringToken?
    var end: StringToken?
    var precision: StringToken?
    /// The zone of a date when not the timeline's (`Event.dateZone`): a saved merge's.
    var timezone: StringToken?
    var approximate = false
    var actor: StringToken?
    var kind: StringToken?
    var title: StringToken?
    var text: StringToken?
    var quoteText: StringToken?
    var quoteLang: StringToken?
    var hasQuote = false
    /// The columns of the title and the actor when every scalar of theirs is one column
    /// and no escape is written (`JSONCursor.readMeasuredString`), -1 when not; nil when
    /// they were not measured (`readEvent` without `measuring`).
    var titleSimpleColumns: Int?
    var actorSimpleColumns: Int?
    /// Which known fields were written (to report missing and repeated ones).
    var seen = Field.Set()
    /// The lists below, made only for an event that has one: the first pass reads a
    /// million events that have none kept, and each list held inline cost a retain and a
    /// release every time the fields were copied.
    private var lists: Lists?

    init(objectStart: Int) {
        self.objectStart = objectStart
    }

    /// Kept only when decoding (the first pass checks them and moves on), already as the
    /// values an `Event` holds, so that each costs one array.
    var sources: [Source] {
        get { lists?.sources ?? [] }
        _modify { yield &uniqueLists().sources }
    }
    var tags: [String] {
        get { lists?.tags ?? [] }
        _modify { yield &uniqueLists().tags }
    }
    var extras: [ExtraField] {
        get { lists?.extras ?? [] }
        _modify { yield &uniqueLists().extras }
    }
    /// The files of a merged timeline the event came from (`source_files`, see
    /// `Event.origins`), kept whenever written: only a saved merge writes them.
    var origins: [String] {
        get { lists?.origins ?? [] }
        _modify { yield &uniqueLists().origins }
    }
    /// Kept only for searching and writing (`tokens`): tags, sources' names and URLs as
    /// places in the file, and each unknown field's name and the place of its value.
    var tagTokens: [StringToken] {
        get { lists?.tagTokens ?? [] }
        _modify { yield &uniqueLists().tagTokens }
    }
    var sourceTokens: [(name: StringToken, url: StringToken?)] {
        get { lists?.sourceTokens ?? [] }
        _modify { yield &uniqueLists().sourceTokens }
    }
    var extraPlaces: [(name: StringToken, value: Range<Int>)] {
        get { lists?.extraPlaces ?? [] }
        _modify { yield &uniqueLists().extraPlaces }
    }

    /// The lists, made or copied so that this value alone holds them (a copy of the fields
    /// never sees another's changes).
    private mutating func uniqueLists() -> Lists {
        if isKnownUniquelyReferenced(&lists), let lists { return lists }
        let made = lists.map { $0.copy() } ?? Lists()
        lists = made
        return made
    }

    private final class Lists {
        var sources: [Source] = []
        var tags: [String] = []
        var extras: [ExtraField] = []
        var origins: [String] = []
        var tagTokens: [StringToken] = []
        var sourceTokens: [(name: StringToken, url: StringToken?)] = []
        var extraPlaces: [(name: StringToken, value: Range<Int>)] = []

        func copy() -> Lists {
            let c = Lists()
            (c.sources, c.tags, c.extras, c.origins) = (sources, tags, extras, origins)
            (c.tagTokens, c.sourceTokens, c.extraPlaces) = (tagTokens, sourceTokens, extraPlaces)
            return c
        }
    }

    /// The fields the format defines for an event.
    enum Field: Int, CaseIterable {
        case id, time, end, precision, approximate, actor, kind, title, text, quote, sources, tags, sourceFiles, extraFields,
             timezone

        var name: String {
            switch self {
            case .sourceFiles: "source_files"
            case .extraFields: "extra_fields"
            default: String(describing: self)
            }
        }

        struct Set {
            var bits: UInt16 = 0
            func contains(_ f: Field) -> Bool { bits & (1 << f.rawValue) != 0 }
            /// Adds `f`; false when it was already there.
            mutating func insert(_ f: Field) -> Bool {
                let had = contains(f)
                bits |= 1 << f.rawValue
                return !had
            }
        }
    }
}

extension JSONCursor {
    /// The event field a key names, if any.
    func eventField(_ key: StringToken) -> EventFields.Field? {
        // A plain name of up to 8 bytes, read as one little-endian word and compared whole.
        if !key.needsDecoding, key.count <= 8, key.start &+ 8 <= end {
            let bits = UInt64(truncatingIfNeeded: key.count &* 8)
            let mask: UInt64 = key.count == 8 ? .max : (1 << bits) &- 1
            switch UnsafeRawPointer(base + key.start).loadUnaligned(as: UInt64.self) & mask {
            case 0x6469: return .id  // "id"
            case 0x656d_6974: return .time
            case 0x646e_65: return .end
            case 0x726f_7463_61: return .actor
            case 0x646e_696b: return .kind
            case 0x656c_7469_74: return .title
            case 0x7478_6574: return .text
            case 0x7367_6174: return .tags
            case 0x7365_6372_756f_73: return .sources
            case 0x6574_6f75_71: return .quote
            case 0x656e_6f7a_656d_6974: return .timezone
            default: return nil
            }
        }
        switch key.count {
        case 2: return token(key, is: "id") ? .id : nil
        case 3: return token(key, is: "end") ? .end : nil
        case 4:
            if token(key, is: "time") { return .time }
            if token(key, is: "kind") { return .kind }
            if token(key, is: "text") { return .text }
            if token(key, is: "tags") { return .tags }
            return nil
        case 5:
            if token(key, is: "title") { return .title }
            if token(key, is: "actor") { return .actor }
            if token(key, is: "quote") { return .quote }
            return nil
        case 7: return token(key, is: "sources") ? .sources : nil
        case 8: return token(key, is: "timezone") ? .timezone : nil
        case 9: return token(key, is: "precision") ? .precision : nil
        case 11: return token(key, is: "approximate") ? .approximate : nil
        case 12: return token(key, is: "source_files") ? .sourceFiles : token(key, is: "extra_fields") ? .extraFields : nil
        default:
            return key.needsDecoding ? EventFields.Field.allCases.first { string(key) == $0.name } : nil
        }
    }

    /// Reads the event object at the cursor. `keep` collects sources, tags and extra fields
    /// (the first pass only checks them); `tokens` collects only their places, for search;
    /// `measuring` measures the title and actor as they are read (`titleSimpleColumns`).
    /// Wrong types are recorded as problems.
    @inline(__always)
    mutating func readEvent(
        index: Int, depth: Int, keep: Bool, tokens: Bool = false, measuring: Bool = false
    ) throws(SyntaxError) -> EventFields {
        var e = EventFields(objectStart: pos)
        var none = NoEventValues()
        try readEvent(into: &e, index: index, depth: depth, keep: keep, tokens: tokens, measuring: measuring, values: &none)
        return e
    }

    /// `readEvent`, telling `values` of each tag, source and unknown or extra field as it
    /// is checked (the first pass of an export that writes every field: `EventValueSpans`).
    /// `e` is the event's fields so far (none: made at the cursor, its `{`).
    mutating func readEvent<Values: EventValueSink>(
        into e: inout EventFields, index: Int, depth: Int, keep: Bool, tokens: Bool = false, measuring: Bool = false,
        values: inout Values
    ) throws(SyntaxError) {
        func path(_ field: String) -> String { "events[\(index)].\(field)" }
        guard try beginObject(depth: depth) else { return }
        repeat {
            let key = try readKey(in: "events[\(index)]")
            guard let field = eventField(key) else {
                let from = pos
                try skipValue(depth: depth + 1, field: key, in: "events[\(index)]")
                if keep { e.extras.append(ExtraField(name: string(key), json: compactJSON(from..<pos))) }
                if tokens { e.extraPlaces.append((key, from..<pos)) }
                values.extra(name: key, value: from..<pos)
                continue
            }
            if !e.seen.insert(field) {
                report(key.quoteOffset, path(field.name), "appears more than once in this event")
            }
            let d = depth + 1
            switch field {
            case .id: e.id = try stringField(path("id"), depth: d, nullable: false)
            case .time: e.time = try stringField(path("time"), depth: d, nullable: false)
            case .end: e.end = try stringField(path("end"), depth: d)
            case .precision: e.precision = try stringField(path("precision"), depth: d)
            case .timezone: e.timezone = try stringField(path("timezone"), depth: d)
            case .approximate: e.approximate = try booleanField(path("approximate"), depth: d) ?? false
            case .actor:
                if measuring {
                    let read = try measuredStringField(path("actor"), depth: d)
                    (e.actor, e.actorSimpleColumns) = (read?.token, read?.simpleColumns)
                } else {
                    e.actor = try stringField(path("actor"), depth: d)
                }
            case .kind:
                let kind = try valueString(path("kind"), depth: d, measured: values.measuresText)
                e.kind = kind?.token
                if let kind { values.value(.kind, kind.token, simple: kind.simple) }
            case .title:
                if measuring {
                    let read = try measuredStringField(path("title"), depth: d, nullable: false)
                    (e.title, e.titleSimpleColumns) = (read?.token, read?.simpleColumns)
                } else {
                    e.title = try stringField(path("title"), depth: d, nullable: false)
                }
            case .text:
                let text = try valueString(path("text"), depth: d, measured: values.measuresText)
                e.text = text?.token
                if let text { values.value(.text, text.token, simple: text.simple) }
            case .quote: try readQuote(into: &e, index: index, depth: d, values: &values)
            case .sources: try readSources(into: &e, index: index, depth: d, keep: keep, tokens: tokens, values: &values)
            case .tags:
                let tags = try stringArray(path("tags"), depth: d, keep: keep || tokens, values: &values)
                if keep { e.tags = tags.map(string) }
                if tokens { e.tagTokens = tags }
            case .sourceFiles:
                e.origins = try stringArray(path("source_files"), depth: d, keep: true).map(string)
            case .extraFields:
                // Extra fields named like ours (an imported log's `kind`, `tags`), as our
                // export writes them: each is an extra field, in order.
                guard try expectKind(.object, path("extra_fields"), depth: d), try beginObject(depth: d) else { continue }
                repeat {
                    let name = try readKey(in: path("extra_fields"))
                    let from = pos
                    try skipValue(depth: d + 1, field: name, in: path("extra_fields"))
                    if keep { e.extras.append(ExtraField(name: string(name), json: compactJSON(from..<pos))) }
                    if tokens { e.extraPlaces.append((name, from..<pos)) }
                    values.extra(name: name, value: from..<pos)
                } while try nextField()
            }
        } while try nextField()
    }

    /// A string field's value, and whether it is simple (`readMeasuredString`: no escape,
    /// every scalar one column that `SafeText` keeps) when `measured` (else not simple).
    @inline(__always)
    mutating func valueString(
        _ path: @autoclosure () -> String, depth: Int, nullable: Bool = true, measured: Bool
    ) throws(SyntaxError) -> (token: StringToken, simple: Bool)? {
        guard measured else { return try stringField(path(), depth: depth, nullable: nullable).map { ($0, false) } }
        return try measuredStringField(path(), depth: depth, nullable: nullable).map { ($0.token, $0.simpleColumns >= 0) }
    }

    /// `quote`: `{"text": …, "lang": …}`; other fields in it are ignored.
    private mutating func readQuote<Values: EventValueSink>(
        into e: inout EventFields, index: Int, depth: Int, values: inout Values
    ) throws(SyntaxError) {
        var path: String { "events[\(index)].quote" }
        let start = pos
        guard try expectKind(.object, path, depth: depth) else { return }
        e.hasQuote = true
        var textWritten = false
        var text: (token: StringToken, simple: Bool)?
        var lang: (token: StringToken, simple: Bool)?
        if try beginObject(depth: depth) {
            repeat {
                let key = try readKey(in: path)
                if token(key, is: "text") {
                    textWritten = true
                    text = try valueString(path + ".text", depth: depth + 1, nullable: false, measured: values.measuresText)
                } else if token(key, is: "lang") {
                    lang = try valueString(path + ".lang", depth: depth + 1, measured: values.measuresText)
                } else {
                    try skipValue(depth: depth + 1, in: path)
                }
            } while try nextField()
        }
        (e.quoteText, e.quoteLang) = (text?.token, lang?.token)
        // The text first, then its language, whichever the object wrote first.
        if let text {
            values.value(.quoteText, text.token, simple: text.simple)
            if let lang { values.value(.quoteLang, lang.token, simple: lang.simple) }
        }
        if !textWritten {
            report(start, path, "missing required field \"text\"")
        }
    }

    /// `sources`: an array of `{"name": …, "url": …}`; other fields in them are ignored.
    private mutating func readSources<Values: EventValueSink>(
        into e: inout EventFields, index: Int, depth: Int, keep: Bool, tokens: Bool, values: inout Values
    ) throws(SyntaxError) {
        var path: String { "events[\(index)].sources" }
        guard try expectKind(.array, path, depth: depth) else { return }
        guard try beginArray(depth: depth) else { return }
        var i = 0
        repeat {
            var here: String { "\(path)[\(i)]" }
            let start = pos
            if try expectKind(.object, here, depth: depth + 1, nullable: false) {
                var name: (token: StringToken, simple: Bool)?
                var url: (token: StringToken, simple: Bool)?
                var nameWritten = false
                if try beginObject(depth: depth + 1) {
                    repeat {
                        let key = try readKey(in: here)
                        if token(key, is: "name") {
                            nameWritten = true
                            name = try valueString(here + ".name", depth: depth + 2, nullable: false, measured: values.measuresText)
                        } else if token(key, is: "url") {
                            url = try valueString(here + ".url", depth: depth + 2, measured: values.measuresText)
                        } else {
                            try skipValue(depth: depth + 2, in: here)
                        }
                    } while try nextField()
                }
                if !nameWritten { report(start, here, "missing required field \"name\"") }
                if let name {
                    if keep { e.sources.append(Source(name: string(name.token), url: url.map { string($0.token) })) }
                    if tokens { e.sourceTokens.append((name.token, url?.token)) }
                    values.value(.sourceName, name.token, simple: name.simple)
                    if let url { values.value(.sourceURL, url.token, simple: url.simple) }
                }
            }
            i += 1
        } while try nextElement()
    }
}
