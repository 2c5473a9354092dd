/// The spreadsheet's Time cell as TimelineJS reads it (`parseTime` in
/// `src/js/date/DateUtil.js`): `20:30`, `20:30:15`, `20:30:15.250`, `8:30 PM`, `8 p.m.`,
/// `2030` (no separator), `20.30` (dots for colons). The parts come out as text for
/// `TimelineJSDate` to check; a fraction of a second keeps the digits written (up to
/// milliseconds), so `.5` is known to the tenth, never shown as `.500`.
enum TimelineJSClock {
    struct Parsed {
        var parts: [(String, String)]
        var fractionDigits: Int
    }

    /// Why a cell is not a time, as a sentence.
    struct Failure: Error {
        var message: String
    }

    static func parse(_ written: String) -> Result<Parsed, Failure> {
        var text = written.trimmingWhitespace
        let lower = text.lowercased()
        var meridiem: Character?
        // A trailing AM/PM (`a.m.`, `PM`, `pm`).
        for suffix in ["a.m.", "p.m.", "a.m", "p.m", "am.", "pm.", "am", "pm"] where lower.hasSuffix(suffix) {
            let head = text.dropLast(suffix.count)
            meridiem = suffix.first
            text = String(head).trimmingWhitespace
            break
        }
        let notATime = "\"\(written)\" is not a time; expected one such as 20:30, 20:30:15 or 8:30 PM"
        var parts: [Substring]
        if text.allSatisfy(\.isASCIIDigit) && (text.count == 3 || text.count == 4) {
            parts = [text.dropLast(2), text.suffix(2)]
        } else {
            parts = text.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 1 { parts = text.split(separator: ".", omittingEmptySubsequences: false) }
        }
        // Seconds may carry a fraction after `.` or `,`, or as a fourth part (`20:30:15:250`).
        var fraction = ""
        if parts.count >= 3 {
            let seconds = parts[2].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
            guard seconds.count + parts.count - 3 <= 2 else { return .failure(Failure(message: notATime)) }
            if seconds.count == 2 { fraction = String(seconds[1]) } else if parts.count == 4 { fraction = String(parts[3]) }
            // A separator with nothing after it (`20:30:15.`) is not a fraction.
            guard !fraction.isEmpty || (seconds.count == 1 && parts.count == 3) else { return .failure(Failure(message: notATime)) }
            parts = [parts[0], parts[1], seconds[0]]
        }
        guard parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }),
              fraction.allSatisfy(\.isASCIIDigit)
        else { return .failure(Failure(message: notATime)) }
        guard fraction.count <= 3 else {
            return .failure(Failure(message: "\"\(written)\" has more than 3 digits after the seconds; TimelineJS keeps milliseconds"))
        }
        var hour = Int(parts[0])!
        if let meridiem {
            guard (1...12).contains(hour) else { return .failure(Failure(message: "hour \(hour) does not exist with \(meridiem == "a" ? "AM" : "PM")")) }
            if meridiem == "p" && hour != 12 { hour += 12 }
            if meridiem == "a" && hour == 12 { hour = 0 }
        }
        var out: [(String, String)] = [("hour", String(hour))]
        if parts.count > 1 { out.append(("minute", String(parts[1]))) }
        if parts.count > 2 { out.append(("second", String(parts[2]))) }
        if !fraction.isEmpty {
            let ms = Int(fraction + String(repeating: "0", count: 3 - fraction.count))!
            out.append(("millisecond", String(ms)))
        }
        return .success(Parsed(parts: out, fractionDigits: fraction.count))
    }
}
