import Foundation
import Testing
@testable import TimelineModel

/// strace's output with times, as strace 6.1 wrote it here (`-f -ttt -o`, `-f -tt` on the
/// terminal, `-t`): `-ttt`'s epoch seconds placed exactly to the microsecond; the time of
/// day of `-t`/`-tt` only on the date `--assume-date` names and in the zone `--assume-zone`
/// names, the next day after midnight; the line the title, the call the kind, the pid the actor.
@Suite struct StraceReadingTests {
    typealias F = FormatFixtures

    /// A fixture's problems, named by the file's own name.
    static func problems(_ name: String, _ options: ReadOptions = ReadOptions()) -> [String] {
        F.problems(name, options).map { $0.replacingOccurrences(of: F.folder.path + "/strace/", with: "") }
    }

    static func options(date: String? = nil, zone: String? = nil) -> ReadOptions {
        var o = ReadOptions()
        if let date {
            let p = date.split(separator: "-").map { Int($0)! }
            o.time.assumedDate = CivilDate(year: p[0], month: p[1], day: p[2])
        }
        o.time.assumedZone = zone.flatMap { Zone(identifier: $0) }
        return o
    }

    @Test func aTraceOfProcessesWithEpochTimes() throws {
        let t = try F.load("strace/sh-f-ttt-o.txt")
        #expect(t.inputFormat == "strace output")
        #expect(t.events.count == 95)
        let first = t.events[0]
        #expect(first.actor == "28031" && first.kind == "execve")
        #expect(first.title.hasPrefix(#"execve("/usr/bin/sh", ["sh", "-c", "#))
        let utc = F.exportLines(t, zone: "UTC")
        // 1796090084.306194: six digits written, six shown.
        #expect(F.shown(#"execve("/usr/bin/sh""#, in: utc)! == ("Tuesday 1 December 2026", "01:54:44.306194"))
        #expect(F.shown(#"execve("/usr/bin/sh""#, in: F.exportLines(t, zone: "Asia/Kolkata"))! == ("Tuesday 1 December 2026", "07:24:44.306194"))
        // An unfinished call and its resumption, a signal and an exit are events of their own.
        #expect(t.events.contains { $0.title == "vfork( <unfinished ...>" && $0.kind == "vfork" })
        #expect(t.events.contains { $0.title == "<... vfork resumed>) = 28033" && $0.kind == "vfork" })
        #expect(t.events.filter { $0.kind == "signal" }.count == 2)
        #expect(t.events.filter { $0.kind == "exit" }.map(\.title) == ["+++ exited with 0 +++", "+++ exited with 1 +++", "+++ exited with 0 +++"])
        #expect(Set(t.events.compactMap(\.actor)) == ["28031", "28032", "28033"])
    }

    @Test func timesOfDayNeedADateAndAZone() throws {
        #expect(Self.problems("strace/date-t.txt").first
            == #"date-t.txt:1:1: time "01:54:44" has no date (strace -t and -tt write only the time of day); add --assume-date with the date of the first line (for example --assume-date 2017-11-02) and --assume-zone with the zone strace ran in"#)
        #expect(Self.problems("strace/date-t.txt", Self.options(date: "2026-12-01")).first
            == #"date-t.txt:1:1: time "01:54:44" has no zone; add --assume-zone UTC (or the zone the writer used)"#)
        let t = try F.load("strace/date-t.txt", Self.options(date: "2026-12-01", zone: "Europe/Paris"))
        #expect(t.inputFormat == "strace output (times of day from 2026-12-01)")
        // -t writes whole seconds: no digit is made up.
        #expect(F.shown("exit_group(0)", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 1 December 2026", "00:54:44"))
    }

