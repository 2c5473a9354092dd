import Foundation
import Testing

/// `--assume-zone` on a file in our own format whose times carry no zone: every export
/// (the text listing read from the first pass, json and csv decoded again) gives the
/// same times, json writes the zone's offset explicitly, and `FILE=ZONE` applies to that
/// file only.
@Suite struct AssumeZoneOwnFormatCLITests {
    static let lines = """
        {"time":"2024-03-01T10:00:00","title":"a","id":"a"}
        {"time":"2024-03-01T10:05:00Z","title":"b","id":"b","end":"2024-03-01T12:00"}

        """

    static func withFile(_ body: (String) throws -> Void) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("edge.jsonl").path
        try Data(lines.utf8).write(to: URL(fileURLWithPath: path))
        try body(path)
    }

    @Test func everyExportReadsTheTimesInTheAssumedZone() throws {
        try Self.withFile { path in
            let text = try CLIRun.run(["export", path, "--assume-zone", "Europe/Paris", "--width", "0"])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("Time zone:  Europe/Paris (UTC+01:00 CET)"))
            #expect(text.stdout.contains("  10:00:00       a\n"))
            #expect(text.stdout.contains("  11:05:00–12:00 (55 min)  b\n"))

            let json = try CLIRun.run(["export", path, "--assume-zone", "Europe/Paris", "--format", "json"])
            #expect(json.stdout.contains(#"{"id":"a","time":"2024-03-01T10:00:00+01:00","title":"a"}"#))
            #expect(json.stdout.contains(#""time":"2024-03-01T10:05:00Z","end":"2024-03-01T12:00+01:00""#))

            let csv = try CLIRun.run(["export", path, "--assume-zone", "Europe/Paris", "--format", "csv"])
            #expect(csv.stdout.contains("a,2024-03-01T10:00:00+01:00,,second,"))
            #expect(csv.stdout.contains("b,2024-03-01T11:05:00+01:00,2024-03-01T12:00:00+01:00,second,"))
        }
    }

    /// What json wrote reads back, without the option, as the same listing.
    @Test func theJSONExportReadsBackAsTheSameTimeline() throws {
        try Self.withFile { path in
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
            let back = dir.appendingPathComponent("back.json").path
            let saved = try CLIRun.run(["export", path, "--assume-zone", "Europe/Paris", "--format", "json", "--output", back])
            #expect(saved.status == 0, "\(saved.stderr)")
            let first = try CLIRun.run(["export", path, "--assume-zone", "Europe/Paris", "--tz", "UTC", "--width", "0"])
            let again = try CLIRun.run(["export", back, "--tz", "UTC", "--width", "0"])
            #expect(again.status == 0, "\(again.stderr)")
            let body = { (s: String) in s.split(separator: "\n").dropFirst(2).joined(separator: "\n") }
            #expect(body(first.stdout) == body(again.stdout))
        }
    }

    @Test func aZoneForOneFileOnlyAndTheRefusalWithout() throws {
        try Self.withFile { path in
            let one = try CLIRun.run(["export", path, "--assume-zone", "\(path)=UTC", "--width", "0"])
            #expect(one.status == 0, "\(one.stderr)")
            #expect(one.stdout.contains("  10:00:00       a\n"))
            let none = try CLIRun.run(["export", path])
            #expect(none.status == 1)
            #expect(none.stderr.hasPrefix(path + ":1:9: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone\n"))
        }
    }
}
