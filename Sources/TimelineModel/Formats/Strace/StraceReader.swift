/// strace's output with times (`strace -f -ttt -o trace.txt …`; see `StraceLine`), one event
/// a line.
///
/// - **time**: `-ttt`'s epoch seconds, UTC, to the microsecond as written; `-t`/`-tt`'s time
///   of day on the day `--assume-date` names, in the zone `--assume-zone` names (strace
///   writes neither), a line past midnight on the next day (`StraceDays`).
/// - **title**: what strace said after the time (`openat(AT_FDCWD, "/etc/hosts", O_RDONLY) = 3`).
/// - **kind**: the system call (`openat`), `signal` or `exit`.
/// - **actor**: the pid, when `-f` wrote it.
///
/// strace's own notes (`strace: Process 1234 attached`) and `-k`'s stack frames are passed over.
enum StraceReader {
    static func declines(_ sample: FileSample) -> String? {
        // strace writes no JSON: such a file is not read line by line here.
        if sample.startsLikeJSON { return "it starts like JSON" }
        let lines = sample.lines.lazy.filter { !$0.isEmpty }.prefix(20)
            .filter { !String($0).trimmingWhitespace.isEmpty && !StraceLine.isNote($0) }
        guard let first = lines.first else { return "no strace line (10:01:02.123456 openat(…) = 3)" }
        // A first line longer than the sample (`strace -s 100000`) is cut before its result.
        let cut = lines.count == 1 && !sample.text.contains("\n")
        if let line = StraceLine(first), line.isStraceSaying || (cut && line.kind != nil) {
            if case .epoch = line.form, let seconds = Int64(line.stamp.prefix { $0 != "." }), seconds < StraceLine.earliestEpoch {
                return "its times are relative (strace -r): no instant to place them at; run strace with -ttt"
            }
            return nil
        }
        if StraceLine.isUntimedCall(first) {
            return "strace output without times: run strace with -ttt (or -tt, and read with --assume-date and --assume-zone)"
        }
        return "the first line is not strace output with times (10:01:02.123456 openat(…) = 3, 1509662880.123456 …)"
    }

    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        let first = RecordFile.firstLine(bytes)
        // Only a trace of times of day on a named date needs its days found.
        let days = options.time.assumedDate.map { _ in StraceDays(bytes, from: first) }
        let filePid = pid(ofFile: file)
        var reader = RecordReader(first: (first, 1), read: { offset, line, _ in
            event(bytes, at: offset, line: line, file: file, options: options, days: days, filePid: filePid)
        }, boundary: RecordFile.recordLineBoundary(bytes) { StraceLine(Substring($0)) != nil })
        reader.skim = skim(bytes, options: options, days: days, filePid: filePid != nil)
        reader.note = options.time.assumedDate.map { "times of day from \(CivilDate.isoText(year: $0.year, month: $0.month, day: $0.day))" }
        return reader
    }

    /// The pid in the name of a file `strace -ff -o trace` wrote (`trace.28031`: one file a
    /// process, its lines without a pid); nil for any other name.
    static func pid(ofFile file: String) -> String? {
        let name = file.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let digits = name[name.index(after: dot)...]
        return (1...7).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) ? String(digits) : nil
    }

    /// The event of the line at `offset` (line `lineNumber`): when strace wrote its note of a
    /// new process in the middle of the line on the terminal (`clone(…|SIGCHLDstrace:
    /// Process 28038 attached` then `, child_tidptr=…) = 28038`), with the next line, the
    /// call put back together.
    static func event(_ bytes: FileBytes, at offset: Int, line lineNumber: Int, file: String, options: ReadOptions,
                      days: StraceDays?, filePid: String? = nil) -> RecordReading {
        let (text, next, invalid) = TextLogReader.textLine(bytes, at: offset)
        var reading = RecordReading(next: next, nextLine: lineNumber + 1)
        let place = SourcePlace(line: lineNumber, column: 1)
        func invalidUTF8(_ line: Int) {
            reading.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "", message: "invalid UTF-8 (shown as U+FFFD)"))
        }
        if invalid { invalidUTF8(lineNumber) }
        let written = Substring(text)
        guard !text.trimmingWhitespace.isEmpty, !StraceLine.isNote(written) else { return reading }
        guard let parsed = StraceLine(written) else {
            reading.problems.append(Problem(file: file, place: place, path: "",
                                            message: "not a strace line with a time (10:01:02.123456 openat(…) = 3)"))
            return reading
        }
        // The rest of a call strace's note cut: the next line, when it has no time.
        var said = String(parsed.said)
        if let note = StraceLine.noteCut(said), reading.next < bytes.count {
            let (text, next, invalid) = TextLogReader.textLine(bytes, at: reading.next)
            let line = Substring(text)
            if !text.trimmingWhitespace.isEmpty, !StraceLine.isNote(line), StraceLine(line) == nil {
                if invalid { invalidUTF8(reading.nextLine) }
                said = String(said[..<note]) + text
                reading.next = next
                reading.nextLine += 1
            }
        }
        let time: EventTime
        switch Self.time(String(parsed.stamp), parsed.form, at: offset, days: days, options: options) {
        case .failure(let problem):
            reading.problems.append(Problem(file: file, place: place, path: "", message: problem.message))
            return reading
        case .success(let t): time = t
        }
        let made = EventTitle.from(said)
        reading.draft = .read(time: time, written: String(parsed.stamp), actor: parsed.pid.map(String.init) ?? filePid,
                              kind: parsed.kind, title: made.title, text: made.text, place: place)
        // Where the title's and the pid's text are in the file, for a listing kept as bytes (`ListedLine`).
        let l = LineBytes(bytes, at: offset)
        if !invalid, said == String(parsed.said), let spans = StraceLine.Spans(bytes.base, from: l.start, to: l.end) {
            reading.titleAt = spans.said.lowerBound
            reading.actorAt = spans.pid?.lowerBound
        }
        return reading
    }

    /// The line's time: epoch seconds, or its time of day on its day.
    static func time(_ stamp: String, _ form: StraceLine.Stamp, at offset: Int, days: StraceDays?,
                     options: ReadOptions) -> Result<EventTime, StraceProblem> {
        switch form {
        case .epoch:
            guard let t = EpochUnit.s.time(stamp), let seconds = Int64(stamp.prefix { $0 != "." }),
                  seconds >= StraceLine.earliestEpoch else {
                return .failure(StraceProblem("time \"\(stamp)\" is not epoch seconds after 1990 (strace -r writes relative times; run strace with -ttt)"))
            }
            return .success(t)
        case .clock:
            guard let first = options.time.assumedDate else {
                return .failure(StraceProblem("time \"\(stamp)\" has no date (strace -t and -tt write only the time of day); "
                    + "add --assume-date with the date of the first line (for example --assume-date 2017-11-02) and --assume-zone with the zone strace ran in"))
            }
            let date = days?.date(at: offset, first: first) ?? first
            let text = CivilDate.isoText(year: date.year, month: date.month, day: date.day) + "T" + stamp
            switch WrittenTime.parse(text) {
            case .failure(let f): return .failure(StraceProblem("time \"\(stamp)\" \(f.message)"))
            case .success(let w):
                switch options.time.place(w, text: stamp, what: "time") {
                case .success(let t): return .success(t)
                case .failure(let f): return .failure(StraceProblem(f.message))
                }
            }
        }
    }

    /// Why a line's time cannot be placed, as a plain sentence.
    struct StraceProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

extension InputFormat {
    /// strace output with times (see `StraceReader`).
    static let strace = InputFormat.records(
        name: "strace", title: "strace output",
        declines: { StraceReader.declines($0) },
        reader: { bytes, file, options in StraceReader.reader(bytes, file: file, options: options) })
}
