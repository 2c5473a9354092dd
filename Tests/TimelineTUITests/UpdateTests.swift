import Testing
import TimelineModel
@testable import timeline_tui

/// `update` driven by key sequences, checked on the state and on the rows a user sees.
@Suite struct UpdateTests {
    typealias F = ViewerFixture

    func selectedID(_ s: ViewState) -> String? { s.selectedEvent?.id }

    @Test func arrowsAndVimKeysMoveTheSelection() throws {
        let s0 = try F.state()
        #expect(selectedID(s0) == "last-tweet-before")
        let s1 = F.press(s0, "j", "Down")
        #expect(selectedID(s1) == "restored")
        #expect(F.screen(s1).split(separator: "\n").last!.hasPrefix(" 3/10 "))
        #expect(selectedID(F.press(s1, "k")) == "deactivation")
        #expect(selectedID(F.press(s1, "G")) == "duysak-interview")
        #expect(selectedID(F.press(s1, "G", "g")) == "last-tweet-before")
        #expect(selectedID(F.press(s1, "End", "Up", "Up")) == "twittergov-safeguards")
        // Moving past either end stays there.
        #expect(selectedID(F.press(s0, "kkk")) == "last-tweet-before")
        #expect(selectedID(F.press(s0, "jjjjjjjjjjjjjjj")) == "duysak-interview")
    }

    @Test func pagingKeepsTheSelectionOnScreen() throws {
        let s = F.press(try F.state(width: 40, height: 12), "PgDn")
        #expect(s.selected > 0)
        let screen = F.screen(s)
        #expect(screen.contains("▸"))
        let back = F.press(s, "b", "b", "b")
        #expect(selectedID(back) == "last-tweet-before")
    }

    @Test func enterOpensTheDetailAndArrowsScrollIt() throws {
        let s = F.press(try F.state(), "jjjjj", "Enter")
        #expect(s.detailOpen)
        let screen = F.screen(s)
        #expect(screen.contains("who did this on the employee’s last day"))
        let scrolled = F.press(s, "Down", "Down")
        #expect(scrolled.detailTop == 2)
        #expect(selectedID(scrolled) == "twittergov-last-day")
        #expect(selectedID(F.press(s, "Right")) == "trump-rogue-employee")
        let closed = F.press(s, "Enter")
        #expect(!closed.detailOpen)
        #expect(!F.press(s, "Esc").detailOpen)
    }

    @Test func zCyclesZonesAndTheListFollows() throws {
        let s0 = try F.state()
        #expect(F.screen(s0).contains("~18:48"))
        let utc = F.press(s0, "z")
        #expect(utc.zone.identifier == "UTC")
        #expect(F.screen(utc).contains("~22:48"))
        #expect(!F.screen(utc).contains("~18:48"))
        let names = F.press(s0, "zzz").zones.map(\.identifier)
        #expect(names == ["America/New_York", "UTC", "Asia/Tokyo", "Europe/Paris"])
        let paris = F.press(s0, "zzz")
        #expect(F.screen(paris).contains("~23:48"))
        #expect(F.screen(paris).contains("Europe/Paris UTC+01:00 CET"))
        #expect(F.press(s0, "zzzz").zone.identifier == "America/New_York")
    }

    @Test func capitalZAsksForAnyZoneWithCompletion() throws {
        let s = F.press(try F.state(), "Z", "Asia/Kolk", "Tab")
        #expect(s.prompt?.text == "Asia/Kolkata")
        let done = F.press(s, "Enter")
        #expect(done.zone.identifier == "Asia/Kolkata")
        #expect(F.screen(done).contains("Asia/Kolkata UTC+05:30"))
        let bad = F.press(try F.state(), "Z", "Mars/Olympus", "Enter")
        #expect(bad.zone.identifier == "America/New_York")
        #expect(bad.message?.contains("Unknown zone") == true)
    }

