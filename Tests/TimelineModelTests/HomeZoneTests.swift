import Foundation
import Testing
@testable import TimelineModel

/// A file that names no zone is shown in the zone it was written in: the one the user
/// named for its zoneless times (`--assume-zone`), else the one offset all its times
/// carry; times whose offsets vary stay in UTC and the header says why. `--tz` still
/// changes the display; our JSON keeps the home zone, and one that names none follows the
/// same rule.
@Suite struct HomeZoneTests {
    func load(_ text: String, name: String, assume: String? = nil) throws -> Timeline {
        var options = ReadOptions()
        options.time.assumedZone = assume.flatMap { Zone(identifier: $0) }
        return try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    /// The export's lines from the title to the first event, in `zone` (nil: the file's).
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    static let dpkg = "2009-02-25 11:45:23 startup archives unpack\n2009-02-25 11:45:24 install base-files:amd64\n"

    @Test func aZonelessLogReadWithAnAssumedZoneShowsItsTimesAsWritten() throws {
        let t = try load(Self.dpkg, name: "dpkg.log", assume: "Europe/Berlin")
        #expect(t.timezone == "Europe/Berlin")
        #expect(export(t) == """
            dpkg.log
            ========
            Read as:    text log
            Time zone:  Europe/Berlin (UTC+01:00 CET)
            Events:     2
            Covering:   2009-02-25 11:45

            Wednesday 25 February 2009
              11:45:23       startup archives unpack
              11:45:24       install base-files:amd64

            """)
        let utc = export(t, zone: "UTC")
        #expect(utc.contains("Time zone:  UTC (UTC+00:00)\n"))
        #expect(utc.contains("  10:45:23       startup archives unpack\n"))
    }

    static let india = """
        2024-03-01T10:00:00+05:30 web-1 nginx: started
        2024-03-01T10:05:00.250+05:30 web-1 nginx: reloaded

        """

    @Test func aLogWhoseTimesCarryOneOffsetIsShownInIt() throws {
        let t = try load(Self.india, name: "web.log")
        #expect(t.timezone == "UTC+05:30")
        #expect(t.zoneNote == nil)
        let shown = export(t)
        #expect(shown.contains("Time zone:  UTC+05:30 (fixed offset)\n"))
        #expect(shown.contains("Friday 1 March 2024\n  10:00:00       web-1 nginx: started\n  10:05:00.250   web-1 nginx: reloaded\n"))
        let utc = export(t, zone: "UTC")
        #expect(utc.contains("  04:30:00       web-1 nginx: started\n"))
        let ny = export(t, zone: "America/New_York")
        #expect(ny.contains("Thursday 29 February 2024\n  23:30:00       web-1 nginx: started\n"))
    }

    @Test func aJSONLinesLogWithOneOffsetToo() throws {
        let t = try load("""
            {"time":"2024-03-01T10:00:00-04:00","msg":"deploy started","level":"info"}
            {"time":"2024-03-01T10:07:00-04:00","msg":"deploy done","level":"info"}

            """, name: "app.jsonl")
        #expect(t.timezone == "UTC-04:00")
        #expect(export(t).contains("Time zone:  UTC-04:00 (fixed offset)\n"))
        #expect(export(t).contains("  10:00:00       deploy started\n"))
        #expect(export(t, zone: "+05:30").contains("  19:30:00       deploy started\n"))
    }

    @Test func offsetsThatVaryKeepUTCAndSayWhy() throws {
        let t = try load("""
            2024-03-30T23:00:00+01:00 before the change
            2024-03-31T04:00:00+02:00 after the change
            2024-03-31T05:00:00Z from another host

            """, name: "mixed.log")
        #expect(t.timezone == "UTC")
        #expect(t.zoneNote == "offsets vary: +01:00, +02:00, +00:00; home zone UTC")
        let shown = export(t)
        #expect(shown.hasPrefix("""
            mixed.log
            =========
            Read as:    text log; offsets vary: +01:00, +02:00, +00:00; home zone UTC
            Time zone:  UTC (UTC+00:00)

            """))
        #expect(shown.contains("  22:00:00       before the change\n"))
    }

    @Test func utcTimesNeedNoNote() throws {
        let t = try load("2024-03-01T10:00:00Z a\n2024-03-01T11:00:00+00:00 b\n", name: "z.log")
        #expect(t.timezone == "UTC")
        #expect(t.zoneNote == nil)
        #expect(export(t).contains("Read as:    text log\nTime zone:  UTC (UTC+00:00)\n"))
    }

    @Test func anAssumedZoneNotNeededLeavesTheWrittenOffset() throws {
        // Every time carries its offset: --assume-zone placed none of them.
        let t = try load(Self.india, name: "web.log", assume: "Europe/Berlin")
        #expect(t.timezone == "UTC+05:30")
        // A line without a zone among them: the user's zone is the writer's.
        let mixed = try load(Self.india + "2024-03-02 09:00:00 web-1 no zone here\n", name: "web.log", assume: "Europe/Berlin")
        #expect(mixed.timezone == "Europe/Berlin")
    }

    @Test func otherReadersTakeTheAssumedZoneAsHome() throws {
        let csv = try load("message,datetime,timestamp_desc\nhello,2024-03-01 11:00:00,Event\n", name: "ts.csv", assume: "Europe/Berlin")
        #expect(csv.inputFormat == "Timesketch CSV")
        #expect(csv.timezone == "Europe/Berlin")
        #expect(export(csv).contains("  11:00:00       hello\n"))
        let log = try load(#"{"time":"2024-03-01 11:00:00","msg":"hello"}"# + "\n", name: "app.jsonl", assume: "Asia/Tokyo")
        #expect(log.timezone == "Asia/Tokyo")
        #expect(export(log).contains("  11:00:00       hello\n"))
        let offset = try load(#"{"time":"2024-03-01 11:00:00","msg":"hello"}"# + "\n", name: "app.jsonl", assume: "+05:30")
        #expect(offset.timezone == "UTC+05:30")
        #expect(export(offset, zone: "UTC").contains("  05:30:00       hello\n"))
    }

    @Test func aFileThatNamesItsZoneKeepsIt() throws {
        // A Timesketch file our export wrote says its zone: that wins over the offsets.
        let t = try load("""
            message,datetime,timestamp_desc,event_id,time,precision,title,timeline_title,timeline_timezone
            hello,2024-03-01T10:00:00+05:30,Event,a,2024-03-01T10:00:00+05:30,second,hello,Notes,Europe/Paris

            """, name: "ts.csv")
        #expect(t.timezone == "Europe/Paris")
    }

    @Test func aMergeTakesTheFirstFilesHomeZone() throws {
        let india = try load(Self.india, name: "web.log")
        let berlin = try load(Self.dpkg, name: "dpkg.log", assume: "Europe/Berlin")
        let merged = TimelineMerge.merge([MergeInput(label: "web", timeline: india), MergeInput(label: "dpkg", timeline: berlin)])
        #expect(merged.timezone == "UTC+05:30")
        let other = TimelineMerge.merge([MergeInput(label: "dpkg", timeline: berlin), MergeInput(label: "web", timeline: india)])
        #expect(other.timezone == "Europe/Berlin")
        #expect(export(other).contains("  11:45:23       [dpkg] startup archives unpack\n"))
        // A first file whose offsets vary: UTC, and the header says which file and why.
        let mixed = try load("2024-03-30T23:00:00+01:00 a\n2024-03-31T04:00:00+02:00 b\n", name: "mixed.log")
        let third = TimelineMerge.merge([MergeInput(label: "mixed", timeline: mixed), MergeInput(label: "web", timeline: india)])
        #expect(third.timezone == "UTC")
        #expect(export(third).contains("Read as:    mixed: text log; web: text log; mixed: offsets vary: +01:00, +02:00; home zone UTC\n"))
    }

    @Test(arguments: [ExportFormat.json, .jsonl])
    func ourJSONWritesTheFixedOffsetAndReadsItBack(format: ExportFormat) throws {
        let t = try load(Self.india, name: "web.log")
        let bytes = format.bytes(ExportView(timeline: t))
        let written = String(decoding: bytes, as: UTF8.self)
        #expect(written.contains(#""timezone":"UTC+05:30""#) || written.contains(#""timezone": "UTC+05:30""#))
        let back = try TimelineLoader.load(bytes: bytes, name: "back." + format.name)
        #expect(back.timezone == "UTC+05:30")
        #expect(export(back).contains("Time zone:  UTC+05:30 (fixed offset)\n"))
        #expect(export(back).contains("  10:00:00       web-1 nginx: started\n"))
        // Validated by a real JSON parser.
        if format == .json { _ = try JSONSerialization.jsonObject(with: Data(bytes)) }
    }

    static let ours = """
        {"title": "Outage", "events": [
          {"id": "a", "time": "2024-03-01T10:00:00-04:00", "title": "paged"},
          {"id": "b", "time": "2024-03-01T10:30:00-04:00", "end": "2024-03-01T11:00:00-04:00", "title": "fixed"},
          {"id": "c", "time": "2024-03-01", "title": "written up"}
        ]}
        """

    @Test func ourDocumentWithoutTimezoneIsShownInItsOneOffset() throws {
        let t = try load(Self.ours, name: "outage.json")
        #expect(t.timezone == "UTC-04:00")
        #expect(t.zoneNote == nil)
        // The day-only event is read in that zone too: at the end of 1 March at -04:00.
        #expect(export(t) == """
            Outage
            ======
            Time zone:  UTC-04:00 (fixed offset)
            Events:     3
            Covering:   2024-03-01 10:00 – 2024-03-01 (time unknown)

            Friday 1 March 2024
              10:00:00       paged
              · 30 min later ·
              10:30:00–11:00:00 (30 min)  fixed
              time unknown   written up

            """)
        #expect(export(t, zone: "UTC").contains("  14:00:00       paged\n"))
        // The same events as JSON Lines.
        let lines = try load("""
            {"id": "a", "time": "2024-03-01T10:00:00+05:30", "title": "paged"}
            {"id": "b", "time": "2024-03-01T10:30:00+05:30", "title": "fixed"}

            """, name: "outage.jsonl")
        #expect(lines.timezone == "UTC+05:30")
        #expect(export(lines).contains("  10:00:00       paged\n"))
    }

    @Test func ourDocumentWhoseOffsetsVaryStaysInUTCAndSaysWhy() throws {
        // An end counts too: its offset differs from the start's.
        let t = try load("""
            {"title": "Outage", "events": [
              {"id": "a", "time": "2024-03-01T10:00:00-04:00", "end": "2024-03-01T15:30:00Z", "title": "paged"}
            ]}
            """, name: "outage.json")
        #expect(t.timezone == "UTC")
        #expect(t.zoneNote == "offsets vary: -04:00, +00:00; home zone UTC")
        // Said by the viewer on opening (a saved copy names its timezone: the text
        // export has no line for it, so both export the same text).
        #expect(export(t).hasPrefix("""
            Outage
            ======
            Time zone:  UTC (UTC+00:00)

            """))
        // A timezone named wins over the offsets; UTC times need no note.
        let named = try load(#"{"title": "T", "timezone": "Europe/Paris", "events": [{"id": "a", "time": "2024-03-01T10:00:00-04:00", "title": "x"}]}"#, name: "n.json")
        #expect(named.timezone == "Europe/Paris")
        let utc = try load(#"{"title": "T", "events": [{"id": "a", "time": "2024-03-01T10:00:00Z", "title": "x"}]}"#, name: "u.json")
        #expect(utc.timezone == "UTC")
        #expect(utc.zoneNote == nil)
    }
}
