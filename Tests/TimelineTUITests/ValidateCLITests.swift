import Foundation
import Testing

/// `timeline-tui validate`: in the test process (`CLIRun`), and as a process for files
/// named as typed and `--help`.
@Suite struct ValidateCLITests {
    @Test func aGoodFileIsOk() throws {
        let r = try CLIRun.run(["validate", CLIProcess.fixture])
        #expect(r.status == 0)
        #expect(r.stdout == "\(CLIProcess.fixture): ok, 10 events\n")
        #expect(r.stderr == "")
    }

    @Test func everyProblemOfEveryFileOneALine() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        try file("nozone.json", #"{"title":"x","events":[{"id":"a","time":"2017-11-02T18:48","title":"t"}]}"#)
        try file("empty.json", "")
        try file("truncated.json", #"{"title":"x","events":["#)
        try file("none.json", #"{"title":"x","events":[]}"#)
        try file("one.json", #"{"title":"x","events":[{"id":"a","time":"2017-11-03","title":"t"}]}"#)
        let r = try CLIProcess.run(["validate", "nozone.json", "empty.json", "truncated.json", "none.json", "one.json", "missing.json"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "none.json: ok, no events\none.json: ok, 1 event\n")
        #expect(r.stderr == """
            nozone.json:1:41: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone nozone.json=ZONE
            empty.json: is empty; a timeline file holds a JSON object with "title" and "events"
            truncated.json:1:24: unexpected end of file; expected a value
            missing.json: does not exist
            timeline-tui: 4 of 6 files have problems

            """)
    }

    /// Invalid UTF-8 loads elsewhere (shown as U+FFFD) but validate does not accept it
    /// silently: each place is a problem, with its byte offset.
    @Test func invalidUTF8IsAProblemWithItsByteOffset() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(ExportCLITests.latin1).write(to: dir.appendingPathComponent("latin1.json"))
        try Data([0xEF, 0xBB, 0xBF] + Array(#"{"title":"café","events":[]}"#.utf8)).write(to: dir.appendingPathComponent("bom.json"))
        let r = try CLIProcess.run(["validate", "latin1.json", "bom.json"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "bom.json: ok, no events\n")
        #expect(r.stderr == """
            latin1.json:1:14: title: invalid UTF-8 at byte 13 (shown as U+FFFD)
            latin1.json:1:75: events[0].title: invalid UTF-8 at byte 74 (shown as U+FFFD)
            timeline-tui: 1 of 2 files has problems

            """)
    }

    /// A file of joined API pages that repeats 600 PagerDuty entries: the first three
    /// repeats a line each, the rest one line naming how many and the first and last places.
    @Test func manyRepeatedServiceRecordsAreSummedUpInOneLine() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixture = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/services/pagerduty-log-entries.json")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        var entry = try #require((parsed["log_entries"] as? [[String: Any]])?.first)
        var lines: [String] = []
        for k in 0..<600 {
            entry["id"] = "E\(k)"
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: entry, options: .sortedKeys), as: UTF8.self))
        }
        let path = dir.appendingPathComponent("pages.jsonl").path
        try Data(((lines + lines).joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLIRun.run(["validate", path])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        let said = r.stderr.split(separator: "\n").map(String.init)
        #expect(said.count == 4)
        #expect(said.prefix(3).allSatisfy { $0.contains(": id: entry E") && $0.hasSuffix(": shown once") })
        #expect(said.last?.hasPrefix("\(path):604:") == true)
        #expect(said.last?.contains(": id: 597 more entries repeat earlier ones (the first at line 604, column ") == true)
        #expect(said.last?.contains(", the last at line 1200, column ") == true)
        // The viewer's export of the same file: the same four warnings on standard error.
        let export = try CLIRun.run(["export", path, "--tz", "UTC"])
        #expect(export.status == 0)
        #expect(export.stderr.split(separator: "\n").count == 4)
    }

    @Test func noFileIsAUsageError() throws {
        let r = try CLIRun.run(["validate"])
        #expect(r.status == 2)
        #expect(r.stderr == "timeline-tui: missing expected argument '<files> ...' (see 'timeline-tui validate --help')\n")
    }

    @Test func helpAndVersion() throws {
        let help = try CLIProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("export"))
        #expect(help.stdout.contains("validate"))
        #expect(help.stdout.contains("Exit codes: 0 success"))
        let validateHelp = try CLIProcess.run(["validate", "--help"])
        #expect(validateHelp.status == 0)
        #expect(validateHelp.stdout.contains("Exit codes: 0 every file is valid; 1 at least one file has problems"))
        let version = try CLIRun.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }
}
