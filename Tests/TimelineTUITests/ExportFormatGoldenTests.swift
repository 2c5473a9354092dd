import Foundation
import Testing

/// Every export format of the fixture, byte for byte, as the binary writes it (run from
/// the package folder, so `source file` reads `fixtures/2017-11-03.json`). To review a
/// change, regenerate with the command in each case and read the diff.
@Suite struct ExportFormatGoldenTests {
    @Test(arguments: [
        (["--format", "markdown", "--relative"], "export-fixture-relative.md"),
        (["--format", "markdown", "--details"], "export-fixture-details.md"),
        (["--format", "markdown", "--md-style", "list", "--details", "--mark", "deactivation", "--tz", "Europe/Paris"], "export-fixture-list-paris.md"),
        (["--format", "csv", "--relative"], "export-fixture.csv"),
        (["--format", "json"], "export-fixture.json"),
        (["--format", "jsonl"], "export-fixture.jsonl"),
        (["--format", "timesketch-jsonl"], "export-fixture.timesketch.jsonl"),
        (["--format", "timesketch-csv"], "export-fixture.timesketch.csv"),
        (["--format", "timelinejs", "--details"], "export-fixture.timelinejs.json"),
        (["--relative", "--mark", "deactivation", "--actor", "twittergov"], "export-relative-filter.txt"),
        (["--relative", "--mark", "restored", "--tz", "Europe/Paris", "--width", "0"], "export-relative-paris.txt"),
        (["--lanes", "--relative", "--tz", "UTC"], "export-lanes-relative-utc.txt"),
    ])
    func exportMatchesTheGolden(options: [String], golden: String) throws {
        let r = try CLIProcess.run(["export", "fixtures/2017-11-03.json"] + options, in: CLIProcess.packageRoot)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout == (try CLIProcess.golden(golden)))
    }

    /// Without `--format`, the `--output` name's ending chooses; `--format` wins.
    @Test(arguments: [("notes.md", [String](), "export-fixture-relative.md"), ("t.csv", [], "export-fixture.csv"),
                      ("t.json", [], "export-fixture.json"), ("t.jsonl", [], "export-fixture.jsonl"),
                      ("t.txt", ["--format", "csv"], "export-fixture.csv")])
    func theOutputNameChoosesTheFormat(name: String, options: [String], golden: String) throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent(name).path
        let relative = golden.contains("relative") || golden.hasSuffix(".csv") ? ["--relative"] : []
        let r = try CLIProcess.run(["export", "fixtures/2017-11-03.json", "--output", out] + relative + options, in: CLIProcess.packageRoot)
        #expect(r.status == 0 && r.stdout == "" && r.stderr == "")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == (try CLIProcess.golden(golden)))
    }

    @Test(arguments: [
        (["--format", "pdf"], 2, "timeline-tui: unknown format 'pdf'; use one of text, markdown, csv, json, jsonl, timesketch-jsonl, timesketch-csv, timelinejs (see 'timeline-tui export --help')\n"),
        (["--md-style", "grid"], 2, "timeline-tui: --md-style must be table or list, not 'grid' (see 'timeline-tui export --help')\n"),
        (["--mark", "nope\u{1B}"], 1, "timeline-tui: --mark: no event has the id 'nope^['\n"),
    ])
    func badChoicesAreRefused(options: [String], status: Int32, message: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture] + options)
        #expect(r.status == status)
        #expect(r.stdout == "")
        #expect(r.stderr == message)
    }
}
