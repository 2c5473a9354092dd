import Foundation
import Testing
@testable import TimelineModel

/// PostgreSQL's `csvlog` (no header; `log_time` with its zone after a space): the message
/// is the title, its detail, hint, context and query follow in the text, the severity is
/// the kind, the user (else the backend's type) the actor. Rows in the documented
/// column order ("Using CSV-Format Log Output", PostgreSQL 14+).
@Suite struct PostgresCSVLogTests {
    func export(_ t: Timeline, zone: String? = nil, details: Bool = false) -> String {
        TextExporter(timeline: t, zone: zone.flatMap { Zone(identifier: $0) }, options: .init(details: details, width: nil)).text()
    }

    @Test func aCSVLogInUTC() throws {
        let t = try FormatFixtures.load("postgres/postgresql.csv")
        #expect(t.inputFormat == "PostgreSQL csvlog")
        #expect(t.timezone == "UTC")
        #expect(t.events.map(\.title) == [#"relation "orders" does not exist"#, "checkpoint starting: time"])
        #expect(t.events.map(\.kind) == ["ERROR", "LOG"])
        #expect(t.events.map(\.actor) == ["postgres", "checkpointer"])
        #expect(t.events[0].text == "relation \"orders\" does not exist\nQUERY: SELECT * FROM orders;")
        #expect(t.events[0].extraFields.contains(ExtraField(name: "sql_state_code", json: #""42P01""#)))
        #expect(!t.events[1].extraFields.contains { $0.name == "user_name" })
        #expect(export(t).contains("Thursday 14 March 2024\n  10:30:00.123   postgres — relation \"orders\" does not exist\n"))
        #expect(export(t, zone: "Asia/Tokyo").contains("  19:30:05.456   checkpointer — checkpoint starting: time\n"))
    }

    /// `CET` has only ever meant +01:00 (PostgreSQL writes CEST in summer): read as that
    /// offset, as the text log reads it, with or without `--assume-zone`. `IST` names
    /// several zones: refused with the way out, read with the server's zone.
    @Test func anAbbreviatedZoneIsItsOffsetOnlyWhenItHasOne() throws {
        let cet = try FormatFixtures.load("postgres/postgresql-cet.csv")
        #expect(export(cet, zone: "UTC").contains("  10:30:00.123   postgres — relation \"orders\" does not exist\n"))
        var options = ReadOptions()
        options.time.assumedZone = Zone(identifier: "Europe/Paris")
        let paris = try FormatFixtures.load("postgres/postgresql-cet.csv", options)
        #expect(export(paris, zone: "UTC") == export(cet, zone: "UTC").replacingOccurrences(of: "UTC+01:00 (fixed offset)", with: "Europe/Paris"))
        // The same line from the text log: the same instant.
        let text = try TimelineLoader.load(bytes: Array("2024-03-14 11:30:00.123 CET [4567] ERROR:  relation \"orders\" does not exist\n".utf8),
                                           name: "postgresql.log")
        #expect(text.events[0].time.instant == cet.events[0].time.instant)

        let ist = String(decoding: try FormatFixtures.bytes("postgres/postgresql-cet.csv"), as: UTF8.self).replacingOccurrences(of: " CET", with: " IST")
        do {
            _ = try TimelineLoader.load(bytes: Array(ist.utf8), name: "postgresql.csv", format: .postgresCSV)
            Issue.record("read IST without a zone")
        } catch {
            #expect(error.problems.first?.description == "postgresql.csv:1:1: log_time: log_time \"2024-03-14 11:30:00.123 IST\": IST names several zones (with different offsets); add --assume-zone with the server's log_timezone (for example --assume-zone Europe/Paris)")
        }
        var kolkata = ReadOptions()
        kolkata.time.assumedZone = Zone(identifier: "Asia/Kolkata")
        let t = try TimelineLoader.load(bytes: Array(ist.utf8), name: "postgresql.csv", format: .postgresCSV, options: kolkata)
        #expect(export(t, zone: "UTC").contains("  06:00:00.123   postgres — relation \"orders\" does not exist\n"))
    }

    @Test func detection() {
        let row = #"2024-03-14 10:30:00.123 UTC,"postgres","appdb",4567,"10.0.0.5:51234",65f2d1a0.11d7,1,"SELECT",2024-03-14 10:29:58 UTC,3/42,0,ERROR,42P01,"x",,,,,,,,,"psql","client backend",,0"#
        #expect(PostgresCSVReader.declines(FileSample(Array((row + "\n").utf8))) == nil)
        // A spreadsheet whose first row is a header is not a csvlog.
        #expect(PostgresCSVReader.declines(FileSample(Array("time,event\n".utf8))) != nil)
    }
}
