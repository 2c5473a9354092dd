/// A plain text log whose lines start with an RFC 3339 / ISO 8601 time
/// (`2019-07-02T13:42:11Z edge-17 WAF rule deployed`): the rest of the line is the event's
/// title (and text when longer), a line without a leading time continues the previous
/// event's text. The time may also be written `2019-07-02 13:42:11Z` (date, space, time),
/// or be followed by a colon and a level as Python's logging writes them
/// (`2012-07-02 10:22:40,672:DEBUG:foo`: the level is the kind), or be in brackets
/// (`[2023-05-15 18:19:32] local.ERROR: …`, see `bracketedTime`), or follow a `docker
/// compose logs` service prefix (`web-1  | 2024-04-25T05:32:35.584725130Z …`, see
/// `ComposeLine`: the service is the actor).
/// No actor is taken from the line: the word after the time could be anything. RFC 5424
/// syslog lines (`<165>1 2003-10-11T22:14:15.003Z host app …`) are read by their defined
/// fields (`SyslogLine`): severity as the kind, APP-NAME as the actor. BSD syslog lines
/// (RFC 3164, `Jan 22 07:52:33 host client[30840]: …`, `BSDSyslogLine`) have neither zone
/// nor year: read with `--assume-zone` and `--assume-year` (see `LogYears`); the TAG is the
/// actor. klog's lines (Kubernetes' components: `E0517 15:04:22.619632 1 main.go:12] …`)
/// are read alike. A line may also start with an epoch number (`1509662880.123456 …`,
/// milliseconds `1509662880123 …`, in brackets too: `EpochLineTime`), a UTC instant.
enum TextLogReader {
    static func declines(_ sample: FileSample) -> String? {
        // An Apache error log's lines start with `[`: its time in brackets says what it is.
        // So do logs that write their time in brackets (`[2023-05-15 18:19:32] local.ERROR: …`).
        guard !sample.startsLikeJSON || ServerErrorLine(sample.firstLine) != nil || bracketedTime(sample.firstLine) != nil
        else { return "it starts like JSON" }
        guard startsEvent(sample.firstLine) || LeadingLines(sample).areABanner else {
            if let compose = ComposeLine(sample.firstLine), leadingTime(String(compose.message)) == nil { return ComposeLine.noTimes }
            return "the first line does not start with an ISO 8601 time (2019-07-02T13:42:11Z …, or in brackets: [2019-07-02 13:42:11] …), an RFC 5424 syslog header (<165>1 2003-10-11T22:14:15.003Z …), a BSD syslog time (Jan 22 07:52:33 …), a klog header (I0517 15:04:22.619632 1 main.go:12] …), an nginx or Apache error log's time or an epoch number (1509662880.123 …)" + LeadingLines(sample).why
        }
        return nil
    }

    /// The time at the start of `line` and the rest of the line after it. A zone may follow
    /// the time after a space (`2024-03-01 12:00:01 +0000`, `… 12:00:01.123 UTC`,
    /// `… -05:00`, `… CET`, `… +0100 CET`): see `zoneAfter`. `abbreviation` is one that
    /// names several zones (`IST`): the time then has no offset, and the reader says so.
    static func leadingTime(_ line: String) -> (written: String, time: WrittenTime, rest: Substring, abbreviation: String?)? {
        if line.utf8.first == 0x5B { return bracketedTime(line) }
        let s = Substring(line)
        let space = s.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? s.endIndex
        let first = s[..<space]
        // `1509662880.123 message`: an epoch number of this century (`EpochLineTime`), UTC.
        if let epoch = EpochLineTime.parse(first) {
            return (String(first), epoch, s[space...].drop(while: { $0 == " " || $0 == "\t" }), nil)
        }
        guard first.count >= 10, first.first?.isASCIIDigit == true else { return nil }
        var found: (written: String, time: WrittenTime, rest: Substring)?
        if case .success(let w) = WrittenTime.parse(String(first)), w.clock != nil {
            found = (String(first), w, s[space...].drop(while: { $0 == " " || $0 == "\t" }))
        } else if first.count > 11, let clock = clockBeforeColon(first.dropFirst(11)),
                  case .success(let w) = WrittenTime.parse(String(s[..<clock])), w.clock != nil {
            found = (String(s[..<clock]), w, s[s.index(after: clock)...].drop(while: { $0 == " " || $0 == "\t" }))
        } else if first.count == 10, space < s.endIndex {
            // `2019-07-02 13:42:11Z`: a date, one space, a time.
            let after = s[s.index(after: space)...]
            let second = after.prefix(while: { $0 != " " && $0 != "\t" })
            let both = String(first) + " " + second
            if case .success(let w) = WrittenTime.parse(both), w.clock != nil {
                found = (both, w, after[second.endIndex...].drop(while: { $0 == " " || $0 == "\t" }))
            } else if let clock = clockBeforeColon(second),
                      case .success(let w) = WrittenTime.parse(String(first) + " " + after[..<clock]), w.clock != nil {
                found = (String(first) + " " + after[..<clock], w, after[after.index(after: clock)...].drop(while: { $0 == " " || $0 == "\t" }))
            }
        }
        guard var (written, time, rest) = found else { return nil }
        var abbreviation: String?
        if time.offsetSeconds == nil, let zone = zoneAfter(rest) {
            written += " " + zone.words
            time.offsetSeconds = zone.offset
            abbreviation = zone.offset == nil ? zone.words : nil
            rest = rest.dropFirst(zone.words.count).drop(while: { $0 == " " || $0 == "\t" })
        }
        return (written, time, rest, abbreviation)
    }

