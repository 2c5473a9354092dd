import Foundation
import Testing

/// `CLIRun` (the command in the test process) answers what the binary answers: the same
/// exit code, standard output and standard error, for an export, a usage error, a missing
/// file, a mistyped command, `--version`, standard input and a file given as output.
@Suite struct CLIRunTests {
    @Test(arguments: [
        ["export", CLIProcess.fixture, "--tz", "UTC", "--details"],
        ["export", CLIProcess.fixture, "--format", "csv"],
        ["export", CLIProcess.fixture, "--bogus"],
        ["export", CLIProcess.fixture, "--filter", "kind:"],
        ["validate", CLIProcess.fixture, "/nothing-here.json"],
        ["exprot", CLIProcess.fixture],
        ["--version"],
        ["export", "-", "--tz", "Europe/Paris"],
        [CLIProcess.fixture, "--tz", "UTC"],
    ])
    func answersAsTheBinary(_ arguments: [String]) throws {
        let stdin = arguments.contains("-") ? CLIProcess.fixture : nil
        let binary = try CLIProcess.run(arguments, stdin: stdin)
        let inProcess = try CLIRun.run(arguments, stdin: stdin)
        #expect(inProcess.status == binary.status)
        #expect(inProcess.stdout == binary.stdout)
        #expect(inProcess.stderr == binary.stderr)
        #expect(!(binary.stdout + binary.stderr).isEmpty)
    }

    /// Runs side by side keep their streams apart (each task has its own descriptors).
    @Test func parallelRunsKeepTheirOwnOutput() async throws {
        let zones = ["UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo"]
        let outputs = try await withThrowingTaskGroup(of: (String, String).self) { group in
            for zone in zones {
                group.addTask { (zone, try CLIRun.run(["export", CLIProcess.fixture, "--tz", zone, "--width", "0"]).stdout) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for zone in zones {
            #expect(outputs[zone]?.contains("Time zone:  \(zone) ") == true, "\(zone): \(outputs[zone]?.prefix(200) ?? "")")
        }
    }
}
