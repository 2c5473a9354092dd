extension InputFormat {
    /// TimelineJS's JSON (`{"events": [{"start_date": {…}, "text": {…}}], "title": {…}}`),
    /// told from our document (both have `events`) by its signs (`TimelineJSSigns`); read
    /// by `TimelineJSReader`.
    static let timelineJS = InputFormat(
        name: "timelinejs", title: "TimelineJS",
        detect: { bytes, _ in TimelineJSSigns.find(bytes) ? .takes : .declines("no \"events\" with \"start_date\" and no \"title\" object") },
        reader: InputFormat.foreign(
            name: "timelinejs", title: "TimelineJS", declines: { _ in nil },
            read: { TimelineJSReader.read($0, file: $1, options: $2) }
        ).reader
    )
}

/// Looks for TimelineJS's signs at the top of a JSON object: a `title` that is an object
/// (ours is a string), or a first event with `start_date` (ours have `time`). Reads only
/// the top-level keys before `events` and the keys of the first event.
enum TimelineJSSigns {
    static func find(_ bytes: FileBytes) -> Bool {
        var c = JSONCursor(base: bytes.base, start: bytes.contentStart, end: bytes.count, endName: "file")
        c.trusted = true
        c.skipWhitespace()
        guard !c.atEnd, c.byte(c.pos) == 0x7B else { return false }
        do throws(SyntaxError) {
            guard try c.beginObject(depth: 1) else { return false }
            repeat {
                let key = try c.readKey()
                if c.token(key, is: "title"), !c.atEnd, c.byte(c.pos) == 0x7B { return true }
                if c.token(key, is: "events") {
                    guard !c.atEnd, c.byte(c.pos) == 0x5B, try c.beginArray(depth: 2),
                          c.byte(c.pos) == 0x7B, try c.beginObject(depth: 3)
                    else { return false }
                    repeat {
                        let field = try c.readKey()
                        if c.token(field, is: "start_date") { return true }
                        if c.token(field, is: "time") { return false }
                        try c.skipValue(depth: 4)
                    } while try c.nextField()
                    return false
                }
                try c.skipValue(depth: 2)
            } while try c.nextField()
        } catch {
            return false
        }
        return false
    }
}
