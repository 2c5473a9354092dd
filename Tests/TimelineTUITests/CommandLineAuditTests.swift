import Foundation
import Testing
@testable import timeline_tui

/// What a new user meets on the command line (the real binary where files are named as
/// typed, `CLIRun` otherwise): options that say what they need instead of being ignored,
/// files that are not text named in one line, shared ids named with their places, `--help`
/// agreeing with the viewer's keys.
@Suite struct CommandLineAuditTests {
    static func file(_ bytes: [UInt8], name: String) throws -> (dir: URL, name: String) {
        let dir = try CLIProcess.temporaryFolder()
        try Data(bytes).write(to: dir.appendingPathComponent(name))
        return (dir, name)
    }

    /// A usage error points to the help that lists the options of the command used: the
    /// top-level help lists only the commands.
    @Test(arguments: [(["export", "--bogus"], "export"), (["validate", "--bogus"], "validate"),
                      (["view", "--bogus"], "view"), (["--bogus"], "view"), ([CLIProcess.fixture, "--tz"], "view")])
    func aUsageErrorNamesTheHelpOfItsCommand(_ arguments: [String], _ command: String) throws {
        let r = try CLIProcess.run(arguments)
        #expect(r.status == 2 && r.stdout == "")
        #expect(r.stderr.hasSuffix(" (see 'timeline-tui \(command) --help')\n"), "\(r.stderr)")
    }

