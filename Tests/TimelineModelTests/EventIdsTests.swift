import Testing
@testable import TimelineModel

/// An event's id read as bytes (what a merge hashes and compares for every event) is the id
/// as text, whether the file gave it, its first pass found it in the file's bytes, or it is
/// made from the file's name and the event's line.
@Suite struct EventIdsTests {
    @Test func anIdReadAsBytesIsTheIdAsText() {
        let text = "ev-1 ev-22 log:9"
        let bytes = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        var ids = EventIds()
        // Lines as a record file notes them: one unknown (-1), one past 9 digits.
        ids.lines = [2, 3, 5, 9, -1, 11, 1_234_567_890, 13]
        ids.given[1] = ("deploy", FieldPlace(line: 3, column: 1, path: "id"))
        ids.given[5] = ("log:13", FieldPlace(line: 11, column: 1, path: "id"))
        // A written id that is another event's made id: that one is made again (`log:9-2`).
        ids.noteWritten(11..<16, at: 0, in: bytes)
        ids.noteWritten(0..<4, at: 2, in: bytes)
        ids.noteWritten(5..<10, at: 6, in: bytes)
        ids.assign(stem: "log")
        let expected = ["log:9", "deploy", "ev-1", "log:9-2", "log:5", "log:13", "ev-22", "log:13-2"]
        for i in expected.indices {
            var read: String?
            ids.withId(i) { read = String(decoding: $0, as: UTF8.self) }
            #expect(read == ids.id(i), "event \(i)")
            #expect(read == expected[i], "event \(i)")
        }
    }

    @Test func aMadeIdIsTheFilesNameAndTheLineWhateverItsDigits() {
        var ids = EventIds()
        ids.lines = [0, 1, 9, -1, 99, 100, 65_535, Int32.max]
        ids.assign(stem: "édition « 2 »")
        for i in ids.lines.indices {
            var read: String?
            ids.withId(i) { read = String(decoding: $0, as: UTF8.self) }
            let line = ids.lines[i] >= 0 ? Int(ids.lines[i]) : i + 1
            #expect(read == "édition « 2 »:\(line)" && read == ids.id(i))
        }
    }
}
