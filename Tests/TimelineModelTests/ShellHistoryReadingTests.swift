import Foundation
import Testing
@testable import TimelineModel

/// Shell histories with times, as bash 5.2 (`HISTTIMEFORMAT` set; `lithist` too), zsh 5.9
/// (`EXTENDED_HISTORY`) and tcsh 6.24 wrote them here: each command at its epoch second in
/// UTC, to the second; zsh's escaped bytes read back as the text typed; zsh's elapsed
/// seconds a span; a history without times declined.
@Suite struct ShellHistoryReadingTests {
    typealias F = FormatFixtures

    static func problems(_ text: String, name: String = ".bash_history", format: InputFormat? = nil) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: ReadOptions(format: format))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func bashWithHISTTIMEFORMAT() throws {
        let t = try F.load("shell-history/bash_history")
        #expect(t.inputFormat == "shell history (bash)")
        #expect(t.events.map(\.title) == ["ls /tmp > /dev/null", #"echo "héllo wörld 日本""#, "for i in 1 2; do echo $i; done",
                                          "sleep 1", "curl -s http://localhost:9/health || echo down", "exit"])
        #expect(t.events.allSatisfy { $0.actor == nil && $0.end == nil })
        // #1796090834: seconds, no digit more.
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("ls /tmp", in: utc)! == ("Tuesday 1 December 2026", "02:07:14"))
        #expect(F.shown("curl -s", in: F.exportLines(t, zone: "America/Los_Angeles"))! == ("Monday 30 November 2026", "18:07:15"))
    }

    @Test func aCommandOfSeveralLines() throws {
        // bash with `shopt -s lithist` keeps a loop's lines: the first the title, all the text.
        let t = try F.load("shell-history/bash_history-lithist")
        let loop = try #require(t.events.first { $0.title.hasPrefix("for host") })
        #expect(loop.title == "for host in web1 web2; do")
        #expect(loop.text == "for host in web1 web2; do\n  ssh $host uptime\ndone 2>/dev/null")
        #expect(t.events.count == 4)
    }

    @Test func zshExtendedHistory() throws {
        let t = try F.load("shell-history/zsh_history")
        #expect(t.inputFormat == "shell history (zsh)")
        // zsh wrote 日本 with its Meta escapes (0x83): read back as typed, no U+FFFD.
        #expect(t.events.contains { $0.title == #"echo "héllo wörld 日本 ü""# })
        #expect(t.warnings.isEmpty)
        // A command continued with `\` is one event; its lines its text.
        let loop = try #require(t.events.first { $0.title.hasPrefix("for i") })
        #expect(loop.text == "for i in 1 2; do\necho $i\ndone")
        // `: 1796090872:2;sleep 2`: a span of the two seconds it ran.
        let sleep = try #require(t.events.first { $0.title == "sleep 2" })
        #expect(sleep.end != nil)
        #expect(F.text(t, zone: "UTC").contains("02:07:52–02:07:54 (2 s)"), "\(F.text(t, zone: "UTC"))")
        #expect(t.events.count == 5)
    }

    @Test func tcshHistory() throws {
        let t = try F.load("shell-history/tcsh_history")
        #expect(t.inputFormat == "shell history (tcsh)")
        #expect(t.events.map(\.title) == ["set history=100", "ls /tmp > /dev/null", #"echo "héllo wörld""#, "sleep 1",
                                          "history -S /tmp/r13st/tcsh_history"])
        #expect(F.shown("sleep 1", in: F.exportLines(t, zone: "Europe/Berlin"))! == ("Tuesday 1 December 2026", "03:08:06"))
    }

    @Test func theFilesGoToThisReader() throws {
        for name in ["shell-history/bash_history", "shell-history/bash_history-lithist", "shell-history/zsh_history", "shell-history/tcsh_history"] {
            #expect(try FormatDetectionTests.detect(F.bytes(name), name) == .shellHistory, "\(name)")
        }
    }

    @Test func aHistoryWithoutTimesIsDeclinedSayingWhy() {
        let problems = Self.problems("ls -la\ncd /tmp\nsudo reboot\n")
        #expect(problems.contains(".bash_history: not shell history: no line is a history time (bash's #1509662880 with HISTTIMEFORMAT set, "
            + "tcsh's #+1509662880, zsh's : 1509662880:0;… with EXTENDED_HISTORY); a history without times says nothing of when"), "\(problems)")
    }

    @Test func hostileHistoriesAreRefusedWithTheirPlace() throws {
        // No time at all, read as a history by name: refused, no time made up.
        #expect(Self.problems("ls\ncd /tmp\n", format: .shellHistory) == [
            ".bash_history:1:1: no command has a time line (#1509662880, #+1509662880 or : 1509662880:0;…); a history without times says nothing of when",
        ])
        // A time line with nothing after it: a warning, never a made-up command.
        let t = try TimelineLoader.load(bytes: Array("#1509662880\n#1509662881\nuptime\n".utf8), name: ".bash_history")
        #expect(t.events.map(\.title) == [EventTitle.none, "uptime"])
        #expect(t.warnings.map(\.description) == [".bash_history:1:1: no command after the time; shown as (no title)"])
        // Control characters typed into a command never reach the terminal raw.
        let escapes = try TimelineLoader.load(bytes: Array(": 1509662880:0;printf '\u{1B}]52;c;aGk=\u{07}'\n".utf8), name: ".zsh_history")
        #expect(!F.text(escapes, zone: "UTC").unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // A backslash at the very end of the file continues nothing: kept as written.
        let cut = try TimelineLoader.load(bytes: Array(": 1509662880:0;echo a\\".utf8), name: ".zsh_history")
        #expect(cut.events.map(\.title) == ["echo a\\"])
    }

    @Test func lnavsTcshHistory() throws {
        let t = try F.load("shell-history/lnav_tcsh_history.0")
        #expect(t.events.map(\.title) == ["./drive_vt52_curses", "exit"])
        #expect(F.shown("exit", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 2 November 2006", "17:59:45"))
    }

    @Test func aHistoryBegunBeforeItsTimesLeavesItsUntimedCommandsOut() throws {
        // bash wrote the commands typed before HISTTIMEFORMAT was set without a time.
        let text = "ls -la\ncd /srv\n#1509662880\nsudo systemctl restart nginx\n#1509662890\ntail -f /var/log/nginx/error.log\n"
        #expect(try FormatDetectionTests.detect(Array(text.utf8), ".bash_history") == .shellHistory)
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: ".bash_history")
        #expect(t.events.map(\.title) == ["sudo systemctl restart nginx", "tail -f /var/log/nginx/error.log"])
        #expect(t.warnings.map(\.description) == [
            ".bash_history:1:1: 2 lines before the first time line left out: the shell wrote no time for them (its times were turned on later)",
        ])
        #expect(F.shown("sudo systemctl", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 2 November 2017", "22:48:00"))
    }
}