    @Test func mdStyleAloneAsksForMarkdown() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--md-style", "list"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# Eleven minutes without \\@realDonaldTrump\n"))
        #expect(r.stdout.contains("\n- **18:35:43.905** · \\@realDonaldTrump — Last tweet before the outage"))
    }

    @Test(arguments: [(["--format", "csv"], "--md-style is for Markdown; it does not go with --format csv"),
                      (["--output", "t.csv"], "--md-style is for Markdown; it does not go with an --output ending in csv"),
                      (["--lanes"], "--md-style is for Markdown; --lanes is a text layout")])
    func mdStyleWithAnotherLayoutIsRefused(_ more: [String], _ message: String) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", CLIProcess.fixture, "--md-style", "list"] + more, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.csv").path))
    }

    @Test(arguments: [(["--lanes", "--output", "notes.md"], "--lanes is a text layout; it does not go with an --output ending in md"),
                      (["--lanes-by", "source", "--format", "csv"], "--lanes is a text layout; it does not go with --format csv")])
    func lanesInAnotherFormatAreRefused(_ more: [String], _ message: String) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", CLIProcess.fixture] + more, in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("notes.md").path))
    }

    @Test func lanesByAloneDrawsTheLanes() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--lanes-by", "actor", "--width", "100"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\nLanes by actor, times in America/New_York\n"))
    }

    /// Shown in another zone, a day-only event's row says `time unknown` as the list does
    /// and its heading says whose day it is, so the time column stays narrow and the lanes
    /// keep their width; no line ends in spaces.
    @Test func lanesInAnotherZoneKeepTheTimeColumnCompact() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--lanes", "--relative", "--tz", "UTC"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("Friday 3 November 2017 (day in America/New_York)"))
        #expect(lines.contains("Friday 3 November 2017"))
        let rows = lines.filter { $0.contains("|") }
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { !$0.contains("(day in") })
        #expect(rows.contains { $0.hasPrefix("time unknown  day +27 ") })
        // The first lane ends where the time column (as wide as `10:51:51.120  T+12 h 16 min`)
        // and one lane of 12 end: the same column on every row.
        let firstBar = Set(rows.map { row in row.prefix { $0 != "|" }.count })
        #expect(firstBar == [42])
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    /// Also when its name ends in `.json` (a download saved under the wrong name): a NUL
    /// byte is never in a JSON file, so it is not ours to report as bad JSON.
    @Test(arguments: ["a.out", "download.json"])
    func aBinaryFileIsNamedAsOneInOneLine(_ file: String) throws {
        // The start of an ELF executable: its first NUL is the 8th byte.
        let (dir, name) = try Self.file([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00] + Array("more".utf8), name: file)
        defer { try? FileManager.default.removeItem(at: dir) }
        for command in ["export", "validate"] {
            let r = try CLIProcess.run([command, name], in: dir)
            #expect(r.status == 1)
            #expect(r.stderr.hasPrefix("\(file):1:8: is a binary file, not a timeline (a NUL byte here);"), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test(arguments: [([UInt8]([0xFF, 0xFE]), "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")])
    func aUTF16FileSaysHowToConvertIt(_ mark: [UInt8], _ order: String) throws {
        let text = #"{"title": "t", "events": []}"#
        let body = text.utf16.flatMap { u in order == "UTF-16LE" ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let (dir, name) = try Self.file(mark + body, name: "windows.json")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", name], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr == "windows.json:1:1: is \(order) text (it starts with the byte-order mark \(mark.map { String(format: "%02X", $0) }.joined(separator: " "))); timeline-tui reads UTF-8: convert it with iconv -f \(order) -t UTF-8\n")
    }

    /// Two copies of the fixture share all ten ids: the first twenty shared ids get a
    /// note each (here all ten), each naming `FILE:LINE:COL` in both files.
    @Test func validateNamesTheLineOfAnIdInEachFile() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: CLIProcess.fixture, toPath: dir.appendingPathComponent("copy.json").path)
        let r = try CLIProcess.run(["validate", CLIProcess.fixture, "copy.json", "--label", "copy.json=Copy"], in: dir)
        #expect(r.status == 0)
        let line = try #require(r.stderr.split(separator: "\n").first { $0.contains("'deactivation'") })
        // The place is the event object's `{`: the nearest line above its id that opens one.
        let fixtureLines = try String(contentsOfFile: CLIProcess.fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let idLine = try #require(fixtureLines.firstIndex { $0.contains(#""id": "deactivation""#) })
        let open = try #require(fixtureLines[...idLine].lastIndex { $0.contains("{") })
        let column = fixtureLines[open].distance(from: fixtureLines[open].startIndex, to: fixtureLines[open].lastIndex(of: "{")!) + 1
        let place = "\(open + 1):\(column)"
        #expect(line == "timeline-tui: note: the id 'deactivation' is used in \(CLIProcess.fixture):\(place) and copy.json:\(place); a merged timeline shows 2017-11-03:deactivation and Copy:deactivation")
        #expect(r.stderr.split(separator: "\n").count == 10)
    }

    @Test func validateCountsSharedIdsPastTwenty() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = (1...25).map { #"{"id": "e\#($0)", "time": "2024-03-01T10:\#(String(format: "%02d", $0)):00Z", "title": "event \#($0)"}"# }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("a.jsonl"))
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("b.jsonl"))
        let r = try CLIProcess.run(["validate", "a.jsonl", "b.jsonl"], in: dir)
        let notes = r.stderr.split(separator: "\n")
        #expect(notes.count == 21)
        #expect(notes.first == "timeline-tui: note: the id 'e1' is used in a.jsonl:1:1 and b.jsonl:1:1; a merged timeline shows a:e1 and b:e1")
        #expect(notes.last == "timeline-tui: note: 5 more ids are used in several files")
    }

    /// Every key `view --help` names for an option is the key the viewer runs that option's
    /// action on.
    @Test func viewHelpNamesTheViewersKeys() throws {
        let help = try CLIProcess.run(["view", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("like less +F (F in the viewer starts and stops it)"))
        #expect(KeyBindings.action(for: .character("F"), in: .list) == .follow)
        #expect(help.contains("(^T in the viewer turns it on and off)"))
        #expect(KeyBindings.action(for: .ctrl("t"), in: .list) == .toggleMouse)
    }
}
