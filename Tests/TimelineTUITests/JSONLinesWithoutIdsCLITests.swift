import Foundation
import Testing

/// JSON Lines that look like our format but write no ids: refused (a missing id in our
/// format is never silently read some other way), with the log reading named when no line
/// read has one; read as a log, `title` (then `summary`) is the message when none of the
/// usual message fields is there.
@Suite struct JSONLinesWithoutIdsCLITests {
    static func withFile(_ text: String, _ body: (String) throws -> Void) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("noid.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    @Test func noLineWithAnIdIsRefusedNamingTheLogReading() throws {
        try Self.withFile(#"{"time":"2024-03-01T10:00:00Z","title":"a"}"# + "\n") { path in
            let r = try CLIRun.run(["export", path])
            #expect(r.status == 1)
            #expect(r.stderr == path + #":1:1: events[0]: missing required field "id"; no line read has one: if the file is a log, --input-format jsonl-log reads it as one (ids made from line numbers)"# + "\n")
        }
    }

    @Test func oneLineWithoutAnIdAmongOthersIsOurFormatMissingAnId() throws {
        try Self.withFile(#"{"time":"2024-03-01T10:00:00Z","title":"a","id":"x"}"# + "\n" + #"{"time":"2024-03-01T10:01:00Z","title":"b"}"# + "\n") { path in
            let r = try CLIRun.run(["export", path])
            #expect(r.status == 1)
            #expect(r.stderr == path + #":2:1: events[1]: missing required field "id""# + "\n")
        }
    }

    @Test func readAsALogTitleThenSummaryIsTheMessage() throws {
        let lines = #"{"time":"2024-03-01T10:00:00Z","title":"from title"}"# + "\n"
            + #"{"time":"2024-03-01T10:01:00Z","summary":"from summary"}"# + "\n"
            + #"{"time":"2024-03-01T10:02:00Z","msg":"from msg","title":"not this"}"# + "\n"
        try Self.withFile(lines) { path in
            let r = try CLIRun.run(["export", path, "--input-format", "jsonl-log", "--width", "0"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("  10:00:00       from title\n"))
            #expect(r.stdout.contains("  10:01:00       from summary\n"))
            #expect(r.stdout.contains("  10:02:00       from msg\n"))
            #expect(!r.stdout.contains("(no title)"))
        }
    }
}
