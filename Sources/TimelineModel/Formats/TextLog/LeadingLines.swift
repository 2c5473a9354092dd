/// The lines a text log may open with before its first line that starts with a time: a
/// program's banner (`=== started ===`, Spring Boot's ASCII art, Spark's `Using Spark's
/// default log4j profile: …`), a header block, the end of a stack trace the log's rotation
/// cut. They carry no time, so they are no events: the reader leaves them out with one
/// warning naming them (`TextLogReader.reader`), never dates them. Detection takes such a
/// file as a text log only when the lines that start with a time clearly dominate its start.
struct LeadingLines {
    /// Non-blank lines before the first line that starts with a time, among those looked at.
    private(set) var before = 0
    /// The lines looked at that start with a time.
    private(set) var timed = 0
    /// The first line that starts with a time (1-based), when one of those looked at does.
    private(set) var firstTimed: Int?
    /// The non-blank lines looked at.
    private(set) var looked = 0

    /// How many non-blank lines of the sample are looked at.
    static let lookedAt = 200

    /// The start of `sample`, line by line (the sample's last line, maybe cut, left out).
    init(_ sample: FileSample) {
        var lines = sample.text.split(separator: "\n", omittingEmptySubsequences: false)
        if sample.text.utf8.count >= FileSample.length { lines.removeLast() }
        for (k, raw) in lines.enumerated() where looked < Self.lookedAt {
            let line = raw.last == "\r" ? String(raw.dropLast()) : String(raw)
            guard !line.trimmingWhitespace.isEmpty else { continue }
            looked += 1
            if TextLogReader.startsEvent(line) {
                timed += 1
                if firstTimed == nil { firstTimed = k + 1 }
            } else if firstTimed == nil {
                before += 1
            }
        }
    }

    /// Whether the lines before the first timed one are a banner of a text log: at least
    /// two lines start with a time, more than came before the first of them.
    var areABanner: Bool {
        firstTimed != nil && timed >= 2 && timed > before
    }

    /// Why a file whose first line has no time is not taken, after the usual reason: how
    /// few of its first lines do; nothing when none does.
    var why: String {
        guard let firstTimed else { return "" }
        return "; line \(firstTimed) is the first that does, and only \(timed) of the first \(looked) lines do, too few for the \(before) before it to be a banner"
    }

    /// The warning for the lines `first` to `last` before the first timed line.
    static func warning(_ first: Int, _ last: Int, firstTimed: Int) -> String {
        let lines = first == last ? "line \(first) carries" : "lines \(first)–\(last) carry"
        return "\(lines) no time (a banner or header before the first line with a time, line \(firstTimed)): left out"
    }
}
