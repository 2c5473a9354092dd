import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// However the display zone is chosen (the file's own, `--tz`, `z`, `Z`), the header, every
/// row, the detail pane and `e` show the same times in that zone, checked against a
/// formatter built here for the zone the header names.
@Suite struct DisplayZoneTests {
    typealias F = ViewerFixture

    /// The ways a user gets to a zone, and the zone each one must show.
    static func ways() throws -> [(how: String, state: ViewState, zone: String)] {
        let tokyo = Zone(identifier: "Asia/Tokyo")!
        let paris = Zone(identifier: "Europe/Paris")!
        func start(_ extra: [Zone] = []) throws -> ViewState {
            ViewState(timeline: try F.timeline(), sourceName: "fixtures/2017-11-03.json", zones: extra,
                      local: .utc, width: 100, height: 40)
        }
        return [
            ("the file's zone", try start(), "America/New_York"),
            ("--tz Asia/Tokyo", try start([tokyo]), "Asia/Tokyo"),
            ("--tz UTC", try start([.utc]), "UTC"),
            ("--tz Europe/Paris --tz Asia/Tokyo", try start([paris, tokyo]), "Europe/Paris"),
            ("--tz Asia/Tokyo then z", F.press(try start([tokyo]), "z"), "America/New_York"),
            ("z", F.press(try start(), "z"), "UTC"),
            ("z z (the file's listed zone)", F.press(try start(), "zz"), "Europe/Paris"),
            ("Z Asia/Tokyo", F.press(try start(), "Z", "Asia/Tokyo", "Enter"), "Asia/Tokyo"),
            ("--tz Asia/Tokyo, z, Z Asia/Kolkata", F.press(try start([tokyo]), "z", "Z", "Asia/Kolkata", "Enter"),
             "Asia/Kolkata"),
        ]
    }

    @Test func headerRowsDetailAndExportAgreeForEveryWayOfChoosingAZone() throws {
        for way in try Self.ways() {
            let s = way.state
            let timeline = s.timeline
            let zone = try #require(Zone(identifier: way.zone))
            #expect(s.zone == zone, "\(way.how)")
            let f = TimeFormatter(timeline: timeline, zone: zone)
            let first = timeline.events.first!
            let at = first.time.instant!

            // The header names the zone with its own offset.
            let screen = F.screen(s).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let offset = TimeFormatter.offsetText(zone.offset(at: at))
            #expect(screen[1].hasPrefix(" \(way.zone) \(offset)"), "\(way.how): \(screen[1])")

            // Every event row shows its time in that zone, under that zone's day.
            for (r, row) in s.rows.enumerated() {
                let line = screen[ViewState.headerRows + r - s.listTop]
                switch row {
                case .event(let n):
                    let time = String(f.time(of: s.events[s.shown[n]]).prefix(12))
                    #expect(line.dropFirst(2).hasPrefix(time), "\(way.how): \(line)")
                case .day(let heading):
                    #expect(line.contains(heading))
                case .gap:
                    break
                }
            }
            #expect(screen.contains { $0.hasPrefix(" ── " + DayHeading.text(f.day(of: first))) }, "\(way.how)")

            // The detail pane says the same time and zone.
            let detail = F.screen(F.press(s, "g", "Enter"))
            #expect(detail.contains(DayHeading.text(f.day(of: first)) + ", " + f.timeAndSpan(of: first) + ", \(way.zone) \(offset)"),
                    "\(way.how):\n\(detail)")
            let span = timeline.events[1]
            let spanDetail = F.screen(F.press(s, "g", "j", "Enter"))
            #expect(spanDetail.contains(f.timeAndSpan(of: span)), "\(way.how):\n\(spanDetail)")

            // `e` writes the same times in the same zone.
            let export = String(decoding: Array(ViewCommand.export(s, as: .text, width: 80).joined()), as: UTF8.self)
            #expect(export.contains("Time zone:  \(way.zone) (\(offset)"), "\(way.how):\n\(export)")
            #expect(export.contains(DayHeading.text(f.day(of: first))))
            for e in timeline.events where e.time.instant != nil && e.precision != .day {
                #expect(export.contains(f.timeAndSpan(of: e)), "\(way.how): \(f.timeAndSpan(of: e)) not in the export")
            }
        }
    }

    /// `timeline-tui --tz Asia/Tokyo` opens on Friday 3 November, 07:35:43.905.
    @Test func tzAsiaTokyoOpensOnTokyoTimes() throws {
        let s = ViewState(timeline: try F.timeline(), sourceName: "fixtures/2017-11-03.json",
                          zones: [Zone(identifier: "Asia/Tokyo")!], local: Zone(identifier: "Asia/Tokyo")!,
                          width: 80, height: 24)
        try F.expectGolden("list-tz-tokyo-80x24", F.screen(s))
        let screen = F.screen(s)
        #expect(screen.contains(" Asia/Tokyo UTC+09:00 JST · 10 events"))
        #expect(screen.contains(" ── Friday 3 November 2017"))
        #expect(screen.contains("▸07:35:43.905 @realDonaldTrump"))
        #expect(!screen.contains("18:35"))
    }

    /// A day-only event shown in another zone: its time cell is `time unknown`, never a
    /// phrase cut mid-word (`time unknown …`), and its day heading says whose day it is,
    /// as the lanes export does: the screen's headings are the export's.
    @Test func dayOnlyEventsInAnotherZoneAreNeverCutAndTheirHeadingNamesTheZone() throws {
        let tz = ViewState(timeline: try F.timeline(), sourceName: "fixtures/2017-11-03.json",
                           zones: [Zone(identifier: "Asia/Tokyo")!], local: Zone(identifier: "Asia/Tokyo")!,
                           width: 80, height: 24)
        let chosen = F.press(try F.state(), "Z", "Asia/Tokyo", "Enter")
        let export = try CLIProcess.run(["export", CLIProcess.fixture, "--lanes", "--tz", "Asia/Tokyo"])
        let exported = export.stdout.split(separator: "\n").map(String.init).filter { $0.hasSuffix("2017") || $0.hasSuffix(")") }
            .filter { $0.first?.isLetter == true && $0.contains(" 2017") }
        #expect(exported.contains("Friday 3 November 2017 (day in America/New_York)"), "\(exported)")
        for s in [tz, chosen, F.press(tz, "l"), F.press(tz, "r")] {
            let screen = F.screen(s)
            let rows = screen.split(separator: "\n").filter { $0.contains("time unknown") }
            #expect(rows.count == 3 && rows.allSatisfy { !$0.contains("time unknown …") && !$0.contains("(day in") }, "\(screen)")
            #expect(screen.contains(" ── Friday 3 November 2017 (day in America/New_York)"), "\(screen)")
            #expect(s.rows.compactMap { row -> String? in if case .day(let t) = row { t } else { nil } } == exported)
        }
        // In the file's own zone, nothing to say: plain headings.
        #expect(!F.screen(try F.state()).contains("(day in"))
    }
}
