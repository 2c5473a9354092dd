import Foundation
import Testing

/// Other tools' files through the command line (`CLIRun`; `--help` from the binary):
/// detection, `--assume-zone`, `--input-format`, `--map`, and the export header naming the
/// reader.
@Suite struct ReadersCLITests {
    static let formats = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/formats")

    static func path(_ name: String) -> String { formats.appendingPathComponent(name).path }

    @Test func aTimesketchCSVExportsWithItsReaderNamed() throws {
        let r = try CLIRun.run(["export", Self.path("timesketch/sigma_events.csv"), "--tz", "Europe/Paris", "--width", "0"])
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.contains("Read as:    Timesketch CSV\n"))
        #expect(r.stdout.contains("Friday 24 July 2015\n  21:01:01       A message\n"))
    }

    @Test func aZonelessFileIsRefusedThenReadWithAssumeZone() throws {
        let file = Self.path("text-log/dpkg.log")
        let refused = try CLIRun.run(["export", file])
        #expect(refused.status == 1 && refused.stdout == "")
        #expect(refused.stderr.hasPrefix(file + ":1:1: time \"2009-02-25 11:45:23\" has no zone; add --assume-zone UTC (or the zone the writer used); the same for 3 more times of this file\n"))
        let read = try CLIRun.run(["export", file, "--assume-zone", "Europe/Berlin", "--tz", "UTC", "--width", "0"])
        #expect(read.status == 0 && read.stderr == "")
        #expect(read.stdout.contains("Wednesday 25 February 2009\n  10:45:23       conffile /etc/X11/Xsession keep\n"))
        let validate = try CLIRun.run(["validate", file, "--assume-zone", "Europe/Berlin"])
        #expect(validate.status == 0 && validate.stdout == file + ": ok, 4 events\n")
    }

    @Test func theReadingOptionsAreCheckedAsUsage() throws {
        let file = Self.path("text-log/dpkg.log")
        let local = try CLIRun.run(["export", file, "--assume-zone", "local"])
        #expect(local.status == 2)
        #expect(local.stderr.contains("--assume-zone takes an IANA name such as Europe/Paris, UTC, or an offset such as +05:30 (not local, which differs by machine), not 'local'"))
        let unknown = try CLIRun.run(["export", file, "--input-format", "xml"])
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown --input-format 'xml'; use one of timelinejs, timelinejs-csv, timelinejs2, statuspage,"))
        let ambiguous = try CLIRun.run(["export", file, "--ambiguous", "sooner", "--assume-zone", "UTC"])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("--ambiguous takes earlier or later, not 'sooner'"))
        let help = try CLIProcess.run(["export", "--help"])
        #expect(help.stdout.contains("--input-format") && help.stdout.contains("text-log") && help.stdout.contains("--assume-zone"))
    }

    @Test func aUSDatedSpreadsheetIsReadWithDateOrder() throws {
        let file = Self.path("spreadsheet-csv/us-dates.csv")
        let refused = try CLIRun.run(["export", file, "--assume-zone", "America/New_York"])
        #expect(refused.status == 1 && refused.stderr.contains("add --date-order dmy or --date-order mdy"))
        let r = try CLIRun.run(["export", file, "--assume-zone", "America/New_York", "--date-order", "us-dates.csv=mdy",
                                "--tz", "America/New_York", "--width", "0"])
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.contains("Read as:    spreadsheet CSV (dates month first, MM/DD/YYYY, as --date-order mdy says)\n"))
        #expect(r.stdout.contains("Thursday 2 November 2017\n  18:48          Twitter support — The account is deactivated by a worker on their last day\n"))
        let bad = try CLIRun.run(["export", file, "--date-order", "us"])
        #expect(bad.status == 2 && bad.stderr.contains("--date-order takes dmy (day first, 11/02/2017 is 11 February) or mdy (month first, 2 November), not 'us'"))
        let other = try CLIRun.run(["export", file, "--date-order", "notes.csv=mdy"])
        #expect(other.status == 2 && other.stderr.contains("notes.csv"))
    }

    @Test func aJSONLinesLogFromStandardInputWithMap() throws {
        let line = try CLIProcess.temporaryFolder().appendingPathComponent("app.jsonl").path
        try (#"{"ts":1562074931250,"msg":"WAF rule deployed","svc":"edge-17"}"# + "\n").write(toFile: line, atomically: true, encoding: .utf8)
        let refused = try CLIRun.run(["export", "-"], stdin: line)
        #expect(refused.status == 1)
        #expect(refused.stderr == "<stdin>:1:7: ts 1562074931250 is a number with no unit; say which with --map time=ts:s (or ms, us, ns)\n")
        let r = try CLIRun.run(["export", "-", "--map", "time=ts:ms,actor=svc", "--width", "0"], stdin: line)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Read as:    JSON Lines log\n"))
        #expect(r.stdout.contains("  13:42:11.250   edge-17 — WAF rule deployed\n"))
    }

    @Test func plasoNoTimeIsLeftOutWithAWarningNever1970() throws {
        let folder = try CLIProcess.temporaryFolder()
        let file = folder.appendingPathComponent("psort.csv").path
        try """
            datetime,timestamp_desc,source,source_long,message,parser,display_name,tag
            0000-00-00T00:00:00+00:00,Not a time,LOG,Log File,no time at all,text/syslog,OS:/x,-
            2012-01-22T07:52:33+00:00,Content Modification Time,LOG,Log File,a real one,text/syslog,OS:/x,-

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLIRun.run(["export", file, "--width", "0"])
        #expect(r.status == 0)
        #expect(r.stderr == "timeline-tui: warning: \(file):2:1: datetime: Plaso wrote no time for this event (0000-00-00T00:00:00+00:00); it is left out\n")
        #expect(!r.stdout.contains("1970") && r.stdout.contains("07:52:33       a real one"))
    }
}
