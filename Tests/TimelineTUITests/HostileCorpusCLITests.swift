import Foundation
import TestSupport
import Testing

/// The hostile-input corpus through the real binary: `timeline-tui export --details` and
/// `timeline-tui validate` on every file of `Tests/Fixtures/hostile`. What they print, on
/// standard output or standard error, must carry no raw control, bidi or invisible
/// character, and a refused or warned file's first line on standard error is the
/// manifest's message.
@Suite(.tags(.slow)) struct HostileCorpusCLITests {
    typealias Entry = HostileManifest.Entry
    static let folder = HostileManifest.folder
    static let entries = HostileManifest.entries

    @Test func theManifestIsThere() {
        #expect(Self.entries.count >= 40)
    }

    @Test(arguments: entries) func exportPrintsNothingRaw(_ entry: Entry) throws {
        let r = try CLIProcess.run(["export", entry.file, "--tz", "UTC", "--details", "--width", "0"], in: Self.folder)
        if let bad = TerminalSafety.firstUnsafe(in: r.stdout) {
            Issue.record("\(entry.file): standard output carries a raw U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if let bad = TerminalSafety.firstUnsafe(in: r.stderr) {
            Issue.record("\(entry.file): standard error carries a raw U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if entry.outcome == "refused" {
            #expect(r.status == 1)
            #expect(r.stdout == "")
            #expect(r.stderr.split(separator: "\n").first.map(String.init) == entry.detail)
        } else if entry.outcome == "warned" {
            // Written, with U+FFFD where the bytes were, and every warning on stderr.
            #expect(r.status == 0, "\(entry.file): \(r.stderr)")
            #expect(r.stdout.contains("\u{FFFD}"))
            let lines = r.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first == "timeline-tui: warning: " + entry.detail)
            #expect(lines.allSatisfy { $0.hasPrefix("timeline-tui: warning: \(entry.file):") }, "\(r.stderr)")
        } else {
            #expect(r.status == 0, "\(entry.file): \(r.stderr)")
            #expect(r.stderr == "")
            #expect(!r.stdout.isEmpty)
        }
    }

    @Test(arguments: entries) func validateCountsWarningsAsProblems(_ entry: Entry) throws {
        let r = try CLIProcess.run(["validate", entry.file], in: Self.folder)
        if let bad = TerminalSafety.firstUnsafe(in: r.stderr) {
            Issue.record("\(entry.file): standard error carries a raw U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        switch entry.outcome {
        case "refused", "warned":
            #expect(r.status == 1)
            #expect(r.stdout == "")
            #expect(r.stderr.split(separator: "\n").first.map(String.init) == entry.detail)
        default:
            #expect(r.status == 0, "\(entry.file): \(r.stderr)")
            #expect(r.stdout == "\(entry.file): ok, \(entry.detail) event\(entry.detail == "1" ? "" : "s")\n")
            #expect(r.stderr == "")
        }
    }
}
