import Foundation
import Testing

/// The bench command is a tool for `scripts/bench`, not part of the product's command
/// line: it exists only with TIMELINE_TUI_BENCH=1.
@Suite struct BenchCommandTests {
    @Test func theProductsCommandLineHasNoBenchCommand() throws {
        let dump = try CLIProcess.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("\"validate\""))
        #expect(!dump.stdout.contains("bench"), "the manual page and completions would list it")
        let run = try CLIProcess.run(["bench-viewer", CLIProcess.fixture])
        #expect(run.status != 0)
        #expect(!run.stdout.contains("first screen"))
    }

    @Test func scriptsBenchStillHasItWithTheVariable() throws {
        let r = try CLIProcess.run(["bench-viewer", CLIProcess.fixture, "--follow-seconds", "0"], environment: ["TIMELINE_TUI_BENCH": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("events: 10\n"))
        #expect(r.stdout.contains("first screen: "))
    }

    @Test func itMergesSeveralFilesAsTheViewerDoes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bench-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = dir.appendingPathComponent("edge.jsonl").path
        try #"{"id": "e1", "time": "2017-11-02T23:00:00Z", "title": "Edge restarted"}"#.write(toFile: other, atomically: true, encoding: .utf8)
        let r = try CLIProcess.run(["bench-viewer", CLIProcess.fixture, other, "--follow-seconds", "0"], environment: ["TIMELINE_TUI_BENCH": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("events: 11\n"))
        #expect(r.stdout.contains("first screen: "))
        #expect(r.stdout.contains("duplicates folded (after the first screen"))
        #expect(r.stdout.contains(", 0 events shown once, 11 events\n"))
    }
}
