import Testing
import TimelineModel
@testable import timeline_tui

/// A count before a key, as in less and vim, through `update`.
@Suite struct CountTests {
    typealias F = ViewerFixture

    @Test func countsRepeatMovesAndNameTheEventForG() throws {
        let s0 = try F.state()
        let typed = F.press(s0, "5")
        #expect(typed.count == 5)
        #expect(F.screen(typed).hasSuffix(" 1/10 5" + String(repeating: " ", count: 73)))
        #expect(F.press(s0, "5j").selected == 5)
        #expect(F.press(s0, "G", "3k").selected == 6)
        #expect(F.press(s0, "10G").selectedEvent?.id == "duysak-interview")
        #expect(F.press(s0, "G", "7G").selectedEvent?.id == "trump-rogue-employee")
        #expect(F.press(s0, "G", "2g").selected == 1)
        let far = F.press(s0, "99G")
        #expect(far.selected == 9)
        #expect(far.message == "Only 10 events shown: went to the last.")
        // The count is used once, and Esc drops it.
        #expect(F.press(s0, "2jj").selected == 3)
        #expect(F.press(s0, "3", "Esc", "j").selected == 1)
        // 0 alone is not a count.
        #expect(F.press(s0, "0").count == nil)
        #expect(F.press(s0, "10j").selected == 9)
        #expect(F.press(s0, "2", "C-d").selected > F.press(s0, "C-d").selected)
    }
}
