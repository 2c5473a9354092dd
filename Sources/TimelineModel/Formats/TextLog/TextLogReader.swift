/// A plain text log whose lines start with an RFC 3339 / ISO 8601 time
/// (`2019-07-02T13:42:11Z edge-17 WAF rule deployed`): the rest of the line is the event's
/// title (and text when longer), a line without a leading time continues the previous
/// event's text. The time may also be written `2019-07-02 13:42:11Z` (date, space, time).
/// No actor is taken from the line: the word after the time could be anything. RFC 5424
/// syslog lines (`<165>1 2003-10-11T22:14:15.003Z host app …`) are read by their defined
/// fields (`SyslogLine`): severity as the kind, APP-NAME as the actor.
enum TextLogReader {
    static func declines(_ sample: FileSample) -> String? {
        guard !sample.startsLikeJSON else { return "it starts like JSON" }
        guard leadingTime(sample.firstLine) != nil || SyslogLine(sample.firstLine) != nil else {
            return "the first line does not start with an ISO 8601 time (2019-07-02T13:42:11Z …) or an RFC 5424 syslog header (<165>1 2003-10-11T22:14:15.003Z …)"
        }
        return nil
    }

    /// The time at the start of `line` and the rest of the line after it.
    static func leadingTime(_ line: String) -> (written: String, time: WrittenTime, rest: Substring)? {
        let s = Substring(line)
        let space = s.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? s.endIndex
        let first = s[..<space]
        guard first.count >= 10, first.first?.isASCIIDigit == true else { return nil }
        if case .success(let w) = WrittenTime.parse(String(first)), w.clock != nil {
            return (String(first), w, s[space...].drop(while: { $0 == " " || $0 == "\t" }))
        }
        // `2019-07-02 13:42:11Z`: a date, one space, a time.
        guard first.count == 10, space < s.endIndex else { return nil }
        let after = s[s.index(after: space)...]
        let second = after.prefix(while: { $0 != " " && $0 != "\t" })
        let both = String(first) + " " + second
        if case .success(let w) = WrittenTime.parse(both), w.clock != nil {
            return (both, w, after[second.endIndex...].drop(while: { $0 == " " || $0 == "\t" }))
        }
        return nil
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        var pendingText: [String] = []
        func finish() {
            guard !out.events.isEmpty, !pendingText.isEmpty else { pendingText = []; return }
            while pendingText.last?.trimmingWhitespace.isEmpty == true { pendingText.removeLast() }
            guard !pendingText.isEmpty else { return }
            let i = out.events.count - 1
            let head = out.events[i].text ?? out.events[i].title
            out.events[i].text = ([head] + pendingText).joined(separator: "\n")
            pendingText = []
        }
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var lineBytes = bytes[start..<end]
            start = end + 1
            lineNumber += 1
            if lineBytes.last == 0x0D { lineBytes = lineBytes.dropLast() }
            let line = String(decoding: lineBytes, as: UTF8.self)
            if !line.utf8.elementsEqual(lineBytes) {
                out.warnings.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "",
                                            message: "invalid UTF-8 (shown as U+FFFD)"))
            }
            let syslog = SyslogLine(line)
            guard let (written, w, rest) = syslog.map({ ($0.written, $0.time, $0.message) }) ?? leadingTime(line) else {
                if out.events.isEmpty {
                    if !line.trimmingWhitespace.isEmpty {
                        out.problems.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "",
                                                    message: "the log's first line does not start with a time"))
                        return out
                    }
                } else {
                    pendingText.append(line)
                }
                continue
            }
            finish()
            let time: EventTime
            switch options.time.place(w, text: written, what: "time") {
            case .success(let t): time = t
            case .failure(let e):
                out.problems.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "", message: e.message))
                if out.problems.count > TimelineBuilder.maxProblems { return out }
                continue
            }
            let (title, body, empty) = EventTitle.from(String(rest))
            if empty {
                out.warnings.append(Problem(file: file, place: SourcePlace(line: lineNumber, column: 1), path: "",
                                            message: "nothing after the time; shown as \(EventTitle.none)"))
            }
            out.events.append(.read(time: time, written: written, actor: syslog?.app, kind: syslog?.severity,
                                    title: title, text: body, extraFields: syslog?.extraFields ?? [],
                                    place: SourcePlace(line: lineNumber, column: 1)))
        }
        finish()
        return out
    }
}