    /// A time in brackets at the start of `line`, as Monolog (Laravel: `[2023-05-15
    /// 18:19:32] local.ERROR: …`), Python's and log4j's `[%(asctime)s]`/`[%d]`, Santa
    /// (`[2018-08-19T03:09:13.120Z] I santad: …`) and Atlassian's access logs
    /// (`[17/Jun/2021:12:57:26 +0200] user …`) write it: what the brackets hold is a time
    /// `leadingTime` reads whole (a zone after it too), or the Common Log Format's.
    static func bracketedTime(_ line: String) -> (written: String, time: WrittenTime, rest: Substring, abbreviation: String?)? {
        let s = Substring(line)
        guard s.first == "[", let close = s.prefix(64).firstIndex(of: "]") else { return nil }
        let inside = String(s[s.index(after: s.startIndex)..<close])
        let rest = s[s.index(after: close)...].drop(while: { $0 == " " || $0 == "\t" })
        if let clf = CommonLogTime.parse(inside) { return (inside, clf, rest, nil) }
        guard inside.utf8.first != 0x5B, let t = leadingTime(inside), t.rest.isEmpty else { return nil }
        return (t.written, t.time, rest, t.abbreviation)
    }

    /// Where a clock (`10:22:40`, `10:22:40,672`, `00:00:00.123456789`) at the start of
    /// `word` ends when a colon follows it at once: Python's logging writes
    /// `%(asctime)s:%(levelname)s:%(message)s` as `2012-07-02 10:22:40,672:DEBUG:…`. Nil for
    /// anything else.
    static func clockBeforeColon(_ word: Substring) -> Substring.Index? {
        let u = word.utf8
        var i = u.startIndex
        func digits(_ n: Int) -> Bool {
            for _ in 0..<n {
                guard i < u.endIndex, u[i] &- 0x30 <= 9 else { return false }
                i = u.index(after: i)
            }
            return true
        }
        func colon() -> Bool {
            guard i < u.endIndex, u[i] == 0x3A else { return false }
            i = u.index(after: i)
            return true
        }
        guard digits(2), colon(), digits(2), colon(), digits(2) else { return nil }
        if i < u.endIndex, u[i] == 0x2E || u[i] == 0x2C {
            i = u.index(after: i)
            let start = i
            while i < u.endIndex, u[i] &- 0x30 <= 9 { i = u.index(after: i) }
            guard i > start else { return nil }
        }
        guard i < u.endIndex, u[i] == 0x3A else { return nil }
        return i
    }

    /// The level Python's logging writes after the time's colon (`DEBUG:foo bar`) and the
    /// message after it, when `rest` follows a colon in `line` and starts with a level's
    /// name in capitals and a colon.
    static func levelAfterColon(_ line: String, _ rest: Substring) -> (level: String, message: Substring)? {
        guard rest.startIndex > line.startIndex, line[line.index(before: rest.startIndex)] == ":",
              let colon = rest.prefix(9).firstIndex(of: ":"),
              pythonLevels.contains(String(rest[..<colon]))
        else { return nil }
        return (String(rest[..<colon]), rest[rest.index(after: colon)...])
    }

    /// The levels of Python's logging (and `WARN`, `FATAL`, `TRACE` as others write them).
    static let pythonLevels: Set<String> = ["DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL", "FATAL", "TRACE"]

