import Foundation
import Testing
import TimelineModel

/// `--format timelinejs`, checked against TimelineJS3's documented JSON format
/// (NUKnightLab/TimelineJS3 website/docs/json-format.njk): only documented properties,
/// a `year` on every date, parts in range, unique ids; headline and text hold only the
/// markup we write.
@Suite struct TimelineJSExportTests {
    struct SchemaError: Error, CustomStringConvertible { var description: String }

    /// The documented schema, as a check. Returns the slides.
    static func check(_ data: Data) throws -> (title: [String: Any], events: [[String: Any]]) {
        func fail(_ s: String) -> SchemaError { SchemaError(description: s) }
        guard let top = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw fail("not an object") }
        guard Set(top.keys).isSubset(of: ["events", "title", "eras", "scale"]) else { throw fail("unknown top-level \(top.keys)") }
        guard let events = top["events"] as? [[String: Any]] else { throw fail("events must be a list of slides") }
        let title = top["title"] as? [String: Any] ?? [:]
        func checkText(_ v: Any?, _ at: String) throws {
            guard let v else { return }
            guard let t = v as? [String: Any], Set(t.keys).isSubset(of: ["headline", "text"]), t.values.allSatisfy({ $0 is String })
            else { throw fail("\(at).text must be {headline, text} strings") }
        }
        func checkDate(_ v: Any?, _ at: String) throws {
            guard let d = v as? [String: Any] else { throw fail("\(at) must be a date object") }
            let parts = ["year", "month", "day", "hour", "minute", "second", "millisecond"]
            guard Set(d.keys).isSubset(of: parts + ["display_date", "format"]) else { throw fail("\(at): unknown \(d.keys)") }
            guard d["year"] is Int else { throw fail("\(at).year is required, a number") }
            let ranges: [String: ClosedRange<Int>] = ["month": 1...12, "day": 1...31, "hour": 0...23, "minute": 0...59, "second": 0...59, "millisecond": 0...999]
            var missing = false
            for part in parts.dropFirst() {
                guard let value = d[part] else { missing = true; continue }
                guard let n = value as? Int, ranges[part]!.contains(n) else { throw fail("\(at).\(part) out of range: \(value)") }
                if missing { throw fail("\(at).\(part) without the parts before it") }
            }
            if let s = d["display_date"], !(s is String) { throw fail("\(at).display_date must be a string") }
        }
        try checkText(title["text"], "title")
        var ids = Set<String>()
        for (n, slide) in events.enumerated() {
            let at = "events[\(n)]"
            let known: Set<String> = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"]
            guard Set(slide.keys).isSubset(of: known) else { throw fail("\(at): unknown \(slide.keys)") }
            try checkDate(slide["start_date"], at + ".start_date")
            if slide["end_date"] != nil { try checkDate(slide["end_date"], at + ".end_date") }
            try checkText(slide["text"], at)
            for key in ["group", "display_date", "unique_id"] where slide[key] != nil && !(slide[key] is String) {
                throw fail("\(at).\(key) must be a string")
            }
            if let id = slide["unique_id"] as? String, !ids.insert(id).inserted { throw fail("\(at).unique_id repeated: \(id)") }
        }
        return (title, events)
    }

    static func load(_ args: [String], input: String = CLIProcess.fixture) throws -> (title: [String: Any], events: [[String: Any]]) {
        let path = try ExternalTool.export(["--format", "timelinejs"] + args, name: "t.json", input: input)
        return try check(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func text(_ slide: [String: Any], _ key: String) -> String? {
        (slide["text"] as? [String: Any])?[key] as? String
    }

    @Test func theFixtureFollowsTheSchemaWithTimesInTheDisplayZone() throws {
        let (title, events) = try Self.load([])
        #expect(Self.text(title, "headline") == "Eleven minutes without @realDonaldTrump")
        #expect(Self.text(title, "text")?.hasPrefix("<p>On Thursday 2 November 2017") == true)
        #expect(events.count == 10)
        let first = events[0]
        #expect(first["start_date"] as? [String: Int] == ["year": 2017, "month": 11, "day": 2, "hour": 18, "minute": 35, "second": 43, "millisecond": 905])
        #expect(first["display_date"] as? String == "2 November 2017, 18:35:43.905 EDT")
        #expect(first["unique_id"] as? String == "last-tweet-before" && first["group"] as? String == "@realDonaldTrump")
        #expect(Self.text(first, "text")?.contains(#"<a href="https://twitter.com/realDonaldTrump/status/926216279287042048">"#) == true)
        let outage = events[1]
        #expect(outage["display_date"] as? String == "2 November 2017, ~18:48–~18:59 EDT (11 min)")
        #expect(outage["end_date"] as? [String: Int] == ["year": 2017, "month": 11, "day": 2, "hour": 18, "minute": 59])
        let quote = events[3]
        #expect(Self.text(quote, "text")?.contains(#"<blockquote lang="en"><p>Great Tax Cut rollout today…</p></blockquote>"#) == true)
        let dayOnly = events[9]
        #expect(dayOnly["start_date"] as? [String: Int] == ["year": 2017, "month": 11, "day": 29])
        #expect(dayOnly["display_date"] as? String == "29 November 2017, time unknown")
    }

    @Test func relativeTimesAndTheMarkShowInTheDate() throws {
        let (_, events) = try Self.load(["--mark", "deactivation", "--tz", "UTC", "--actor", "trump"])
        #expect(events.map { $0["display_date"] as? String } == [
            // From an approximate mark, every T+ is approximate.
            "2 November 2017, 22:35:43.905 UTC · ~T−12 min", "3 November 2017, 00:05:07.247 UTC · ~T+1 h 17 min",
            "3 November 2017, 10:51:51.120 UTC · ~T+12 h 4 min",
        ])
    }

    @Test func textFromTheFileIsEscapedAndLinksGoToTheWebOnly() throws {
        let input = try ExternalTool.write(HostileExportInput.json, name: "hostile.json")
        let (title, events) = try Self.load(["--details"], input: input)
        #expect(Self.text(title, "headline") == "T | *b* &lt;script&gt;alert(1)&lt;/script&gt;")
        let headline = try #require(Self.text(events[0], "headline"))
        #expect(!headline.contains("<") && headline.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!headline.contains("\u{1B}") && headline.contains("^["))
        let html = events.compactMap { Self.text($0, "text") }.joined() + (Self.text(title, "text") ?? "")
        let tags = Set(MarkdownExportTests.matches(html, #"<([a-z]+)"#))
        #expect(tags.isSubset(of: ["p", "br", "blockquote", "ul", "li", "a"]))
        #expect(MarkdownExportTests.matches(html, #"href="([^"]*)""#) == ["https://e.x/a%20b%29%22%3C"])
        #expect(html.contains(#"<blockquote lang="en&quot;&gt;&lt;script&gt;">"#))
        #expect(events[0]["group"] as? String == "@admin|x" && events[0]["unique_id"] as? String == "=1+1")
    }

    /// A merged timeline: each slide says which files its event came from, as the detail
    /// pane does (`File: notes`, `Files: notes, emma-incident` for a happening in both).
    @Test func aMergedSlideNamesItsFiles() throws {
        let dir = try MergeCLITests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("merged.json").path
        let r = try CLIProcess.run(["export", MergeCLITests.statuspage, "notes.json", "--format", "timelinejs", "--output", out], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        let (_, events) = try Self.check(try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(events.count == 6)
        #expect(events.first.flatMap { Self.text($0, "text") }?.hasSuffix("<p>File: notes</p>") == true)
        #expect(events.last.flatMap { Self.text($0, "text") }?.hasSuffix("<p>Files: notes, emma-incident</p>") == true)
        // One file: no such line.
        let (_, single) = try Self.load([])
        #expect(!single.contains { Self.text($0, "text")?.contains("<p>File") == true })
    }

    /// The check itself refuses what the documentation forbids.
    @Test(arguments: [
        #"{"title": {}}"#,
        #"{"events": [{"start_date": {"month": 1}}]}"#,
        #"{"events": [{"start_date": {"year": 2017, "month": 13}}]}"#,
        #"{"events": [{"start_date": {"year": 2017, "minute": 5}}]}"#,
        #"{"events": [{"start_date": {"year": 2017}, "colour": "red"}]}"#,
        #"{"events": [{"start_date": {"year": 2017}, "unique_id": "a"}, {"start_date": {"year": 2017}, "unique_id": "a"}]}"#,
        #"{"events": [{"start_date": {"year": 2017}, "text": {"headline": 3}}]}"#,
    ])
    func theSchemaCheckRefusesWhatTheDocumentationForbids(json: String) {
        #expect(throws: SchemaError.self) { try Self.check(Data(json.utf8)) }
    }
}
