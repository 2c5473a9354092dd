import Foundation
import Testing
@testable import TimelineModel

/// A zone written after the time and a space, as PostgreSQL's `jsonlog` and Go's
/// `time.String()` write it: ` UTC` is UTC, ` +0100 CET` is its offset, and an
/// abbreviation alone (` CET`) is not one offset everywhere, so it is refused.
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

    @Test func otherTextAfterASpaceIsStillRefused() {
        // An abbreviation alone is not one offset everywhere (CST is three zones).
        #expect(throws: WrittenTime.Failure.self) { try WrittenTime.parse("2024-03-14 10:30:00 CET").get() }
        #expect(throws: WrittenTime.Failure.self) { try WrittenTime.parse("2024-03-14 10:30:00 nonsense").get() }
        #expect(throws: WrittenTime.Failure.self) { try WrittenTime.parse("2024-03-14 10:30:00 +0100 CET extra").get() }
    }

    @Test func anArrayOfOurOwnEventsIsOursToRefuse() {
        // What `jq '.events'` gives: not a log, and our reader says what it wants instead.
        let bytes = Array(#"[{"id":"e1","time":"2017-11-02T22:35:43.905Z","title":"Account deactivated"}]"#.utf8)
        #expect(LogDocumentReader.declinesArray(FileSample(bytes)) != nil)
    }
}
