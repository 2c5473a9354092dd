import Foundation
import TestSupport
import Testing
import TimelineModel
@testable import timeline_tui

/// The width rule on a real terminal: an actor and a title full of sequences (ZWJ family,
/// skin tone, flag, VS16 heart, an accent, CJK) read in tmux exactly as `render` laid them
/// out. Had tmux counted a sequence other than ncursesw did, the text after it would
/// shift, and the padding before the next column (which ncurses reaches by moving the
/// cursor) would grow: sending the ZWJ of 👨‍👩‍👧 does that (4 more spaces in tmux 3.3a).
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct SequencesOnTerminalTests {
    static let title = "👨‍👩‍👧 family 👍🏽 ok 🇫🇷 France ❤️ love e\u{301}te\u{301} 障害 outage, and more words until the row is cut at the edge"

    @Test func aRowOfSequencesReadsAsRenderLaidItOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("widths-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("widths.json")
        let json = """
            {"title": "Widths", "timezone": "UTC", "events": [
              {"id": "a", "time": "2017-11-02T22:48:00Z", "actor": "plain long actor", "kind": "action", "title": "\(Self.title)"},
              {"id": "b", "time": "2017-11-02T22:49:00Z", "actor": "👨‍👩‍👧 🇫🇷", "kind": "action", "title": "after the actor column"}
            ]}
            """
        try json.write(to: file, atomically: true, encoding: .utf8)

        let timeline = try TimelineLoader.load(path: file.path)
        let state = ViewState(timeline: timeline, sourceName: file.path, local: .utc, width: 80, height: 24, measure: .screen)
        let rows = render(state, size: Size(width: 80, height: 24)).rows
        let t = try TmuxSession("\(TmuxSession.binary) \(file.path)")
        let screen = try t.waitFor("1/2").split(separator: "\n").map(String.init)
        for word in ["family", "after the actor column"] {
            let expected = try #require(rows.first { $0.contains(word) })
            let row = try #require(screen.first { $0.contains(word) })
            #expect(row == expected.replacingOccurrences(of: " +$", with: "", options: .regularExpression))
        }
        #expect(rows.contains { $0.contains("family") && $0.hasSuffix("…") })
        try t.send("q")
    }
}