    /// The zone written after a time and a space, at the start of `rest`: `UTC`, `GMT` or
    /// `Z`, an offset (`+0000`, `-05:00`, `+01`) maybe followed by an abbreviation (`+0100
    /// CET`: the offset settles it), or an abbreviation alone: one that means one offset
    /// gives it (`CET`, `EDT`), one that names several zones (`IST`, `CST`) gives none
    /// (`ZoneAbbreviationOffsets`). Any other word is the message's.
    static func zoneAfter(_ rest: Substring) -> (words: String, offset: Int?)? {
        func word(_ s: Substring) -> Substring { s.prefix(while: { $0 != " " && $0 != "\t" }) }
        let w = word(rest)
        if let offset = offsetWord(w) {
            let after = rest[w.endIndex...].drop(while: { $0 == " " })
            let next = word(after)
            if !next.isEmpty, ZoneAbbreviationOffsets.isAbbreviation(next) {
                return (String(rest[..<next.endIndex]), offset)
            }
            return (String(w), offset)
        }
        if let offset = ZoneAbbreviationOffsets.fixed[String(w)] { return (String(w), offset) }
        if ZoneAbbreviationOffsets.ambiguous.contains(String(w)) { return (String(w), nil) }
        return nil
    }

    /// `+0000`, `-05:00` or `+01` read as seconds east of UTC.
    private static func offsetWord(_ w: Substring) -> Int? {
        let u = Array(w.utf8)
        guard u.count == 3 || u.count == 5 || u.count == 6, u[0] == 0x2B || u[0] == 0x2D else { return nil }
        let digits = u.count == 6 ? [u[1], u[2], u[4], u[5]] : Array(u[1...])
        guard u.count != 6 || u[3] == 0x3A, digits.allSatisfy({ $0 &- 0x30 <= 9 }) else { return nil }
        let v = digits.map { Int($0 - 0x30) }
        let hours = v[0] * 10 + v[1]
        let minutes = v.count == 4 ? v[2] * 10 + v[3] : 0
        guard hours <= 23, minutes <= 59 else { return nil }
        return (u[0] == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    /// Reads the log an event at a time (see `RecordReader`): an event is a line that
    /// starts with a time and the lines after it that do not. Lines before the first
    /// event (a banner, a header) are left out with one warning (`LeadingLines`). Its events hold their lines' text, so a search may look at an
    /// event's line first (one-line events only: `RecordFileStore.rawBytes`).
    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        var offset = RecordFile.firstLine(bytes)
        var lineNumber = 1
        var problems: [Problem] = []
        var warnings: [Problem] = []
        // Lines before the first that starts with a time (a banner, a header, the end of a
        // stack trace): left out, said in one warning; none at all refuses the file.
        var untimed: (first: Int, last: Int, line: String)?
        while offset < bytes.count {
            let (line, next, _) = textLine(bytes, at: offset)
            if startsEvent(line) { break }
            if !line.trimmingWhitespace.isEmpty {
                untimed = (untimed?.first ?? lineNumber, lineNumber, untimed?.line ?? line)
            }
            offset = next
            lineNumber += 1
        }
        if let untimed {
            let place = SourcePlace(line: untimed.first, column: 1)
            if offset < bytes.count {
                warnings.append(Problem(file: file, place: place, path: "",
                                        message: LeadingLines.warning(untimed.first, untimed.last, firstTimed: lineNumber)))
            } else {
                let compose = ComposeLine(untimed.line).map { leadingTime(String($0.message)) == nil } == true
                problems.append(Problem(file: file, place: place, path: "",
                                        message: compose ? ComposeLine.noTimes : "the log's first line does not start with a time, nor does any line after it"))
                offset = bytes.count
            }
        }
        // A BSD syslog without years: where each year starts, found once.
        let years = offset < bytes.count && BSDSyslogLine.dateless(textLine(bytes, at: offset).text).map({ $0.year == nil }) == true
            ? LogYears(bytes, from: offset) : nil
        var reader = RecordReader(first: (offset, lineNumber), problems: problems, warnings: warnings, read: { offset, line, _ in
            event(bytes, at: offset, line: line, file: file, options: options, years: years)
        }, boundary: RecordFile.recordLineBoundary(bytes, starts: startsEvent), quickLook: RecordQuickLook(madeText: madeText, file: file))
        if years == nil && problems.isEmpty { reader.skim = skim(bytes, options: options) }
        // Spark's two-digit years are read as 20yy: said where the reader is named, not warned.
        if offset < bytes.count, BSDSyslogLine(log4jShortYear: textLine(bytes, at: offset).text) != nil {
            reader.note = BSDSyslogLine.log4jShortYearNote
        }
        return reader
    }

    /// The text an event may hold that its lines do not show (see `RecordQuickLook`): the
    /// names of the syslog fields kept as extra fields and the severities named for `PRI`.
    static let madeText = ["host", "procid", "msgid", "structured_data", "pid", "connection", "module", "client"] + JSONLogReader.priorityNames
        + BSDSyslogLine.severities

    /// The event whose line starts at `offset` (line `lineNumber`), with the lines that
    /// continue its text.
    static func event(_ bytes: FileBytes, at offset: Int, line lineNumber: Int, file: String, options: ReadOptions,
                      years: LogYears? = nil) -> RecordReading {
        var out = RecordReading(next: bytes.count, nextLine: lineNumber + 1)
        func invalidUTF8(_ n: Int) -> Problem {
            Problem(file: file, place: SourcePlace(line: n, column: 1), path: "", message: "invalid UTF-8 (shown as U+FFFD)")
        }
        var (line, next, invalid) = textLine(bytes, at: offset)
        if invalid { out.warnings.append(invalidUTF8(lineNumber)) }
        // `docker compose logs --timestamps`: the service is the actor, the rest a log line.
        var lineStart = offset
        var service: String?
        if let compose = ComposeLine(line), leadingTime(String(compose.message)) != nil {
            service = compose.service
            lineStart += line.utf8.distance(from: line.utf8.startIndex, to: compose.message.startIndex)
            line = String(compose.message)
        }
        var pendingText: [String] = []
        var at = next
        var n = lineNumber + 1
        while at < bytes.count {
            let (text, after, bad) = textLine(bytes, at: at)
            if startsEvent(text) { break }
            if bad { out.warnings.append(invalidUTF8(n)) }
            pendingText.append(text)
            at = after
            n += 1
        }
        out.next = at
        out.nextLine = n
        let syslog = SyslogLine(line)
        let bsd = syslog == nil ? BSDSyslogLine.dateless(line) : nil
        if let bsd {
            return bsdEvent(bsd, pendingText, out, at: offset, line: lineNumber, file: file, options: options, years: years)
        }
        if syslog == nil, leadingTime(line) == nil, let server = ServerErrorLine(line) {
            return serverErrorEvent(server, pendingText, out, line: lineNumber, file: file, options: options)
        }
        if syslog == nil, SyslogLine.hasNoTime(line) {
            out.warnings.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "",
                                        message: "an RFC 5424 line with no time (its TIMESTAMP is -); left out"))
            return out
        }
        guard let (written, w, rest, abbreviation) = syslog.map({ ($0.written, $0.time, $0.message, nil) }) ?? leadingTime(line)
        else { return out }
        let time: EventTime
        switch place(w, written: written, abbreviation: abbreviation, options: options) {
        case .success(let t): time = t
        case .failure(let e):
            out.problems.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "", message: e.message))
            return out
        }
        // Python's logging (`…,672:DEBUG:foo`): the level between the time's colon and the next.
        var message = rest
        var level: String?
        if syslog == nil, let l = levelAfterColon(line, rest) { (level, message) = l }
        let (title, body, empty) = EventTitle.from(String(message))
        if empty {
            out.warnings.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "",
                                        message: "nothing after the time; shown as \(EventTitle.none)"))
        }
        var draft = EventDraft.read(time: time, written: written, actor: syslog?.app ?? service, kind: syslog?.severity ?? level,
                                    title: title, text: body, extraFields: syslog?.extraFields ?? [],
                                    place: SourcePlace(line: lineNumber, column: 1))
        // Where the title's text is in the line, for a listing kept as bytes (`ListedLine`).
        if !invalid { out.titleAt = lineStart + line.utf8.distance(from: line.utf8.startIndex, to: message.startIndex) }
        while pendingText.last?.trimmingWhitespace.isEmpty == true { pendingText.removeLast() }
        if !pendingText.isEmpty {
            draft.text = ([draft.text ?? draft.title] + pendingText).joined(separator: "\n")
        }
        out.draft = draft
        return out
    }

    /// A log line's time placed on the time line: an abbreviation that names several zones
    /// (`IST`) needs `--assume-zone`, and settles an hour the clocks repeat in it.
    static func place(_ w: WrittenTime, written: String, abbreviation: String?, options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        if let abbreviation, options.time.assumedZone == nil {
            return .failure(.init(message: "time \"\(written)\" is in \(abbreviation), an abbreviation that names several zones (with different offsets); add --assume-zone with the zone the writer used"))
        }
        return options.time.place(w, text: written, what: "time", abbreviation: abbreviation)
    }

    /// Whether `line` starts an event: an RFC 5424 syslog header, a leading time or a BSD
    /// syslog time.
    static func startsEvent(_ line: String) -> Bool {
        SyslogLine(line) != nil || leadingTime(line) != nil || BSDSyslogLine.dateless(line) != nil || SyslogLine.hasNoTime(line)
            || ServerErrorLine(line) != nil || ComposeLine(line).map { leadingTime(String($0.message)) != nil } == true
    }

    /// A BSD syslog line's event: its year from the line, else `--assume-year` and the
    /// year turns before it; its zone from `--assume-zone`.
    static func bsdEvent(_ bsd: BSDSyslogLine, _ pendingText: [String], _ reading: RecordReading, at offset: Int, line lineNumber: Int,
                         file: String, options: ReadOptions, years: LogYears?) -> RecordReading {
        var out = reading
        let place = SourcePlace(line: lineNumber, column: 1)
        func problem(_ message: String) -> RecordReading {
            out.problems.append(Problem(file: file, place: place, path: "", message: message))
            return out
        }
        var year = bsd.year
        if year == nil, let first = options.time.assumedYear {
            year = years?.year(at: offset, first: first) ?? first
        }
        guard let year else {
            return problem("time \"\(bsd.written)\" has no year (\(bsd.writer) writes none); add --assume-year with the year of the log's first line (for example --assume-year 2012)")
        }
        guard let w = bsd.time(year: year) else {
            return problem("time \"\(bsd.written)\" does not exist in \(year)")
        }
        let time: EventTime
        switch Self.place(w, written: bsd.written, abbreviation: bsd.abbreviation, options: options) {
        case .success(let t): time = t
        case .failure(let e): return problem(e.message)
        }
        let event = draft(time: time, written: bsd.written, actor: bsd.tag, kind: bsd.severity, message: bsd.message,
                          extraFields: bsd.extraFields, pendingText, place: place, file: file, warnings: &out.warnings)
        out.draft = event
        return out
    }

    /// An nginx or Apache error log line's event: its zone from `--assume-zone`.
    static func serverErrorEvent(_ line: ServerErrorLine, _ pendingText: [String], _ reading: RecordReading, line lineNumber: Int,
                                 file: String, options: ReadOptions) -> RecordReading {
        var out = reading
        let place = SourcePlace(line: lineNumber, column: 1)
        guard let written = line.time else {
            out.problems.append(Problem(file: file, place: place, path: "", message: "time \"\(line.written)\" is a day that does not exist"))
            return out
        }
        let time: EventTime
        switch options.time.place(written, text: line.written, what: "time") {
        case .success(let t): time = t
        case .failure(let e):
            out.problems.append(Problem(file: file, place: place, path: "", message: e.message))
            return out
        }
        let event = draft(time: time, written: line.written, actor: line.client, kind: line.level, message: line.message,
                          extraFields: line.extraFields, pendingText, place: place, file: file, warnings: &out.warnings)
        out.draft = event
        return out
    }

    /// The event of a line whose time is placed: title and text from its message (a warning
    /// when there is none), then the continuation lines that followed it, blank ones at the
    /// end left out.
    private static func draft(time: EventTime, written: String, actor: String?, kind: String?, message: Substring,
                              extraFields: [ExtraField], _ pendingText: [String], place: SourcePlace, file: String,
                              warnings: inout [Problem]) -> EventDraft {
        let (title, body, empty) = EventTitle.from(String(message))
        if empty {
            warnings.append(Problem(file: file, place: place, path: "", message: "nothing after the time; shown as \(EventTitle.none)"))
        }
        var pending = pendingText
        var draft = EventDraft.read(time: time, written: written, actor: actor, kind: kind,
                                    title: title, text: body, extraFields: extraFields, place: place)
        while pending.last?.trimmingWhitespace.isEmpty == true { pending.removeLast() }
        if !pending.isEmpty { draft.text = ([draft.text ?? draft.title] + pending).joined(separator: "\n") }
        return draft
    }

    /// The line at `offset` without its line end, where the next starts, and whether it
    /// held invalid UTF-8 (shown as U+FFFD).
    static func textLine(_ bytes: FileBytes, at offset: Int) -> (text: String, next: Int, invalidUTF8: Bool) {
        let end = RecordFile.lineEnd(bytes, from: offset)
        var last = end
        if last > offset && bytes.base[last - 1] == 0x0D { last -= 1 }
        let utf8 = UnsafeBufferPointer(start: bytes.base + offset, count: last - offset)
        let (text, valid) = String.checkedUTF8(utf8)
        return (text, end + 1, !valid)
    }
}
