import Testing
@testable import TimelineModel

@Suite struct TimeParserTests {
    @Test func exactTimeFromTweetId() throws {
        let t = try TimeParser.parse("2017-11-03T00:05:51.550Z").get()
        #expect(t.instant == Instant(seconds: 1_509_667_551, nanoseconds: 550_000_000))
        #expect(t.impliedPrecision == .exact)
    }

    @Test func minuteWithOffset() throws {
        let t = try TimeParser.parse("2017-11-02T18:48-04:00").get()
        #expect(t.instant == Instant(seconds: 1_509_662_880))
        #expect(t.impliedPrecision == .minute)
    }

    @Test func secondsWithoutFraction() throws {
        let t = try TimeParser.parse("2017-11-02T22:35:43+00:00").get()
        #expect(t.impliedPrecision == .second)
        #expect(t.instant == Instant(seconds: 1_509_662_143))
    }

    @Test func bareDate() throws {
        #expect(try TimeParser.parse("2017-11-03").get() == .day(CivilDate(year: 2017, month: 11, day: 3)))
    }

    @Test(arguments: [
        ("2017-11-02T18:48", "has no zone: add Z for UTC or an offset such as -04:00"),
        ("2017-02-29", "2017-02-29 does not exist (February has 28 days in 2017)"),
        ("2017-13-01", "month 13 does not exist"),
        ("2017-11-02T24:00Z", "hour 24 does not exist"),
        ("2017-11-02T18:48:00.Z", "a decimal point must be followed by digits"),
        ("2017-13", "month 13 does not exist"),
        ("2017-00", "month 0 does not exist"),
        ("2017-1", "'2017-1' is not a time; expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017"),
        ("17", "'17' is not a time; expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017"),
        ("yesterday", "'yesterday' is not a time; expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017"),
    ])
    func refused(_ text: String, _ message: String) {
        guard case .failure(let f) = TimeParser.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(f.message == message)
    }

    @Test func monthsAndYearsAreReadAsWritten() throws {
        #expect(try TimeParser.parse("2017-11").get() == .month(year: 2017, month: 11))
        #expect(try TimeParser.parse("2017").get() == .year(2017))
        #expect(try TimeParser.parse("2017-11").get().impliedPrecision == .month)
        #expect(try TimeParser.parse("0001").get().impliedPrecision == .year)
    }

    @Test func civilDateRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(year: 2017, month: 11, day: 2).weekday == 4)  // a Thursday
    }
}
