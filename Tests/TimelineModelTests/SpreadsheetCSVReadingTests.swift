import Foundation
import Testing
@testable import TimelineModel

/// A timeline kept in a spreadsheet and saved as CSV opens: the columns found by name,
/// times read as written and never guessed, rows named when they cannot be read.
@Suite struct SpreadsheetCSVReadingTests {
    static func load(_ text: String, name: String = "sheet.csv", zone: String? = nil, bytes: [UInt8]? = nil) throws -> Timeline {
        let options = ReadOptions(time: TimeReading(assumedZone: zone.flatMap { Zone(identifier: $0) }))
        return try TimelineLoader.load(bytes: bytes ?? Array(text.utf8), name: name, options: options)
    }

    static func problems(_ text: String, name: String = "sheet.csv", zone: String? = nil, bytes: [UInt8]? = nil) -> [String] {
        do throws(LoadFailure) {
            let options = ReadOptions(time: TimeReading(assumedZone: zone.flatMap { Zone(identifier: $0) }))
            _ = try TimelineLoader.load(bytes: bytes ?? Array(text.utf8), name: name, options: options)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// The export's lines in `zone` (the file's when nil), with details.
    static func lines(_ t: Timeline, zone: String? = nil) -> [String] {
        FormatFixtures.exportLines(t, zone: zone)
    }

    @Test func theNewUsersFileOpens() throws {
        let t = try Self.load("Time,Event,Who\n2024-03-01 10:00:00Z,Alert fired,PagerDuty\n2024-03-01 10:07Z,Incident declared,alice\n2024-03-01T11:31:05.250+01:00,Rollback done,bob\n")
        #expect(t.inputFormat == "spreadsheet CSV")
        #expect(t.events.map(\.title) == ["Alert fired", "Incident declared", "Rollback done"])
        #expect(t.events.map(\.actor) == ["PagerDuty", "alice", "bob"])
        #expect(t.events.map(\.time.impliedPrecision) == [.second, .minute, .exact])
        #expect(t.events.map(\.id) == ["sheet:2", "sheet:3", "sheet:4"])
        let utc = Self.lines(t)
        #expect(FormatFixtures.shown("Alert fired", in: utc)! == ("Friday 1 March 2024", "10:00:00"))
        #expect(FormatFixtures.shown("Incident declared", in: utc)?.time == "10:07")
        #expect(FormatFixtures.shown("Rollback done", in: utc)?.time == "10:31:05.250")
        let tokyo = Self.lines(t, zone: "Asia/Tokyo")
        #expect(FormatFixtures.shown("Alert fired", in: tokyo)! == ("Friday 1 March 2024", "19:00:00"))
        #expect(FormatFixtures.shown("Incident declared", in: tokyo)?.time == "19:07")
        #expect(FormatFixtures.shown("Rollback done", in: tokyo)?.time == "19:31:05.250")
    }

    /// `timestamp,message` with text times is a spreadsheet, not Timesketch (which needs
    /// `datetime`); Timesketch's own file of µs timestamps is still Timesketch's.
    @Test func aTimestampColumnOfTextIsASpreadsheetsNotTimesketchs() throws {
        let t = try Self.load("timestamp,message\n2024-03-01T10:00:00Z,Alert fired\n")
        #expect(t.inputFormat == "spreadsheet CSV")
        #expect(t.events.first?.title == "Alert fired")
        let ts = try FormatFixtures.load("timesketch/csv_timestamp_no_datetime.csv")
        #expect(ts.inputFormat == "Timesketch CSV")
        #expect(try FormatFixtures.load("timesketch/sigma_events.csv").inputFormat == "Timesketch CSV")
    }

    /// Columns by name in any case and order; every other column an extra field.
    @Test func columnsAreFoundByTheirNames() throws {
        let csv = """
            ID,what happened,Severity,Owner,When (UTC),Details,Tags,Link,Ticket
            a1,Database failover,SEV1,dba-team,2024-03-01 10:00,"Primary lost, replica promoted
            in 40 s",db; failover,https://status.example.com/i/1,INC-7
            ,  Cache   warmed  ,,,2024-03-01 10:05,,"a,b",Runbook <https://wiki.example.com/cache>,

            """
        let t = try Self.load(csv)
        let a = try #require(t.events.first { $0.id == "a1" })
        #expect(a.title == "Database failover" && a.kind == "SEV1" && a.actor == "dba-team")
        #expect(a.text == "Primary lost, replica promoted\nin 40 s")
        #expect(a.tags == ["db", "failover"])
        #expect(a.sources == [Source(name: "https://status.example.com/i/1", url: "https://status.example.com/i/1")])
        #expect(a.extraFields == [ExtraField(name: "Ticket", json: #""INC-7""#)])
        let b = try #require(t.events.last)
        #expect(b.id == "sheet:4" && b.title == "Cache warmed" && b.tags == ["a", "b"])
        #expect(b.sources == [Source(name: "Runbook", url: "https://wiki.example.com/cache")])
    }

    /// `;` and tabs, a BOM, CRLF, a quoted cell with a line break and `;` inside.
    @Test(arguments: [";", "\t"])
    func otherSeparatorsAreToldFromTheHeader(separator: String) throws {
        let rows = [
            ["Date (DD/MM/YYYY)", "Time (Europe/Paris)", "Event", "Who"],
            ["01/03/2024", "10:00", "\"Alerte; disque plein\r\nsur db-1\"", "Équipe SRE"],
            ["01.03.2024", "10:30:15", "Redémarrage", "«ops»"],
            ["13/03/2024", "09:00", "Post-mortem", ""],
        ]
        let text = rows.map { $0.joined(separator: separator) }.joined(separator: "\r\n") + "\r\n"
        let t = try Self.load("", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(t.inputFormat == "spreadsheet CSV (" + (separator == ";" ? "separated by ;" : "tab-separated") + ")")
        #expect(t.timezone == "Europe/Paris")
        #expect(t.events.map(\.title) == ["Alerte; disque plein", "Redémarrage", "Post-mortem"])
        #expect(t.events[0].text == "Alerte; disque plein\nsur db-1")
        #expect(t.events[1].actor == "«ops»" && t.events[2].actor == nil)
        // 1 March in Paris is UTC+1: 09:00 UTC.
        #expect(t.events[0].time.instant == Instant(seconds: 1_709_283_600))
        #expect(FormatFixtures.shown("Redémarrage", in: Self.lines(t))! == ("Friday 1 March 2024", "10:30:15"))
        #expect(FormatFixtures.shown("Redémarrage", in: Self.lines(t, zone: "UTC"))?.time == "09:30:15")
        #expect(FormatFixtures.shown("Post-mortem", in: Self.lines(t, zone: "America/New_York"))! == ("Wednesday 13 March 2024", "04:00"))
    }

    /// A zone in the column's name: UTC, an IANA name, `_utc`, an offset; an
    /// abbreviation needs `--assume-zone`, and must be that zone's name then.
    @Test func aZoneInTheColumnsName() throws {
        #expect(try Self.load("Time (UTC),Event\n2024-03-01 10:00,x\n").events[0].time.instant == Instant(seconds: 1_709_287_200))
        #expect(try Self.load("timestamp_utc,summary\n2024-03-01 10:00,x\n").events[0].time.instant == Instant(seconds: 1_709_287_200))
        #expect(try Self.load("Time [UTC+02:00],Event\n2024-03-01 12:00,x\n").events[0].time.instant == Instant(seconds: 1_709_287_200))
        let kathmandu = try Self.load("Time (Asia/Kathmandu),Event\n2024-03-01 15:45,x\n")
        #expect(kathmandu.events[0].time.instant == Instant(seconds: 1_709_287_200) && kathmandu.timezone == "Asia/Kathmandu")
        // A zone the cell writes wins over the column's.
        #expect(try Self.load("Time (Europe/Paris),Event\n2024-03-01 10:00Z,x\n").events[0].time.instant == Instant(seconds: 1_709_287_200))
        #expect(Self.problems("Time (EDT),Event\n2024-07-01 10:00,x\n") == [
            #"sheet.csv:1:1: Time (EDT): EDT is an abbreviation that names no one zone (several use it, with different offsets and rules); name the zone in the header, as "Time (America/New_York)", or add --assume-zone with the zone the writer used"#,
        ])
        let ny = try Self.load("Time (EDT),Event\n2024-07-01 10:00,x\n", zone: "America/New_York")
        #expect(ny.events[0].time.instant == Instant(seconds: 1_719_842_400))
        #expect(Self.problems("Time (EDT),Event\n2024-01-10 10:00,x\n", zone: "America/New_York") == [
            #"sheet.csv:2:1: Time (EDT) "2024-01-10 10:00" says EDT, but America/New_York (--assume-zone) is on EST then"#,
        ])
        #expect(Self.problems("Time,Event\n2024-07-01 10:00 PDT,x\n") == [
            #"sheet.csv:2:1: Time "2024-07-01 10:00 PDT" is in PDT, an abbreviation that names no one zone (several use it, with different offsets and rules); name the zone in the column's header, as "Time (America/New_York)", or add --assume-zone with the zone the writer used"#,
        ])
    }

    /// No zone anywhere: refused with the way out, as every reader does; read with it.
    @Test func aTimeWithoutAZoneIsRefusedUntilOneIsAssumed() throws {
        let csv = "Date,Time,Event\n2024-03-01,10:00,One\n2024-03-01,,A day\n"
        #expect(Self.problems(csv) == [
            #"sheet.csv:2:1: Date and Time "2024-03-01 10:00" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
        ])
        let t = try Self.load(csv, zone: "Europe/Berlin")
        #expect(t.events[0].time.instant == Instant(seconds: 1_709_283_600))
        #expect(t.events[1].time == .day(CivilDate(year: 2024, month: 3, day: 1)))
        #expect(t.timezone == "Europe/Berlin")
    }

    /// `03/01/2024` is 3 January or 1 March: never guessed; the header can say which.
    @Test func dayAndMonthAreNeverGuessed() throws {
        #expect(Self.problems("Date,Event\n03/01/2024,x\n") == [
            #"sheet.csv:2:1: Date "03/01/2024" could be 3 January or 1 March: timeline-tui does not guess the order of day and month; add --date-order dmy or --date-order mdy, write ISO 8601 (2024-01-03 or 2024-03-01), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#,
        ])
        #expect(try Self.load("Date (MM/DD/YYYY),Event\n03/01/2024,x\n").events[0].time == .day(CivilDate(year: 2024, month: 3, day: 1)))
        #expect(try Self.load("Date (DD/MM/YYYY),Event\n03/01/2024,x\n").events[0].time == .day(CivilDate(year: 2024, month: 1, day: 3)))
        // A part over 12 settles it; a dot is day first.
        #expect(try Self.load("Date,Event\n25/03/2024,x\n").events[0].time == .day(CivilDate(year: 2024, month: 3, day: 25)))
        #expect(try Self.load("Date,Event\n03/25/2024,x\n").events[0].time == .day(CivilDate(year: 2024, month: 3, day: 25)))
        #expect(try Self.load("Date,Event\n03.01.2024,x\n").events[0].time == .day(CivilDate(year: 2024, month: 1, day: 3)))
        #expect(Self.problems("Date,Event\n3/1/24,x\n").first?.contains("two-digit year") == true)
    }

    /// Months by name, a 12-hour clock, `~` and `about`, seconds and fractions as written.
    @Test func theFormsPeopleType() throws {
        let csv = """
            When,Event
            "Mar 1, 2024 10:05 AM",a
            1 March 2024 12:30 p.m.,b
            Fri Mar 1 2024 23:59:59,c
            01-Mar-2024 12:00 AM,d
            ~2024-03-01 11:00,e
            about 2024-03-01 11:15:30.5,f

            """
        let t = try Self.load(csv, zone: "UTC")
        let byTitle = Dictionary(uniqueKeysWithValues: t.events.map { ($0.title, $0) })
        let day: Int64 = 1_709_251_200
        #expect(byTitle["a"]?.time.instant == Instant(seconds: day + 10 * 3600 + 5 * 60))
        #expect(byTitle["b"]?.time.instant == Instant(seconds: day + 12 * 3600 + 30 * 60))
        #expect(byTitle["c"]?.time.instant == Instant(seconds: day + 86_399))
        #expect(byTitle["d"]?.time.instant == Instant(seconds: day))
        #expect(byTitle["e"]?.approximate == true && byTitle["a"]?.approximate == false)
        #expect(byTitle["f"]?.approximate == true && byTitle["f"]?.time.impliedPrecision == .exact)
        #expect(byTitle["b"]?.time.impliedPrecision == .minute && byTitle["c"]?.time.impliedPrecision == .second)
    }

    /// An end in its own column, a time of day alone taking the start's date.
    @Test func anEndColumnMakesASpan() throws {
        let t = try Self.load("Start,End,Event\n2024-03-01 10:00Z,10:45Z,Outage\n2024-03-01 11:00Z,2024-03-02 09:00Z,Backlog\n")
        #expect(t.events[0].end?.instant == Instant(seconds: 1_709_289_900))
        #expect(t.events[1].end?.instant == Instant(seconds: 1_709_370_000))
        #expect(Self.problems("Start,End,Event\n2024-03-01 10:00Z,2024-03-01 09:00Z,Backwards\n").first?.hasPrefix("sheet.csv:2:") == true)
    }

    /// Empty rows are passed over; a row without a time is named and left out; an
    /// empty event is `(no title)`.
    @Test func rowsThatCannotBeEventsAreNamed() throws {
        let t = try Self.load("Time,Event,Notes\n2024-03-01 10:00Z,One,\n,,\n\n,Later that day,a note\n,,only a note\n2024-03-01 11:00Z,,\n")
        #expect(t.events.map(\.title) == ["One", "(no title)"])
        #expect(t.warnings.map(\.description) == [
            "sheet.csv:5:1: Time: this row has no time; it is left out",
            "sheet.csv:6:1: Time: this row has no time; it is left out",
            "sheet.csv:7:19: Event: empty event; shown as (no title)",
        ])
    }

    /// A `'` before `=`, `+`, `-`, `@`, a tab or a CR is the defusing of our export (and
    /// other tools'): taken off. Any other `'` is the cell's. The text never runs as a
    /// formula here: it is only text.
    @Test func defusedCellsGetTheirValuesBack() throws {
        let t = try Self.load("Time,Event,Who\n2024-03-01 10:00Z,\"'=HYPERLINK(\"\"x\"\")\",'@alice\n2024-03-01 10:01Z,'quoted',=1+1\n")
        #expect(t.events.map(\.title) == [#"=HYPERLINK("x")"#, "'quoted'"])
        #expect(t.events.map(\.actor) == ["@alice", "=1+1"])
    }

    /// Real files: a browser-history timeline from a forensics write-up (no zone: read with
    /// `--assume-zone UTC`), and an analyst's SOC timeline of times of day only (refused,
    /// each row named).
    @Test func realSpreadsheetTimelines() throws {
        let name = "spreadsheet-csv/firefox-timeline.csv"
        #expect(FormatFixtures.problems(name).first == FormatFixtures.path(name)
            + #":2:1: timestamp "2025-12-02 15:15:40" has no zone; add --assume-zone UTC (or the zone the writer used)"#)
        let t = try FormatFixtures.load(name, ReadOptions(time: TimeReading(assumedZone: .utc)))
        #expect(t.events.count == 10)
        let second = try #require(t.events.first { $0.id == "firefox-timeline:3" })
        #expect(second.title == "NeoQuant sql error page exploit - Google Search" && second.actor == "places.sqlite")
        #expect(second.kind == "visit:Inputted link or selected from suggestions")
        #expect(second.text == "https://www.google.com/search?q=NeoQuant+sql+error+page+exploit&source=hp")
        #expect(second.extraFields.contains(ExtraField(name: "severity", json: #""critical""#)))
        let utc = Self.lines(t)
        let paris = Self.lines(t, zone: "Europe/Paris")
        for (title, u, p) in [("Google", "15:15:40", "16:15:40"), ("Test sql injection using browser only", "15:17:40", "16:17:40"),
                              ("Firewall Penetration Testing: Steps, Methods, and Tools", "15:36:46", "16:36:46")] {
            #expect(FormatFixtures.shown(title, in: utc)! == ("Tuesday 2 December 2025", u))
            #expect(FormatFixtures.shown(title, in: paris)?.time == p)
        }
        let soc = FormatFixtures.problems("spreadsheet-csv/soc-timeline.csv")
        #expect(soc.count == 9)
        #expect(soc.first == FormatFixtures.path("spreadsheet-csv/soc-timeline.csv")
            + #":2:1: time_utc "13:30" has no date; write the date in each row (2024-03-01 10:00), or give it a Date column"#)
    }

    /// A number where a time should be: a spreadsheet's date serial, said so.
    @Test func aDateSerialIsNamed() {
        #expect(Self.problems("Time,Event\n45352.4166,x\n") == [
            #"sheet.csv:2:1: Time "45352.4166" is a number, not a time (a spreadsheet's date serial?); format the column as a date and time (2024-03-01 10:00) before saving as CSV"#,
        ])
    }

    /// A header without a time or an event column is not a spreadsheet timeline; forced
    /// with `--input-format csv`, it says what is missing.
    @Test func aHeaderWithoutTheColumnsIsDeclined() throws {
        #expect(SpreadsheetCSVReader.declines(FileSample(Array("name,value\nx,1\n".utf8)))
            == "no header naming a time (Time, Date, Timestamp, When…) and an event (Event, Title, Description, What…)")
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array("Time,Value\n2024-03-01 10:00Z,1\n".utf8), name: "m.csv",
                                        options: ReadOptions(format: .spreadsheetCSV))
            Issue.record("read without an event column")
        } catch {
            #expect(error.problems.map(\.description) == ["m.csv:1:1: the header names no event column (Event, Title, Description, What, Summary…)"])
        }
    }

    /// The incident as a French newsroom's sheet (`;`, BOM, CRLF, day first, Paris time,
    /// a line break and doubled quotes in a cell) and as a TSV in UTC: the same instants,
    /// shown in UTC, Paris and New York.
    @Test func theIncidentAsEuropeanAndTabSeparatedSheets() throws {
        let fr = try FormatFixtures.load("spreadsheet-csv/twitter-fr-semicolon.csv")
        #expect(fr.inputFormat == "spreadsheet CSV (separated by ;)" && fr.timezone == "Europe/Paris")
        #expect(fr.events.map(\.title) == ["Compte désactivé; « Sorry, that page doesn’t exist! »", "Compte rétabli", "Enquête interne"])
        #expect(fr.events[0].text == "Signalé par\ndes utilisateurs \"en masse\"")
        #expect(fr.events[2].time == .day(CivilDate(year: 2017, month: 11, day: 3)))
        let tab = try FormatFixtures.load("spreadsheet-csv/twitter-tab.tsv")
        #expect(tab.inputFormat == "spreadsheet CSV (tab-separated)")
        #expect(tab.events.map(\.title) == ["Account deactivated", "Account restored after 11 min"])
        #expect(tab.events[0].tags == ["Twitter", "outage"])
        for (a, b) in zip(fr.events.prefix(2), tab.events) { #expect(a.time.instant == b.time.instant) }
        for (zone, day, times) in [("UTC", "Thursday 2 November 2017", ["22:48", "22:59"]),
                                   ("Europe/Paris", "Thursday 2 November 2017", ["23:48", "23:59"]),
                                   ("America/New_York", "Thursday 2 November 2017", ["18:48", "18:59"])] {
            let frLines = Self.lines(fr, zone: zone)
            let tabLines = Self.lines(tab, zone: zone)
            #expect(FormatFixtures.shown("Compte désactivé", in: frLines)! == (day, times[0]))
            #expect(FormatFixtures.shown("Compte rétabli", in: frLines)?.time == times[1])
            #expect(FormatFixtures.shown("Account deactivated", in: tabLines)! == (day, times[0]))
            #expect(FormatFixtures.shown("Account restored", in: tabLines)?.time == times[1])
        }
    }
}
