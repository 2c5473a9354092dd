import Foundation
import Testing

/// `timeline-tui [FILE]` when it must not draw: bad files, stdout not a terminal.
@Suite struct ViewCommandTests {
    func run(_ shell: String) throws -> (status: Int32, output: String) {
        let r = try ChildProcess.run("/bin/sh", ["-c", shell])
        return (r.status, String(decoding: r.output, as: UTF8.self))
    }

    let bin = TmuxSession.binary

    @Test func withStdoutNotATerminalItPrintsTheTextExport() throws {
        let viewed = try run("'\(bin)' '\(ViewerFixture.fixturePath)' --tz Europe/Paris")
        let exported = try run("'\(bin)' export '\(ViewerFixture.fixturePath)' --tz Europe/Paris")
        #expect(viewed.status == 0)
        #expect(viewed.output == exported.output)
        #expect(viewed.output.contains("~23:48"))
    }

    @Test func noFileMeansTheBundledIncident() throws {
        let bundled = try run("'\(bin)'")
        let fixture = try run("'\(bin)' export '\(ViewerFixture.fixturePath)'")
        #expect(bundled.status == 0)
        #expect(bundled.output == fixture.output)
    }

    @Test func aBadFileIsRefusedWithTheLoadersMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vc-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.json")
        try #"{"title": "x", "events": [{"id": "a", "time": "2017-02-30T10:00Z", "title": "t"}]}"#
            .write(to: bad, atomically: true, encoding: .utf8)
        let r = try run("'\(bin)' '\(bad.path)' 2>&1 >/dev/null")
        #expect(r.status == 1)
        #expect(r.output.hasPrefix(bad.path + ":1:"))
        #expect(r.output.contains("events[0].time"))
        let missing = try run("'\(bin)' '\(dir.path)/nope.json' 2>&1")
        #expect(missing.status == 1)
        #expect(missing.output.contains("nope.json"))
    }

    /// `timeline-tui FILE | cat` with invalid UTF-8 in the file: the export on stdout, and
    /// on stderr the warnings exactly as `export` prints them; exit 0.
    @Test func withStdoutNotATerminalWarningsGoToStandardErrorAsExportPrintsThem() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(ExportCLITests.latin1).write(to: dir.appendingPathComponent("latin1.json"))
        // The viewer's own exit status, which `| cat` would hide, goes to a file.
        let viewed = try run("cd '\(dir.path)' && ('\(bin)' latin1.json --tz UTC 2>stderr.txt; echo $? >status.txt) | cat").output
        #expect(try String(contentsOf: dir.appendingPathComponent("status.txt"), encoding: .utf8) == "0\n")
        #expect(viewed.hasPrefix("caf\u{FFFD}\n====\n"))
        #expect(viewed.hasSuffix("  18:48          cr\u{FFFD}me\n"))
        let stderr = try String(contentsOf: dir.appendingPathComponent("stderr.txt"), encoding: .utf8)
        #expect(stderr == """
            timeline-tui: warning: latin1.json:1:14: title: invalid UTF-8 at byte 13 (shown as U+FFFD)
            timeline-tui: warning: latin1.json:1:75: events[0].title: invalid UTF-8 at byte 74 (shown as U+FFFD)

            """)
        let exported = try CLIProcess.run(["export", "latin1.json", "--tz", "UTC"], in: dir)
        #expect(exported.stderr == stderr)
        #expect(exported.stdout == viewed)
    }

    @Test func anUnknownZoneIsAUsageError() throws {
        let r = try run("'\(bin)' '\(ViewerFixture.fixturePath)' --tz Mars/Olympus 2>&1")
        #expect(r.status == 2)
        #expect(r.output.contains("unknown time zone 'Mars/Olympus'"))
    }
}