    @Test func aTerminalTraceWithPidsAndANoteInTheMiddleOfALine() throws {
        let t = try F.load("strace/sh-f-tt-terminal.txt", Self.options(date: "2026-12-01", zone: "UTC"))
        // strace's note of the new process cut the clone line: put back together.
        let clone = try #require(t.events.first { $0.kind == "clone" })
        #expect(clone.title == "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7ff6a3094a10) = 28038")
        #expect(clone.actor == nil)
        #expect(t.events.first { $0.kind == "kill" }?.actor == "28037")
        #expect(t.events.contains { $0.title == "+++ killed by SIGTERM +++" && $0.actor == "28038" })
        #expect(F.shown("kill(28038, SIGTERM)", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 1 December 2026", "01:54:44.372625"))
        #expect(t.events.count == 12)
    }

    @Test func aTracePastMidnightGoesOnTheNextDay() throws {
        let t = try F.load("strace/midnight-tt.txt", Self.options(date: "2017-11-01", zone: "America/New_York"))
        let lines = F.exportLines(t, zone: "America/New_York")
        #expect(F.shown("execve(", in: lines)! == ("Wednesday 1 November 2017", "23:59:59.874512"))
        #expect(F.shown("read(3,", in: lines)! == ("Thursday 2 November 2017", "00:00:00.000102"))
        // A line a little before the one above it (another process) is the same day.
        #expect(F.shown(#"write(1, "tick\n""#, in: lines)! == ("Thursday 2 November 2017", "00:00:00.000090"))
        #expect(F.shown("+++ killed by SIGTERM +++", in: lines)! == ("Thursday 2 November 2017", "00:00:03.500211"))
        #expect(t.events.allSatisfy { $0.actor == "4021" || $0.actor == "4022" })
    }

    @Test func relativeTimesAndNoTimesAreDeclinedWithTheWayOut() throws {
        let relative = Self.problems("strace/date-r.txt")
        #expect(relative.contains("date-r.txt: not strace output: its times are relative (strace -r): no instant to place them at; run strace with -ttt"), "\(relative)")
        let plain = Self.problems("strace/date-plain.txt")
        #expect(plain.contains("date-plain.txt: not strace output: strace output without times: run strace with -ttt (or -tt, and read with --assume-date and --assume-zone)"), "\(plain)")
    }

    @Test func theFilesGoToThisReader() throws {
        for name in ["strace/sh-f-ttt-o.txt", "strace/sh-f-tt-terminal.txt", "strace/date-t.txt", "strace/midnight-tt.txt"] {
            #expect(try FormatDetectionTests.detect(F.bytes(name), name) == .strace, "\(name)")
        }
    }

