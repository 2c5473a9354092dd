import TestSupport
import Testing
@testable import TimelineModel

/// The writers of every field (CSV, Timesketch, TimelineJS, Markdown, text with details)
/// read a loaded file's text where it sits (`EventStore.values(at:)`) rather than decoding
/// each event whole. On two thousand varied generated events (accents, emoji, escapes,
/// controls, bidi, spans, day-only and hour times, quotes, sources, extra fields), on the
/// hostile values of the round-trip tests and on the incident fixture, that gives the
/// very bytes the same events give from memory, whatever the view. (The generated events are in
/// `WritersFromGeneratedFileTests`, out of the everyday loop.)
@Suite struct WritersFromFileTests {
    static let formats: [ExportFormat] = [.csv, .timesketchJSONL, .timesketchCSV, .timelineJS, .markdown, .text]

    static func inMemory(_ t: Timeline) -> Timeline {
        var whole = t
        whole.events = EventList(Array(t.events))
        return whole
    }

    func expectSameBytes(_ loaded: Timeline, format: ExportFormat, _ file: String) {
        let whole = Self.inMemory(loaded)
        let styles: [ExportView.MarkdownStyle] = format.name == ExportFormat.markdown.name ? [.table, .list] : [.table]
        // The text export wraps its details by bytes when it can (`TextExporter.appendDetails`).
        let widths: [Int?] = format.name == ExportFormat.text.name ? [nil, 40] : [nil]
        for zone in [nil, Zone.utc, Zone(identifier: "Asia/Kolkata")] {
            for (details, relative, wanted) in [(false, false, nil), (true, true, nil), (true, false, 3 as Int?)] {
                let mark = wanted.flatMap { $0 < loaded.events.count ? $0 : nil }
                for style in styles {
                    for width in widths {
                        func view(_ t: Timeline) -> ExportView {
                            ExportView(timeline: t, zone: zone, relative: relative, mark: mark, details: details, width: width,
                                       sourceName: file, markdownStyle: style)
                        }
                        let fast = format.bytes(view(loaded)), plain = format.bytes(view(whole))
                        #expect(fast == plain, "\(format.name) \(style) \(file) zone \(zone?.identifier ?? "home") details \(details) relative \(relative) mark \(mark ?? -1) width \(width ?? 0)")
                    }
                }
            }
        }
    }

    @Test(arguments: formats)
    func hostileValuesAndTheFixture(format: ExportFormat) throws {
        let clean = JSONRoundTripTests.hostile.replacing([0xE8], with: Array("e".utf8))
        expectSameBytes(try TimelineLoader.load(bytes: clean, name: "hostile.json"), format: format, "hostile.json")
        // With invalid UTF-8 the events are decoded the plain way: the same bytes too.
        expectSameBytes(try TimelineLoader.load(bytes: JSONRoundTripTests.hostile, name: "bad.json"), format: format, "bad.json")
        expectSameBytes(try TimelineLoader.load(path: JSONRoundTripTests.fixture), format: format, "2017-11-03.json")
    }

    /// Every file of the hostile corpus that loads (escapes in extra fields' JSON, controls,
    /// bidi, invalid UTF-8…) gives the same bytes from its file as from memory.
    @Test(arguments: formats)
    func theHostileCorpus(format: ExportFormat) throws {
        var loaded = 0
        for entry in HostileManifest.entries {
            let path = HostileManifest.folder.appendingPathComponent(entry.file).path
            guard let timeline = try? TimelineLoader.load(path: path) else { continue }
            expectSameBytes(timeline, format: format, entry.file)
            loaded += 1
        }
        #expect(loaded >= 40)
    }

    /// A merged timeline reads each file's text where it sits too, with its origins and
    /// its id prefixed where another file uses it.
    @Test(arguments: formats)
    func aMergedTimeline(format: ExportFormat) throws {
        let fixture = try TimelineLoader.load(path: JSONRoundTripTests.fixture)
        let clean = JSONRoundTripTests.hostile.replacing([0xE8], with: Array("e".utf8))
        let hostile = try TimelineLoader.load(bytes: clean, name: "hostile.json")
        let merged = TimelineMerge.merge([
            MergeInput(label: "a", timeline: fixture), MergeInput(label: "b", timeline: fixture),
            MergeInput(label: "h", timeline: hostile),
        ], keepDuplicates: true)
        #expect(merged.events.contains { $0.id.hasPrefix("b:") })
        expectSameBytes(merged, format: format, "merged")
    }

    /// The writers take the first pass's measure of each title and actor instead of
    /// measuring them again (`EventValues.titleKnownPlain`): on the generated events, the
    /// hostile values and the fixture, what it says is what measuring says, event by event.
    @Test func firstPassMeasureIsWhatMeasuringSays() throws {
        let (lazy, _) = try FastExportTests.timelines()
        let clean = JSONRoundTripTests.hostile.replacing([0xE8], with: Array("e".utf8))
        var known = 0
        for timeline in [lazy, try TimelineLoader.load(bytes: clean, name: "hostile.json"),
                         try TimelineLoader.load(path: JSONRoundTripTests.fixture)] {
            let store = timeline.events.store
            for i in timeline.events.indices {
                let v = store.values(at: i)
                func measured(_ t: TextValue?) -> Bool {
                    guard case .bytes(let b)? = t else { return false }
                    return DisplayWidth.plainWidth(b) != nil
                }
                #expect(v.titleKnownPlain == measured(v.title), "title of event \(i): \(v.title.string)")
                #expect(v.actorKnownPlain == measured(v.actor), "actor of event \(i): \(v.actor?.string ?? "none")")
                if v.titleKnownPlain { known += 1 }
            }
        }
        #expect(known > 200)
    }
}
