import Foundation
import Testing
@testable import TimelineModel

/// A view whose filter matches nothing, exported and opened again: every lossless export
/// comes back as a timeline with no events. Timesketch's JSON Lines has no line for a
/// timeline without events (each line is an event Timesketch imports), so that export is
/// an empty file: a blank `.jsonl` (or `.ndjson`, `.log`) opens as no events, while a
/// blank `.json` is still refused (a JSON document is never empty).
@Suite struct EmptyViewReadBackTests {
    static func load(_ bytes: [UInt8], name: String) throws -> Timeline {
        try TimelineLoader.load(bytes: bytes, name: name)
    }

    @Test(arguments: [(ExportFormat.timesketchJSONL, "view.jsonl"), (.timesketchCSV, "view.csv"), (.json, "view.json"),
                      (.jsonl, "view.jsonl"), (.csv, "view.csv")])
    func anEmptyViewComesBackEmpty(format: ExportFormat, name: String) throws {
        let original = try TimelineLoader.load(path: JSONRoundTripTests.fixture)
        let bytes = format.bytes(ExportView(timeline: original, indices: [], filter: "nothing matches this"))
        let back = try Self.load(bytes, name: name)
        #expect(back.events.isEmpty)
        if format == .json || format == .jsonl {
            // Our own format keeps what it says of the timeline.
            #expect(back.title == original.title && back.timezone == original.timezone)
        }
        if format == .timesketchJSONL {
            #expect(bytes.isEmpty)
            #expect(back.title == "view.jsonl")
            let text = TextExporter(timeline: back, zone: nil, options: .init(width: nil)).text()
            #expect(text.contains("Events:     none\n"))
        }
    }

    @Test func aBlankFileOpensByItsNameOnly() throws {
        for name in ["saved.jsonl", "saved.NDJSON", "saved.log", "dir.v2/saved.txt"] {
            #expect(try Self.load(Array(" \n\r\n".utf8), name: name).events.isEmpty)
        }
        for name in ["saved.json", "saved", "saved.jsonl.bak"] {
            do throws(LoadFailure) {
                _ = try TimelineLoader.load(bytes: [], name: name)
                Issue.record("\(name) was read")
            } catch {
                #expect(error.problems.map(\.description) == [#"\#(name): is empty; a timeline file holds a JSON object with "title" and "events""#])
            }
        }
    }
}
