import Testing
import TimelineModel
@testable import timeline_tui

/// A file that loads with warnings (invalid UTF-8 shown as U+FFFD) is never taken
/// silently: the status line says so at start, until the next key.
@Suite struct ViewerWarningsTests {
    typealias F = ViewerFixture

    /// Two strings with Latin-1 bytes (é as 0xE9, è as 0xE8), on lines 1 and 2.
    static let latin1: [UInt8] = Array(#"{"title":"caf"#.utf8) + [0xE9]
        + Array("\",\"timezone\":\"UTC\",\n\"events\":[{\"id\":\"a\",\"time\":\"2017-11-02T18:48Z\",\"title\":\"cr".utf8)
        + [0xE8] + Array(#"me"}]}"#.utf8)

    func state(_ bytes: [UInt8], width: Int = 120, height: Int = 12) throws -> ViewState {
        ViewState(timeline: try TimelineLoader.load(bytes: bytes, name: "bad.json"), sourceName: "bad.json",
                  local: Zone(identifier: "Asia/Tokyo")!, width: width, height: height)
    }

    /// The bottom row, without the bar's trailing blanks.
    func statusLine(_ s: ViewState) -> String {
        String(F.screen(s).split(separator: "\n").last!).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    @Test func theStatusLineSaysHowManyWarningsAndWhereTheFirstIs() throws {
        let s = try state(Self.latin1)
        #expect(s.timeline.warnings.count == 2)
        #expect(statusLine(s) == " 1/1 2 warnings: invalid UTF-8 shown as U+FFFD, first line 1 (title); see timeline-tui validate")
        // The list shows the replacement character where the bad byte was.
        let rows = F.screen(s).split(separator: "\n").map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(rows[0] == " caf\u{FFFD}")
        #expect(rows[3] == " ▸18:48        · cr\u{FFFD}me")
        // A resize keeps it; the next key replaces it with the key hints.
        let resized = update(s, .resize(width: 110, height: 10))
        #expect(statusLine(resized).hasPrefix(" 1/1 2 warnings: invalid UTF-8"))
        let pressed = F.press(s, "j")
        #expect(statusLine(pressed) == " 1/1 " + StatusLine.hints)
    }

    @Test func oneWarningNamesItsPlaceAndANarrowScreenWrapsIt() throws {
        let bytes = Array("{\"title\":\"t\",\"timezone\":\"UTC\",\n\"events\":[\n{\"id\":\"a\",\"time\":\"2017-11-02T18:48Z\",\"title\":\"x\",\"actor\":\"\\u001b".utf8)
            + [0xFF] + Array(#""}]}"#.utf8)
        let wide = try state(bytes)
        #expect(statusLine(wide) == " 1/1 Warning: invalid UTF-8 shown as U+FFFD, line 3 (events[0].actor); see timeline-tui validate")
        let narrow = try state(bytes, width: 80)
        // Too long for the row: its start goes up over the list's last row, none of it cut.
        let rows = F.screen(narrow).split(separator: "\n").map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(rows[rows.count - 2] == "     Warning: invalid UTF-8 shown as U+FFFD, line 3 (events[0].actor); see")
        #expect(statusLine(narrow) == " 1/1 timeline-tui validate")
    }

    @Test func aBadExtraFieldNamesItsEventAndNothingRawReachesTheScreen() throws {
        // An extra field named with an escape sequence, its value not UTF-8.
        let bytes = Array(#"{"title":"t","timezone":"UTC","events":[{"id":"a","time":"2017-11-02T18:48Z","title":"x","\u001b[2Jk":""#.utf8)
            + [0xFF] + Array(#""}]}"#.utf8)
        let s = try state(bytes)
        let message = try #require(s.message)
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
        #expect(message == "Warning: invalid UTF-8 shown as U+FFFD, line 1 (events[0]); see timeline-tui validate")
    }

    /// Merged, the first warning names its file: a line number alone does not say where.
    @Test func aMergedTimelinesWarningNamesItsFile() throws {
        let log = try TimelineLoader.load(bytes: Array("=== started ===\n2024-03-01T10:00:00Z boot\n2024-03-01T10:00:05Z ready\n".utf8), name: "logs/app.log")
        let ours = try TimelineLoader.load(bytes: Array(#"{"title":"t","timezone":"UTC","events":[{"id":"a","time":"2024-03-01T09:00Z","title":"x"}]}"#.utf8), name: "notes.json")
        let merged = TimelineMerge.merge([MergeInput(label: "notes", timeline: ours), MergeInput(label: "app", timeline: log)])
        let s = ViewState(timeline: merged, sourceName: "notes.json", local: Zone(identifier: "Asia/Tokyo")!, width: 200, height: 12)
        #expect(s.message == "Warning: line 1 carries no time (a banner or header before the first line with a time, line 2): left out, line 1 of app.log; see timeline-tui validate")
        // One file: its line alone.
        let alone = ViewState(timeline: log, sourceName: "app.log", local: Zone(identifier: "Asia/Tokyo")!, width: 200, height: 12)
        #expect(alone.message?.hasSuffix("left out, line 1; see timeline-tui validate") == true)
    }

    /// A warning that is not about invalid UTF-8 (psort's event with no time, left out)
    /// is said in its own words.
    @Test func aLeftOutEventIsSaidAsSuch() throws {
        let path = F.root.appendingPathComponent("Tests/Fixtures/formats/plaso/json_built.log").path
        let s = ViewState(timeline: try TimelineLoader.load(path: path), sourceName: "json_built.log",
                          local: Zone(identifier: "Asia/Tokyo")!, width: 200, height: 12)
        #expect(s.message == "Warning: Plaso wrote no time for this event (NotSet); it is left out, line 2 (event_1.date_time); see timeline-tui validate")
    }

    @Test func moreThanAThousandWarningsAreCountedAsSuch() throws {
        var bytes = Array(#"{"title":"t","timezone":"UTC","events":["#.utf8)
        for i in 0..<1001 {
            let event: String = (i == 0 ? "" : ",") + "{\"id\":\"e\(i)\",\"time\":\"2017-11-02T18:48Z\",\"title\":\""
            bytes += Array(event.utf8)
            bytes += [0xE9, 0x22, 0x7D]  // é in Latin-1, then "}
        }
        bytes += Array("]}".utf8)
        let s = try state(bytes)
        #expect(s.message?.hasPrefix("Over 1000 warnings: invalid UTF-8 shown as U+FFFD, first line 1 (events[0].title)") == true)
    }

    @Test func aCleanFileShowsTheKeyHints() throws {
        let s = try F.state()
        #expect(s.message == nil)
        #expect(statusLine(s) == " 1/10 " + StatusLine.hints)
    }
}
