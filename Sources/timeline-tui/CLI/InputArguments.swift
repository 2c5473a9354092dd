import ArgumentParser
import TimelineModel

/// How to read the input: `--input-format`, `--assume-zone`, `--assume-year`, `--assume-date`,
/// `--date-order`, `--ambiguous`, `--map`
/// (shared by view, export and validate).
struct InputArguments: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read the files as this format instead of detecting it: \(InputFormat.names). FILE=name for one file of several (edge.log=jsonl-log).", valueName: "name"))
    var formats: [String] = []

    @Option(name: .customLong("assume-zone"), parsing: .unconditionalSingleValue, help: ArgumentHelp(
        "The zone of times written without one (an IANA name, UTC or an offset such as +05:30; never local), and the file's home zone. Times with an offset keep it. FILE=zone for one file of several (edge.log=UTC).",
        valueName: "zone"))
    var assumeZones: [String] = []

    @Option(name: .customLong("assume-year"), help: ArgumentHelp(
        "For a log that writes no year (BSD syslog: Jan 22 07:52:33 host app: …; klog: I0122 07:52:33.123456 1 main.go:12] …), the year of its first line; a line whose month goes back (December to January) is in the next year. FILE=year for one file of several.",
        valueName: "year"))
    var assumeYears: [String] = []

    @Option(name: .customLong("assume-date"), help: ArgumentHelp(
        "For a log that writes only the time of day (strace -t or -tt: 10:01:02.123456 openat(…) = 3), the date of its first line (2017-11-02); a line whose time goes back past midnight is on the next day. Needs --assume-zone. FILE=date for one file of several.",
        valueName: "date"))
    var assumeDates: [String] = []

    @Option(name: .customLong("date-order"), help: ArgumentHelp(
        "The order of day and month in numeric dates (11/02/2017) whose column does not name it: dmy reads 11/02/2017 as 11 February, mdy as 2 November. FILE=order for one file of several (notes.csv=mdy).",
        valueName: "dmy|mdy"))
    var dateOrders: [String] = []

    @Option(help: ArgumentHelp(
        "With --assume-zone, a wall time that happened twice (clocks put back): take the earlier or the later.",
        valueName: "earlier|later"))
    var ambiguous: String?

    @Option(help: ArgumentHelp(
        "For a JSON Lines log, the fields holding an event's time (with its epoch unit), title, actor, kind and id: time=ts:ms,title=msg,actor=svc,kind=level,id=req.",
        valueName: "pairs"))
    var map: String?

    /// The model's options for `file` (as named on the command line), or a usage error
    /// that says what is wrong. A `FILE=value` names one file; a plain value is for all
    /// files the more specific one does not cover.
    func options(for file: String = "") throws(CommandFailure) -> ReadOptions {
        var options = ReadOptions()
        let format = try Self.value(formats, for: file, option: "--input-format")
        let assumeZone = try Self.value(assumeZones, for: file, option: "--assume-zone")
        if let format {
            guard let f = InputFormat.named(format) else {
                throw .usage("unknown --input-format '\(SafeText.neutralise(format))'; use one of \(InputFormat.names)")
            }
            options.format = f
        }
        if let assumeZone {
            guard assumeZone != "local", let zone = Zone(identifier: assumeZone) else {
                if let problem = Zone.offsetProblem(assumeZone) { throw .usage("--assume-zone: " + SafeText.neutralise(problem)) }
                throw .usage("--assume-zone takes an IANA name such as Europe/Paris, UTC, or an offset such as +05:30 (not local, which differs by machine), not '\(SafeText.neutralise(assumeZone))'")
            }
            options.time.assumedZone = zone
            options.time.assumedZoneNamesThisFile = Self.namesThisFile(assumeZones, file)
        }
        if let assumeYear = try Self.value(assumeYears, for: file, option: "--assume-year") {
            guard assumeYear.count == 4, let year = Int(assumeYear), year >= 1000 else {
                throw .usage("--assume-year takes a year of four digits such as 2012, not '\(SafeText.neutralise(assumeYear))'")
            }
            options.time.assumedYear = year
        }
        if let assumeDate = try Self.value(assumeDates, for: file, option: "--assume-date") {
            let parts = assumeDate.split(separator: "-", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { Int($0) }
            guard parts.count == 3, numbers.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  CivilDate(year: numbers[0], month: numbers[1], day: numbers[2]).isValid else {
                throw .usage("--assume-date takes a date such as 2017-11-02 (year-month-day), not '\(SafeText.neutralise(assumeDate))'")
            }
            options.time.assumedDate = CivilDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        if let dateOrder = try Self.value(dateOrders, for: file, option: "--date-order") {
            guard let order = DateOrder(rawValue: dateOrder.lowercased()) else {
                throw .usage("--date-order takes dmy (day first, 11/02/2017 is 11 February) or mdy (month first, 2 November), not '\(SafeText.neutralise(dateOrder))'")
            }
            options.time.dateOrder = order
        }
        if let ambiguous {
            guard let a = TimeReading.Ambiguous(rawValue: ambiguous) else {
                throw .usage("--ambiguous takes earlier or later, not '\(SafeText.neutralise(ambiguous))'")
            }
            guard assumeZone != nil else { throw .usage("--ambiguous only applies with --assume-zone") }
            options.time.ambiguous = a
        }
        if let map {
            switch FieldMap.parse(map) {
            case .success(let m): options.map = m
            case .failure(let e): throw .usage(SafeText.neutralise(e.message))
            }
        }
        return options
    }

    /// Every file a `FILE=value` names, to check against the files given.
    var namedFiles: [(option: String, file: String)] {
        formats.compactMap { Self.split($0).map { ("--input-format", $0.file) } }
            + assumeZones.compactMap { Self.split($0).map { ("--assume-zone", $0.file) } }
            + assumeYears.compactMap { Self.split($0).map { ("--assume-year", $0.file) } }
            + assumeDates.compactMap { Self.split($0).map { ("--assume-date", $0.file) } }
            + dateOrders.compactMap { Self.split($0).map { ("--date-order", $0.file) } }
    }

    /// Whether `named`, the FILE of a `FILE=value`, names `file` as given on the command
    /// line: the same text, or, for a name with no `/`, the file's own name
    /// (`--label edge.log=Edge` for `logs/edge.log`). Standard input is `-`, or `stdin` as
    /// its label says (`--label stdin=Pager`: `--label -=Pager` would read as an option).
    static func names(_ named: String, _ file: String) -> Bool {
        if file == "-" { return named == "-" || named == "stdin" || named == "<stdin>" }
        return named == file || (!named.contains("/") && file.split(separator: "/").last.map(String.init) == named)
    }

    /// `file=value` split at its last `=`; nil when there is none.
    static func split(_ text: String) -> (file: String, value: String)? {
        guard let eq = text.lastIndex(of: "=") else { return nil }
        return (String(text[..<eq]), String(text[text.index(after: eq)...]))
    }

    /// Whether one of `values` is given for `file` by name (`FILE=value`).
    private static func namesThisFile(_ values: [String], _ file: String) -> Bool {
        values.contains { v in split(v).map { names($0.file, file) } ?? false }
    }

    /// The value `values` give `file`: its own `file=value`, else the plain one.
    private static func value(_ values: [String], for file: String, option: String) throws(CommandFailure) -> String? {
        var plain: [String] = []
        var own: [String] = []
        for v in values {
            if let (f, value) = split(v) { if names(f, file) { own.append(value) } } else { plain.append(v) }
        }
        if plain.count > 1 { throw .usage("\(option) without a file name can be given once; use FILE=value for one file") }
        if own.count > 1 { throw .usage("\(option) names '\(SafeText.neutralise(file))' more than once") }
        return own.first ?? plain.first
    }
}
