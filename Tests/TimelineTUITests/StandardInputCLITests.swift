import Foundation
import Testing
@testable import timeline_tui

/// `export -`, `validate -` and the viewer's text export read standard input; messages
/// name it `<stdin>`.
@Suite struct StandardInputCLITests {
    static func file(_ text: String) throws -> String {
        let url = try CLIProcess.temporaryFolder().appendingPathComponent("in.json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func exportDashPrintsWhatExportOfTheFilePrints() throws {
        let piped = try CLIProcess.run(["export", "-", "--tz", "UTC"], stdin: CLIProcess.fixture)
        let named = try CLIRun.run(["export", CLIProcess.fixture, "--tz", "UTC"])
        #expect(piped.status == 0)
        #expect(piped.stdout == named.stdout)
        #expect(piped.stdout.contains("22:35:43.905"))
    }

    @Test func validateDashNamesStandardInput() throws {
        let good = try CLIRun.run(["validate", "-"], stdin: CLIProcess.fixture)
        #expect(good.status == 0)
        #expect(good.stdout == "<stdin>: ok, 10 events\n")
        let bad = try CLIRun.run(["validate", "-"], stdin: try Self.file(#"{"title": "t", "events": [{"id": "a", "title": "x"}]}"#))
        #expect(bad.status == 1)
        #expect(bad.stderr == "<stdin>:1:27: events[0]: missing required field \"time\"\n")
    }

    @Test func anEmptyStandardInputIsSaidToBeEmpty() throws {
        let r = try CLIRun.run(["export", "-"], stdin: try Self.file(""))
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("<stdin>: is empty"))
    }

    @Test func withNoFileAFileOnStandardInputIsShownNotTheBundledIncident() throws {
        let r = try CLIRun.run(["--tz", "UTC"], stdin: try Self.file("""
            {"title": "Piped in", "events": [{"id": "a", "time": "2024-07-01T10:00Z", "title": "deploy"}]}
            """))
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Piped in\n"))
        // /dev/null on standard input (cron, test runners) is not a timeline: the bundled one.
        let bundled = try CLIRun.run([])
        #expect(bundled.stdout.hasPrefix("Eleven minutes without @realDonaldTrump\n"))
    }

    @Test func standardInputCanBeValidatedOnlyOnce() throws {
        let r = try CLIRun.run(["validate", "-", "-"], stdin: CLIProcess.fixture)
        #expect(r.status == 2)
        #expect(r.stderr.contains("standard input (-) can be read only once"))
    }

    @Test func eOffersAFileNameNotStdinTxt() throws {
        let state = ViewState(timeline: try ViewerFixture.timeline(), sourceName: TimelineSource.standardInputName)
        #expect(ViewerFixture.press(state, "e").prompt?.text == "timeline.txt")
    }
}
