import Foundation
import Testing
@testable import TimelineModel

/// The readers that walk a file event by event tell how far they are (the viewer's
/// loading screen); a reader of a whole document tells nothing, so no figure is made up.
@Suite struct ReadProgressTests {
    static func ourLines(_ n: Int) -> [UInt8] {
        var text = ""
        for k in 0..<n {
            text += #"{"id": "e\#(k)", "time": "2017-11-02T18:\#(String(format: "%02d", k / 60 % 60)):\#(String(format: "%02d", k % 60))Z", "title": "event \#(k)"}"# + "\n"
        }
        return Array(text.utf8)
    }

    @Test func ourJSONLinesTellsAsItGoesAndEndsAtTheWholeFile() throws {
        let bytes = Self.ourLines(3000)
        var options = ReadOptions()
        let progress = ReadProgress()
        options.progress = progress
        #expect(progress.bytesRead(of: bytes.count) == nil)
        _ = try TimelineLoader.load(bytes: bytes, name: "lines.jsonl", options: options)
        #expect(progress.bytesRead(of: bytes.count) == bytes.count)
    }

    @Test func aRecordFormatTells() throws {
        let csv = "time,actor,title\n" + (0..<2000).map { "2017-11-02T18:\(String(format: "%02d", $0 / 60 % 60)):\(String(format: "%02d", $0 % 60))Z,desk,note \($0)" }.joined(separator: "\n") + "\n"
        var options = ReadOptions()
        options.progress = ReadProgress()
        let t = try TimelineLoader.load(bytes: Array(csv.utf8), name: "sheet.csv", options: options)
        #expect(t.events.count == 2000)
        #expect(options.progress?.bytesRead(of: csv.utf8.count) == csv.utf8.count)
    }

    @Test func aDocumentReadWholeTellsNothing() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/incidents/github-2018-10-21/status.json").standardized
        var options = ReadOptions()
        options.progress = ReadProgress()
        let t = try TimelineLoader.load(path: url.path, options: options)
        #expect(t.inputFormat != nil)
        #expect(options.progress?.bytesRead(of: 1_000_000) == nil)
    }

    /// A part tells every `eventsBetweenNotes` events, the bytes since its last note.
    @Test func aPartTellsEveryFewEvents() {
        let progress = ReadProgress()
        var note = ProgressNote(progress, from: 100)
        note.note(500, after: 1)
        #expect(progress.bytesRead(of: 10_000) == nil)
        note.note(900, after: ReadProgress.eventsBetweenNotes)
        #expect(progress.bytesRead(of: 10_000) == 800)
        var second = ProgressNote(progress, from: 5_000)
        second.note(5_300, after: ReadProgress.eventsBetweenNotes)
        #expect(progress.bytesRead(of: 10_000) == 1_100)
        #expect(progress.bytesRead(of: 1_000) == 1_000)
    }
}
