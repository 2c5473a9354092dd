import Testing
@testable import TimelineModel

/// MongoDB's structured log (4.4+, `mongod.log`: `{"t":{"$date":…},"s":"I","c":"NETWORK",
/// "ctx":…,"msg":…,"attr":{…}}`), lnav's test file: opened without `--map`, its time the
/// `$date` in `t` (exact to the millisecond, in its offset), its message the title, its
/// severity the kind, its component the actor.
@Suite struct MongoDBLogTests {
    typealias F = FormatFixtures

    @Test func mongodLinesAreRead() throws {
        let t = try F.load("jsonl-log/logfile_mongodb.0")
        #expect(t.inputFormat == "JSON Lines log (MongoDB)")
        #expect(t.events.map(\.title) == ["Connection accepted", "Slow query", "Detected unclean shutdown"])
        #expect(t.events.map(\.kind) == ["info", "info", "warning"])
        #expect(t.events.map(\.actor) == ["NETWORK", "COMMAND", "STORAGE"])
        let lines = F.exportLines(t, zone: "UTC")
        #expect(lines.contains("Read as:    JSON Lines log (MongoDB)"))
        #expect(F.shown("Slow query", in: lines)! == ("Tuesday 10 March 2026", "20:58:09.525"))
        #expect(lines.contains { $0.contains(#"attr: {"durationMillis":120,"ns":"mydb.users""#) })
    }
}