    @Test func incrementalSearchHighlightsAndNextPrevious() throws {
        let s = F.press(try F.state(), "/", "twittergov")
        #expect(s.prompt != nil)
        #expect(selectedID(s) == "restored")  // a source quotes @TwitterGov
        let kept = F.press(s, "Enter")
        #expect(kept.prompt == nil)
        // The restored account's source quotes @TwitterGov, and its three statements.
        #expect(kept.matches.count == 4)
        #expect(selectedID(F.press(kept, "n")) == "twittergov-human-error")
        #expect(selectedID(F.press(kept, "n", "N")) == "restored")
        // Matches are highlighted in the list.
        let frame = render(kept, size: Size(width: 80, height: 24))
        let row = frame.rows.firstIndex { $0.contains("@TwitterGov blames") }!
        #expect((0..<80).contains { frame[$0, row].style.role == .match })
        // Esc while typing drops the search and goes back.
        let dropped = F.press(try F.state(), "j", "/", "twittergov", "Esc")
        #expect(dropped.search.isEmpty)
        #expect(selectedID(dropped) == "deactivation")
    }

    @Test func filterNarrowsTheListAndEscClearsIt() throws {
        let s = F.press(try F.state(), "f", "kind:statement", "Enter")
        #expect(s.shown.count == 5)
        let screen = F.screen(s)
        #expect(screen.contains("5/10 events, filter “kind:statement”"))
        #expect(!screen.contains("deactivated"))
        let actor = F.press(try F.state(), "f", "actor:twittergov", "Enter")
        #expect(actor.shown.count == 3)
        let tag = F.press(try F.state(), "f", "tag:insider", "Enter")
        #expect(tag.shown.count == 4)
        let cleared = F.press(s, "c")
        #expect(cleared.shown.count == 10)
        #expect(cleared.filter.isEmpty)
        let none = F.press(try F.state(), "f", "zebra", "Enter")
        #expect(F.screen(none).contains("No event matches the filter “zebra”"))
    }

    @Test func relativeTimesFromFirstEventOrMark() throws {
        let s = F.press(try F.state(), "r")
        #expect(F.screen(s).contains("T+12 min"))
        let marked = F.press(try F.state(), "j", "m", "r")
        #expect(marked.relative)
        #expect(F.screen(marked).contains("T+0"))
        #expect(F.screen(marked).contains("T−12 min"))
        #expect(F.press(marked, "m").mark == nil)
    }

