import Testing
import TimelineModel
@testable import timeline_tui

/// `y` and ^T through `update`: the effect asked for, what the answer says, and the text.
@Suite struct CopyAndMouseTests {
    typealias F = ViewerFixture

    @Test func yAsksForTheLineOrTheDetailAndSaysWhatCameOfIt() throws {
        let s = F.press(try F.state(), "6j", "y")
        #expect(s.effect == .copy(index: 6, wholeDetail: false))
        #expect(F.press(s, "Enter", "y").effect == .copy(index: 6, wholeDetail: true))
        #expect(update(s, .copied(what: "the line", characters: 60)).message
            == "Copied the line (60 characters) to the clipboard (OSC 52).")
        #expect(update(s, .copyFailed(reason: "this terminal (TERM=linux) takes no clipboard copy")).message
            == "Not copied: this terminal (TERM=linux) takes no clipboard copy.")
        #expect(CopyText.text(s, index: 6, wholeDetail: false)
            == "06:51:51.120   @realDonaldTrump — Trump: taken down “by a rogue employee”")
        let detail = CopyText.text(s, index: 6, wholeDetail: true)
        #expect(detail.contains("\n") && detail.contains("rogue employee"))
    }

    @Test func ctrlTTurnsMouseReportingOffAndOn() throws {
        let off = F.press(try F.state(), "C-t")
        #expect(!off.mouseReporting)
        #expect(off.effect == .mouse(on: false))
        #expect(off.message == "Mouse off: the terminal's own selection works (^T: on).")
        let on = F.press(off, "C-t")
        #expect(on.mouseReporting && on.effect == .mouse(on: true))
    }
}
