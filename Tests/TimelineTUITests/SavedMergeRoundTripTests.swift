import Foundation
import Testing

/// A merged timeline saved with `--format json` or `jsonl` (or for Timesketch, whose files
/// carry our attributes) and opened again is the same timeline: the same text export byte
/// for byte (each event's `[file]` tag, "Read as", the summary), the same `source:`
/// filter, the files in command-line order.
@Suite struct SavedMergeRoundTripTests {
    static let statuspage = CLIProcess.packageRoot
        .appendingPathComponent("Tests/Fixtures/formats/statuspage/emma-incidents.json").path
    static let merged = [CLIProcess.fixture, statuspage]

    /// `export` of `files` (by path, or by name in `dir`) with `options`, which must succeed.
    static func export(_ files: [String], _ options: [String], in dir: URL) throws -> String {
        let paths = files.map { $0.hasPrefix("/") ? $0 : dir.appendingPathComponent($0).path }
        let r = try CLIRun.run(["export"] + paths + options + ["--width", "0"])
        #expect(r.status == 0, "\(files) \(options): \(r.stderr)")
        return r.stdout
    }

    /// The merge saved in `format` as `name` in `dir`.
    static func save(_ format: String, as name: String, in dir: URL) throws {
        let saved = try export(merged, ["--format", format], in: dir)
        try saved.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Our formats, and Timesketch's (read back by its reader, from our attributes).
    static let saving = ["json", "jsonl", "timesketch-jsonl", "timesketch-csv"]

    @Test(arguments: saving)
    func aSavedMergeExportsTheSameTextWithItsFiles(format: String) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.save(format, as: "m.\(format)", in: dir)
        for options in [[], ["--details"], ["--filter", "source:emma"], ["--filter", "source:2017 twitter"],
                        ["--details", "--relative", "--tz", "Europe/Paris"]] {
            let original = try Self.export(Self.merged, options, in: dir)
            let back = try Self.export(["m.\(format)"], options, in: dir)
            #expect(back == original, "\(options)")
        }
        let tagged = try Self.export(["m.\(format)"], [], in: dir)
        #expect(tagged.contains("[emma-incidents] "))
        #expect(tagged.contains("Read as:    2017-11-03: timeline JSON; emma-incidents: Statuspage incidents\n"))
    }

    @Test(arguments: saving)
    func theSourceFilterCountsTheSameEventsBeforeAndAfter(format: String) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.save(format, as: "m.\(format)", in: dir)
        func count(_ files: [String], _ filter: String) throws -> Int {
            let csv = try Self.export(files, ["--format", "csv", "--filter", filter], in: dir)
            return csv.split(whereSeparator: \.isNewline).count - 1  // CSV lines end in CRLF
        }
        for filter in ["source:emma", "source:2017-11-03", "source:nowhere"] {
            #expect(try count(["m.\(format)"], filter) == count(Self.merged, filter), "\(filter)")
        }
        #expect(try count(["m.\(format)"], "source:emma") > 0)
        #expect(try count(["m.\(format)"], "source:nowhere") == 0)
        // The files, the timeline's and each event's, saved again as they were read.
        let again = try Self.export(["m.\(format)"], ["--format", format], in: dir)
        #expect(again == (try String(contentsOf: dir.appendingPathComponent("m.\(format)"), encoding: .utf8)))
    }

    @Test func aBadSourceFilesIsRefusedWithItsPlace() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"""
        {"title": "t", "source_files": "edge", "events": [
          {"id": "a", "time": "2020-01-01T10:00Z", "title": "a", "source_files": ["edge"]},
          {"id": "b", "time": "2020-01-01T10:01Z", "title": "b", "source_files": ["edge", 7]}
        ]}
        """#.write(to: dir.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let r = try CLIProcess.run(["validate", "bad.json"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.json:1:32: source_files: must be an array, not a string"))
        #expect(r.stderr.contains("bad.json:3:83: events[1].source_files[1]: must be a string, not a number"))
    }
}
