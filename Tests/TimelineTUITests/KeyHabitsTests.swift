import Testing
import TimelineModel
@testable import timeline_tui

/// Keys behave as less, vim, tig and readline users expect (issue 8, item 9).
@Suite struct KeyHabitsTests {
    typealias F = ViewerFixture

    func selectedID(_ s: ViewState) -> String? { s.selectedEvent?.id }

    @Test func qInTheHelpClosesTheHelpAsInTigAndLess() throws {
        let help = F.press(try F.state(), "?")
        #expect(help.helpOpen)
        for close in ["q", "Esc", "?", "Enter"] {
            let closed = F.press(help, close)
            #expect(!closed.helpOpen, "\(close)")
            #expect(closed.effect == nil, "\(close) quit from the help")
        }
        // Keys that mean something in the list do nothing in the help.
        let still = F.press(help, "j", "z", "f")
        #expect(still.helpOpen && still.prompt == nil && still.zone.identifier == "America/New_York")
        #expect(still.helpTop == 1)
        #expect(F.screen(help).contains("q, Esc or ? closes"))
    }

    @Test func theHelpsKeysAreInTheOneTable() throws {
        let closing = try #require(KeyBindings.table.first { $0.action == .closeHelp })
        #expect(closing.contexts == [.help])
        #expect(Set(closing.keys) == [.character("q"), .escape, .character("?"), .enter])
        let screen = F.screen(F.press(try F.state(width: 100, height: 60), "?"))
        // Said on the `?` row, not on a row of their own: no key twice in the help.
        #expect(!closing.shownInHelp)
        #expect(screen.contains("this help (q, Esc, ? or Enter close it)"))
    }

    @Test func ctrlFBPageAndCtrlDUHalfPage() throws {
        let s = try F.state(width: 80, height: 12)
        let paged = F.press(s, "C-f")
        #expect(paged.selected == F.press(s, "PgDn").selected)
        #expect(paged.selected > 0)
        #expect(F.press(paged, "C-b").selected == F.press(paged, "PgUp").selected)
        let half = F.press(s, "C-d")
        #expect(half.selected > 0 && half.selected < paged.selected)
        #expect(F.press(half, "C-u").selected == 0)
        // In the detail pane they scroll its text.
        let detail = F.press(try F.state(width: 40, height: 12), "jjjjj", "Enter", "C-d")
        #expect(detail.detailTop > 0)
        #expect(selectedID(detail) == "twittergov-last-day")
        #expect(F.press(detail, "C-u").detailTop == 0)
        // An unbound control key says so.
        #expect(F.press(s, "C-x").message == "^X: no such key. Press ? for help.")
    }

    @Test func markAndRelativeTimesAreIndependentAndTheMessagesTrue() throws {
        let s = try F.state()
        let marked = F.press(s, "j", "m")
        #expect(marked.mark != nil && !marked.relative)
        #expect(marked.message == "Marked as T+0: press r to show times relative to it.")
        #expect(!F.screen(marked).contains("T+0 "))
        let shown = F.press(marked, "r")
        #expect(shown.relative)
        #expect(shown.message == "Relative times from the mark (~18:48).")
        #expect(F.screen(shown).contains("~T−12 min"))
        // m then r: relative times on (m no longer switches them on behind the user's back).
        #expect(F.press(s, "m", "r").relative)
        let off = F.press(shown, "r")
        #expect(!off.relative && off.message == "Relative times off.")
        // Unmarking while relative times are off says nothing about them.
        let unmarked = F.press(off, "m")
        #expect(unmarked.mark == nil && unmarked.message == "Mark removed.")
        let unmarkedOn = F.press(shown, "m")
        #expect(unmarkedOn.relative && unmarkedOn.message == "Mark removed: relative times from the first event.")
    }

    @Test func escClearsTheSearchOnlyAndFClearsTheFilter() throws {
        let both = F.press(try F.state(), "f", "kind:statement", "Enter", "/", "twittergov", "Enter")
        #expect(both.shown.count == 5 && !both.search.isEmpty)
        let esc = F.press(both, "Esc")
        #expect(esc.search.isEmpty)
        #expect(esc.filter == "kind:statement" && esc.shown.count == 5)
        #expect(esc.message == "Search cleared. The filter stays: c clears it.")
        let again = F.press(esc, "Esc")
        #expect(again.filter == "kind:statement")
        #expect(again.message?.contains("c clears it (or f, then an empty line)") == true)
        let cleared = F.press(again, "c")
        #expect(cleared.filter.isEmpty && cleared.shown.count == 10)
        #expect(cleared.message == "Filter cleared: all 10 events shown.")
        // f then an empty line clears it too, and says so.
        let empty = F.press(esc, "f", "C-u", "Enter")
        #expect(empty.filter.isEmpty && empty.shown.count == 10)
        #expect(empty.message == "Filter cleared.")
    }

    @Test func promptsEditLikeReadline() throws {
        let s = F.press(try F.state(), "f", "C-u", "kind:statment")
        #expect(s.prompt?.text == "kind:statment")
        // ← to the typo, insert, End, Backspace.
        let fixed = F.press(s, "Left", "Left", "Left", "Left", "e")
        #expect(fixed.prompt?.text == "kind:statement")
        #expect(fixed.prompt?.line.cursor == 10)
        #expect(F.press(fixed, "Home", "x").prompt?.text == "xkind:statement")
        #expect(F.press(fixed, "End", "BSpace").prompt?.text == "kind:statemen")
        #expect(F.press(fixed, "Home", "Del").prompt?.text == "ind:statement")
        // Ctrl-W deletes the word before the cursor, Ctrl-U all before it, Ctrl-K all after.
        let words = F.press(try F.state(), "/", "rogue employee  ")
        #expect(F.press(words, "C-w").prompt?.text == "rogue ")
        #expect(F.press(words, "C-w", "C-w").prompt?.text == "")
        #expect(F.press(words, "Left", "Left", "Left", "C-u").prompt?.text == "e  ")
        #expect(F.press(words, "Home", "C-k").prompt?.text == "")
        // The search follows the edited text.
        let edited = F.press(try F.state(), "/", "rogue employeX", "BSpace", "Enter")
        #expect(edited.search == "rogue employe")
        #expect(selectedID(edited) == "trump-rogue-employee")
    }

    @Test func thePromptShowsItsCursor() throws {
        let s = F.press(try F.state(), "e", "Home")
        let frame = render(s, size: Size(width: 80, height: 24))
        #expect(frame.rows[23].hasPrefix("export to: 2017-11-03.txt"))
        #expect(frame.cursor == Frame.Point(x: "export to: ".count, y: 23))
        let end = render(F.press(s, "End"), size: Size(width: 80, height: 24))
        #expect(end.cursor == Frame.Point(x: "export to: 2017-11-03.txt".count, y: 23))
        // A zone prompt takes the same editing keys.
        #expect(F.press(try F.state(), "Z", "Asia/Tokio", "Left", "BSpace", "y").prompt?.text == "Asia/Tokyo")
    }

    @Test func eOffersTheLastPathUsed() throws {
        let s = F.press(try F.state(), "e", "C-u", "out/incident.txt", "Enter")
        #expect(s.effect == .export(path: "out/incident.txt", format: .text, overwrite: false))
        #expect(F.press(s, "e").prompt?.text == "out/incident.txt")
        #expect(F.press(try F.state(), "e").prompt?.text == "2017-11-03.txt")
    }
}
