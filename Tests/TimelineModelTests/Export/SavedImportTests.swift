import Foundation
import Testing
@testable import TimelineModel

/// An imported timeline saved with a lossless export (`json`, `jsonl`, `timesketch-jsonl`,
/// `timesketch-csv`) is read back as itself: extra fields named like ours, a document
/// that looks like the tool it came from, an empty timeline, the home zone's note.
@Suite struct SavedImportTests {
    typealias J = JSONRoundTripTests

    /// A log's fields named like ours (`kind`, `tags`, `text`, `end`…) are extra fields of
    /// its events; saved as JSON they go in `extra_fields`, so that they are not read back
    /// as ours (a `kind` twice, an `end` that is not a time).
    @Test(arguments: OtherToolsRoundTripTests.lossless)
    func extraFieldsNamedLikeOursComeBackAsExtraFields(format: ExportFormat) throws {
        let log = try TimelineLoader.load(bytes: Array("""
            {"time":"2020-01-01T00:00:00Z","message":"hello","tags":["a"],"text":"x","end":"soon","precision":"high","sources":"s","quote":"q","actor":"me","approximate":"yes","kind":"k2","level":"info","source_files":3,"extra_fields":{"n":1}}
            {"time":"2020-01-01T00:00:01Z","message":"plain","other":1}

            """.utf8), name: "clash.jsonl")
        let names = ["tags", "text", "end", "precision", "sources", "quote", "actor", "approximate", "kind", "source_files", "extra_fields"]
        #expect(log.events[0].extraFields.map(\.name) == names)
        let bytes = format.bytes(ExportView(timeline: log))
        if format == .json {
            // Only the event that needs it has `extra_fields`.
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains(#""title":"hello","extra_fields":{"tags":["a"],"text":"x","end":"soon","#))
            #expect(text.contains(#""title":"plain","other":1}"#))
        }
        let back = try TimelineLoader.load(bytes: bytes, name: "back." + format.name)
        #expect(back.events.map(\.extraFields) == log.events.map(\.extraFields))
        #expect(back.events.map(\.kind) == ["info", nil])
        #expect(back.events[0].tags.isEmpty && back.events[0].end == nil && back.events[0].text == nil)
        #expect(J.textExport(back) == J.textExport(log))
        // The other writers read the same extra fields from the saved file.
        if format == .json {
            let again = ExportFormat.timesketchJSONL.bytes(ExportView(timeline: back))
            #expect(again == ExportFormat.timesketchJSONL.bytes(ExportView(timeline: log)))
        }
    }

    /// A CloudWatch import saved as JSON keeps `ingestionTime` as an extra field; read
    /// back it is our own document, not a CloudWatch response without `timestamp`s.
    @Test func aSavedCloudWatchImportIsReadAsOurs() throws {
        let original = try FormatFixtures.load("cloudwatch/get-log-events.json")
        let back = try TimelineLoader.load(bytes: ExportFormat.json.bytes(ExportView(timeline: original)), name: "saved.json")
        #expect(back.inputFormat == nil)
        #expect(back.readAs == "CloudWatch Logs events")
        #expect(back.events.count == original.events.count)
    }

    /// Statuspage's unresolved incidents, when there are none, saved as JSON Lines: one
    /// header line, read back as the same empty timeline.
    @Test func anEmptyTimelineSavedAsJSONLinesComesBack() throws {
        let original = try FormatFixtures.load("statuspage/discord-unresolved.json")
        #expect(original.events.isEmpty)
        let bytes = ExportFormat.jsonl.bytes(ExportView(timeline: original))
        #expect(bytes.filter { $0 == 0x0A }.count == 1)
        let back = try TimelineLoader.load(bytes: bytes, name: "unresolved.jsonl")
        #expect(back.title == original.title && back.timezone == original.timezone && back.extraFields == original.extraFields)
        #expect(J.textExport(back) == J.textExport(original))
    }

    /// Why the home zone is UTC (the times' offsets vary) is said after "Read as" and kept
    /// by the saved timeline.
    @Test func theHomeZoneNoteIsKept() throws {
        let original = try FormatFixtures.load("csv/rfc4180-crlf-bom.csv")
        #expect(original.zoneNote == "offsets vary: +00:00, +02:00; home zone UTC")
        for format in OtherToolsRoundTripTests.lossless {
            let back = try TimelineLoader.load(bytes: format.bytes(ExportView(timeline: original)), name: "back." + format.name)
            #expect(back.readAs == "Timesketch CSV; offsets vary: +00:00, +02:00; home zone UTC")
            #expect(J.textExport(back).contains("Read as:    Timesketch CSV; offsets vary: +00:00, +02:00; home zone UTC\n"))
        }
    }
}
