/// A shell's history file with times (see `ShellHistoryLine`): each command an event at its
/// epoch second, UTC; the command's first line the title, a command of several lines the
/// text; zsh's elapsed seconds, when more than 0, make it a span. A history without times
/// (bash without `HISTTIMEFORMAT`, zsh without `EXTENDED_HISTORY`) says nothing of when:
/// declined. The commands of a history begun before its times were turned on (untimed
/// lines, then timed ones) are left out with one warning: no time is made up for them.
enum ShellHistoryReader {
    static let noTimes = "a history without times says nothing of when"

    static func declines(_ sample: FileSample) -> String? {
        if ShellHistoryLine(Substring(sample.firstLine)) != nil { return nil }
        // Untimed commands, then a time line and its command (the last line may be cut).
        let lines = sample.lines
        for i in lines.indices.dropLast(2) {
            guard let time = ShellHistoryLine(lines[i]) else { continue }
            let next = lines[i + 1]
            if time.shell == .zsh || (!String(next).trimmingWhitespace.isEmpty && ShellHistoryLine(next) == nil) { return nil }
        }
        return "no line is a history time (bash's #1509662880 with HISTTIMEFORMAT set, tcsh's #+1509662880, "
            + "zsh's : 1509662880:0;… with EXTENDED_HISTORY); " + noTimes
    }

    static func reader(_ bytes: FileBytes, file: String, options: ReadOptions) -> RecordReader {
        // The lines before the first time line have no time: left out, said once.
        var (first, line, untimed) = (RecordFile.firstLine(bytes), 1, 0)
        while first < bytes.count {
            let (text, next, _) = TextLogReader.textLine(bytes, at: first)
            if ShellHistoryLine(Substring(text)) != nil { break }
            if !text.trimmingWhitespace.isEmpty { untimed += 1 }
            (first, line) = (next, line + 1)
        }
        var problems: [Problem] = []
        var warnings: [Problem] = []
        if first >= bytes.count, untimed > 0 {
            problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                    message: "no command has a time line (#1509662880, #+1509662880 or : 1509662880:0;…); " + noTimes))
        } else if untimed > 0 {
            warnings.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                                    message: "\(untimed) line\(untimed == 1 ? "" : "s") before the first time line left out: "
                                        + "the shell wrote no time for \(untimed == 1 ? "it" : "them") (its times were turned on later)"))
        }
        var reader = RecordReader(first: (first, line), problems: problems, warnings: warnings, read: { offset, line, _ in
            command(bytes, at: offset, line: line, file: file)
        }, boundary: RecordFile.recordLineBoundary(bytes) { ShellHistoryLine(Substring($0)) != nil })
        let firstLine = Substring(TextLogReader.textLine(bytes, at: min(first, bytes.count)).text)
        reader.note = ShellHistoryLine(firstLine)?.shell.rawValue
        return reader
    }

    /// The command whose time line starts at `offset` (line `lineNumber`), with the lines
    /// that continue it.
    static func command(_ bytes: FileBytes, at offset: Int, line lineNumber: Int, file: String) -> RecordReading {
        var (text, next, invalid) = TextLogReader.textLine(bytes, at: offset)
        var reading = RecordReading(next: next, nextLine: lineNumber + 1)
        let place = SourcePlace(line: lineNumber, column: 1)
        func invalidUTF8(_ line: Int) {
            reading.warnings.append(Problem(file: file, place: SourcePlace(line: line, column: 1), path: "", message: "invalid UTF-8 (shown as U+FFFD)"))
        }
        guard !text.trimmingWhitespace.isEmpty else { return reading }
        guard var start = ShellHistoryLine(Substring(text)) else {
            if invalid { invalidUTF8(lineNumber) }
            reading.problems.append(Problem(file: file, place: place, path: "",
                                            message: "a command without a time line before it (#1509662880, #+1509662880 or : 1509662880:0;…)"))
            return reading
        }
        var lines: [String] = []
        if start.shell == .zsh {
            // zsh writes some bytes of UTF-8 text escaped (`Meta`): read the line unescaped.
            (text, _, invalid) = zshLine(bytes, at: offset)
            start = ShellHistoryLine(Substring(text)) ?? start
            if invalid { invalidUTF8(lineNumber) }
            var current = start.command ?? ""
            while ShellHistoryLine.continues(current), reading.next < bytes.count {
                lines.append(String(current.dropLast()))
                let (more, after, bad) = zshLine(bytes, at: reading.next)
                if bad { invalidUTF8(reading.nextLine) }
                current = Substring(more)
                reading.next = after
                reading.nextLine += 1
            }
            lines.append(String(current))
        } else {
            while reading.next < bytes.count {
                let (more, after, bad) = TextLogReader.textLine(bytes, at: reading.next)
                if ShellHistoryLine(Substring(more)) != nil { break }
                if bad { invalidUTF8(reading.nextLine) }
                lines.append(more)
                reading.next = after
                reading.nextLine += 1
            }
            while lines.last?.trimmingWhitespace.isEmpty == true { lines.removeLast() }
        }
        let seconds = String(start.seconds)
        guard let time = EpochUnit.s.time(seconds) else {
            reading.problems.append(Problem(file: file, place: place, path: "", message: "time \(seconds) is not epoch seconds"))
            return reading
        }
        var end: (EventTime, String)?
        if let elapsed = start.elapsed, elapsed > 0, let s = Int64(seconds) {
            let written = String(s + Int64(elapsed))
            end = EpochUnit.s.time(written).map { ($0, written) }
        }
        let made = EventTitle.from(lines.joined(separator: "\n"))
        if made.empty {
            reading.warnings.append(Problem(file: file, place: place, path: "", message: "no command after the time; shown as \(EventTitle.none)"))
        }
        reading.draft = .read(time: time, written: seconds, end: end?.0, endWritten: end?.1, title: made.title, text: made.text, place: place)
        return reading
    }

    /// The zsh history line at `offset` with zsh's `Meta` escapes undone (0x83 then the byte
    /// XOR 0x20: `unmetafy` in zsh's `utils.c`), where the next starts, and whether it held
    /// invalid UTF-8.
    static func zshLine(_ bytes: FileBytes, at offset: Int) -> (text: String, next: Int, invalidUTF8: Bool) {
        let line = LineBytes(bytes, at: offset)
        let raw = line.text
        guard raw.contains(0x83) else { return TextLogReader.textLine(bytes, at: offset) }
        var plain: [UInt8] = []
        plain.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == 0x83, i + 1 < raw.count {
                plain.append(raw[i + 1] ^ 0x20)
                i += 2
            } else {
                plain.append(raw[i])
                i += 1
            }
        }
        let (text, valid) = plain.withUnsafeBufferPointer { String.checkedUTF8($0) }
        return (text, line.next, !valid)
    }
}

extension InputFormat {
    /// Shell histories with times: bash, zsh, tcsh (see `ShellHistoryReader`).
    static let shellHistory = InputFormat.records(
        name: "shell-history", title: "shell history",
        declines: { ShellHistoryReader.declines($0) },
        reader: { bytes, file, options in ShellHistoryReader.reader(bytes, file: file, options: options) })
}
