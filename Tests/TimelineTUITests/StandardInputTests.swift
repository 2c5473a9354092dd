import Foundation
import TestSupport
import Testing

/// The timeline on standard input (`-`, or a pipe with no file), keys from the terminal,
/// and a key source that ends: the viewer stops with a sentence, it never spins.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct StandardInputTests {

    @Test func aPipedTimelineOpensAndQQuits() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try t.type("cat \(ViewerFixture.fixturePath) | \(TmuxSession.binary); echo status=$?")
        try t.send("Enter")
        var screen = try t.waitFor("1/10")
        #expect(screen.contains("Eleven minutes without @realDonaldTrump"))
        try t.send("j")  // keys come from the terminal, not from the pipe
        screen = try t.waitFor("2/10")
        try t.send("q")
        screen = try t.waitFor("status=0")
        #expect(try t.display("#{alternate_on}") == "0")
    }

    @Test func dashReadsStandardInputInTheViewer() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try t.type("\(TmuxSession.binary) - < \(ViewerFixture.fixturePath); echo status=$?")
        try t.send("Enter")
        try t.waitFor("1/10")
        try t.send("q")
        try t.waitFor("status=0")
    }

    /// The terminal hangs up under the viewer (no SIGHUP: it is not the session's
    /// terminal): the viewer notices, restores and exits 1 with a sentence, without
    /// spinning (it used to loop on get_wch's error at ~77 % CPU).
    @Test func aKeySourceThatEndsStopsTheViewerPlainly() throws {
        let pty = try PseudoTerminal([ViewerFixture.fixturePath])
        #expect(pty.waitFor("1/10"))
        pty.hangUp()
        let end = try #require(pty.waitForExit(within: 5), "the viewer is still running after its terminal hung up")
        #expect(end.status == 1)
        #expect(end.cpuSeconds < 2, "used \(end.cpuSeconds) s of CPU")
        #expect(pty.standardError.contains("timeline-tui: the keyboard went away"), "\(pty.standardError)")
    }

    /// The timeline on standard input and no terminal to read keys from (no /dev/tty).
    @Test func noTerminalForKeysIsSaidPlainly() throws {
        let pty = try PseudoTerminal([], stdinPath: ViewerFixture.fixturePath)
        let end = try #require(pty.waitForExit(within: 10))
        #expect(end.status == 1)
        #expect(pty.standardError.contains("cannot read keys: standard input is not a terminal and /dev/tty cannot be opened"), "\(pty.standardError)")
    }
}
