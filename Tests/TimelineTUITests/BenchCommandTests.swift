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
        let r = try CLIProcess.run(["bench-viewer", CLIProcess.fixture], environment: ["TIMELINE_TUI_BENCH": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("events: 10\n"))
        #expect(r.stdout.contains("first screen: "))
    }
}
