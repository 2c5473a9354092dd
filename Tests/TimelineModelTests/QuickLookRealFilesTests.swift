import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// The quick look on raw bytes (`RecordFileStore.rawBytes`) must answer as decoding every
/// event does on the real files of other tools too, whose readers make titles, kinds and
/// actors out of several fields (audit logs' verb and URI, level numbers named, journald's
/// byte arrays). Every word shown in any event of every record-per-line fixture is searched
/// for, alone and in pairs, and the answer compared with the straightforward one.
@Suite(.tags(.slow)) struct QuickLookRealFilesTests {
    static let files: [String] = {
        let fm = FileManager.default
        return ["jsonl-log", "timesketch", "plaso", "text-log", "cloudwatch", "ours", "statuspage", "timelinejs"].flatMap { folder -> [String] in
            let names = (try? fm.contentsOfDirectory(atPath: FormatFixtures.path(folder))) ?? []
            return names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    /// Words of what a user sees: title, actor, kind, tags, text, ids.
    static func words(_ events: EventList) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for p in events.indices {
            let e = events[p]
            let shown = [e.title, e.actor ?? "", e.kind ?? "", e.id, e.tags.joined(separator: " "), e.text ?? ""]
            for w in shown.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(40)
            where seen.insert(String(w)).inserted {
                out.append(String(w))
            }
        }
        // Pairs across a made-up join (a title made of two fields).
        let pairs = events.indices.prefix(30).map { events[$0].title.split(separator: " ").prefix(2).joined(separator: " ") }
        return out + pairs
    }

    @Test(arguments: files) func everyShownWordIsFoundAsByDecoding(_ name: String) throws {
        let events: EventList
        do { events = try FormatFixtures.load(name).events } catch { return }  // refused files have nothing to search
        for w in Self.words(events) {
            for f in [EventFilter(text: w), EventFilter(text: w.lowercased()), EventFilter(actor: w), EventFilter(kind: w)] {
                let expected = events.indices.filter { f.matches(events[$0]) }
                #expect(f.indices(in: events) == expected, "\(name): \(f)")
            }
        }
    }

    /// Expressions with NOT and OR over the same words: a store that looks for a word's
    /// pieces, or for none of them, must not settle a `-word` it cannot see.
    @Test(arguments: files) func expressionsAnswerAsDecodingEveryEvent(_ name: String) throws {
        let t: Timeline
        do { t = try FormatFixtures.load(name) } catch { return }
        let words = Self.words(t.events).filter { !$0.contains("\"") }.prefix(60).map { "\"\($0)\"" }
        let formatter = TimeFormatter(timeline: t)
        for (k, w) in words.enumerated() {
            let other = words[(k * 7 + 3) % words.count]
            for text in ["-\(w)", "\(w) OR zzqx", "\(w) -\(other)", "NOT (\(other) OR \(w))", "-zzqx \(w)"] {
                guard let e = try? FilterExpression(parsing: text, timeline: t, formatter: formatter) else { continue }
                let expected = t.events.indices.filter { e.matches(t.events[$0]) }
                #expect(e.indices(in: t.events) == expected, "\(name): \(text)")
            }
        }
    }
}
