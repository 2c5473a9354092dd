import Testing
@testable import TimelineModel

/// Text logs whose time is followed by a colon, not a space: Python's logging with
/// `format='%(asctime)s:%(levelname)s:%(message)s'` (`2012-07-02 10:22:40,672:DEBUG:foo`),
/// lnav's generic test logs. The time keeps its digits (a comma before the milliseconds,
/// nine digits of nanoseconds), the level is the kind, the message the title; a line that
/// does not start with a time continues the event. No zone: refused without
/// `--assume-zone`, as every zoneless time is.
@Suite struct TextLogColonAfterTimeTests {
    typealias F = FormatFixtures

    static let utc = ReadOptions(time: TimeReading(assumedZone: .utc))

    @Test func pythonLoggingLinesAreRead() throws {
        let t = try F.load("text-log/logfile_generic.0", Self.utc)
        #expect(t.inputFormat == "text log")
        #expect(t.events.map(\.title) == ["foo bar baz", "foo bar baz"])
        #expect(t.events.map(\.kind) == ["DEBUG", "WARN"])
        let lines = F.exportLines(t)
        #expect(F.shown("foo bar baz", in: lines)! == ("Monday 2 July 2012", "10:22:40.672"))
    }

    @Test func nanosecondsAndContinuedLinesAreKept() throws {
        let nanos = F.exportLines(try F.load("text-log/logfile_generic_nanos.0", Self.utc))
        #expect(F.shown("nano second", in: nanos)! == ("Wednesday 1 January 2025", "01:00:00.987654321"))
        let multi = try F.load("text-log/logfile_multiline.0", Self.utc)
        #expect(multi.events.map(\.title) == ["Hello, World!", "Goodbye, World!"])
        #expect(multi.events[0].text == "Hello, World!\n  How are you today?")
        #expect(multi.events.map(\.kind) == ["DEBUG", "ERROR"])
    }

    @Test func withoutAZoneTheyAreRefusedWithTheWayOut() {
        let p = F.problems("text-log/logfile_generic.0")
        #expect(p.first == F.path("text-log/logfile_generic.0") + #":1:1: time "2012-07-02 10:22:40,672" has no zone; add --assume-zone UTC (or the zone the writer used)"#)
    }
}
