import Foundation
import Testing
@testable import TimelineModel

/// A Timesketch `datetime` written with dashes in its clock (`2022-11-10T05-07-28+00:00`,
/// met in real exports): with a `timestamp` the time is taken from it, shown with the
/// digits and offset the datetime writes, and the file is warned about once with the
/// first place; without one the row is refused with a sentence that says why.
@Suite struct TimesketchDashedClockTests {
    func load(_ text: String, name: String) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    static let csv = """
        message,timestamp,datetime,timestamp_desc
        Login,1668056848000000,2022-11-10T05-07-28+00:00,Event time
        Logout,1668056900123456,2022-11-10T05-08-20+00:00,Event time
        Other,1668056999000000,2022-11-10T05:09:59+00:00,Event time

        """

    @Test func theTimeComesFromTimestampAtTheDatetimesPrecisionWithOneWarning() throws {
        let t = try load(Self.csv, name: "dash.csv")
        #expect(t.inputFormat == "Timesketch CSV")
        #expect(t.events.map(\.time.instant?.seconds) == [1_668_056_848, 1_668_056_900, 1_668_056_999])
        // The datetime writes seconds: shown to the second, never the timestamp's µs.
        #expect(t.events.map(\.precision) == [.second, .second, .second])
        #expect(export(t).contains("Thursday 10 November 2022\n  05:07:28       Login\n  05:08:20       Logout\n  05:09:59       Other\n"))
        #expect(export(t, zone: "America/Los_Angeles").contains("Wednesday 9 November 2022\n  21:07:28       Login\n"))
        // Said once, at the first row, with how many more rows had it.
        #expect(t.warnings.map(\.description) == [
            "dash.csv:2:24: datetime: written with dashes in its clock (HH-MM-SS, not ISO 8601's HH:MM:SS; a parser that guesses reads T05-07-28 as 05:00), so it is not read; the time is taken from timestamp (microseconds since 1970, UTC), shown with the digits and offset the datetime writes (and 1 more like it)",
        ])
    }

    @Test func theDatetimesOffsetAndDigitsAreKeptAndADisagreementIsSaid() throws {
        // 05:07:28.250 at +01:00 is 04:07:28.250 UTC; the timestamp says 05:07:28.000 UTC.
        let t = try load(#"{"message":"Login","timestamp":1668056848000000,"datetime":"2022-11-10T05-07-28.250+01:00","timestamp_desc":"Event time"}"# + "\n",
                         name: "dash.jsonl")
        #expect(t.inputFormat == "Timesketch JSONL")
        #expect(t.timezone == "UTC+01:00")
        #expect(export(t).contains("  06:07:28.000   Login\n"))
        #expect(t.warnings.map(\.description).first == #"dash.jsonl:1:60: datetime: "2022-11-10T05-07-28.250+01:00" read with colons is not the instant of timestamp 1668056848000000; the time is taken from timestamp, as Timesketch sorts by it"#)
        #expect(t.warnings.count == 2)
    }

    @Test func withoutATimestampTheRowIsRefusedWithItsPlace() {
        #expect(throws: LoadFailure.self) { try load("message,datetime,timestamp_desc\nA,2022-11-10T05-07-28+00:00,Event\n", name: "nots.csv") }
        do {
            _ = try load("message,datetime,timestamp_desc\nA,2022-11-10T05-07-28+00:00,Event\n", name: "nots.csv")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"nots.csv:2:3: datetime "2022-11-10T05-07-28+00:00" writes its clock with dashes; ISO 8601 writes 05:07:28, and without a timestamp (microseconds since 1970) the time cannot be read"#,
            ])
        }
    }

    @Test func onlyAWholeDashedClockIsTaken() {
        #expect(DashedClock.colons("2022-11-10T05-07-28+00:00") == "2022-11-10T05:07:28+00:00")
        #expect(DashedClock.colons("2022-11-10 05-07-28.5Z") == "2022-11-10 05:07:28.5Z")
        // ISO 8601's hour with an offset, and a day alone, are not dashed clocks.
        #expect(DashedClock.colons("2022-11-10T05-07") == nil)
        #expect(DashedClock.colons("2022-11-10") == nil)
        #expect(DashedClock.colons("2022-11-10T05:07:28Z") == nil)
    }

    @Test func aFileReadInTwoPartsSaysItOnceToo() {
        // What `TimelineBuilder.append` does with the second part of a big file.
        func w(_ offset: Int, _ m: String) -> PendingProblem { PendingProblem(offset: offset, path: "datetime", message: m) }
        var first = WarningsSaidOnce()
        first.note(w(10, "dashes"))
        first.note(w(20, "dashes"))
        var second = WarningsSaidOnce()
        second.note(w(30, "other"))
        second.note(w(40, "dashes"))
        second.note(w(50, "dashes"))
        first.append(second)
        #expect(first.warnings.map(\.message) == ["dashes (and 3 more like it)", "other"])
        #expect(first.warnings.map(\.offset) == [10, 30])
    }
}
