import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// A happening two files hold, shown once: the detail pane (Enter) and `export --details`
/// (text and Markdown) say how each file wrote it — its time in the display zone at its
/// own precision, `~` kept, its title when written otherwise, its id — in the same words.
@Suite struct WrittenCopiesTests {
    typealias D = DuplicatesFoldingTests

    /// `DuplicatesFoldingTests.state` folded, with the failover selected and its pane open.
    static func failoverOpen() throws -> ViewState {
        let s = try D.state()
        var folded = update(s, try D.folded(s))
        let at = try #require(folded.shown.firstIndex { folded.events[$0].title == "Failover started" })
        folded = ViewerFixture.press(folded, "g")
        for _ in 0..<at { folded = ViewerFixture.press(folded, "j") }
        return ViewerFixture.press(folded, "Enter")
    }

    @Test func theDetailPaneSaysHowEachFileWroteIt() throws {
        let s = try Self.failoverOpen()
        #expect(s.selectedEvent?.origins == ["edge", "core"])
        let lines = DetailPane.lines(try #require(s.selectedEvent), state: s, width: 80).map(\.text)
        // In New York (the home zone): the edge's to the second, the core's to the minute
        // (written at +01:00), its title in its own case and spaces.
        #expect(lines.suffix(3) == [
            "As each file wrote it:",
            "  edge: 05:02:00 · id x",
            "  core: 05:02 · id y · “failover  STARTED”",
        ])
        let screen = ViewerFixture.screen(s)
        #expect(screen.contains("  core: 05:02 · id y · “failover  STARTED”"))
    }

    @Test func aDateIsSaidWithItsDayAndAnEventOfOneFileHasNoLines() throws {
        let s = try D.state()
        let folded = update(s, try D.folded(s))
        let events = folded.events
        let day = try #require(events.indices.first { events[$0].title == "The day after" })
        #expect(WrittenCopies.lines(events[day], copies: events.copies(at: day), formatter: folded.formatter) == [
            "edge: time unknown · id day", "core: time unknown · id z · “the day  AFTER”",
        ])
        let alone = try #require(events.indices.first { events[$0].title == "Core report" })
        #expect(events.copies(at: alone).isEmpty)
    }

    /// `~` kept, the digits each file wrote, and a month said as the month it is.
    @Test func eachFileAtItsOwnPrecision() throws {
        let a = try D.file("a", zone: "UTC", #"{"id": "a1", "time": "2017-11-02T22:59Z", "title": "The account is restored"}"#)
        let b = try D.file("b", zone: "UTC", #"{"id": "b1", "time": "2017-11-02T22:59:30Z", "approximate": true, "title": "The account is RESTORED"}"#)
        let c = try D.file("c", zone: "UTC", #"{"id": "c1", "time": "2017-11", "title": "the account is restored"}"#)
        let merged = TimelineMerge.merge([a, b, c])
        #expect(merged.events.count == 1)
        let formatter = TimeFormatter(timeline: merged, zone: .utc)
        #expect(WrittenCopies.lines(merged.events[0], copies: merged.events.copies(at: 0), formatter: formatter) == [
            "a: 22:59 · id a1",
            "b: ~22:59:30 · id b1 · “The account is RESTORED”",
            "c: November 2017, known only to the month · id c1 · “the account is restored”",
        ])
        // Kept apart, each is its own event: nothing to say.
        let kept = TimelineMerge.merge([a, b, c], keepDuplicates: true)
        #expect(kept.events.indices.allSatisfy { kept.events.copies(at: $0).isEmpty })
    }

    /// The text and Markdown exports' details hold the pane's lines, word for word.
    @Test func theExportsSayWhatThePaneSays() throws {
        let s = try Self.failoverOpen()
        let e = try #require(s.selectedEvent)
        let lines = WrittenCopies.lines(e, copies: s.selectedCopies, formatter: s.formatter)
        let view = ExportView(timeline: s.timeline, zone: s.formatter.zone, details: true, width: nil)
        let text = String(decoding: ExportFormat.text.bytes(view), as: UTF8.self)
        let textLines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(textLines.contains(WrittenCopies.heading))
        for line in lines { #expect(textLines.contains(line), "\(line) not in\n\(text)") }
        for style in ExportView.MarkdownStyle.allCases {
            var md = view
            md.markdownStyle = style
            let markdown = String(decoding: ExportFormat.markdown.bytes(md), as: UTF8.self)
            #expect(markdown.contains("As each file wrote it:\n\n" + (style == .list ? "  " : "") + "- edge: 05:02:00 · id x\n"))
            #expect(markdown.contains("- core: 05:02 · id y · “failover  STARTED”\n"), "\(markdown)")
        }
        // Without details, nothing of it.
        let plain = String(decoding: ExportFormat.text.bytes(ExportView(timeline: s.timeline)), as: UTF8.self)
        #expect(!plain.contains(WrittenCopies.heading))
    }
}
