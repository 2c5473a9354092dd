import Foundation
import Testing
@testable import TimelineModel

/// Markdown timelines: our own `--format markdown` read back, and postmortems as people
/// write them (real ones from DFDS's public postmortems, `Tests/Fixtures/formats/markdown`).
@Suite struct MarkdownReadingTests {
    typealias J = JSONRoundTripTests

    static func markdown(_ t: Timeline, style: ExportView.MarkdownStyle = .table, details: Bool = false, relative: Bool = false,
                         zone: String? = nil) -> [UInt8] {
        ExportFormat.markdown.bytes(ExportView(timeline: t, zone: zone.flatMap { Zone(identifier: $0) }, relative: relative,
                                               details: details, markdownStyle: style))
    }

    static func read(_ text: String, name: String = "notes.md", _ options: ReadOptions = ReadOptions()) throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    static func problems(_ text: String, name: String = "notes.md", _ options: ReadOptions = ReadOptions()) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// The JSON export as objects, each time and end replaced by its instant and the
    /// digits written (`2017-11-02T22:35:43.905Z` and `…18:35:43.905-04:00` are the same
    /// time: the Markdown writes it in its display zone), without `zones` (the Markdown
    /// names one zone) and `read_as` (a saved timeline says which reader read it).
    static func jsonSeenAnywhere(_ t: Timeline) throws -> NSDictionary {
        let bytes = ExportFormat.json.bytes(ExportView(timeline: t))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        var header = object
        header["zones"] = nil
        header["read_as"] = nil
        header["events"] = try (object["events"] as? [[String: Any]] ?? []).map { event in
            var e = event
            for key in ["time", "end"] {
                guard let written = e[key] as? String else { continue }
                let time = try TimeParser.parse(written).get()
                if case .instant(let i, let form) = time {
                    e[key] = "\(i.seconds).\(i.nanoseconds) \(form.hasSeconds) \(form.fractionDigits)"
                }
            }
            return e
        }
        return header as NSDictionary
    }

    static func expectComesBack(_ original: Timeline, _ name: String) throws {
        for style in ExportView.MarkdownStyle.allCases {
            for relative in [false, true] {
                let md = markdown(original, style: style, details: true, relative: relative)
                let back = try TimelineLoader.load(bytes: md, name: "back.md")
                #expect(back.inputFormat == "Markdown timeline")
                #expect(back.warnings.isEmpty, "\(name) \(style)")
                var expected = try jsonSeenAnywhere(original) as! [String: Any]
                var got = try jsonSeenAnywhere(back) as! [String: Any]
                // A merge's files come back in the order the events first name them.
                if let files = expected["source_files"] as? [String] {
                    #expect(Set(files) == Set(got["source_files"] as? [String] ?? []))
                    (expected["source_files"], got["source_files"]) = (nil, nil)
                }
                #expect(NSDictionary(dictionary: expected) == NSDictionary(dictionary: got), "\(name) \(style) relative: \(relative)")
            }
        }
    }

    @Test func ourMarkdownWithDetailsComesBackAsTheSameJSON() throws {
        try Self.expectComesBack(try TimelineLoader.load(path: J.fixture), "fixture")
        let github = FormatFixtures.folder.deletingLastPathComponent().appendingPathComponent("incidents/github-2018-10-21/timeline.json")
        try Self.expectComesBack(try TimelineLoader.load(path: github.path), "github")
        try Self.expectComesBack(try SavedMergeFilesTests.merged(), "merge")
    }

