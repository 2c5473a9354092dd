import Testing
import TimelineModel
@testable import timeline_tui

/// On a timeline too big to search or filter at each key, the work runs in the background
/// and the screen never states an answer that was not computed: it says `searching…` or
/// `filtering…` and keeps the last true answer (issue 8, item 10).
@Suite struct BackgroundWorkTests {
    typealias F = ViewerFixture

    func selectedID(_ s: ViewState) -> String? { s.selectedEvent?.id }

    /// The fixture, treated as a huge file.
    func big() throws -> ViewState {
        var s = try F.state(width: 120)
        s.liveSearchLimit = 5
        return s
    }

    func header(_ s: ViewState) -> String {
        String(F.screen(s).split(separator: "\n")[1])
    }

    /// What the runtime does with a quiet effect: its answer, as a message.
    func answer(_ s: ViewState) throws -> Message {
        let effect = try #require(s.effect)
        return try #require(EffectRunner.perform(effect, for: s))
    }

    @Test func aSearchRunsWhenTypingPausesAndSaysSoUntilItsAnswerIsIn() throws {
        // Two letters wait for Enter, even after a pause.
        var s = update(F.press(try big(), "/", "tw"), .keysPaused)
        #expect(s.effect == nil && s.matches.isEmpty)
        #expect(header(s).contains("search “tw”: Enter searches"), "\(header(s))")
        s = F.press(s, "itter")
        #expect(s.effect == nil && s.matches.isEmpty)
        #expect(selectedID(s) == "last-tweet-before")
        #expect(!F.screen(s).contains("no match"))
        // The pause starts it in the background; the screen says so, never “no match”.
        s = update(s, .keysPaused)
        guard case .search(let job)? = s.effect else { Issue.record("no search started: \(String(describing: s.effect))"); return }
        #expect(job.query == "twitter")
        #expect(header(s).contains("search “twitter”: searching…"), "\(header(s))")
        #expect(!F.screen(s).contains("no match"))
        // Another pause does not start it twice.
        #expect(update(s, .keysPaused).effect == nil)
        // Its answer is what searching at each key gives.
        s = update(s, try answer(s))
        let live = F.press(try F.state(), "/", "twitter")
        #expect(s.matches == live.matches && !s.matches.isEmpty)
        #expect(selectedID(s) == selectedID(live))
        #expect(header(s).contains("search “twitter”: \(live.matches.count) matches"))
        // Typing on keeps the last true answer, named as such, while the next one runs.
        s = update(F.press(s, "gov"), .keysPaused)
        let running = s
        #expect(header(s).contains("search “twittergov”: searching… (“twitter”: \(live.matches.count) matches)"),
                "\(header(s))")
        // Enter while it runs says it is searching, then the answer when it comes.
        s = update(s, .key(.enter))
        #expect(s.effect == nil)
        #expect(s.message == "Searching “twittergov”…")
        #expect(F.press(s, "n").message == "Still searching “twittergov”…")
        s = update(s, try answer(running))
        #expect(s.matches.count == 4)
        #expect(s.message == "4 matches for “twittergov”: n next, N previous.")
        #expect(selectedID(s) == "restored")
        #expect(header(s).contains("search “twittergov”: 4 matches"))
    }

    @Test func enterBeforeAnyPauseSearchesAndSaysTheAnswerWhenItComes() throws {
        var s = update(F.press(try big(), "/", "zebra"), .key(.enter))
        #expect(s.message == "Searching “zebra”…")
        #expect(!F.screen(s).contains("no match"))
        s = update(s, try answer(s))
        #expect(s.message == "No match for “zebra”.")
        #expect(header(s).contains("search “zebra”: no match"))
        // As F.press does it (the answer sent back at once), the same.
        let entered = F.press(try big(), "/", "twittergov", "Enter")
        #expect(entered.matches.count == 4 && selectedID(entered) == "restored")
        #expect(entered.message?.hasPrefix("4 matches") == true)
    }

    @Test func anAnswerForAnOlderListIsDropped() throws {
        var s = update(F.press(try big(), "/", "twitter"), .keysPaused)
        let stale = try answer(s)
        // The filter changes what is shown before the search's answer comes.
        s = update(s, .key(.escape))
        s = F.press(s, "f", "kind:statement", "Enter")
        #expect(s.shownFilterText == "kind:statement")
        let after = update(s, stale)
        #expect(after.matches.isEmpty)
    }

    @Test func aFilterRunsInTheBackgroundAndTheListShowsTheLastTrueAnswer() throws {
        var s = F.press(try big(), "f")
        s = update(F.press(s, "C-u", "kind:statement"), .key(.enter))
        guard case .filter(let job)? = s.effect else { Issue.record("no filter started"); return }
        #expect(job.typed == "kind:statement")
        #expect(s.shown.count == 10)
        #expect(s.message == "Filtering “kind:statement”…")
        #expect(header(s).contains("10 events · filtering “kind:statement”…"), "\(header(s))")
        s = update(s, try answer(s))
        #expect(s.shown.count == 5)
        #expect(header(s).contains("5/10 events, filter “kind:statement”"))
        #expect(!header(s).contains("filtering"))
        #expect(s.message == "5 of 10 events match “kind:statement”.")
        // An answer to a filter no longer asked for is dropped.
        var changed = update(F.press(try big(), "f", "C-u", "kind:statement"), .key(.enter))
        let old = try answer(changed)
        changed = F.press(changed, "c")
        changed = update(changed, old)
        #expect(changed.shown.count == 10 && changed.shownFilterText.isEmpty)
    }

    /// The real loop runs the work on another thread and hands the answer back.
    @Test func theRuntimeAnswersBackgroundWorkThroughUpdate() async throws {
        let runner = EffectRunner(exports: ExportService(bytes: { _, _ in [] }))
        var s = update(F.press(try big(), "/", "twittergov"), .keysPaused)
        let effect = try #require(s.effect)
        let atOnce = runner.start(effect, for: s)
        #expect(atOnce == nil, "a search must not be done inside the loop's turn")
        var answers: [Message] = []
        for _ in 0..<200 where answers.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            answers = runner.finished()
        }
        #expect(answers.count == 1)
        for a in answers { s = update(s, a) }
        #expect(s.matches.count == 4)
    }
}
