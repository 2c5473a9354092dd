import Testing
@testable import TimelineModel

/// One rule for zone names everywhere: any name the system's tz database resolves, `UTC`
/// in any case; no abbreviations or other spellings Foundation would also take.
@Suite struct ZoneNameTests {
    static let november2017 = Instant(seconds: 1_509_662_143)

    @Test(arguments: ["EST5EDT", "Japan", "US/Eastern", "Etc/UTC", "Asia/Kolkata", "GMT", "Europe/Paris"])
    func namesTheDatabaseResolvesAreZones(_ name: String) throws {
        let zone = try #require(Zone(identifier: name))
        #expect(zone.identifier == name)
    }

    @Test(arguments: ["utc", "Utc", "uTC", "UTC"])
    func utcInAnyCase(_ name: String) {
        #expect(Zone(identifier: name) == .utc)
    }

    @Test(arguments: ["PST", "europe/paris", "zone.tab", "iso3166.tab", "../zoneinfo/Japan", "/etc/localtime", "", "Mars/Base"])
    func otherNamesAreNot(_ name: String) {
        #expect(Zone(identifier: name) == nil)
    }

    @Test func theOffsetsAreTheDatabases() throws {
        #expect(try #require(Zone(identifier: "Japan")).offset(at: Self.november2017) == 9 * 3600)
        let est5edt = try #require(Zone(identifier: "EST5EDT"))
        #expect(est5edt.offset(at: Self.november2017) == -4 * 3600)
        #expect(est5edt.abbreviation(at: Self.november2017) == "EDT")
    }

    @Test func aFileMayNameThemToo() throws {
        let t = try TimelineLoader.load(bytes: Array("""
            {"title": "t", "timezone": "Japan", "zones": ["EST5EDT", "utc"],
             "events": [{"id": "a", "time": "2017-11-02T22:35:43.905Z", "title": "x"}]}
            """.utf8), name: "t.json")
        #expect(t.timezone == "Japan")
        #expect(t.zones == ["EST5EDT", "utc"])
    }
}
