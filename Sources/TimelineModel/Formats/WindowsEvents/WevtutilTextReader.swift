/// The text `wevtutil qe LOG /f:text` prints for Windows event logs: an `Event[N]:` line,
/// then two-space-indented `Name: value` lines (`Log Name`, `Source`, `Date`, `Event ID`,
/// `Task`, `Level`, `Opcode`, `Keyword`, `User`, `User Name`, `Computer`), then
/// `Description:` and the event's message on the lines after it, up to the next `Event[`.
///
/// `Date` is the time (Windows 10 and later write UTC, `2024-03-01T12:00:01.1230000Z`: seven
/// digits kept; an older wevtutil's local time with no zone needs `--assume-zone`), the
/// message's first line the title and the whole message the text, `Level` the kind,
/// `Source` (the provider) the actor; the other fields but `N/A` are extra fields. Ids
/// are made up from the `Event[N]:` line (`file:LINE`).
enum WevtutilTextReader {
    static func declines(_ sample: FileSample) -> String? {
        isEventLine(sample.firstLine.trimmingWhitespace) ? nil : "the first line is not wevtutil's Event[0]:"
    }

    /// `Event[12]:`
    static func isEventLine(_ line: String) -> Bool {
        guard line.hasPrefix("Event["), line.hasSuffix("]:") else { return false }
        let digits = line.dropFirst(6).dropLast(2)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// The fields mapped to the event; any other is an extra field.
    static let mapped: Set<String> = ["Date", "Source", "Level", "Description"]

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        var lines: [(text: String, number: Int)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        bytes.withUnsafeBufferPointer { b in
            while start <= b.count {
                var end = start
                while end < b.count && b[end] != 0x0A { end += 1 }
                var last = end
                if last > start && b[last - 1] == 0x0D { last -= 1 }
                let (text, valid) = String.checkedUTF8(UnsafeBufferPointer(rebasing: b[start..<last]))
                if !valid {
                    out.warnings.append(Problem(file: file, place: SourcePlace(line: number, column: 1), path: "",
                                                message: "invalid UTF-8 (shown as U+FFFD)"))
                }
                if end < b.count || start < end { lines.append((text, number)) }
                start = end + 1
                number += 1
            }
        }
        var i = 0
        while i < lines.count, lines[i].text.trimmingWhitespace.isEmpty { i += 1 }
        var index = 0
        while i < lines.count {
            guard isEventLine(lines[i].text.trimmingWhitespace) else {
                out.problems.append(Problem(file: file, place: SourcePlace(line: lines[i].number, column: 1), path: "",
                                            message: "expected wevtutil's Event[\(index)]: line"))
                return out
            }
            let head = lines[i].number
            var fields: [(name: String, value: String, line: Int, column: Int)] = []
            var description: [String] = []
            var inDescription = false
            i += 1
            while i < lines.count, !isEventLine(lines[i].text.trimmingWhitespace) {
                let text = lines[i].text
                if !inDescription, text.hasPrefix("  "), let colon = text.firstIndex(of: ":") {
                    let name = String(text[..<colon]).trimmingWhitespace
                    let value = String(text[text.index(after: colon)...]).trimmingWhitespace
                    if name == "Description" {
                        inDescription = true
                        if !value.isEmpty { description.append(value) }
                    } else {
                        fields.append((name, value, lines[i].number, text.distance(from: text.startIndex, to: colon) + 3))
                    }
                } else {
                    description.append(text)
                }
                i += 1
            }
            while description.last?.trimmingWhitespace.isEmpty == true { description.removeLast() }
            let path = "Event[\(index)]"
            index += 1
            func field(_ name: String) -> String? {
                fields.first { $0.name == name }.map(\.value).flatMap { $0.isEmpty || $0 == "N/A" ? nil : $0 }
            }
            guard let date = fields.first(where: { $0.name == "Date" }), !date.value.isEmpty else {
                out.problems.append(Problem(file: file, place: SourcePlace(line: head, column: 1), path: path, message: "has no Date"))
                continue
            }
            let time: EventTime
            switch options.time.read(date.value, what: "Date") {
            case .success(let t): time = t
            case .failure(let f):
                out.problems.append(Problem(file: file, place: SourcePlace(line: date.line, column: date.column),
                                            path: path + ".Date", message: f.message))
                continue
            }
            let (title, body, empty) = EventTitle.from(description.joined(separator: "\n"))
            if empty {
                out.warnings.append(Problem(file: file, place: SourcePlace(line: head, column: 1), path: path,
                                            message: "no Description; shown as \(EventTitle.none)"))
            }
            let extras = fields.filter { !mapped.contains($0.name) && !$0.value.isEmpty && $0.value != "N/A" }
                .map { ExtraField(name: $0.name, json: JSONValue.quoted($0.value)) }
            out.events.append(.read(time: time, written: date.value, actor: field("Source"), kind: field("Level"),
                                    title: title, text: body, extraFields: extras, place: SourcePlace(line: head, column: 1)))
            if out.problems.count > TimelineBuilder.maxProblems { return out }
        }
        return out
    }
}

extension InputFormat {
    /// `wevtutil qe LOG /f:text` (see `WevtutilTextReader`).
    static let wevtutilText = InputFormat.foreign(
        name: "wevtutil-text", title: "Windows event log (wevtutil text)",
        declines: { WevtutilTextReader.declines($0) },
        read: { WevtutilTextReader.read($0, file: $1, options: $2) }
    )
}