    /// Counted from the approximate ~18:48 every relative time keeps the `~`; counted
    /// from the day-only TechCrunch interview, whole days only.
    @Test func relativeTimesSayNoMoreThanTheMarkKnows() throws {
        let approx = F.press(try F.state(width: 100, height: 30), "j", "m", "r")
        let rows = F.screen(approx).split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("18:35:43.905") && $0.contains("~T−12 min") }, "\(rows)")
        #expect(rows.contains { $0.contains("20:05:07.247") && $0.contains("~T+1 h 17 min") }, "\(rows)")
        #expect(rows.contains { $0.contains("~18:48") && $0.contains("T+0") })
        let detail = F.screen(F.press(approx, "g", "Enter"))
        #expect(detail.contains("~T−12 min"))

        let dayOnly = F.press(try F.state(width: 100, height: 30), "G", "m", "r")
        let screen = F.screen(dayOnly)
        #expect(screen.contains("~T−27 days"), "\(screen)")
        #expect(screen.contains("same day"))
        #expect(!screen.contains("T−27 d "), "\(screen)")
        let shown = dayOnly.shownEvents.map { dayOnly.formatter.relative($0, to: dayOnly.origin!) }
        #expect(shown.allSatisfy { $0.hasPrefix("~T") && $0.hasSuffix("days") || $0 == "same day" }, "hours from a day-only mark: \(shown)")
    }

    @Test func exportAsksForAPathAndNeverClobbersWithoutAsking() throws {
        let s = F.press(try F.state(), "e")
        #expect(s.prompt?.text == "2017-11-03.txt")
        // The name suggested is drawn dim and replaced by what is typed, as in a save
        // dialog; a key that edits takes it as it is.
        let frame = render(s, size: Size(width: s.width, height: s.height))
        #expect(frame[12, s.height - 1].style.attributes.contains(.dim))
        #expect(!frame[2, s.height - 1].style.attributes.contains(.dim), "the label is not")
        #expect(F.press(s, "notes.md").prompt?.text == "notes.md")
        #expect(F.press(s, "BSpace", "s").prompt?.text == "2017-11-03.txs")
        #expect(F.press(s, "Home", "x").prompt?.text == "x2017-11-03.txt")
        let go = F.press(s, "Enter")
        #expect(go.effect == .export(path: "2017-11-03.txt", format: .text, overwrite: false))
        var exists = go
        exists.askOverwrite("2017-11-03.txt", format: .text)
        #expect(F.screen(exists).contains("2017-11-03.txt exists. Overwrite it? (y/n)"))
        #expect(F.press(exists, "y").effect == .export(path: "2017-11-03.txt", format: .text, overwrite: true))
        let no = F.press(exists, "n")
        #expect(no.effect == nil)
        #expect(no.message?.contains("left as it was") == true)
    }

    @Test func thePathsEndingChoosesTheExportFormatOrTheUserIsAsked() throws {
        func typed(_ path: String, _ s: ViewState) -> ViewState {
            var s = F.press(s, "e")
            for _ in 0..<(s.prompt?.text.count ?? 0) { s = F.press(s, "BSpace") }
            for c in path { s = F.press(s, String(c)) }
            return F.press(s, "Enter")
        }
        let marked = F.press(try F.state(), "j", "m")
        #expect(typed("notes.md", marked).effect == .export(path: "notes.md", format: .markdown, overwrite: false))
        #expect(typed("t.CSV", marked).effect == .export(path: "t.CSV", format: .csv, overwrite: false))
        #expect(typed("t.jsonl", marked).effect == .export(path: "t.jsonl", format: .jsonl, overwrite: false))
        let asked = typed("notes", marked)
        #expect(asked.effect == nil)
        #expect(F.screen(asked).contains("format (Tab for the next: text, markdown, csv, json…): text"))
        #expect(F.press(asked, "Tab", "Tab").prompt?.text == "csv")
        #expect(F.press(asked, "Tab", "Tab", "Enter").effect == .export(path: "notes", format: .csv, overwrite: false))
        var answer = asked
        for _ in 0..<4 { answer = F.press(answer, "BSpace") }
        for c in "timelinejs" { answer = F.press(answer, String(c)) }
        #expect(F.press(answer, "Enter").effect == .export(path: "notes", format: .timelineJS, overwrite: false))
        let plain = F.press(asked, "Enter")
        #expect(plain.effect == .export(path: "notes", format: .text, overwrite: false))
        var wrong = asked
        for c in "x" { wrong = F.press(wrong, String(c)) }
        let refused = F.press(wrong, "Enter")
        #expect(refused.effect == nil && refused.message == "Not exported: no format called “x”.", "typing replaces the suggestion")
        // The start of a name and Tab completes it.
        #expect(F.press(asked, "timesk", "Tab").prompt?.text.hasPrefix("timesketch-") == true)
        #expect(F.press(asked, "timesketch-c", "Tab", "Enter").effect == .export(path: "notes", format: .timesketchCSV, overwrite: false))
        // Overwriting keeps the format chosen.
        var exists = typed("notes.md", marked)
        exists.askOverwrite("notes.md", format: .markdown)
        #expect(F.press(exists, "y").effect == .export(path: "notes.md", format: .markdown, overwrite: true))
    }

    /// `e` suggests the file's name without its ending, never the file shown itself; a
    /// merge is named after its first file, as its title is.
    @Test func theExportSuggestsTheFirstFilesNameWithoutItsEnding() throws {
        #expect(try F.state().defaultExportPath == "2017-11-03.txt")
        #expect(try LaneScreenTests.merged(width: 80, height: 24).defaultExportPath == "2017-11-03.txt")
        let named = { (name: String) in ViewState(timeline: try F.timeline(), sourceName: name, measure: .screen).defaultExportPath }
        #expect(try named("/var/log/edge.log") == "edge.txt")
        #expect(try named("sigma_events.csv") == "sigma_events.txt")
        #expect(try named("notes.txt") == "notes.txt.txt", "never the file shown")
        #expect(try named("<stdin>") == "timeline.txt")
    }

    /// In the lane view `e` writes lanes only as text: the message says what the file holds.
    @Test func theExportMessageSaysWhetherLanesWereWritten() throws {
        let lanes = F.press(try F.state(), "l")
        #expect(F.send(lanes, .exported(path: "t.txt", count: 10, format: .text)).message == "Exported 10 events to t.txt as lanes by actor.")
        #expect(F.send(lanes, .exported(path: "t.md", count: 10, format: .markdown)).message
                == "Exported 10 events to t.md as markdown (lanes are text only).")
        #expect(F.send(try F.state(), .exported(path: "t.md", count: 10, format: .markdown)).message == "Exported 10 events to t.md as markdown.")
    }

    @Test func helpListsEveryKeyOfTheTable() throws {
        // Wide enough that no help line wraps (the filter's is the longest).
        let s = F.press(try F.state(width: 140, height: 60), "?")
        let screen = F.screen(s)
        for b in KeyBindings.table where b.shownInHelp {
            #expect(screen.contains(KeyBindings.keyNames(b)), "help lacks \(KeyBindings.keyNames(b))")
            #expect(screen.contains(b.help), "help lacks “\(b.help)”")
        }
        #expect(!F.press(s, "Esc").helpOpen)
        #expect(F.press(try F.state(), "q").effect == .quit)
    }

    /// Each key is on one row of the help, once: `l` (lanes; the detail pane's scroll right)
    /// and the keys that close the help are said on the rows of `l`, `h` and `?`.
    @Test func helpNamesEachKeyOnceAndEveryKey() throws {
        let listed = KeyBindings.table.filter(\.shownInHelp).flatMap(\.keys)
        var seen: Set<Key> = []
        for key in listed { #expect(seen.insert(key).inserted, "\(key.name) is on two rows of the help") }
        #expect(seen == Set(KeyBindings.table.flatMap(\.keys)), "a key missing from the help")
        let screen = F.screen(F.press(try F.state(width: 140, height: 60), "?"))
        let rows = screen.split(separator: "\n").filter { $0.hasPrefix("  l ") }
        #expect(rows.count == 1)
        #expect(rows.first?.contains("lanes on / off") == true && rows.first?.contains("scroll right") == true)
        #expect(screen.contains("this help (q, Esc, ? or Enter close it)"))
        // What a merged timeline's source column says, with the other markers.
        #expect(screen.contains("several files: the file's label after the time"))
    }

    /// The keys the help names in the detail pane do what it says there: `l` scrolls
    /// right (not lanes), `h` back.
    @Test func lInTheDetailPaneScrollsAndInTheListShowsLanes() throws {
        let s = try F.state(width: 40, height: 20)
        #expect(F.press(s, "l").lanes != nil)
        let detail = F.press(s, "Enter", "l")
        #expect(detail.lanes == nil && detail.detailOpen)
    }

    @Test func resizeBelowTheMinimumSaysSoAndRecovers() throws {
        let s = try F.state()
        let tiny = update(s, .resize(width: 20, height: 5))
        #expect(F.screen(tiny).contains("too small"))
        let back = update(F.press(tiny, "j"), .resize(width: 80, height: 24))
        #expect(selectedID(back) == "deactivation")
        #expect(F.screen(back).contains("▸~18:48"))
    }

    @Test func clickSelectsAndWheelScrolls() throws {
        let s = try F.state()
        let rows = render(s, size: Size(width: 80, height: 24)).rows
        let y = rows.firstIndex { $0.contains("rogue employee") }!
        #expect(selectedID(update(s, .click(x: 10, y: y))) == "trump-rogue-employee")
        #expect(update(s, .wheelDown).selected == 3)
    }
}

