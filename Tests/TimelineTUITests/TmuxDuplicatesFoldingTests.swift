import Foundation
import Testing

/// Two files sharing a happening on a real terminal (tmux): the viewer opens on the merged
/// events, folds the duplicate in the background and says so, as `export` shows it.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxDuplicatesFoldingTests {
    @Test func theSameHappeningInTwoFilesIsShownOnceAfterTheFirstScreen() throws {
        let t = try TmuxSession(TmuxSession.shell, width: 100, height: 24)
        // The restoration, written by the newsroom to the minute in its own words' case.
        try #"""
        {"title": "Newsroom", "timezone": "America/New_York", "events": [
          {"id": "n1", "time": "2017-11-02T19:10-04:00", "actor": "desk", "title": "Desk notices the account is back"},
          {"id": "n2", "time": "2017-11-02T18:59-04:00", "actor": "desk", "title": "The account is RESTORED, 11 minutes after it went down"}
        ]}
        """#.write(to: t.folder.appendingPathComponent("newsroom.json"), atomically: true, encoding: .utf8)
        try t.type("\(TmuxSession.binary) --tz UTC \(ViewerFixture.fixturePath) newsroom.json")
        try t.send("Enter")
        // 11 + 2 events, the restoration shown once with both files.
        let screen = try t.waitFor("1 event found in another file too now shown once (12 events).")
        #expect(screen.contains("· 12 events") && !screen.contains("folding duplicates"))
        try t.send("q")
    }
}
