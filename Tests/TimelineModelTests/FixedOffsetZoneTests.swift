import Testing
@testable import TimelineModel

/// A fixed offset is a zone wherever a zone is named: `+05:30`, `UTC+05:30`, `-04:00`,
/// `UTC-4`, `+0530`, `+5:30`; named `UTC+05:30` on screen and in exports, with no
/// abbreviation and no summer time; a bad one says what is wrong.
@Suite struct FixedOffsetZoneTests {
    static let summer = Instant(seconds: 1_719_835_200)  // 2024-07-01T12:00Z
    static let winter = Instant(seconds: 1_704_110_400)  // 2024-01-01T12:00Z

    @Test(arguments: [
        ("+05:30", "UTC+05:30"), ("UTC+05:30", "UTC+05:30"), ("utc+05:30", "UTC+05:30"), ("+0530", "UTC+05:30"),
        ("+5:30", "UTC+05:30"), ("-04:00", "UTC-04:00"), ("UTC-4", "UTC-04:00"), ("-4", "UTC-04:00"),
        ("\u{2212}04:00", "UTC-04:00"), ("+14", "UTC+14:00"), ("-09:30", "UTC-09:30"), ("+23:59", "UTC+23:59"),
    ])
    func offsetsAreZonesNamedByTheirOffset(_ typed: String, _ name: String) throws {
        let zone = try #require(Zone(identifier: typed))
        #expect(zone.identifier == name)
        #expect(zone.isFixedOffset)
        // The name is a zone too, the same one.
        #expect(Zone(identifier: name) == zone)
    }

    @Test(arguments: ["+00:00", "UTC+0", "-00:00", "+0000"])
    func aZeroOffsetIsUTC(_ typed: String) {
        #expect(Zone(identifier: typed) == .utc)
        #expect(Zone(identifier: typed)?.isFixedOffset == false)
    }

    @Test func theOffsetNeverChanges() throws {
        let zone = try #require(Zone(identifier: "-04:00"))
        #expect(zone.offset(at: Self.summer) == -4 * 3600)
        #expect(zone.offset(at: Self.winter) == -4 * 3600)
        #expect(zone.nextTransition(after: Self.winter) == nil)
        #expect(zone.abbreviation(at: Self.summer) == nil)
        #expect(zone.date(of: Instant(seconds: 1_709_262_000)) == CivilDate(year: 2024, month: 2, day: 29))  // 03:00Z → 23:00 the day before
    }

    @Test func theHeaderSaysItIsAFixedOffset() throws {
        let zone = try #require(Zone(identifier: "+05:30"))
        let f = TimeFormatter(zone: zone, homeZone: zone, from: Self.winter, to: Self.summer)
        #expect(f.zoneDescription(from: Self.winter, to: Self.summer) == "UTC+05:30 (fixed offset)")
        #expect(f.localTime(Self.winter).hour == 17)
        #expect(f.localTime(Self.winter).minute == 30)
    }

    @Test(arguments: [
        ("+25:00", "'+25:00' is not an offset: hours go up to 23; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("+05:60", "'+05:60' is not an offset: minutes go up to 59; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("+5:3", "'+5:3' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("UTC+", "'UTC+' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("+05:30:00", "'+05:30:00' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("+123", "'+123' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30"),
        ("UTC+5h", "'UTC+5h' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30"),
    ])
    func badOffsetsAreNoZoneAndSayWhy(_ typed: String, _ message: String) {
        #expect(Zone(identifier: typed) == nil)
        #expect(Zone.offsetProblem(typed) == message)
    }

    @Test(arguments: ["Europe/Paris", "UTC", "Mars/Base", "GMT+5"])
    func namesAreNotOffsetProblems(_ name: String) {
        #expect(Zone.offsetProblem(name) == nil)
    }

    @Test func aFileMayNameAnOffsetAsItsZone() throws {
        let t = try TimelineLoader.load(bytes: Array("""
            {"title": "t", "timezone": "UTC+05:30", "zones": ["-04:00"],
             "events": [{"id": "a", "time": "2024-03-01T04:30:00Z", "title": "x"},
                        {"id": "d", "time": "2024-03-01", "title": "a day"}]}
            """.utf8), name: "t.json")
        #expect(t.timezone == "UTC+05:30")
        let text = TextExporter(timeline: t, options: .init(width: nil)).text()
        #expect(text.contains("Time zone:  UTC+05:30 (fixed offset)\n"))
        #expect(text.contains("  10:00:00       x\n"))
        // The day is a day in UTC+05:30: it sorts after 10:00 there.
        #expect(text.contains("Friday 1 March 2024\n  10:00:00       x\n  time unknown   a day\n"))
    }
}