    /// Without `--details` a row carries its time, actor and title (and a merge's files):
    /// those come back, at the precision written, `~` and spans included.
    @Test func ourTableAndListWithoutDetailsGiveTimesActorsAndTitles() throws {
        let original = try TimelineLoader.load(path: J.fixture)
        for style in ExportView.MarkdownStyle.allCases {
            for zone in [nil, "Europe/Paris", "UTC"] {
                let back = try TimelineLoader.load(bytes: Self.markdown(original, style: style, zone: zone), name: "back.md")
                #expect(back.events.count == original.events.count)
                for (x, y) in zip(original.events, back.events) {
                    #expect(x.time.instant == y.time.instant && x.end?.instant == y.end?.instant, "\(style) \(zone ?? "")")
                    #expect(x.precision == y.precision && x.approximate == y.approximate)
                    #expect(x.actor == y.actor && x.title == y.title)
                    if x.precision >= .day { #expect(x.time.writtenPeriod == y.time.writtenPeriod) }
                }
                #expect(back.timezone == zone ?? "America/New_York")
            }
        }
        let deactivation = try #require(try Self.read(String(decoding: Self.markdown(original), as: UTF8.self)).events.first {
            $0.title.hasPrefix("The account is deactivated")
        })
        #expect(ExportTimes.written(deactivation.time) == "2017-11-02T18:48-04:00" && deactivation.approximate)
        #expect(deactivation.precision == .minute)
    }

    /// A real postmortem's table: `All times in CET.` (one offset: +01:00), dates in the
    /// rows, a day alone, a cell `...` and a time `--:--` the writer did not know.
    @Test func aDFDSPostmortemTableInCET() throws {
        let t = try FormatFixtures.load("markdown/dfds-PM2019-009.md")
        #expect(t.title == "Kubernetes network infrastructure IP starvation")
        #expect(t.events.count == 14)
        let first = t.events[0]
        #expect(ExportTimes.written(first.time) == "2019-11-29T12:00+01:00" && first.precision == .minute)
        #expect(first.title == "Proactively scaling up Hellman Kubernetes cluster from 7 to 10 nodes, to ensure sufficient capacity for team migrations")
        let day = try #require(t.events.first { $0.title.hasPrefix("Surge new deployments") })
        #expect(day.time == .day(CivilDate(year: 2019, month: 12, day: 3)))
        #expect(t.warnings.map(\.description).contains { $0.contains(":34:3:") && $0.contains("\"--:--\" after \"2019-12-03\" is not read") })
    }

    /// Log4Shell's table: `All times in UTC.`, days alone, uneven spaces, `&amp;` decoded.
    @Test func aDFDSPostmortemTableInUTCWithDaysAlone() throws {
        let t = try FormatFixtures.load("markdown/dfds-PM2021-011.md")
        #expect(t.timezone == "UTC")
        #expect(t.events.count == 26)
        let published = try #require(t.events.first { $0.title == "The Log4Shell vulnerability was published" })
        #expect(published.time == .day(CivilDate(year: 2021, month: 12, day: 10)))
        #expect(t.events.contains { $0.title == "People in CE was discussing internally about Log4J, and decided to advice S&O" })
        let last = try #require(t.events.last)
        #expect(ExportTimes.written(last.time) == "2022-01-04T11:03Z")
    }

    /// A year mistyped (`20202-01-16`) is refused with its place, never read as another date.
    @Test func aMistypedYearIsRefusedWithItsPlace() {
        let problems = FormatFixtures.problems("markdown/dfds-PM2020-003.md")
        #expect(problems.count == 5)
        #expect(problems.first?.hasSuffix("dfds-PM2020-003.md:14:3: Time: \"20202-01-16 12:00\" is not a time; expected one such as 14:32, 2023-11-14 14:32 UTC or 31 January 2017") == true)
    }

    /// A template's `HH:mm` is a placeholder: the dates it follows are read as days (or a
    /// month, `2022-05-??`), with a warning.
    @Test func placeholdersAreLeftOutWithAWarning() throws {
        let t = try FormatFixtures.load("markdown/dfds-PM2022-006.md")
        #expect(t.events.allSatisfy { [.minute, .day, .month].contains($0.precision) })
        // `2022-05-?? HH:mm`: the month is what the writer knew.
        #expect(t.events.contains { $0.time == .month(year: 2022, month: 5) })
        #expect(t.warnings.contains { $0.message.contains("\"HH:mm\" after \"2020-12-21\" is not read") })
        let template = try FormatFixtures.load("markdown/dfds-template.md")
        #expect(template.events.isEmpty)
        #expect(template.warnings.contains { $0.message.contains("no list item, table row or line under its Timeline heading starts with a time") })
    }

    /// List items with bold times under day headings, a span, `~`, a nested item, links as
    /// sources, a row with its own date and zone; a section after the timeline is not read.
    @Test func aPostmortemListUnderDayHeadings() throws {
        let t = try FormatFixtures.load("markdown/gitlab-2017-01-31-list.md")
        #expect(t.title == "Postmortem of database outage of January 31")
        let written = t.events.map { ExportTimes.written($0.time) }
        #expect(written == ["2017-01-31T17:20Z", "2017-01-31T19:00Z", "2017-01-31T23:00Z", "2017-01-31T23:27Z",
                            "2017-02-01T00:36Z", "2017-02-01T17:00Z", "2017-02-01T18:14Z"])
        #expect(t.events[2].end.map(ExportTimes.written) == "2017-01-31T23:27Z")
        #expect(t.events[2].title == "team-member-1 tries to restore replication; pg_basebackup fails")
        #expect(t.events[2].text == "- the data directory on db2 is wiped to start again")
        #expect(t.events[3].approximate)
        #expect(t.events[0].title == "an engineer takes an LVM snapshot of the production database to load into the staging environment")
        #expect(t.events[1].sources == [Source(name: "the issue", url: "https://gitlab.com/gitlab-com/infrastructure/issues/1100")])
        #expect(t.events[6].title == "GitLab.com is fully operational" && t.events[6].sources.first?.url == "https://gitlab.com")
    }

    @Test func theFormsPeopleWriteAreRead() throws {
        let md = """
            # Deploy gone wrong

            ## Timeline

            **2023-11-14**

            - 14:32 UTC — Deploy started
            * **14:40** Error rate climbs
            - 2017-01-31 17:20 UTC: A row with its own date
            - 14:50:07.25Z Rolled back
            - 2:32 PM +02:00 - Twelve-hour clock with an offset
            - 15:?? Europe/Paris Hour only
            | Time | Who | Event | Impact |
            |---|---|---|---|
            | 2023-11-14 16:00 Z | Alice | In a table | high |
            """
        let t = try Self.read(md, ReadOptions(time: TimeReading(assumedZone: .utc)))
        let byTitle = Dictionary(uniqueKeysWithValues: t.events.map { ($0.title, $0) })
        #expect(ExportTimes.written(try #require(byTitle["Deploy started"]).time) == "2023-11-14T14:32Z")
        // No zone on the row: `--assume-zone` places it, as asked.
        #expect(ExportTimes.written(try #require(byTitle["Error rate climbs"]).time) == "2023-11-14T14:40Z")
        #expect(ExportTimes.written(try #require(byTitle["A row with its own date"]).time) == "2017-01-31T17:20Z")
        let rolledBack = try #require(byTitle["Rolled back"])
        #expect(ExportTimes.written(rolledBack.time) == "2017-01-31T14:50:07.25Z" && rolledBack.precision == .exact)
        #expect(ExportTimes.written(try #require(byTitle["Twelve-hour clock with an offset"]).time) == "2017-01-31T14:32+02:00")
        let hour = try #require(byTitle["Hour only"])
        #expect(hour.precision == .hour && ExportTimes.written(hour.time) == "2017-01-31T15:00+01:00")
        let row = try #require(byTitle["In a table"])
        #expect(row.actor == "Alice" && row.extraFields == [ExtraField(name: "Impact", json: #""high""#)])
    }

    @Test func zonesFromTheDocumentFollowTheProjectsRule() throws {
        func first(_ zoneLine: String, _ options: ReadOptions = ReadOptions()) throws -> String {
            let t = try Self.read("# X\n\n## Timeline\n\n\(zoneLine)\n\n### 31 January 2017\n\n- 14:32 Deploy\n", options)
            return ExportTimes.written(t.events[0].time)
        }
        #expect(try first("All times UTC") == "2017-01-31T14:32Z")
        #expect(try first("(times in PDT)") == "2017-01-31T14:32-07:00")
        #expect(try first("All times are in CET.") == "2017-01-31T14:32+01:00")
        #expect(try first("Time zone: Europe/Paris") == "2017-01-31T14:32+01:00")
        // The Google SRE book's example postmortem: the date line names the zone of the rows under it.
        let sre = try Self.read("# Shakespeare Sonnet++ Postmortem\n\n## Timeline\n\n2015-10-21 (all times UTC)\n\n"
                                + "* 14:51 News reports that a new Shakespearean sonnet has been discovered\n"
                                + "* 14:54 **OUTAGE BEGINS** — Search backends start melting down under load\n")
        #expect(sre.events.map { ExportTimes.written($0.time) } == ["2015-10-21T14:51Z", "2015-10-21T14:54Z"])
        #expect(sre.events[1].title == "OUTAGE BEGINS — Search backends start melting down under load")
        #expect(try Self.read("# X\n\n## Timeline (all times UTC)\n\n- 2017-01-31 14:32 Deploy\n").events[0].time.instant
                == Instant(seconds: 1_485_873_120))
        // CST is US Central, China and Cuba: a zone, not which.
        let cst = Self.problems("# X\n\n## Timeline\n\nAll times in CST\n\n- 2017-01-31 14:32 Deploy\n")
        #expect(cst == ["notes.md:7:3: time \"2017-01-31 14:32\" is in CST, which names several zones with different offsets; "
                        + "add --assume-zone with the one meant (America/Chicago, Asia/Shanghai…)"])
        let chicago = ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/Chicago")))
        #expect(try first("All times in CST", chicago) == "2017-01-31T14:32-06:00")
    }

    /// No zone anywhere: refused with the place and the way out; no date anywhere: refused
    /// saying so, never a made-up day.
    @Test func noZoneOrNoDateIsRefusedWithItsPlace() {
        let noZone = Self.problems("# X\n\n## Timeline\n\n### 31 January 2017\n\n- 14:32 Deploy started\n")
        #expect(noZone == ["notes.md:7:3: time \"14:32\" has no zone, and no line of the document names one "
                           + "(\"All times in UTC\", a column \"Time (UTC)\"); add --assume-zone UTC (or the zone the writer used)"])
        let noDate = Self.problems("# X\n\n## Timeline\n\nAll times UTC\n\n- 14:32 Deploy started\n")
        #expect(noDate == ["notes.md:7:3: time \"14:32\" is a time of day with no date: neither the line nor a heading above it "
                           + "(such as `### 31 January 2017` or `**2023-11-14**`) gives one"])
    }

    /// A `.md` name is a hint, not the proof: the content decides. Text that is not a
    /// timeline is not taken; `--input-format markdown` reads a file named otherwise.
    @Test func detectionIsByContent() throws {
        let md = "# X\n\n## Timeline\n\nAll times UTC\n\n### 31 January 2017\n\n- 14:32 Deploy started\n"
        #expect(try Self.read(md, name: "notes.txt").inputFormat == "Markdown timeline")
        #expect(MarkdownTimelineReader.declines(FileSample(Array("# Notes\n\nNothing timed here.\n".utf8)), name: "n.md") != nil)
        #expect(MarkdownTimelineReader.declines(FileSample(Array("2017-01-31 14:32 deploy\n".utf8)), name: "x.log") != nil)
        let own = try TimelineLoader.load(bytes: Self.markdown(try TimelineLoader.load(path: J.fixture)), name: "saved.txt")
        #expect(own.inputFormat == "Markdown timeline")
    }

    /// Control characters, bidi overrides, a huge line and unbalanced markup: read as text,
    /// never a crash; the writers neutralise what they show.
    @Test func hostileTextIsReadAsText() throws {
        let huge = String(repeating: "a*[`<&", count: 10_000)
        let md = "# X\u{202E}\u{1B}[31m\n\n## Timeline\n\nAll times UTC\n\n### 31 January 2017\n\n"
            + "- 14:32 \u{1B}]52;c;bad\u{7} \u{202E}evil\u{202C} [x](javascript:alert(1))\n- 14:33 \(huge)\n- 14:34 \\\n"
        let t = try Self.read(md)
        #expect(t.events.count == 3)
        let text = FormatFixtures.text(t)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}"))
        #expect(t.events[1].title.count <= EventTitle.maxCharacters)
    }
}
