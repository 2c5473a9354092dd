import Foundation
import Testing
@testable import TimelineModel

/// Unknown fields are kept; a BOM is accepted; big strings load.
@Suite struct ExtraFieldsAndEncodingTests {
    @Test func unknownFieldsAreKeptInFileOrderAsCompactJSON() throws {
        let text = """
            {"title": "t", "owner": {"team": "trust & safety",  "on call": [1, 2.5e3, true, null]},
             "events": [{"id": "a", "zeta": 1, "time": "2017-11-03", "alpha": " spaced  out ", "title": "x",
                         "nested": [ {"k": "v \\" ,"} ], "escaped\\u00e9": "\\u00e9"}],
             "revision": -3}
            """
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
        #expect(t.extraFields == [
            ExtraField(name: "owner", json: #"{"team":"trust & safety","on call":[1,2.5e3,true,null]}"#),
            ExtraField(name: "revision", json: "-3"),
        ])
        #expect(t.events[0].extraFields == [
            ExtraField(name: "zeta", json: "1"),
            ExtraField(name: "alpha", json: #"" spaced  out ""#),
            ExtraField(name: "nested", json: #"[{"k":"v \" ,"}]"#),
            ExtraField(name: "escapedé", json: #""\u00e9""#),
        ])
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"title": "t", "events": []}"#.utf8)
        let t = try TimelineLoader.load(bytes: bytes, name: "bom.json")
        #expect(t.title == "t")
        // …and not counted as a column.
        let bad: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"title": 1, "events": []}"#.utf8)
        #expect(BadInputTests.problems(bad) == ["bad.json:1:11: title: must be a string, not a number"])
    }

    @Test func escapesAndAccentsSurvive() throws {
        let text = #"{"title": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \t|", "events": [{"id": "é", "time": "2017-11-03", "title": "« l’erreur humaine »"}]}"#
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
        #expect(t.title == "café 😀 \"q\" \\ / \t|")
        #expect(t.events[0].title == "« l’erreur humaine »")
        #expect(t.events[0].id == "é")
    }

    @Test func tenMegabytesInOneField() throws {
        let big = String(repeating: "Tous les héros ne portent pas de cape. ", count: 270_000)
        let text = #"{"title": "t", "events": [{"id": "a", "time": "2017-11-03", "title": "x", "text": "\#(big)"}]}"#
        #expect(text.utf8.count > 10_000_000)
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "t.json")
        #expect(t.events[0].text == big)
    }

    @Test func theFormatDocumentsExamplesLoad() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/FORMAT.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let json = try #require(text.components(separatedBy: "```json\n").last?.components(separatedBy: "```").first)
        let t = try TimelineLoader.load(bytes: Array(json.utf8), name: "FORMAT.md")
        #expect(t.events.map(\.id) == ["deactivation", "twittergov-human-error", "nyt-contractor"])
        let jsonl = try #require(text.components(separatedBy: "```jsonl\n").dropFirst().first?.components(separatedBy: "```").first)
        let lines = try TimelineLoader.load(bytes: Array(jsonl.utf8), name: "FORMAT.md")
        #expect(lines.events.map(\.id) == ["last-tweet-before", "deactivation"])
        #expect(lines.timezone == "America/New_York")
    }
}
