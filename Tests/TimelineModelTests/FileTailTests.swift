import Foundation
import Testing
@testable import TimelineModel

/// Following a file by its end: only the appended complete lines are read, by the file's
/// own reader, at their own line numbers; the new events land in order beside the loaded
/// ones without rebuilding them.
@Suite struct FileTailTests {
    /// A file in a folder of its own, holding `text`.
    static func file(_ text: String, name: String = "live.jsonl") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filetail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func append(_ text: String, to path: String) throws {
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data(text.utf8))
        try h.close()
    }

    static let start = """
        {"title": "Live", "timezone": "UTC"}
        {"id": "a", "time": "2017-11-02T18:00:00Z", "title": "first"}
        {"id": "b", "time": "2017-11-02T19:00:00Z", "title": "second"}
        {"id": "c", "time": "2017-11-02T20:00:00Z", "title": "third"}

        """

    @Test func appendedLinesLandInOrderAndAPartLineWaits() throws {
        let path = try Self.file(Self.start)
        let loaded = try TimelineLoader.load(path: path)
        #expect(loaded.bytesRead == Self.start.utf8.count)
        var tail = try #require(FileTail(path: path, timeline: loaded))
        guard case .nothing = tail.step() else { Issue.record("nothing new yet"); return }
        // One whole line and the start of another: the part waits for its end.
        try Self.append(#"{"id": "d", "time": "2017-11-02T21:00:00Z", "title": "fourth"}"# + "\n" + #"{"id": "e", "time": "2017-11-02T18"#, to: path)
        guard case .grew(let first, [], []) = tail.step() else { Issue.record("the whole line"); return }
        #expect(first.map(\.id) == ["d"])
        try Self.append(#":30:00Z", "title": "between"}"# + "\n", to: path)
        guard case .grew(let second, [], []) = tail.step() else { Issue.record("the line once complete"); return }
        #expect(second.map(\.id) == ["e"])
        #expect(second[0].fileIndex == 4, "counted from the file's first event")

        let (grown, added) = loaded.appending(first, bytesRead: 0)
        #expect(added == [3])
        let (again, more) = grown.appending(second, bytesRead: tail.offset)
        #expect(more == [1], "18:30 sorts between 18:00 and 19:00")
        #expect(again.events.map(\.id) == ["a", "e", "b", "c", "d"])
        #expect((0..<5).map { again.events.sortInstant(at: $0) } == again.events.map(\.sortInstant))
        #expect(again.events.listed(at: 1).title == "between")
        #expect(again.search("between") == [1])
        #expect(again.bytesRead == (try Data(contentsOf: URL(fileURLWithPath: path))).count)
        // Nothing rebuilt: the loaded events stay in their store.
        let store = try #require(again.events.store as? GrownEventStore)
        #expect(store.base is JSONEventStore)
        #expect(store.tail.map(\.id) == ["e", "d"])
    }

    @Test func problemsOfNewLinesHaveTheirPlaceInTheWholeFile() throws {
        let path = try Self.file(Self.start)
        var tail = try #require(FileTail(path: path, timeline: try TimelineLoader.load(path: path)))
        try Self.append(#"{"id": "d", "time": "yesterday", "title": "x"}"# + "\n", to: path)
        guard case .grew([], [], let problems) = tail.step() else { Issue.record("a problem"); return }
        #expect(problems.map(\.description).first?.hasPrefix(path + ":5:") == true)
        #expect(problems.first?.path == "events[3].time")
        // A repeated id, with the events loaded at first.
        try Self.append(#"{"id": "b", "time": "2017-11-03T00:00:00Z", "title": "again"}"# + "\n", to: path)
        guard case .grew([], [], let repeated) = tail.step() else { Issue.record("a repeated id"); return }
        // Placed and worded as the whole file says it: at the id, naming its first use.
        #expect(repeated.map(\.description) == [path + #":6:8: events[4].id: duplicate id "b" (first used at line 3, column 8)"#])
        // The next good line is taken.
        try Self.append(#"{"id": "f", "time": "2017-11-03T00:00:00Z", "title": "fine"}"# + "\n", to: path)
        guard case .grew(let events, [], []) = tail.step() else { Issue.record("a good line"); return }
        #expect(events.map(\.id) == ["f"])
        // An id appended before, used again.
        try Self.append(#"{"id": "f", "time": "2017-11-03T01:00:00Z", "title": "again"}"# + "\n", to: path)
        guard case .grew([], [], let again) = tail.step() else { Issue.record("f again"); return }
        #expect(again.map(\.description) == [path + #":8:8: events[6].id: duplicate id "f" (first used at line 7, column 8)"#])
    }

    @Test func truncatedAndReplacedFilesAreSaid() throws {
        let path = try Self.file(Self.start)
        var tail = try #require(FileTail(path: path, timeline: try TimelineLoader.load(path: path)))
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: path + ".new"))
        let h = try #require(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 10)
        try h.close()
        guard case .truncated(size: 10) = tail.step() else { Issue.record("truncated"); return }
        #expect(rename(path + ".new", path) == 0)
        guard case .replaced = tail.step() else { Issue.record("replaced"); return }
    }

    /// Written again in place (`>` in a shell: truncated, then written): same name, same
    /// inode, and the same size or more. The bytes already read are no longer there, so it
    /// is said to be rewritten (the viewer reads it whole), not taken as grown or unchanged.
    @Test func aFileWrittenAgainInPlaceIsSaidRewritten() throws {
        func overwrite(_ path: String, _ text: String) throws {
            let h = try #require(FileHandle(forWritingAtPath: path))
            try h.truncate(atOffset: 0)
            h.write(Data(text.utf8))
            try h.close()
        }
        // The same size: one title changed, as long as before.
        let path = try Self.file(Self.start)
        var tail = try #require(FileTail(path: path, timeline: try TimelineLoader.load(path: path)))
        try overwrite(path, Self.start.replacingOccurrences(of: "second", with: "SECOND"))
        guard case .rewritten = tail.step() else { Issue.record("same size, other bytes"); return }
        // Longer, with the same header line: not new lines after the old ones.
        let longer = try Self.file(Self.start)
        var grown = try #require(FileTail(path: longer, timeline: try TimelineLoader.load(path: longer)))
        try overwrite(longer, Self.start.replacingOccurrences(of: #""id": "c""#, with: #""id": "x""#)
                      + #"{"id": "d", "time": "2017-11-02T21:00:00Z", "title": "fourth"}"# + "\n")
        guard case .rewritten = grown.step() else { Issue.record("longer, other bytes"); return }
        // A big file whose start is unchanged: the bytes before the end read tell.
        let lines = (0..<200).map { #"{"id": "e\#($0)", "time": "2017-11-02T18:00:00Z", "title": "event number \#($0)"}"# }
        let big = try Self.file(Self.start + lines.joined(separator: "\n") + "\n")
        var bigTail = try #require(FileTail(path: big, timeline: try TimelineLoader.load(path: big)))
        try Self.append(#"{"id": "n", "time": "2017-11-02T22:00:00Z", "title": "new"}"# + "\n", to: big)
        guard case .grew(let appended, [], []) = bigTail.step() else { Issue.record("appended"); return }
        #expect(appended.map(\.id) == ["n"], "an append is still read by its end")
        let text = try String(contentsOfFile: big, encoding: .utf8)
        try overwrite(big, text.replacingOccurrences(of: "event number 199", with: "EVENT NUMBER 199"))
        guard case .rewritten = bigTail.step() else { Issue.record("end rewritten"); return }
        // Unchanged bytes (a `touch`): nothing new.
        let touched = try Self.file(Self.start)
        var same = try #require(FileTail(path: touched, timeline: try TimelineLoader.load(path: touched)))
        try overwrite(touched, Self.start)
        guard case .nothing = same.step() else { Issue.record("the same bytes again"); return }
    }

    @Test func aJSONDocumentIsReadWholeAndALogByItsEnd() throws {
        let doc = try Self.file(#"{"title": "t", "events": [{"id": "a", "time": "2017-11-03", "title": "x"}]}"# + "\n", name: "t.json")
        #expect(FileTail(path: doc, timeline: try TimelineLoader.load(path: doc)) == nil)
        let log = try Self.file(#"{"ts": "2017-11-03T10:00:00Z", "msg": "started", "service": "api"}"# + "\n", name: "app.log.jsonl")
        let loaded = try TimelineLoader.load(path: log, format: .jsonLog)
        var tail = try #require(FileTail(path: log, timeline: loaded, options: ReadOptions(format: .jsonLog)))
        try Self.append(#"{"ts": "2017-11-03T10:00:05Z", "msg": "stopped", "service": "api"}"# + "\n", to: log)
        guard case .grew(let events, [], let problems) = tail.step() else { Issue.record("a log line"); return }
        #expect(problems == [])
        #expect(events.map(\.title) == ["stopped"])
        let full = try TimelineLoader.load(path: log, format: .jsonLog)
        #expect(events.map(\.id) == [full.events[1].id], "the id a log line gets from its line number")
    }

    /// A real pino log (lnav's `logfile_pino.0`), its format found by its content: "Read as"
    /// names the writer (`JSON Lines log (pino: time in epoch milliseconds)`), and the new
    /// lines are read by the same reader — not as our own JSON Lines, which wanted an `id`.
    /// A blank line appended is nothing new, not an "empty file".
    @Test func aDetectedLogWithAWriterNoteIsFollowedByItsOwnReader() throws {
        let pino = try String(decoding: FormatFixtures.bytes("jsonl-log/logfile_pino.0"), as: UTF8.self)
        let path = try Self.file(pino, name: "payment.log")
        let loaded = try TimelineLoader.load(path: path)
        #expect(loaded.inputFormat == "JSON Lines log (pino: time in epoch milliseconds)")
        var tail = try #require(FileTail(path: path, timeline: loaded))
        try Self.append("\n", to: path)
        guard case .nothing = tail.step() else { Issue.record("a blank line is nothing new"); return }
        // The same line a minute later (1745532577537 ms + 60 s), with another message.
        let line = try #require(pino.split(separator: "\n").first)
        let later = line.replacingOccurrences(of: #""time":1745532517537"#, with: #""time":1745532577537"#)
            .replacingOccurrences(of: "Charge request received.", with: "Charge request retried.")
        #expect(later != String(line))
        try Self.append(later + "\n", to: path)
        guard case .grew(let events, [], let problems) = tail.step() else { Issue.record("a pino line"); return }
        #expect(problems == [])
        #expect(events.map(\.title) == ["Charge request retried."])
        #expect(events.map(\.actor) == ["payment"])
        #expect(events.first?.time.instant == Instant(seconds: 1_745_532_577, nanoseconds: 537_000_000))
    }

    /// PagerDuty entries one a line, as `jq -c '.log_entries[]'` writes a page, with the
    /// ids `ids` (the fixture's second entry under each).
    static func pagerLines(_ ids: [String], summary: String? = nil) throws -> [String] {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(FormatFixtures.bytes("services/pagerduty-log-entries.json"))) as? [String: Any])
        var entry = try #require((parsed["log_entries"] as? [[String: Any]])?.last)
        if let summary { entry["summary"] = summary }
        return try ids.map { id in
            entry["id"] = id
            return String(decoding: try JSONSerialization.data(withJSONObject: entry, options: .sortedKeys), as: UTF8.self)
        }
    }

    /// A service's record repeated in a later page appended to a followed file is read as
    /// the whole file reads it: shown once, with the same warning at the same place (the
    /// first use named where it is, loaded or appended before), not refused.
    @Test func aServiceRecordRepeatedInAnAppendedPageIsShownOnceAsInTheWholeFile() throws {
        let first = try Self.pagerLines(["P1", "P2", "P3"])
        let path = try Self.file(first.joined(separator: "\n") + "\n", name: "pages.jsonl")
        let loaded = try TimelineLoader.load(path: path)
        var tail = try #require(FileTail(path: path, timeline: loaded))
        // The next page starts again at the last two entries of the first.
        let page = try Self.pagerLines(["P2", "P3", "P4", "P5"])
        try Self.append(page.joined(separator: "\n") + "\n", to: path)
        guard case .grew(let events, let warnings, let problems) = tail.step() else { Issue.record("the page"); return }
        #expect(problems == [])
        #expect(events.map(\.id) == ["P4", "P5"])
        let whole = try TimelineLoader.load(path: path)
        #expect(warnings.map(\.description) == whole.warnings.map(\.description))
        #expect(warnings.count == 2 && warnings[0].description.contains(": id: entry P2 repeats the one at line 2, column "))
        // A third page repeating an appended entry (P5) and a loaded one (P1).
        try Self.append(try Self.pagerLines(["P5", "P1", "P6"]).joined(separator: "\n") + "\n", to: path)
        guard case .grew(let more, let said, []) = tail.step() else { Issue.record("the third page"); return }
        #expect(more.map(\.id) == ["P6"])
        let wholeAgain = try TimelineLoader.load(path: path)
        #expect(said.map(\.description) == Array(wholeAgain.warnings.map(\.description).suffix(2)))
        let (grown, _) = loaded.appending(events, bytesRead: 0).timeline.appending(more, bytesRead: tail.offset)
        #expect(grown.events.map(\.id) == wholeAgain.events.map(\.id))
    }

    /// Many repeats appended at once are summed up as in the whole file; another event
    /// under an id used before is refused naming its first use, as the whole file is.
    @Test func manyRepeatsAndAnotherEventUnderAnIdAreSaidAsInTheWholeFile() throws {
        let ids = (1...20).map { "P\($0)" }
        let path = try Self.file(try Self.pagerLines(ids).joined(separator: "\n") + "\n", name: "pages.jsonl")
        var tail = try #require(FileTail(path: path, timeline: try TimelineLoader.load(path: path)))
        try Self.append(try Self.pagerLines(ids).joined(separator: "\n") + "\n", to: path)
        guard case .grew([], let warnings, []) = tail.step() else { Issue.record("twenty repeats"); return }
        #expect(warnings.count == 4)
        #expect(warnings.map(\.description) == (try TimelineLoader.load(path: path)).warnings.map(\.description))
        #expect(warnings.last?.message.hasPrefix("17 more entries repeat earlier ones (the first at line 24, column ") == true)
        let changed = try Self.pagerLines(["P7"], summary: "Acknowledged by someone else")
        try Self.append(changed[0] + "\n", to: path)
        guard case .grew([], [], let problems) = tail.step() else { Issue.record("another event under P7"); return }
        let whole = #expect(throws: LoadFailure.self) { try TimelineLoader.load(path: path) }
        // The whole file lists its warnings with its problem: the problem is the same.
        #expect(problems.map(\.description) == whole?.problems.suffix(1).map(\.description))
        #expect(problems.first?.message.hasPrefix(#"duplicate id "P7" (first used at line 7, column "#) == true)
    }

    /// A text log that opens with a banner is followed by its end; lines appended that
    /// continue the last event (its stack trace) have it read whole, so that they join its
    /// text as in the whole file, not left out or refused.
    @Test func aTextLogsContinuedEventIsReadWhole() throws {
        let path = try Self.file("=== started ===\n2024-03-01T10:00:00Z boot\n2024-03-01T10:00:05Z failed\n", name: "app.log")
        let loaded = try TimelineLoader.load(path: path)
        #expect(loaded.warnings.count == 1)
        var tail = try #require(FileTail(path: path, timeline: loaded))
        try Self.append("2024-03-01T10:00:06Z retried\n", to: path)
        guard case .grew(let events, [], []) = tail.step() else { Issue.record("a timed line"); return }
        #expect(events.map(\.id) == ["app:4"])
        try Self.append("java.lang.IllegalStateException: closed\n\tat Worker.step(Worker.java:17)\n", to: path)
        guard case .continuesLastEvent = tail.step() else { Issue.record("the trace continues 'retried'"); return }
        let whole = try TimelineLoader.load(path: path)
        #expect(whole.events.last?.text == "retried\njava.lang.IllegalStateException: closed\n\tat Worker.step(Worker.java:17)")
    }

    /// A spreadsheet's row may span lines (a quoted cell with a line end): a repeated id
    /// there is refused at its row as before, not read again from its first line alone.
    @Test func aCSVsRepeatedIdIsRefusedAtItsRow() throws {
        let path = try Self.file("id,time,title,text\na,2024-07-01T10:00:00Z,disk full,\"two\nlines\"\nb,2024-07-01T10:10:00Z,looking,\n", name: "notes.csv")
        var tail = try #require(FileTail(path: path, timeline: try TimelineLoader.load(path: path)))
        try Self.append("a,2024-07-01T10:20:00Z,disk full again,\n", to: path)
        guard case .grew([], [], let problems) = tail.step() else { Issue.record("a repeated id"); return }
        #expect(problems.map(\.description) == [path + #":5:1: id: duplicate id "a""#])
    }
}
