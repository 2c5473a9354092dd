import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// The writers' times (`ExportTimes`) with the date kept from one event to the next
/// (`DayMemo`) are the times written out plainly here from `LocalTime`, whatever came
/// before: instants in order and out of order, across midnights and offsets, years of
/// fewer and more than four digits.
@Suite struct ExportTimesTests {
    /// `2017-11-02T18:35:43.905-04:00` from `LocalTime` and `String(format:)`.
    static func expectedDateTime(_ instant: Instant, offset: Int, fractionDigits: Int, utc: Bool) -> String {
        let t = LocalTime(instant, offset: offset)
        let date = t.date.year >= 0 && t.date.year <= 9999
            ? String(format: "%04d-%02d-%02d", t.date.year, t.date.month, t.date.day) : DayHeading.iso(t.date)
        var text = date + String(format: "T%02d:%02d:%02d", t.hour, t.minute, t.second)
        if fractionDigits > 0 {
            text += "." + String(String(format: "%09d", t.nanosecond).prefix(min(fractionDigits, 9)))
        }
        if offset == 0 && utc { return text + "Z" }
        let m = abs(offset) / 60
        return text + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", m / 60, m % 60)
    }

    static func randomInstants() -> [(Instant, offset: Int, digits: Int)] {
        var random = SplitMix(seed: 1102)
        let offsets = [0, 3600, -4 * 3600, 20_700, -34_200, 14 * 3600]
        var at: Int64 = 1_509_662_880
        return (0..<20_000).map { k in
            // Mostly a few minutes on from the one before (events in order), sometimes a
            // jump anywhere from year -500 to year 12000.
            if k % 97 == 0 {
                at = Int64(random.below(400_000_000_000)) - 77_000_000_000
            } else {
                at += Int64(random.below(900))
            }
            let nanos = Int32(random.below(1_000_000_000))
            return (Instant(seconds: at, nanoseconds: nanos), offsets[random.below(offsets.count)], random.below(11))
        }
    }

    @Test func dateTimesWithTheDayKeptAreTheLocalTimes() {
        var day = ExportTimes.DayMemo()
        for (instant, offset, digits) in Self.randomInstants() {
            for utc in [false, true] {
                var out: [UInt8] = []
                ExportTimes.appendDateTime(instant, offset: offset, fractionDigits: digits, utc: utc, day: &day, to: &out)
                let expected = Self.expectedDateTime(instant, offset: offset, fractionDigits: digits, utc: utc)
                #expect(String(decoding: out, as: UTF8.self) == expected)
            }
        }
    }

    /// A time as written, with the day kept, is the time written with none kept.
    @Test func writtenTimesWithTheDayKeptAreTheSame() {
        var day = ExportTimes.DayMemo()
        for (n, (instant, offset, digits)) in Self.randomInstants().enumerated() {
            let form = EventTime.WrittenForm(offsetSeconds: offset, hasSeconds: n % 5 != 0, fractionDigits: digits % 10)
            let time = EventTime.instant(instant, form)
            var out: [UInt8] = []
            ExportTimes.appendWritten(time, day: &day, to: &out)
            let t = LocalTime(instant, offset: offset)
            var expected = Self.expectedDateTime(instant, offset: offset, fractionDigits: form.fractionDigits, utc: true)
            if !form.hasSeconds {
                // `18:48`: no seconds and no fraction.
                let clock = String(format: "T%02d:%02d", t.hour, t.minute)
                let zone = expected.hasSuffix("Z") ? "Z" : String(expected.suffix(6))
                expected = String(expected.prefix { $0 != "T" }) + clock + zone
            }
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }
}
