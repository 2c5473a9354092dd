import Testing
@testable import TimelineModel

@Suite struct ZoneTests {
    let ny = Zone(identifier: "America/New_York")!
    let paris = Zone(identifier: "Europe/Paris")!

    /// New York left EDT for EST on 5 November 2017 at 06:00 UTC.
    @Test func newYorkChangesOffsetOnFifthNovember() {
        let change = try! TimeParser.parse("2017-11-05T06:00:00Z").get().instant!
        #expect(ny.offset(at: change.adding(seconds: -1)) == -4 * 3600)
        #expect(ny.offset(at: change) == -5 * 3600)
        #expect(ny.abbreviation(at: change.adding(seconds: -1)) == "EDT")
        #expect(ny.abbreviation(at: change) == "EST")
        #expect(ny.nextTransition(after: change.adding(seconds: -86_400)) == change)
    }

    /// Paris left CEST for CET on 29 October 2017 at 01:00 UTC.
    @Test func parisChangesOffsetOnTwentyNinthOctober() {
        let change = try! TimeParser.parse("2017-10-29T01:00:00Z").get().instant!
        #expect(paris.offset(at: change.adding(seconds: -1)) == 7200)
        #expect(paris.offset(at: change) == 3600)
        #expect(paris.abbreviation(at: change.adding(seconds: -1)) == "CEST")
        #expect(paris.abbreviation(at: change) == "CET")
    }

    @Test func offsetTableAgreesWithTheZoneEveryHourAcrossBothChanges() {
        let from = try! TimeParser.parse("2017-10-20T00:00Z").get().instant!
        let to = try! TimeParser.parse("2017-11-20T00:00Z").get().instant!
        for zone in [ny, paris, Zone.utc] {
            let table = ZoneOffsets(zone: zone, from: from, to: to)
            var t = from.adding(seconds: -40 * 86_400)
            while t < to.adding(seconds: 40 * 86_400) {
                #expect(table.offset(at: t) == zone.offset(at: t))
                t = t.adding(seconds: 3600)
            }
        }
    }

    @Test func namesAndUnknownZones() {
        #expect(Zone(identifier: "UTC") == .utc)
        #expect(Zone(identifier: "Mars/Base") == nil)
        #expect(Zone(identifier: "america/new_york") == nil)
        #expect(Zone(identifier: "") == nil)
        #expect(Zone(identifier: "local") != nil)
        #expect(Zone(identifier: "Asia/Kolkata")?.offset(at: Instant(seconds: 1_509_662_143)) == 19_800)
        #expect(Zone(identifier: "Asia/Kolkata")?.abbreviation(at: Instant(seconds: 1_509_662_143)) == "IST")
    }

    @Test func headerDescribesTheOffsetsInForce() {
        let from = Instant(seconds: 1_509_662_143)  // 2017-11-02
        let to = try! TimeParser.parse("2017-11-29T12:00Z").get().instant!
        let nyFormatter = TimeFormatter(zone: ny, homeZone: ny, from: from, to: to)
        #expect(nyFormatter.zoneDescription(from: from, to: to)
            == "America/New_York (UTC−04:00 EDT; UTC−05:00 EST from 5 November 2017)")
        let parisFormatter = TimeFormatter(zone: paris, homeZone: ny, from: from, to: to)
        #expect(parisFormatter.zoneDescription(from: from, to: to) == "Europe/Paris (UTC+01:00 CET)")
        #expect(TimeFormatter.offsetText(19_800) == "UTC+05:30")
        #expect(TimeFormatter.offsetText(0) == "UTC+00:00")
    }

    @Test func datesBeforeNineteenSeventyFallOnTheRightDay() {
        #expect(Zone.utc.date(of: Instant(seconds: -1)) == CivilDate(year: 1969, month: 12, day: 31))
        #expect(LocalTime(Instant(seconds: -1), offset: 0).hour == 23)
    }
}
