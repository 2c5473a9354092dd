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

    /// `CET` names no single offset: refused with the way out, read with the server's zone.
    @Test func anAbbreviatedZoneNeedsTheServersZone() throws {
        #expect(FormatFixtures.problems("postgres/postgresql-cet.csv") == [
            "\(FormatFixtures.path("postgres/postgresql-cet.csv")):1:1: log_time: log_time \"2024-03-14 11:30:00.123 CET\": CET is not one offset everywhere; add --assume-zone with the server's log_timezone (for example --assume-zone Europe/Paris)",
        ])
        var options = ReadOptions()
        options.time.assumedZone = Zone(identifier: "Europe/Paris")
        let t = try FormatFixtures.load("postgres/postgresql-cet.csv", options)
        #expect(export(t, zone: "UTC").contains("  10:30:00.123   postgres — relation \"orders\" does not exist\n"))
    }

    @Test func detection() {
        let row = #"2024-03-14 10:30:00.123 UTC,"postgres","appdb",4567,"10.0.0.5:51234",65f2d1a0.11d7,1,"SELECT",2024-03-14 10:29:58 UTC,3/42,0,ERROR,42P01,"x",,,,,,,,,"psql","client backend",,0"#
        #expect(PostgresCSVReader.declines(FileSample(Array((row + "\n").utf8))) == nil)
        // A spreadsheet whose first row is a header is not a csvlog.
        #expect(PostgresCSVReader.declines(FileSample(Array("time,event\n".utf8))) != nil)
    }
}
