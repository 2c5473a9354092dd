import Foundation
import Testing
@testable import timeline_tui

/// Names on the command line: zones by the one rule, a mistyped command, TERM unset.
@Suite struct NamesCLITests {
    @Test(arguments: [("utc", "Time zone:  UTC (UTC+00:00)"),
                      ("EST5EDT", "Time zone:  EST5EDT (UTC−04:00 EDT; UTC−05:00 EST from 5 November 2017)"),
                      ("Japan", "Time zone:  Japan (UTC+09:00 JST)")])
    func tzTakesAnyNameTheDatabaseResolves(_ name: String, _ header: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--tz", name])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").dropFirst(2).first.map(String.init) == header)
    }

    @Test func aZoneInTheWrongCaseIsToldTheRightOne() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--tz", "europe/paris"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("(names are case-sensitive: Europe/Paris)"))
    }

    @Test(arguments: [("exprot", "export"), ("valdiate", "validate"), ("veiw", "view"), ("EXPORT", "export")])
    func aMistypedCommandIsToldTheOneItResembles(_ typed: String, _ command: String) throws {
        let r = try CLIRun.run([typed, CLIProcess.fixture])
        #expect(r.status == 2)
        #expect(r.stderr == "timeline-tui: unknown command '\(typed)' (and no such file); did you mean 'timeline-tui \(command)'?\n")
        #expect(r.stdout.isEmpty)
    }

    @Test func aFileNamedLikeACommandIsStillAFile() throws {
        let folder = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: CLIProcess.fixture, toPath: folder.appendingPathComponent("exprot").path)
        let r = try CLIProcess.run(["exprot"], in: folder)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Eleven minutes without @realDonaldTrump\n"))
    }

    @Test func anUnrelatedWordIsAMissingFile() throws {
        let r = try CLIRun.run(["incident-42.json"])
        #expect(r.status == 1)
        #expect(r.stderr == "incident-42.json: does not exist\n")
    }

    @Test func distanceCountsASwapAsOneSlip() {
        #expect(CommandSuggestion.distance("exprot", "export") == 1)
        #expect(CommandSuggestion.distance("export", "export") == 0)
        #expect(CommandSuggestion.distance("xyz", "export") > 2)
    }

    /// With TERM unset the viewer says so and what to do (it used to say
    /// "cannot drive the terminal ''").
    @Test func termUnsetIsSaidPlainly() throws {
        let pty = try PseudoTerminal([CLIProcess.fixture], environment: ["TERM": nil])
        let end = try #require(pty.waitForExit(within: 10))
        #expect(end.status == 1)
        #expect(pty.standardError == "timeline-tui: TERM is not set, so the viewer cannot drive the terminal: set it to your terminal's type (export TERM=xterm-256color), or pipe the output to get the text export\n")
    }
}
