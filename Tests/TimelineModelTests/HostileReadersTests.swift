import Foundation
import Testing
import TestSupport
@testable import TimelineModel

/// The hostile corpus of the readers of other tools' formats, `Tests/Fixtures/hostile-readers`
/// and its `MANIFEST.tsv`: every file loads with its stated outcome (accepted, neutralised,
/// refused or warned, with the exact first message), and what loads exports with no raw
/// control, bidi or invisible character.
@Suite struct HostileReadersTests {
    struct Entry: Sendable, CustomStringConvertible {
        var file: String
        var outcome: String
        var detail: String
        var options: String
        var description: String { file }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/hostile-readers")

    static let entries: [Entry] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count >= 4 ? Entry(file: f[0], outcome: f[1], detail: f[2], options: f[3]) : nil
        }
    }()

    static func options(_ text: String) -> ReadOptions {
        var options = ReadOptions()
        for pair in text.split(separator: ",") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            switch kv[0] {
            case "--assume-zone": options.time.assumedZone = Zone(identifier: kv[1])
            case "--input-format": options.format = InputFormat.named(kv[1])
            case "--assume-year": options.time.assumedYear = Int(kv[1])
            case "--assume-date":
                let p = kv[1].split(separator: "-").compactMap { Int($0) }
                options.time.assumedDate = CivilDate(year: p[0], month: p[1], day: p[2])
            default: Issue.record("unknown option \(kv[0]) in the manifest")
            }
        }
        return options
    }

    @Test func everyFileIsListedOnceAndEveryReaderHasEntries() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "MANIFEST.tsv" }
        let listed = Self.entries.map(\.file)
        #expect(listed.count >= 30 && Set(listed).count == listed.count)
        #expect(Set(listed) == Set(present))
        for prefix in ["ts-", "plaso-", "log-", "text-", "statuspage-", "cw-", "tljs-", "es-", "ct-", "sheet-", "arr-", "zeek-", "pg-", "server-", "feed-", "tweets-", "gcp-", "otlp-", "strace-", "history-"] {
            #expect(listed.filter { $0.hasPrefix(prefix) }.count >= 3, "\(prefix)")
        }
    }

    @Test(arguments: entries) func loadsWithItsStatedOutcome(_ entry: Entry) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(entry.file)))
        do throws(LoadFailure) {
            let timeline = try TimelineLoader.load(bytes: bytes, name: entry.file, options: Self.options(entry.options))
            #expect(entry.outcome != "refused", "\(entry.file) loaded")
            if entry.outcome == "warned" {
                #expect(timeline.warnings.first.map { SafeText.neutralise($0.description) } == entry.detail)
            } else {
                #expect(String(timeline.events.count) == entry.detail)
                #expect(timeline.warnings.isEmpty)
            }
            for details in [false, true] {
                let text = String(decoding: TextExporter(timeline: timeline, zone: .utc, options: .init(details: details, width: details ? 40 : nil)).export(), as: UTF8.self)
                #expect(TerminalSafety.firstUnsafe(in: text) == nil, "\(entry.file): \(TerminalSafety.firstUnsafe(in: text).map(TerminalSafety.name) ?? "")")
                if entry.outcome == "neutralised" { #expect(text.contains("^[") || text.contains("\\u{"), "\(entry.file): nothing shown") }
            }
        } catch {
            #expect(entry.outcome == "refused", "\(entry.file) was refused: \(error.problems.first?.description ?? "")")
            #expect(error.problems.first.map { SafeText.neutralise($0.description) } == entry.detail)
        }
    }
}
