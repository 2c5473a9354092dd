import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// Times written to the 100 ns and the nanosecond in one merged file: the list and the
/// lanes show every digit written, as the export does, and never more.
@Suite struct LongFractionScreenTests {
    typealias F = ViewerFixture

    static let nanos = """
        {"title": "Nanos", "timezone": "UTC"}
        {"id": "n1", "time": "2017-11-02T22:50:00.1234567Z", "kind": "alert", "title": "seven digits"}
        {"id": "n2", "time": "2017-11-02T22:55:00.123456789Z", "end": "2017-11-02T22:56:00.123456789Z", "kind": "alert", "title": "nine digits"}
        {"id": "n3", "time": "2017-11-02T22:56:00.12Z", "kind": "note", "title": "two digits"}

        """

    func state(width: Int) throws -> ViewState {
        let nanos = try TimelineLoader.load(bytes: Array(Self.nanos.utf8), name: "ns.jsonl")
        let merged = TimelineMerge.merge([MergeInput(label: "2017-11-03", timeline: try F.timeline()), MergeInput(label: "ns", timeline: nanos)],
                                         title: nil, keepDuplicates: false)
        return F.press(ViewState(timeline: merged, sourceName: "2017-11-03.json, ns.jsonl", local: Zone(identifier: "Asia/Tokyo")!,
                                 width: width, height: 24, measure: .screen), "z")
    }

    func row(_ screen: String, _ title: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.contains(title) } ?? ""
    }

    @Test func everyWrittenDigitIsOnTheListAndInTheLanes() throws {
        for width in [80, 120] {
            let s = try state(width: width)
            #expect(s.zone.identifier == "UTC")
            for lanes in [false, true] {
                let screen = F.screen(lanes ? F.press(s, "l") : s)
                let seven = row(screen, "seven digits")
                #expect(seven.hasPrefix("  22:50:00.1234567 "), "\(width) \(lanes): \(seven)")
                #expect(row(screen, "nine digits").hasPrefix("  22:55:00.123456789 "), "\(width) \(lanes)")
                #expect(row(screen, "two digits").hasPrefix("  22:56:00.12 "), "\(width) \(lanes): no digit made up")
                #expect(row(screen, "Last tweet").contains("22:35:43.905 "))
                #expect(!screen.contains("00.1234…"))
            }
            // The export says the same times.
            let text = String(decoding: ViewCommand.export(s, as: .text, width: width).joined(), as: UTF8.self)
            #expect(text.contains("22:50:00.1234567\n") && text.contains("22:55:00.123456789–22:56:00.123456789 (1 min)"))
        }
        // A day in another zone is `time unknown`, never cut, under a heading naming whose
        // day it is (whole in the detail pane).
        let screen = F.screen(try state(width: 80))
        #expect(row(screen, "safeguards").hasPrefix("  time unknown  "))
        #expect(!screen.contains("(day…") && screen.contains(" ── Friday 3 November 2017 (day in America/New_York)"))
    }
}
