import Foundation
import Testing

/// `timeline-tui export`: in the test process (`CLIRun`), and as a process where a case
/// needs its own current folder (files named as typed, `--output` beside them).
@Suite struct ExportCLITests {
    @Test(arguments: [
        ([String](), "export-new-york.txt"),
        (["--tz", "America/New_York"], "export-new-york.txt"),
        (["--tz", "UTC"], "export-utc.txt"),
        (["--tz", "Europe/Paris"], "export-paris.txt"),
        (["--details"], "export-details.txt"),
    ])
    func exportMatchesTheGolden(options: [String], golden: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture] + options)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == (try CLIProcess.golden(golden)))
    }

    /// The issue's "done when", read off the binary's output.
    @Test func theNightInNewYorkAndParis() throws {
        let ny = try CLIRun.run(["export", CLIProcess.fixture]).stdout
        let thursday = try #require(ny.range(of: "Thursday 2 November 2017\n"))
        let friday = try #require(ny.range(of: "Friday 3 November 2017\n"))
        let deactivation = try #require(ny.range(of: "  ~18:48–~18:59 (11 min)\n                 Twitter customer-support worker"))
        let first = try #require(ny.range(of: "  20:05:51.550   @TwitterGov"))
        let second = try #require(ny.range(of: "  22:00:28.893   @TwitterGov"))
        let reaction = try #require(ny.range(of: "  06:51:51.120   @realDonaldTrump — Trump: taken down “by a rogue employee”"))
        #expect(thursday.upperBound <= deactivation.lowerBound)
        #expect(deactivation.upperBound <= first.lowerBound && first.upperBound <= second.lowerBound)
        #expect(second.upperBound <= friday.lowerBound && friday.upperBound <= reaction.lowerBound)

        let paris = try CLIRun.run(["export", CLIProcess.fixture, "--tz", "Europe/Paris"]).stdout
        let parisFriday = try #require(paris.range(of: "Friday 3 November 2017\n"))
        let parisFirst = try #require(paris.range(of: "  01:05:51.550   @TwitterGov — @TwitterGov blames human error"))
        #expect(parisFriday.upperBound <= parisFirst.lowerBound)
    }

    @Test func widthWrapsOrNot() throws {
        let narrow = try CLIRun.run(["export", CLIProcess.fixture, "--width", "40"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
        let wide = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0"])
        #expect(wide.stdout.contains("  ~18:48–~18:59 (11 min)  Twitter customer-support worker — The account is deactivated by a worker on their last day; it stays down 11 minutes\n"))
    }

    @Test(arguments: [
        (["--tz", "Mars/Base"], "timeline-tui: unknown time zone 'Mars/Base'; use an IANA name such as Europe/Paris, UTC, local, or an offset such as +05:30\n"),
        (["--tz", "+25:00"], "timeline-tui: --tz: '+25:00' is not an offset: hours go up to 23; write an offset such as +05:30, -04:00 or UTC+05:30\n"),
        (["--assume-zone", "-4:5"], "timeline-tui: --assume-zone: '-4:5' is not an offset; write an offset such as +05:30, -04:00 or UTC+05:30\n"),
        (["--width", "5"], "timeline-tui: --width must be 0 (no wrapping) or at least 20, not 5 (see 'timeline-tui export --help')\n"),
        (["--force"], "timeline-tui: --force only applies with --output (see 'timeline-tui export --help')\n"),
        (["--bogus"], "timeline-tui: unknown option '--bogus' (see 'timeline-tui export --help')\n"),
    ])
    func usageErrorsExitTwo(options: [String], message: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture] + options)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == message)
    }

    @Test func aBadFileIsRefusedWithItsPlaceAndNothingIsWritten() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"title":"x","events":[{"id":"a","time":"2017-11-02T18:48","title":"t"}]}"#.utf8)
            .write(to: dir.appendingPathComponent("bad.json"))
        let r = try CLIProcess.run(["export", "bad.json", "--output", "out.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "bad.json:1:41: events[0].time: has no zone: add Z for UTC or an offset such as -04:00\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.json"])
        let missing = try CLIProcess.run(["export", "nothing-here.json"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "nothing-here.json: does not exist\n")
    }

    @Test func escapesFromTheFileNeverReachTheOutput() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = #"{"title":"\u001b]0;pwned\u0007 T","events":[{"id":"a","time":"2017-11-02T18:48Z","actor":"\u001b]52;c;cm0gLXJm\u0007","title":"e\u001b[2Jvil \u202e x","text":"\u009b31m\u2066"}]}"#
        try Data(hostile.utf8).write(to: dir.appendingPathComponent("hostile.json"))
        let r = try CLIProcess.run(["export", "hostile.json", "--details"], in: dir)
        #expect(r.status == 0)
        #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A })
        #expect(!r.stdout.unicodeScalars.contains { [0x7F, 0x9B, 0x202E, 0x2066].contains($0.value) })
        #expect(r.stdout.hasPrefix("^[]0;pwned^G T\n"))
        #expect(r.stdout.contains("  18:48          ^[]52;c;cm0gLXJm^G — e^[[2Jvil \\u{202E} x\n"))
    }

    /// Latin-1 text (é as 0xE9) in a file whose name holds an escape: written, with U+FFFD
    /// for the bad bytes and each warning, neutralised, on standard error.
    static let latin1: [UInt8] = Array(#"{"title":"caf"#.utf8) + [0xE9]
        + Array(#"","events":[{"id":"a","time":"2017-11-02T18:48Z","title":"cr"#.utf8) + [0xE8] + Array(#"me"}]}"#.utf8)

    @Test func invalidUTF8IsWrittenAsReplacementWithAWarningAndExitZero() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.latin1).write(to: dir.appendingPathComponent("latin\u{1B}1.json"))
        let warnings = """
            timeline-tui: warning: latin^[1.json:1:14: title: invalid UTF-8 at byte 13 (shown as U+FFFD)
            timeline-tui: warning: latin^[1.json:1:75: events[0].title: invalid UTF-8 at byte 74 (shown as U+FFFD)

            """
        let r = try CLIProcess.run(["export", "latin\u{1B}1.json", "--tz", "UTC", "--width", "0"], in: dir)
        #expect(r.status == 0)
        #expect(r.stderr == warnings)
        #expect(r.stdout.hasPrefix("caf\u{FFFD}\n====\n"))
        #expect(r.stdout.hasSuffix("  18:48          cr\u{FFFD}me\n"))
        let written = try CLIProcess.run(["export", "latin\u{1B}1.json", "--tz", "UTC", "--width", "0", "--output", "out.txt"], in: dir)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        #expect(written.stderr == warnings)
        #expect(try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8) == r.stdout)
    }
}
