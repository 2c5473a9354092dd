import Foundation
import Testing

/// The hostile-input corpus through the real binary: `timeline-tui export --details` and
/// `timeline-tui validate` on every file of `Tests/Fixtures/hostile`. What they print, on
/// standard output or standard error, must carry no raw control, bidi or invisible
/// character, and a refused or warned file's first line on standard error is the
/// manifest's message.
@Suite struct HostileCorpusCLITests {
    static let folder = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/hostile")

    struct Entry: Sendable, CustomTestStringConvertible {
        var file: String
        var outcome: String
        var detail: String
        var testDescription: String { file }
    }

    static let entries: [Entry] = {
        let url = folder.appendingPathComponent("MANIFEST.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count >= 3 ? Entry(file: f[0], outcome: f[1], detail: f[2]) : nil
        }
    }()

    /// The first character a terminal would act on or hide (line feed allowed; a zero-width
    /// joiner allowed, joined emoji need it).
    static func firstUnsafe(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { s in
            switch s.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C,
                 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    @Test func theManifestIsThere() {
        #expect(Self.entries.count >= 40)
    }

    @Test(arguments: entries) func exportPrintsNothingRaw(_ entry: Entry) throws {
        let r = try CLIProcess.run(["export", entry.file, "--tz", "UTC", "--details", "--width", "0"], in: Self.folder)
        if let bad = Self.firstUnsafe(r.stdout) {
            Issue.record("\(entry.file): standard output carries a raw U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if let bad = Self.firstUnsafe(r.stderr) {
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
        if let bad = Self.firstUnsafe(r.stderr) {
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
