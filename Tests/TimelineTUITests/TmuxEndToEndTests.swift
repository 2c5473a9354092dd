import Foundation
import TestSupport
import Testing

/// The real binary on a real terminal (tmux), driven by keys. These run in CI (CI set):
/// there a missing tmux fails them; elsewhere they are skipped without tmux.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxEndToEndTests {

    @Test func selectionMovesAndTheDetailShowsTheSecondTwitterGovStatement() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        var screen = try t.waitFor("1/10")
        #expect(screen.contains("▸18:35:43.905 @realDonaldTrump"))
        try t.send("j")
        screen = try t.waitFor("2/10")
        #expect(screen.contains("▸~18:48"))
        // The selected row is drawn in reverse video.
        let styled = try t.capture(attributes: true)
        let row = styled.split(separator: "\n").first { $0.contains("~18:48") }.map(String.init) ?? ""
        #expect(row.contains("\u{1B}[7m") || row.contains("\u{1B}[0;7m"), "selected row not reversed: \(row.debugDescription)")
        try t.send("Down", "Down", "Down", "Down", "Enter")
        screen = try t.waitFor("employee’s last day")
        #expect(screen.contains("6/10"))
        #expect(screen.contains("22:00:28.893"))
        #expect(screen.contains("Through our investigation we have learned"))
        try t.send("q")
    }

    @Test func zTurns1848Into2248() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("~18:48")
        try t.send("z")
        let screen = try t.waitFor("~22:48")
        #expect(screen.contains(" UTC"))
        #expect(!screen.contains("~18:48"))
        try t.send("z", "z")
        try t.waitFor("Europe/Paris UTC+01:00 CET")
        #expect(try t.capture().contains("~23:48"))
    }

    /// `--tz` labels and shows the times in that zone, in the list, the detail and `e`.
    @Test func tzAsiaTokyoOpensOnTokyoTimes() throws {
        let t = try TmuxSession("\(TmuxSession.binary) --tz Asia/Tokyo \(ViewerFixture.fixturePath)")
        var screen = try t.waitFor("1/10")
        #expect(screen.contains(" Asia/Tokyo UTC+09:00 JST · 10 events"), "\(screen)")
        #expect(screen.contains(" ── Friday 3 November 2017"), "\(screen)")
        #expect(screen.contains("▸07:35:43.905"), "\(screen)")
        #expect(!screen.contains("18:35") && !screen.contains("Thursday"), "\(screen)")
        try t.send("j", "Enter")
        screen = try t.waitFor("Friday 3 November 2017, ~07:48–~07:59 (11 min), Asia/Tokyo UTC+09:00 JST")
        try t.send("Enter", "e")
        try t.waitFor("export to: 2017-11-03.txt")
        try t.send("Enter")
        try t.waitFor("Exported 10 events to")
        let expected = try runBinary(["export", ViewerFixture.fixturePath, "--tz", "Asia/Tokyo"])
        #expect(try Data(contentsOf: t.folder.appendingPathComponent("2017-11-03.txt")) == expected)
        try t.send("q")
    }

    /// `q` in the help closes it (as in tig and less); Ctrl-F pages, Ctrl-U edits a prompt.
    @Test func qClosesTheHelpAndControlKeysWork() throws {
        let t = try TmuxSession(TmuxSession.viewer, width: 80, height: 12)
        try t.waitFor("1/10")
        try t.send("?")
        try t.waitFor("q, Esc or ? closes")
        try t.send("q")
        try t.waitFor("Enter detail")
        try t.send("C-f")
        try t.waitUntilGone(" 1/10 ")
        try t.send("f")
        try t.type("zebra")
        try t.send("Left", "Left", "C-u")
        try t.waitFor("filter: ra")
        try t.send("Escape", "q")
        try t.waitUntilGone("Enter detail")
    }

    /// On a file too big to search at each key, `/rogue` and Enter at once never show
    /// “no match” before the answer (issue 8, item 10): the screen says it is searching.
    @Test(.tags(.slow)) func aBigFileNeverShowsAFalseNoMatch() throws {
        let t = try TmuxSession(TmuxSession.shell, width: 120)
        let file = t.folder.appendingPathComponent("big.jsonl")
        var text = #"{"title":"Big","timezone":"UTC"}"# + "\n"
        for i in 0..<210_000 {
            let title = i % 3 == 0 ? "a rogue change \(i)" : "routine change \(i)"
            text += #"{"id":"e\#(i)","time":"2017-11-02T22:35:43Z","title":"\#(title)"}"# + "\n"
        }
        try text.write(to: file, atomically: false, encoding: .utf8)
        try t.type("\(TmuxSession.binary) big.jsonl")
        try t.send("Enter")
        try t.waitFor("1/210000", timeout: 60)
        try t.type("/rogue")
        try t.send("Enter")
        var screens: [String] = []
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let screen = try t.capture()
            screens.append(screen)
            if screen.contains("70000 matches for “rogue”") { break }
            usleep(10_000)
        }
        #expect(screens.last?.contains("search “rogue”: 70000 matches") == true, "\(screens.last ?? "")")
        #expect(!screens.contains { $0.contains("no match") }, "a false “no match”: \(screens.first { $0.contains("no match") } ?? "")")
        try t.send("q")
    }

    @Test func exportWritesWhatTheExportCommandWrites() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.send("z", "e")
        try t.waitFor("export to: 2017-11-03.txt")
        try t.send("Enter")
        try t.waitFor("Exported 10 events to")
        let file = t.folder.appendingPathComponent("2017-11-03.txt")
        var expected = try runBinary(["export", ViewerFixture.fixturePath, "--tz", "UTC"])
        #expect(expected.count > 500)
        #expect(try Data(contentsOf: file) == expected)
        // The filtered view exports only what is shown; replacing the file asks first.
        try t.send("f")
        try t.type("kind:statement")
        try t.send("Enter")
        try t.waitFor("5/10 events")
        try t.send("e")
        try t.waitFor("export to:")
        try t.send("Enter")
        try t.waitFor("exists. Overwrite it? (y/n)")
        try t.send("y")
        try t.waitFor("Exported 5 events to")
        expected = try runBinary(["export", ViewerFixture.fixturePath, "--tz", "UTC", "--kind", "statement"])
        #expect(try Data(contentsOf: file) == expected)
        // “n” leaves the file alone.
        try t.send("e")
        try t.waitFor("export to:")
        try t.send("Enter")
        try t.waitFor("exists. Overwrite it? (y/n)")
        try FileManager.default.removeItem(at: file)
        try "mine".write(to: file, atomically: false, encoding: .utf8)
        try t.send("n")
        try t.waitFor("left as it was")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    }

    /// Escape sequences in a file (window title, clipboard, clear screen, bidi override)
    /// are shown as text and change nothing in the terminal.
    @Test func hostileTextNeverReachesTheTerminalRaw() throws {
        let t = try TmuxSession(TmuxSession.shell)
        let file = t.folder.appendingPathComponent("hostile.json")
        let esc = "\\u001b"
        let json = """
            {"title": "Hostile \(esc)]0;PWNED-TITLE\\u0007 file", "timezone": "UTC", "events": [
              {"id": "a", "time": "2020-01-01T10:00:00Z", "actor": "\(esc)]52;c;cHduZWQ=\\u0007mallory",
               "title": "clear \(esc)[2J\(esc)[H here \\u202Eevil", "text": "\(esc)]8;;http://x\(esc)\\\\link\(esc)]8;;\(esc)\\\\ end"}
            ]}
            """
        try json.write(to: file, atomically: true, encoding: .utf8)
        // Let panes set the clipboard, and prove a raw OSC 52 does set it here, so that the
        // check below can fail.
        _ = try t.tmux(["set-option", "-g", "set-clipboard", "on"])
        try t.type("printf '\\033]2;before\\007\\033]52;c;Y29udHJvbA==\\007'; clear")
        try t.send("Enter")
        let deadline = Date().addingTimeInterval(5)
        while try t.display("#{pane_title}") != "before", Date() < deadline { usleep(40_000) }
        #expect(try t.display("#{pane_title}") == "before")
        while try !t.tmux(["list-buffers"]).contains("control"), Date() < deadline { usleep(40_000) }
        #expect(try t.tmux(["list-buffers"]).contains("control"), "a raw OSC 52 did not reach the clipboard")
        try t.type("\(TmuxSession.binary) \(file.path)")
        try t.send("Enter")
        var screen = try t.waitFor("1/1")
        #expect(screen.contains("Hostile ^[]0;PWNED-TITLE^G file"))
        #expect(screen.contains("\\u{202E}evil"))
        try t.send("Enter")
        screen = try t.waitFor("^[]8;;http://x")
        #expect(screen.contains("Hostile"), "the screen was cleared:\n\(screen)")
        #expect(try t.display("#{pane_title}") == "before")
        let buffers = try t.tmux(["list-buffers"])
        #expect(!buffers.contains("pwned"), "clipboard set: \(buffers)")
        try t.send("q")
    }

    /// The file changing or vanishing while it is viewed: the viewer keeps what it loaded
    /// and says so.
    @Test func aFileChangedWhileViewedIsReported() throws {
        let t = try TmuxSession(TmuxSession.shell)
        let copy = t.folder.appendingPathComponent("copy.json")
        try FileManager.default.copyItem(atPath: ViewerFixture.fixturePath, toPath: copy.path)
        try t.type("\(TmuxSession.binary) copy.json")
        try t.send("Enter")
        try t.waitFor("1/10")
        try "{}".write(to: copy, atomically: false, encoding: .utf8)
        let screen = try t.waitFor("copy.json changed on disk: still showing what was loaded.")
        #expect(screen.contains("Jerome Powell"))
        try t.send("j")
        try t.waitFor("2/10")
        try t.send("q")
    }

    /// A Latin-1 file (é as the byte 0xE9) opens with U+FFFD in the list and the warning on
    /// the status line, until a key is pressed.
    @Test func aLatin1FileOpensWithTheWarningOnTheStatusLine() throws {
        let file = ViewerFixture.root.appendingPathComponent("Tests/Fixtures/hostile/latin1.json").path
        let t = try TmuxSession("\(TmuxSession.binary) \(file)", width: 100)
        let warning = "Warning: invalid UTF-8 shown as U+FFFD, line 3 (events[0].title); see timeline-tui validate"
        let screen = try t.waitFor(warning)
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 24 && rows[23].hasPrefix(" 1/1 " + warning), "\(screen)")
        #expect(rows[3].hasPrefix(" ▸18:35:43.905 · caf\u{FFFD} cr\u{FFFD}me"), "\(screen)")
        try t.send("j")
        try t.waitFor("Enter detail")
        #expect(!(try t.capture()).contains("invalid UTF-8"))
        try t.send("q")
    }

    /// An unknown TERM is refused with a sentence, not ncurses' own exit.
    @Test func anUnknownTerminalIsRefusedPlainly() throws {
        let t = try TmuxSession(TmuxSession.shell)
        try t.type("TERM=nonesuch \(TmuxSession.viewer); echo status=$?")
        try t.send("Enter")
        let screen = try t.waitFor("status=1")
        #expect(screen.contains("timeline-tui: cannot drive the terminal 'nonesuch'"))
    }

    /// Colours by kind; none with NO_COLOR (attributes such as reverse video stay).
    @Test func coloursByKindAndNoneWithNoColor() throws {
        let coloured = try TmuxSession(TmuxSession.viewer)
        try coloured.waitFor("1/10")
        let withColour = try coloured.capture(attributes: true)
        #expect(withColour.contains("\u{1B}[31m") || withColour.contains(";31m"), "no red for actions")
        let plain = try TmuxSession("NO_COLOR=1 " + TmuxSession.viewer)
        try plain.waitFor("1/10")
        let without = try plain.capture(attributes: true)
        #expect(!without.contains("31m") && !without.contains("32m") && !without.contains("36m"))
        #expect(without.contains("7m"))
        let flag = try TmuxSession(TmuxSession.viewer + " --no-color")
        try flag.waitFor("1/10")
        #expect(!(try flag.capture(attributes: true)).contains("32m"))
    }

    @Test func resizeTo50x12AndBackAndBelowTheMinimum() throws {
        let t = try TmuxSession(TmuxSession.viewer)
        try t.waitFor("1/10")
        try t.tmux(["resize-window", "-t", "0", "-x", "50", "-y", "12"])
        var screen = try t.waitFor("Eleven minutes")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { !$0.isEmpty }.count <= 12)
        try t.waitUntilGone("Jerome Powell named")  // the title is clipped at 50 columns now
        try t.tmux(["resize-window", "-t", "0", "-x", "20", "-y", "6"])
        try t.waitFor("too small")
        try t.tmux(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
        screen = try t.waitFor("Wednesday 29 November 2017")
        #expect(screen.contains("1/10"))
    }

    @Test func qLeavesTheShellWithTheTerminalRestored() throws {
        try checkRestored(after: { t in try t.send("q") }, status: "0")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        // bash drops the rest of the command line when its child dies of SIGINT: no status.
        try checkRestored(after: { t in try t.send("C-c") }, status: nil)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try checkRestored(after: { t in kill(try t.viewerPID(), SIGTERM) }, status: "143")
    }

    @Test func sighupRestoresTheTerminal() throws {
        try checkRestored(after: { t in kill(try t.viewerPID(), SIGHUP) }, status: "129")
    }

    @Test func aCrashRestoresTheTerminal() throws {
        try checkRestored(after: { t in kill(try t.viewerPID(), SIGSEGV) }, status: "139")
    }

    /// Runs the viewer from a shell, ends it with `end`, then checks the shell got back a
    /// sane terminal: normal screen, visible cursor, echo and line editing on.
    private func checkRestored(after end: (TmuxSession) throws -> Void, status: String?,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let t = try TmuxSession(TmuxSession.shell)
        try t.type("\(TmuxSession.viewer); echo \"status=$?\"")
        try t.send("Enter")
        try t.waitFor("1/10")
        #expect(try t.display("#{alternate_on}") == "1", sourceLocation: sourceLocation)
        try end(t)
        if let status { try t.waitFor("status=\(status)") }
        let deadline = Date().addingTimeInterval(5)
        while try t.display("#{alternate_on}") != "0", Date() < deadline { usleep(40_000) }
        #expect(try t.display("#{alternate_on} #{cursor_flag}") == "0 1", sourceLocation: sourceLocation)
        try t.type("stty -a | tr ' ' '\\n' | grep -xE -- '-?(echo|icanon)' | tr '\\n' ' '; echo")
        try t.send("Enter")
        let screen = try t.waitFor("\nicanon echo")
        #expect(!screen.contains("-echo") && !screen.contains("-icanon"), "terminal modes not restored:\n\(screen)", sourceLocation: sourceLocation)
        // What is typed now shows: echo is on.
        try t.type("echo typed-$((20+22))")
        try t.send("Enter")
        try t.waitFor("typed-42")
    }

    /// The binary's standard output with `args` (stdout a pipe, not a terminal).
    private func runBinary(_ args: [String]) throws -> Data {
        let r = try ChildProcess.run(TmuxSession.binary, args)
        #expect(r.status == 0)
        return r.output
    }
}
