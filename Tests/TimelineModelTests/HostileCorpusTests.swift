import Foundation
import Testing
import TestSupport
import TimelineModel

/// The hostile-input corpus: every file of `Tests/Fixtures/hostile` goes through the loader
/// with the outcome `MANIFEST.tsv` gives it (accepted, neutralised, refused with its first
/// problem, or warned: loaded with its first warning), and what loads goes through the text
/// exporter, whose output must carry no raw control, bidi or invisible character.
@Suite struct HostileCorpusTests {
    typealias Entry = HostileManifest.Entry
    static let folder = HostileManifest.folder
    static let entries = HostileManifest.entries

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The whole timeline as text, every detail included, no wrapping.
    static func exported(_ timeline: Timeline) -> String {
        let bytes = TextExporter(timeline: timeline, zone: .utc, options: .init(details: true, width: nil)).export()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every string the file gave the timeline.
    static func strings(of t: Timeline) -> [String] {
        var all = [t.title, t.summary ?? "", t.timezone] + t.zones + t.extraFields.flatMap { [$0.name, $0.json] }
        for e in t.events {
            all += [e.id, e.title, e.actor ?? "", e.kind ?? "", e.text ?? "", e.quote?.text ?? "", e.quote?.lang ?? ""]
            all += e.tags + e.sources.flatMap { [$0.name, $0.url ?? ""] } + e.extraFields.flatMap { [$0.name, $0.json] }
        }
        return all
    }

    @Test func theCorpusHasFortyFilesOrMoreAndTheManifestListsEachOnce() throws {
        let listed = Self.entries.map(\.file)
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
        #expect(listed.count >= 40)
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        #expect(Set(listed) == Set(present), "MANIFEST.tsv and the folder disagree")
        for e in Self.entries {
            #expect(["accepted", "neutralised", "refused", "warned"].contains(e.outcome), "\(e.file): outcome '\(e.outcome)'")
        }
    }

    @Test(arguments: entries) func loadsWithItsStatedOutcome(_ entry: Entry) throws {
        let input = try Self.bytes(entry.file)
        do {
            let timeline = try TimelineLoader.load(bytes: input, name: entry.file)
            #expect(entry.outcome != "refused", "\(entry.file) was expected to be refused but loaded")
            let text = Self.exported(timeline)
            if entry.outcome == "warned" {
                // Loaded, with the bad bytes shown as U+FFFD and a warning saying where.
                #expect(timeline.warnings.first.map { SafeText.neutralise($0.description) } == entry.detail)
                #expect(text.contains("\u{FFFD}"), "\(entry.file): no U+FFFD in the export")
            } else {
                #expect(String(timeline.events.count) == entry.detail, "\(entry.file): \(timeline.events.count) events")
                #expect(timeline.warnings.isEmpty, "\(entry.file): \(timeline.warnings)")
            }
            if let bad = TerminalSafety.firstUnsafe(in: text) {
                Issue.record("\(entry.file): the export carries a raw \(TerminalSafety.name(bad))")
            }
            if entry.outcome == "neutralised" {
                // The hostile characters reached the model (else there was nothing to prove)…
                let carried = Self.strings(of: timeline).contains { TerminalSafety.firstUnsafe(in: $0) != nil }
                #expect(carried, "\(entry.file): no control character reached the timeline")
                // …and the export shows them visibly.
                #expect(text.contains("^") || text.contains("\\u{"), "\(entry.file): nothing shown in their place")
            }
        } catch {
            let first = error.problems.first?.description ?? "(no problem listed)"
            #expect(entry.outcome == "refused", "\(entry.file) was refused: \(first)")
            if entry.outcome == "refused" {
                // The manifest holds the message as the CLI prints it.
                #expect(SafeText.neutralise(first) == entry.detail)
            }
            // Problems quote the file's text as it is, like an event's fields: whoever shows
            // them neutralises them (the CLI does; HostileCorpusCLITests checks what it prints).
        }
    }

    /// Inputs `scripts/fuzz` found crashing once: each loads or is refused, cleanly.
    @Test func everyKeptCrasherLoadsOrIsRefused() throws {
        let folder = Self.folder.appendingPathComponent("crashers")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name != "README.md" {
            let input = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            do {
                let timeline = try TimelineLoader.load(bytes: input, name: name)
                if let bad = TerminalSafety.firstUnsafe(in: Self.exported(timeline)) {
                    Issue.record("crashers/\(name): the export carries a raw \(TerminalSafety.name(bad))")
                }
            } catch {
                #expect(!error.problems.isEmpty, "crashers/\(name): refused with no problem listed")
            }
        }
    }
}
