import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// `T` through `update`: reading again on each change, the selection on the end until a
/// key moves it, truncation said, a half-written file waited for.
@Suite struct FollowTests {
    typealias F = ViewerFixture

    @Test func followingReadsAgainAndStaysOnTheEndUntilAKeyMoves() throws {
        let s = F.press(try F.state(), "F")
        #expect(s.following && s.followsEnd)
        #expect(s.effect == .reload)
        #expect(s.selectedEvent?.id == "duysak-interview")
        let changed = F.send(s, .fileChanged(path: "t.json", removed: false))
        #expect(changed.effect == .reload)
        let fresh = ViewState(timeline: try ReloadTests.changed(), sourceName: s.sourceName, zones: [s.zone], measure: s.measure)
        let grown = F.send(s, .reloaded(fresh))
        #expect(grown.selectedEvent?.id == "later", "the selection follows the end")
        #expect(grown.following)
        // A key that moves leaves the end; new events no longer move the selection.
        let moved = F.press(s, "k")
        #expect(!moved.followsEnd)
        #expect(F.send(moved, .reloaded(fresh)).selectedEvent?.id == "nyt-contractor")
        #expect(F.press(moved, "G").followsEnd)
        #expect(!F.press(s, "F").following)
    }

    @Test func truncationIsSaidAndAHalfWrittenFileWaited() throws {
        let s = F.press(try F.state(), "F")
        let small = try TimelineLoader.load(bytes: Array(#"{"title": "t", "events": [{"id": "a", "time": "2017-11-03", "title": "x"}]}"#.utf8), name: "t.json")
        let t = F.send(s, .reloaded(ViewState(timeline: small, sourceName: "t.json", measure: s.measure)))
        #expect(t.events.count == 10)
        #expect(t.message?.hasPrefix("The file was truncated (1 events, were 10)") == true)
        let half = F.send(s, .reloadFailed(reason: "t.jsonl:12:40: unexpected end of line"))
        #expect(half.events.count == 10 && half.message == s.message)
    }
}