    @Test func hostileLinesAreRefusedWithTheirPlace() throws {
        let text = "1509662880.123456 openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY) = 3\n"
            + "   \n"
            + "garbage that is no trace\n"
            + "99:99:99.1 read(3, \"\", 1) = 0\n"
            + "1509662881.5 write(1, \"\\33[31mred\\7\", 9) = 9\n"
            + "strace: Process 7 attached\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "trace.txt")
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == [
                "trace.txt:3:1: not a strace line with a time (10:01:02.123456 openat(…) = 3)",
                "trace.txt:4:1: not a strace line with a time (10:01:02.123456 openat(…) = 3)",
            ])
        }
        // Escapes stay as strace wrote them (`\33`): nothing reaches the terminal raw.
        let ok = "1509662880.123456 openat(AT_FDCWD, \"/etc/hosts\", O_RDONLY) = 3\n1509662881.5 write(1, \"\\33[31mred\u{1B}\\7\", 9) = 9\n"
        let t = try TimelineLoader.load(bytes: Array(ok.utf8), name: "trace.txt")
        #expect(!F.text(t, zone: "UTC").unicodeScalars.contains { $0.value == 0x1B })
        #expect(F.shown("write(1,", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 2 November 2017", "22:48:01.5"))
    }

    @Test func lnavsStraceLogWithTimesSpentInCalls() throws {
        // lnav's test log: `-tt -T`, the time spent in each call after it (`<0.000264>`).
        let t = try F.load("strace/lnav_strace_log.0", Self.options(date: "2013-09-05", zone: "America/Los_Angeles"))
        #expect(t.events.count == 9)
        #expect(t.events[0].title == #"execve("/bin/ls", ["ls"], [/* 38 vars */]) = 0 <0.000264>"#)
        #expect(t.events.map(\.kind) == ["execve", "brk", "mmap", "access", "mmap", "access", "open", "fstat", "mmap"])
        #expect(F.shown("brk(0)", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 5 September 2013", "15:09:33.815688"))
    }

    @Test(arguments: ["strace/sh-f-ttt-o.txt", "strace/sh-f-tt-terminal.txt", "strace/date-t.txt", "strace/midnight-tt.txt",
                      "strace/lnav_strace_log.0"])
    func theSkimReadsAsTheReaderDoes(_ name: String) throws {
        // The first pass's skim and the whole reading agree on every event, listing and problem.
        let bytes = try F.bytes(name)
        for options in [ReadOptions(), Self.options(date: "2017-11-01", zone: "Europe/Paris"), Self.options(date: "2026-12-01", zone: "UTC")] {
            let (skimmed, whole, skims) = SkimComparison.loads(bytes, name: name) { StraceReader.reader($0, file: $1, options: options) }
            #expect(skims)
            try SkimComparison.expectSame(skimmed, whole)
        }
        // Some lines of each file are skimmed (their titles kept as bytes of the file).
        let file = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        let skim = StraceReader.skim(file, options: Self.options(date: "2026-12-01", zone: "UTC"), days: StraceDays(file, from: 0))
        var (offset, line, taken) = (0, 1, 0)
        while offset < file.count {
            if skim(offset, line) != nil { taken += 1 }
            offset = RecordFile.lineEnd(file, from: offset) + 1
            line += 1
        }
        #expect(taken > 0)
    }

    @Test func aFileOfOneProcessNamesItsPid() throws {
        // `strace -ff -o ff` writes one file a process, `ff.5061`, its lines without a pid.
        let parent = try F.load("strace/ff.5061")
        #expect(parent.events.count == 9)
        #expect(parent.events.allSatisfy { $0.actor == "5061" })
        #expect(parent.events[0].title == #"execve("/usr/bin/sh", ["sh", "-c", "echo hi; sleep 0.01 & wait"], 0x7ffe29e69c60 /* 39 vars */) = 0"#)
        let child = try F.load("strace/ff.5062")
        #expect(child.events.map(\.actor) == ["5062", "5062", "5062"])
        #expect(F.shown("+++ exited with 0 +++", in: F.exportLines(child, zone: "UTC"))! == ("Tuesday 1 December 2026", "03:09:32.357033"))
        for name in ["strace/ff.5061", "strace/ff.5062"] {
            let (skimmed, whole, _) = SkimComparison.loads(try F.bytes(name), name: name) { StraceReader.reader($0, file: $1, options: ReadOptions()) }
            try SkimComparison.expectSame(skimmed, whole)
        }
        // A name that ends in a word is no pid.
        #expect(StraceReader.pid(ofFile: "logs/trace.txt") == nil && StraceReader.pid(ofFile: "/tmp/trace.28031") == "28031")
    }

    @Test func pidsWithTheirCommandsNames() throws {
        // `strace -f -Y`: the command's name after each pid (`8470<sh>`), kept with it.
        let t = try F.load("strace/sh-f-Y-ttt.txt")
        #expect(t.events.count == 11)
        #expect(t.events[0].actor == "8470<strace>" && t.events[1].actor == "8470<sh>")
        #expect(Set(t.events.compactMap(\.actor)).contains("8471<sleep>"))
        let (skimmed, whole, _) = SkimComparison.loads(try F.bytes("strace/sh-f-Y-ttt.txt"), name: "sh-f-Y-ttt.txt") {
            StraceReader.reader($0, file: $1, options: ReadOptions())
        }
        try SkimComparison.expectSame(skimmed, whole)
        // Digits and no name, or brackets with nothing in them, are no pid.
        #expect(StraceLine(Substring("8470<> 1509662880.1 close(3) = 0")) == nil)
    }
}
