/// A fixed UTC offset named as a zone: `+05:30`, `UTC+05:30`, `-04:00`, `UTC-4`, `+0530`,
/// `+5:30` (`UTC` in any case; a true minus `−` also taken). Its name everywhere is
/// `UTC+05:30` / `UTC-04:00`: what the screen and the exports show, and what our JSON writes
/// as `timezone`.
///
/// Hours go up to 23 and minutes to 59, as in an offset written in a time (RFC 3339), so
/// that any file whose times all carry one offset has that offset as a zone.
enum OffsetName {
    /// How an offset zone is written, for messages.
    static let forms = "an offset such as +05:30, -04:00 or UTC+05:30"

    /// Seconds east of UTC that `text` names, or why it is not an offset; nil when `text`
    /// does not look like an offset at all (it may be a zone name).
    static func parse(_ text: String) -> Result<Int, OffsetProblem>? {
        var rest = Substring(text)
        if rest.uppercased().hasPrefix("UTC") { rest = rest.dropFirst(3) }
        guard let sign = rest.first, sign == "+" || sign == "-" || sign == "\u{2212}" else { return nil }
        rest = rest.dropFirst()
        let bad = OffsetProblem(message: "'\(text)' is not an offset; write \(forms)")
        let digits = rest.filter { $0 != ":" }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), rest.filter({ $0 == ":" }).count <= 1 else {
            return .failure(bad)
        }
        let hoursText: Substring
        let minutesText: Substring
        if let colon = rest.firstIndex(of: ":") {
            hoursText = rest[..<colon]
            minutesText = rest[rest.index(after: colon)...]
            guard minutesText.count == 2 else { return .failure(bad) }
        } else if rest.count == 4 {
            hoursText = rest.prefix(2)
            minutesText = rest.suffix(2)
        } else {
            hoursText = rest
            minutesText = "00"
        }
        guard (1...2).contains(hoursText.count), let hours = Int(hoursText), let minutes = Int(minutesText) else {
            return .failure(bad)
        }
        guard hours <= 23 else {
            return .failure(OffsetProblem(message: "'\(text)' is not an offset: hours go up to 23; write \(forms)"))
        }
        guard minutes <= 59 else {
            return .failure(OffsetProblem(message: "'\(text)' is not an offset: minutes go up to 59; write \(forms)"))
        }
        let seconds = hours * 3600 + minutes * 60
        return .success(sign == "+" ? seconds : -seconds)
    }

    /// `UTC+05:30`, `UTC-04:00` (an ASCII minus: a name to type); `UTC` for 0.
    static func name(_ seconds: Int) -> String {
        guard seconds != 0 else { return "UTC" }
        let m = abs(seconds) / 60
        var out: [UInt8] = Array((seconds < 0 ? "UTC-" : "UTC+").utf8)
        TimeFormatter.appendTwoDigits(m / 60, to: &out)
        out.append(0x3A)
        TimeFormatter.appendTwoDigits(m % 60, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Why a text that looks like an offset (`+25:00`) names no zone, as a plain sentence.
public struct OffsetProblem: Error, Sendable, Hashable {
    public var message: String
}
