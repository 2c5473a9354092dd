import Testing
import TimelineModel
@testable import timeline_tui

/// The status line's message is read whole: one too long for the row goes up over the
/// list's last rows until the next key, never cut mid-sentence.
@Suite struct StatusLineTests {
    typealias F = ViewerFixture

    @Test func aLongMessageWrapsAboveTheStatusLineUntilTheNextKey() throws {
        let s = F.press(try F.state(width: 80, height: 24), "Z", "+25:00", "Enter")
        let message = try #require(s.message)
        #expect(Printable.width(message) > 74, "long enough to need two rows: \(message)")
        let rows = F.screen(s).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let text = rows.suffix(3).map { $0.hasPrefix(" 1/10 ") ? String($0.dropFirst(6)) : $0 }
        let bottom = text.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(bottom.contains(message), "\(rows.suffix(3))")
        #expect(rows[23].hasPrefix(" 1/10 "))
        #expect(!rows.contains { $0.contains("…") && $0.contains("Not a zone") })
        // The next key clears it: the list's rows are back.
        let next = F.screen(F.press(s, "j")).split(separator: "\n").map(String.init)
        #expect(!next.joined().contains("Not a zone"))
        // A short one stays on its row.
        let short = F.screen(F.press(try F.state(width: 80, height: 24), "r")).split(separator: "\n").map(String.init)
        #expect(short[23].hasPrefix(" 1/10 Relative times from the first event"))
        #expect(!short[22].contains("Relative"))
    }
}
