import Foundation
import Testing
@testable import TimelineModel

/// A zone written after the time and a space, as PostgreSQL's `jsonlog` and Go's
/// `time.String()` write it: ` UTC` is UTC, ` +0100 CET` is its offset, and an
/// abbreviation alone (` CET`) is not one offset everywhere, so it is refused until
/// `--assume-zone` names the zone, whose name at that time it must be.
@Suite struct ZoneAfterTimeTests {
    typealias F = FormatFixtures

    @Test func postgresJSONLogOpensInUTC() throws {
        let t = try F.load("jsonl-log/logfile_postgres_json.json")
        #expect(t.inputFormat == "JSON Lines log")
        #expect(t.events.count == 6)
        #expect(t.timezone == "UTC")
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("database system is ready to accept connections", in: utc)! == ("Thursday 14 March 2024", "10:30:00.456"))
        #expect(F.shown("duplicate key value violates unique constraint", in: utc)! == ("Thursday 14 March 2024", "10:30:09.555"))
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(F.shown("the database system is shutting down", in: tokyo)! == ("Thursday 14 March 2024", "19:30:11.999"))
        #expect(t.events.map(\.precision) == Array(repeating: Precision.exact, count: 6))
        // PostgreSQL's level is the kind.
        #expect(t.events.map { $0.kind ?? "" } == ["LOG", "LOG", "LOG", "WARNING", "ERROR", "FATAL"])
    }

    @Test(arguments: [
        ("2024-03-14 10:30:00.123 UTC", 1_710_412_200, 0),
        ("2024-03-14 10:30:00 GMT", 1_710_412_200, 0),
        ("2024-03-14 10:30:00 +0100", 1_710_408_600, 3600),
        ("2024-03-14 10:30:00.5 +0100 CET", 1_710_408_600, 3600),
        ("2024-03-14 10:30:00 -04:00", 1_710_426_600, -14_400),
    ])
    func aZoneAfterASpaceIsRead(text: String, seconds: Int64, offset: Int) throws {
        let t = try TimeReading().read(text, what: "time").get()
        guard case .instant(let i, let form) = t else { Issue.record("not an instant"); return }
        #expect(i.seconds == seconds)
        #expect(form.offsetSeconds == offset)
    }

    @Test func anAbbreviationAloneNeedsTheZoneAndMustBeItsName() throws {
        let text = "2024-03-14 10:30:00 CET"
        #expect(TimeReading().read(text, what: "timestamp") == .failure(.init(message:
            #"timestamp "2024-03-14 10:30:00 CET" names its zone only as CET, which is not one offset everywhere; add --assume-zone with the zone the writer used (an IANA name such as Europe/Berlin)"#)))
        let berlin = TimeReading(assumedZone: Zone(identifier: "Europe/Berlin"))
        #expect(try berlin.read(text, what: "timestamp").get().instant?.seconds == 1_710_408_600)
        #expect(berlin.read("2024-07-14 10:30:00 CET", what: "timestamp") == .failure(.init(message:
            #"timestamp "2024-07-14 10:30:00 CET" says CET, but Europe/Berlin is CEST at that time; give --assume-zone the zone the writer used"#)))
        // The name settles the hour that happened twice (27 October 2024, 02:30 in Berlin).
        let early = try berlin.read("2024-10-27 02:30:00 CEST", what: "t").get().instant?.seconds
        let late = try berlin.read("2024-10-27 02:30:00 CET", what: "t").get().instant?.seconds
        #expect(late! - early! == 3600)
        // Other text after a space is still refused.
        #expect(throws: WrittenTime.Failure.self) { try WrittenTime.parse("2024-03-14 10:30:00 nonsense").get() }
        #expect(throws: WrittenTime.Failure.self) { try WrittenTime.parse("2024-03-14 10:30:00 +0100 CET extra").get() }
    }
}
