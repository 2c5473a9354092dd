import Foundation
import Testing

/// `--assume-date`: strace's `-tt` times of day placed on the date the user names, as the
/// binary prints them; a date that is not one is a usage error, and without it each line is
/// refused with the way out.
@Suite struct AssumeDateCLITests {
    static let trace = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/strace/midnight-tt.txt").path

    @Test func aTracePastMidnightOnTheNamedDate() throws {
        let r = try CLIRun.run(["export", Self.trace, "--assume-date", "midnight-tt.txt=2017-11-01",
                                "--assume-zone", "America/New_York", "--width", "0"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.contains("Read as:    strace output (times of day from 2017-11-01)\n"))
        #expect(r.stdout.contains("Wednesday 1 November 2017\n  23:59:59.874512  4021 — execve("))
        #expect(r.stdout.contains("Thursday 2 November 2017\n  00:00:00.000090  4022 — write(1, \"tick\\n\", 5) = 5\n"))
    }

    @Test func withoutADateEachLineIsRefusedWithTheWayOut() throws {
        let r = try CLIRun.run(["export", Self.trace, "--assume-zone", "UTC"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix(Self.trace + #":1:1: time "23:59:59.874512" has no date (strace -t and -tt write only the time of day); add --assume-date with the date of the first line (for example --assume-date 2017-11-02) and --assume-zone with the zone strace ran in"#))
    }

    @Test(arguments: ["2017-11-31", "11/02/2017", "2017-1-2", "tomorrow"])
    func aDateThatIsNotOneIsAUsageError(_ date: String) throws {
        let r = try CLIRun.run(["export", Self.trace, "--assume-date", date, "--assume-zone", "UTC"])
        #expect(r.status == 2)
        #expect(r.stderr == "timeline-tui: --assume-date takes a date such as 2017-11-02 (year-month-day), not '\(date)'\n")
    }
}