/// A big timeline is laid out in a window around the selection; moving through it shows
/// the same rows as laying out everything.
@Suite struct ListWindowTests {
    typealias F = ViewerFixture

    @Test func aWindowedListShowsTheSameSelectedRowsAsTheFullOne() throws {
        var windowed = try F.state(width: 80, height: 12)
        windowed.windowLimit = 8  // more than a screenful, fewer than the 10 events
        windowed.relayout()
        var full = try F.state(width: 80, height: 12)
        #expect(windowed.rows.count < full.rows.count)
        func selectedRow(_ s: ViewState) -> String? {
            F.screen(s).split(separator: "\n").first { $0.contains("▸") }.map(String.init)
        }
        for key in F.keys(["jjjjjjjjj", "kkkk", "G", "g", "PgDn", "End", "b", "Home"]) {
            windowed = update(windowed, key)
            full = update(full, key)
            #expect(windowed.selectedEvent?.id == full.selectedEvent?.id, "after \(key.name)")
            #expect(selectedRow(windowed) != nil)
            #expect(selectedRow(windowed) == selectedRow(full), "after \(key.name)")
        }
        // The gap before the window's first event is kept.
        windowed = F.press(windowed, "G")
        #expect(windowed.windowStart > 0)
        #expect(F.screen(windowed).contains("· 26 days later ·"))
    }
}
