import Testing
@testable import TimelineModel

@Suite struct TimelineRowsTests {
    @Test func headingsGapsAndEventsInOrder() {
        let t = IncidentEvents.timeline
        let rows = Array(TimelineRows(timeline: t, formatter: TimeFormatter(timeline: t)))
        let nov2 = CivilDate(year: 2017, month: 11, day: 2)
        let nov3 = CivilDate(year: 2017, month: 11, day: 3)
        #expect(rows.prefix(4) == [.heading(.day(nov2)), .event(0), .gap(GapDescription(amount: 736, inDays: false, approximate: true)), .event(1)])
        #expect(rows.filter { if case .heading = $0 { true } else { false } }
            == [.heading(.day(nov2)), .heading(.day(nov3)), .heading(.day(CivilDate(year: 2017, month: 11, day: 29)))])
        #expect(rows.filter { if case .event = $0 { true } else { false } }.count == 10)
    }

    @Test func aSubsetGetsItsOwnHeadingsAndGaps() {
        let t = IncidentEvents.timeline
        let paris = TimeFormatter(timeline: t, zone: Zone(identifier: "Europe/Paris"))
        let rows = Array(TimelineRows(events: t.events, indices: [0, 4], formatter: paris))
        #expect(rows == [.heading(.day(CivilDate(year: 2017, month: 11, day: 2))), .event(0),
                         .gap(GapDescription(amount: 5407, inDays: false, approximate: false)),
                         .heading(.day(CivilDate(year: 2017, month: 11, day: 3))), .event(4)])
    }
}
