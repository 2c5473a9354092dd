import Foundation
import Testing

/// `export --filter EXPR`: the viewer's grammar on the command line, the shorthands as the
/// same expression, and a bad expression refused with its place (exit 2).
@Suite struct FilterExpressionCLITests {
    @Test func theIssuesTwoFilters() throws {
        let a = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--filter", "kind:statement -actor:twittergov"])
        #expect(a.status == 0)
        #expect(a.stdout.contains("Events:     2 of 10\n"))
        #expect(a.stdout.contains("\nFilter:     kind:statement -actor:twittergov\n"))
        let b = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--filter", "(kind:reaction OR kind:report) after:2017-11-03"])
        #expect(b.stdout.contains("Events:     3 of 10\n"))
        #expect(ExportOptionsCLITests.actors(b.stdout) == ["@realDonaldTrump", "The New York Times", "TechCrunch"])
    }

    @Test func shorthandsWriteTheSameExpression() throws {
        let short = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--actor", "twittergov", "--actor", "New York", "--text", "a"])
        let long = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--filter", "(actor:twittergov OR actor:\"New York\") a"])
        #expect(short.stdout == long.stdout)
        #expect(short.stdout.contains("\nFilter:     (actor:twittergov OR actor:\"New York\") a\n"))
        let both = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--kind", "statement", "--filter", "-actor:twittergov"])
        #expect(both.stdout.contains("Events:     2 of 10\n"))
        #expect(both.stdout.contains("\nFilter:     kind:statement (-actor:twittergov)\n"))
    }

    @Test func timesAreInTheTzZone() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--tz", "UTC", "--filter", "after:2017-11-03 10:00 before:2017-11-03 11:00"])
        #expect(ExportOptionsCLITests.actors(r.stdout) == ["@realDonaldTrump"])
        #expect(r.stdout.contains("10:51:51.120"))
    }

    @Test(arguments: [
        ("(kind:report", "timeline-tui: --filter '(kind:report': column 1: “(” is not closed\n"),
        ("after:noon", "timeline-tui: --filter 'after:noon': column 7: after: takes a time such as 18:50, 2017-11-03, 2017-11-03 06:00, 2017-11, 2017 or 2017-11-03T10:51Z, not “noon”\n"),
    ])
    func aBadExpressionExitsTwoWithItsPlace(_ expression: String, _ message: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--filter", expression])
        #expect(r.status == 2)
        #expect(r.stderr == message)
        #expect(r.stdout.isEmpty)
    }
}
