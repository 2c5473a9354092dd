import Testing
import TimelineModel
@testable import timeline_tui

/// A log whose times all carry `+05:30` opens in `UTC+05:30`, with the times as written;
/// `z` cycles through it like any zone, `Z` takes an offset and says what is wrong with a
/// bad one; a log whose offsets vary opens in UTC and the status line says why.
@Suite struct FixedOffsetViewerTests {
    typealias F = ViewerFixture

    static let log = """
        2024-03-01T10:00:00+05:30 web-1 nginx: started
        2024-03-01T10:05:00+05:30 web-1 nginx: reloaded

        """

    func state(_ text: String = log) throws -> ViewState {
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "web.log")
        return ViewState(timeline: t, sourceName: "web.log", local: Zone(identifier: "Asia/Tokyo")!,
                         width: 80, height: 12, measure: .screen)
    }

    func rows(_ s: ViewState) -> [String] {
        F.screen(s).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func theLogOpensInItsOffsetAndZCyclesThroughIt() throws {
        let s = try state()
        #expect(s.zone.identifier == "UTC+05:30")
        #expect(s.displayZones.zones.map(\.identifier) == ["UTC+05:30", "UTC", "Asia/Tokyo"])
        let screen = rows(s)
        #expect(screen[1] == " UTC+05:30 · 2 events" + String(repeating: " ", count: 80 - 21))
        #expect(screen.contains { $0.hasPrefix(" ── Friday 1 March 2024") })
        #expect(screen.contains { $0.contains("10:00:00") && $0.contains("web-1 nginx: started") })
        #expect(s.message == nil)

        let utc = F.press(s, "z")
        #expect(utc.zone == .utc)
        #expect(rows(utc)[1].hasPrefix(" UTC UTC+00:00 · 2 events"))
        #expect(rows(utc).contains { $0.contains("04:30:00") && $0.contains("web-1 nginx: started") })
        let back = F.press(s, "z", "z", "z")
        #expect(back.zone.identifier == "UTC+05:30")
        #expect(rows(back).contains { $0.contains("10:05:00") && $0.contains("web-1 nginx: reloaded") })
    }

    @Test(arguments: [("+05:30", "UTC+05:30", "04:05"), ("UTC-04:00", "UTC-04:00", "18:35"), ("-4", "UTC-04:00", "18:35")])
    func zTakesAnOffset(_ typed: String, _ name: String, _ firstTime: String) throws {
        // The fixture's first event is 2017-11-02T22:35:43.905Z.
        let s = F.press(try F.state(), "Z", typed, "Enter")
        #expect(s.zone.identifier == name)
        #expect(s.message == "Times in \(name).")
        #expect(rows(s)[1].hasPrefix(" \(name) · 10 events"))
        #expect(rows(F.press(s, "g"))[3].hasPrefix(" ▸\(firstTime):43.905 @realDonaldTrump » Last tweet"))
        // The detail pane names the same zone.
        #expect(F.screen(F.press(s, "g", "Enter")).contains("\(firstTime):43.905, \(name)"))
    }

    @Test func zSaysWhatIsWrongWithABadOffset() throws {
        let s = F.press(try F.state(), "Z", "+25:00", "Enter")
        #expect(s.zone.identifier == "America/New_York")
        #expect(s.message == "Not a zone: '+25:00' is not an offset: hours go up to 23; write an offset such as +05:30, -04:00 or UTC+05:30.")
        let unknown = F.press(try F.state(), "Z", "Mars/Base", "Enter")
        #expect(unknown.message == "Unknown zone “Mars/Base”: try a name such as Europe/Paris, or an offset such as +05:30 (Tab completes names).")
    }

    @Test func aLogWhoseOffsetsVaryOpensInUTCAndSaysWhy() throws {
        let s = try state("2024-03-30T23:00:00+01:00 before\n2024-03-31T04:00:00+02:00 after\n")
        #expect(s.zone == .utc)
        #expect(s.message == "Offsets vary: +01:00, +02:00; home zone UTC.")
        #expect(rows(s).last?.contains("Offsets vary: +01:00, +02:00; home zone UTC.") == true)
    }
}
