import Foundation
import TestSupport
import Testing
import TimelineModel
@testable import timeline_tui

/// A terminal whose locale is not UTF-8 never blanks text: the screen takes a UTF-8 locale
/// for characters, or when there is none draws ASCII and says so.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct LocaleFallbackTests {

    /// `LANG=C LC_ALL=C`: the minus sign, the markers, the accents are all there.
    @Test func aCLocaleShowsEveryCharacter() throws {
        let t = try TmuxSession(TmuxSession.viewer, environment: ["LANG=C", "LC_ALL=C"])
        var screen = try t.waitFor("1/10")
        #expect(screen.contains("UTC−04:00 EDT"))
        #expect(screen.contains("▸18:35:43.905 @realDonaldTrump"))
        #expect(screen.contains("» Last tweet before the outage"))
        try t.send("j", "Enter")
        // The pane's text is waited for, not its divider: a capture can catch the frame half
        // drawn, the divider there and the list's old rows still under it.
        screen = try t.waitFor("célébrant son dernier jour")
        #expect(screen.contains("lines 1–"))
        #expect(screen.contains("« un employé de Twitter"))
        #expect(screen.contains("célébrant son dernier jour"))
        #expect(!screen.contains(AsciiFallback.notice))
        try t.send("q")
    }

    /// No UTF-8 locale (forced): ASCII look-alikes for the screen's signs, codes for the
    /// rest, the notice once on the status line, and not one other character on screen.
    @Test func withNoUTF8LocaleTheScreenIsASCIIAndSaysSo() throws {
        let t = try TmuxSession(TmuxSession.viewer, environment: ["LANG=C", "LC_ALL=C", "TIMELINE_TUI_ASCII=1"])
        var screen = try t.waitFor("1/10")
        #expect(screen.contains("UTC-04:00 EDT"))
        #expect(screen.contains(">18:35:43.905 @realDonaldTrump"))
        #expect(screen.contains(AsciiFallback.notice))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
        try t.send("j", "Enter")
        screen = try t.waitFor("c\\u{00E9}l\\u{00E9}brant son dernier jour")
        #expect(screen.contains("lines 1-"))
        #expect(screen.contains("< un employ\\u{00E9} de"))
        #expect(screen.contains("c\\u{00E9}l\\u{00E9}brant son dernier jour"))
        #expect(!screen.contains(AsciiFallback.notice))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(screen)")
        try t.send("q")
    }
}

/// The ASCII screen as `render` draws it: columns line up though text grows.
@Suite struct AsciiScreenTests {
    @Test func theDetailPaneInASCII() throws {
        var s = try ViewerFixture.state(width: 80, height: 24)
        s.asciiOnly = true
        s = ViewerFixture.press(s, "j", "Enter")
        let screen = ViewerFixture.screen(s)
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try ViewerFixture.expectGolden("ascii-detail-80x24", screen)
    }

    @Test func clippedTextEndsInThreeDotsAndWideTextKeepsItsColumns() {
        var f = Frame(width: 16, height: 2, asciiOnly: true)
        f.write("célébrant le jour", x: 0, y: 0)
        f.write("T−12 min ▸ «x»", x: 0, y: 1)
        #expect(f.rows == ["c\\u{00E9}l...   ", "T-12 min > <x>  "])
    }
}
