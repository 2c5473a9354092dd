#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first pass over a file: every check the format asks for, and a small record per
/// event; the events' text stays in the file until asked for.
struct TimelineScan {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// Where the content starts (after a UTF-8 byte-order mark).
    let start: Int
    var header = TimelineHeader()
    var records: [EventRecord] = []
    var problems: [PendingProblem] = []
    var zonedEnds: [JSONCursor.ZonedEndCheck] = []
    /// Each id and the place of its first use.
    private var ids: [String: Int] = [:]
    /// The nesting level of event objects (3 in a document, 1 in JSON Lines).
    var eventDepth = 3
    var format = TimelineFormat.document

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        let bom = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF
        start = bom ? 3 : 0
    }

    /// Reads the whole file, collecting problems (a syntax error stops a document; in
    /// JSON Lines it stops only its line).
    mutating func run(name: String) {
        var c = JSONCursor(base: base, start: start, end: count, endName: "file")
        c.skipWhitespace()
        if c.atEnd {
            problems.append(PendingProblem(offset: -1, path: "", message: "is empty; a timeline file holds a JSON object with \"title\" and \"events\""))
            return
        }
        format = TimelineFormat.detect(base, start: start, end: count, name: name)
        switch format {
        case .document:
            do throws(SyntaxError) {
                try scanDocument(&c)
            } catch {
                problems.append(PendingProblem(offset: error.offset, path: "", message: error.message))
            }
            problems.append(contentsOf: c.problems)
        case .jsonLines(let headerFirst):
            eventDepth = 1
            scanLines(headerFirst: headerFirst)
        }
    }

    private mutating func scanDocument(_ c: inout JSONCursor) throws(SyntaxError) {
        let top = c.pos
        guard c.byte(top) == 0x7B else {
            if let k = JSONKind(firstByte: c.byte(top)) {
                throw SyntaxError(offset: top, message: "a timeline must be a JSON object with \"title\" and \"events\", not \(k.withArticle)")
            }
            throw c.unexpected("a JSON object with \"title\" and \"events\"")
        }
        var eventsWritten = false
        if try c.beginObject(depth: 1) {
            repeat {
                let key = try c.readKey()
                if try c.readHeaderField(key, into: &header, depth: 2) { continue }
                if eventsWritten { c.report(key.quoteOffset, "events", "appears more than once") }
                eventsWritten = true
                guard try c.expectKind(.array, "events", depth: 2, nullable: false),
                      try c.beginArray(depth: 2)
                else { continue }
                var index = records.count
                repeat {
                    if try c.expectKind(.object, "events[\(index)]", depth: 3, nullable: false) {
                        try takeEvent(&c, index: index)
                    }
                    index += 1
                } while try c.nextElement()
            } while try c.nextField()
        }
        if !header.titleWritten { c.report(top, "", "missing required field \"title\"") }
        if !eventsWritten { c.report(top, "", "missing required field \"events\" (an empty timeline has \"events\": [])") }
        c.skipWhitespace()
        if !c.atEnd { throw SyntaxError(offset: c.pos, message: "unexpected text after the end of the timeline") }
    }

    private mutating func scanLines(headerFirst: Bool) {
        var lineStart = start
        var index = 0
        var first = true
        while lineStart < count {
            let lineEnd: Int
            if let hit = memchr(base + lineStart, 0x0A, count - lineStart) {
                lineEnd = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            } else {
                lineEnd = count
            }
            var c = JSONCursor(base: base, start: lineStart, end: lineEnd, endName: "line")
            lineStart = lineEnd + 1
            c.skipWhitespace()
            if c.atEnd { continue }
            let isHeader = first && headerFirst
            first = false
            do throws(SyntaxError) {
                if isHeader {
                    try scanHeaderLine(&c)
                } else {
                    guard c.byte(c.pos) == 0x7B else {
                        if let k = JSONKind(firstByte: c.byte(c.pos)) {
                            throw SyntaxError(offset: c.pos, message: "each line must be one event object, not \(k.withArticle)")
                        }
                        throw c.unexpected("an event object")
                    }
                    try takeEvent(&c, index: index)
                }
                c.skipWhitespace()
                if !c.atEnd { throw SyntaxError(offset: c.pos, message: "unexpected text after the object on this line") }
            } catch {
                c.problems.append(PendingProblem(offset: error.offset, path: "", message: error.message))
            }
            if !isHeader { index += 1 }
            problems.append(contentsOf: c.problems)
            if problems.count > JSONLimits.maxProblems {
                problems.append(PendingProblem(offset: lineEnd, path: "", message: "too many problems; stopped reading here"))
                return
            }
        }
    }

    private mutating func scanHeaderLine(_ c: inout JSONCursor) throws(SyntaxError) {
        if try c.beginObject(depth: 1) {
            repeat {
                let key = try c.readKey()
                if try c.readHeaderField(key, into: &header, depth: 2) { continue }
                c.report(key.quoteOffset, "events", "in JSON Lines the events follow one a line, not in \"events\"")
                try c.skipValue(depth: 2)
            } while try c.nextField()
        }
    }

    /// Reads and checks the event at the cursor and records it.
    private mutating func takeEvent(_ c: inout JSONCursor, index: Int) throws(SyntaxError) {
        guard index < JSONLimits.maxEvents else {
            throw SyntaxError(offset: c.pos, message: "more than \(JSONLimits.maxEvents) events")
        }
        let fields = try c.readEvent(index: index, depth: eventDepth, keep: false)
        let (time, zonedEnd) = c.check(fields, index: index)
        if let id = fields.id, id.count > 0 {
            let text = c.string(id)
            if let first = ids[text] {
                c.problems.append(PendingProblem(offset: id.quoteOffset, path: "events[\(index)].id",
                                                 message: "duplicate id \"\(text)\"", seeAlso: first))
            } else {
                ids[text] = id.quoteOffset
            }
        }
        var record = EventRecord(offset: fields.objectStart, sortInstant: Instant(seconds: 0),
                                 fileIndex: Int32(index), dayOnly: EventRecord.notDayOnly)
        switch time {
        case .instant(let i, _)?: record.sortInstant = i
        case .day(let d)?: record.dayOnly = d.daysSinceEpoch
        case nil: break
        }
        records.append(record)
        if let zonedEnd { zonedEnds.append(zonedEnd) }
        if c.problems.count > JSONLimits.maxProblems {
            throw SyntaxError(offset: c.pos, message: "too many problems; stopped reading here")
        }
    }
}
