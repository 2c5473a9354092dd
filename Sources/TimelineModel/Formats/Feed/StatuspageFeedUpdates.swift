/// The updates of an incident as Statuspage writes them into its history feed's entries
/// (`history.atom`, `history.rss`): one paragraph an update, its day and time without a
/// year, the page's zone abbreviation, its status and its text.
///
/// ```html
/// <p><small>Nov <var data-var='date'>2</var>, <var data-var='time'>18:48</var> PDT</small><br>
/// <strong>Resolved</strong> - This incident has been resolved.</p>
/// ```
///
/// Read from the content made text (`HTMLText`): `Nov 2, 18:48 PDT` alone on a line, then
/// `Resolved - …`. The year is the entry's own: the one that puts the update nearest the
/// entry's `updated` (else its `published` or `pubDate`). The zone is read
/// only when it is one offset wherever Statuspage writes it (`UTC`, `GMT`, `EST`, `PDT`…;
/// not `CST`, which is US Central on one page and China on another): any other
/// abbreviation needs `--assume-zone`, or the entry is one event.
struct StatuspageFeedUpdates {
    struct Update {
        /// The date line as written (`Nov 2, 18:48 PDT`).
        var written: String
        var month: Int
        var day: Int
        var hour: Int
        var minute: Int
        var zone: String
        /// `Resolved` as written.
        var status: String
        var body: String

        /// The status as Statuspage's API names it (`resolved`, `in_progress`).
        var kind: String { status.lowercased().split(separator: " ").joined(separator: "_") }
    }

    /// Text before the first update (a maintenance's `THIS IS A SCHEDULED EVENT …`).
    var preamble: String
    var updates: [Update]

    /// Zones that are one offset on every Statuspage page: RFC 822's, but for `CST`/`CDT`.
    static let zones = FeedTime.rfc822Zones.filter { $0.key != "CST" && $0.key != "CDT" }
    static let zonesDescription = "Statuspage writes with one meaning (UTC, GMT, EST, EDT, MST, MDT, PST, PDT)"

    /// The updates in `text`, nil when it holds none in Statuspage's form.
    init?(_ text: String) {
        var preamble: [Substring] = []
        var updates: [Update] = []
        for paragraph in text.split(separator: "\n\n") {
            let lines = paragraph.split(separator: "\n", maxSplits: 1)
            if lines.count == 2, let dated = Self.dateLine(lines[0]), let (status, body) = Self.statusLine(lines[1]) {
                var u = dated
                u.status = status
                u.body = body
                updates.append(u)
            } else if let last = updates.indices.last {
                updates[last].body += "\n\n" + paragraph
            } else {
                preamble.append(paragraph)
            }
        }
        guard !updates.isEmpty else { return nil }
        self.preamble = preamble.joined(separator: "\n\n")
        self.updates = updates
    }

    /// A maintenance's window as its entry announces it (`THIS IS A SCHEDULED EVENT Nov 5,
    /// 18:00 - 20:00 UTC`, or `Nov 5, 23:00 - Nov 6, 01:00 UTC`): its start and end as
    /// updates without status, nil when the preamble says none.
    var scheduledWindow: (start: Update, end: Update)? {
        guard let r = preamble.range(of: "SCHEDULED EVENT ") else { return nil }
        let line = preamble[r.upperBound...].prefix { $0 != "\n" }
        let halves = line.components(separatedBy: " - ")
        guard halves.count == 2 else { return nil }
        let endWords = halves[1].split(separator: " ")
        guard let zone = endWords.last else { return nil }
        guard let start = Self.dateLine(Substring(halves[0] + " " + zone)) else { return nil }
        let endLine = endWords.count == 2 ? "\(halves[0].split(separator: " ").prefix(2).joined(separator: " ")) \(halves[1])" : halves[1]
        guard let end = Self.dateLine(Substring(endLine)) else { return nil }
        return (start, end)
    }

    /// `Nov 2, 18:48 PDT` (the day maybe padded: `Feb  9,`).
    private static func dateLine(_ line: Substring) -> Update? {
        let w = line.split(separator: " ")
        guard w.count == 4, w[1].hasSuffix(","),
              let month = FeedTime.months.firstIndex(of: w[0].lowercased()).map({ $0 + 1 }),
              let day = Int(w[1].dropLast()), (1...31).contains(day)
        else { return nil }
        let clock = w[2].split(separator: ":")
        guard clock.count == 2, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), hour <= 23, minute <= 59,
              w[3].allSatisfy({ $0.isASCII && $0.isLetter }) || w[3].first == "+" || w[3].first == "-"
        else { return nil }
        return Update(written: String(line), month: month, day: day, hour: hour, minute: minute, zone: String(w[3]),
                      status: "", body: "")
    }

    /// `Resolved - This incident has been resolved.`: a status of a few words, ` - `, the text.
    private static func statusLine(_ line: Substring) -> (String, String)? {
        guard let dash = line.range(of: " - ") else { return nil }
        let status = line[..<dash.lowerBound]
        guard !status.isEmpty, status.count <= 30, status.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        return (String(status), String(line[dash.upperBound...]))
    }

    /// When `u` happened: in the year that puts it nearest the entry's `anchor` (its
    /// `updated`, else its `published` or `pubDate`): an incident's updates are days
    /// apart, its entry's dates are those of its first or last update.
    static func time(of u: Update, anchor: Instant, what: String, options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        let anchorYear = CivilDate(daysSinceEpoch: anchor.seconds.floorDiv(86_400)).year
        var offset: Int?
        if let o = zones[u.zone.uppercased()] { offset = o } else if u.zone.first == "+" || u.zone.first == "-" {
            guard case .success(let (w, _)) = FeedTime.rfc822("1 Jan 2000 00:00 \(u.zone)"), let o = w.offsetSeconds else {
                return .failure(.init(message: "\(what) \"\(u.written)\" has an offset that is not ±HHMM"))
            }
            offset = o
        }
        var best: EventTime?
        var distance = Int64.max
        for year in [anchorYear - 1, anchorYear, anchorYear + 1] {
            let date = CivilDate(year: year, month: u.month, day: u.day)
            guard date.isValid else { continue }
            let clock = WrittenTime.Clock(hour: u.hour, minute: u.minute, second: 0, hasSeconds: false, nanoseconds: 0, fractionDigits: 0)
            let w = WrittenTime(date: date, clock: clock, offsetSeconds: offset)
            switch FeedTime.place(w, abbreviation: u.zone.uppercased(), text: u.written, what: what, defined: zonesDescription, options: options) {
            case .failure(let f): return .failure(f)
            case .success(let t):
                guard let i = t.instant else { continue }
                let d = abs(i.seconds - anchor.seconds)
                if d < distance { (best, distance) = (t, d) }
            }
        }
        guard let best else { return .failure(.init(message: "\(what) \"\(u.written)\" is not a day of a year near the entry's date")) }
        return .success(best)
    }
}
