import Foundation
import Testing
import TimelineModel

/// `--format timesketch-jsonl` and `timesketch-csv`, checked by the rules of Timesketch's
/// own importer (ported in Tests/Scripts/timesketch_validate.py), and read back: the
/// attributes hold the whole timeline.
@Suite struct TimesketchExportTests {
    /// The events as Timesketch's importer would store them.
    static func validate(_ kind: String, _ path: String) throws -> [[String: Any]] {
        let r = try ExternalTool.python("timesketch_validate.py", [kind, path])
        #expect(r.status == 0, "\(r.output)")
        return try r.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// Our own document rebuilt from the attributes alone (as a reader of Timesketch
    /// files would), to load and compare.
    static func rebuild(_ rows: [[String: Any]]) throws -> Timeline {
        func json(_ value: Any?) throws -> Any? {
            guard let text = value as? String else { return value }
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        }
        var events: [[String: Any]] = []
        for row in rows {
            var e: [String: Any] = [:]
            e["id"] = row["event_id"]
            for key in ["time", "end", "precision", "actor", "kind", "title", "text"] { e[key] = row[key] }
            e["approximate"] = (row["approximate"] as? Bool) ?? (row["approximate"] as? String == "true")
            if let quote = row["quote"] { e["quote"] = ["text": quote, "lang": row["quote_lang"] ?? NSNull()] }
            if let sources = row["sources"] { e["sources"] = try json(sources) }
            e["tags"] = row["tag"] ?? []
            if let extras = try json(row["extra_fields"]) as? [String: Any] {
                for (k, v) in extras { e[k] = v }
            }
            events.append(e)
        }
        let document: [String: Any] = [
            "title": rows.first?["timeline_title"] ?? "", "timezone": rows.first?["timeline_timezone"] ?? "UTC", "events": events,
        ]
        let data = try JSONSerialization.data(withJSONObject: document)
        return try TimelineLoader.load(bytes: Array(data), name: "rebuilt.json")
    }

    static func details(_ t: Timeline) -> String {
        var t = t
        t.summary = nil
        return TextExporter(timeline: t, options: .init(details: true, width: nil)).text()
    }

    @Test(arguments: ["jsonl", "csv"])
    func theFixturePassesTheImporterAndComesBackWhole(kind: String) throws {
        let path = try ExternalTool.export(["--format", "timesketch-" + kind], name: "t." + kind)
        let rows = try Self.validate(kind, path)
        #expect(rows.count == 10)
        let first = try #require(rows.first)
        #expect(first["message"] as? String == "@realDonaldTrump — Last tweet before the outage: Jerome Powell named to chair the Federal Reserve")
        #expect(first["timestamp"] as? Int == 1_509_662_143_905_000)
        #expect(first["timestamp_desc"] as? String == "statement")
        #expect(first["tag"] as? [String] == ["trump", "tweet"])
        // The timeline's own fields on the first record only (Timesketch drops empty cells).
        #expect((first["timeline_summary"] as? String)?.hasPrefix("On Thursday 2 November 2017") == true)
        #expect(first["timeline_zones"] as? [String] ?? (first["timeline_zones"] as? String).map { [$0] } != nil)
        #expect(rows.dropFirst().allSatisfy { $0["timeline_summary"] == nil && $0["timeline_zones"] == nil })
        // A day-only event: the start of its day in the home zone, and its precision.
        let safeguards = try #require(rows.first { $0["event_id"] as? String == "twittergov-safeguards" })
        #expect((safeguards["datetime"] as? String)?.hasPrefix("2017-11-03T00:00:00") == true)
        #expect(safeguards["timestamp"] as? Int == 1_509_681_600_000_000)
        #expect(safeguards["precision"] as? String == "day")
        let original = try TimelineLoader.load(path: CLIProcess.fixture)
        #expect(Self.details(try Self.rebuild(rows)) == Self.details(original))
    }

    /// A file may write a fraction and say the time is known only to the second or the
    /// minute: `datetime` then shows no fraction, and `timestamp` must agree with it or
    /// Timesketch's importer refuses the row.
    @Test(arguments: ["jsonl", "csv"])
    func aFractionBeyondThePrecisionPassesTheImporterAndComesBackWhole(kind: String) throws {
        let input = try ExternalTool.write("""
            {"title":"Precisions","timezone":"Europe/Paris","events":[
            {"id":"a","time":"2017-11-02T22:35:43.905Z","precision":"second","title":"ms written, known to the second"},
            {"id":"b","time":"2017-11-02T22:48:12.5Z","precision":"minute","title":"fraction written, known to the minute"},
            {"id":"c","time":"2017-11-02T22:49:12.123456789Z","title":"nanoseconds, exact"},
            {"id":"d","time":"2017-11-02T22:50:07.25+01:00","approximate":true,"title":"approximate with a fraction"}]}
            """, name: "precisions.json")
        let rows = try Self.validate(kind, try ExternalTool.export(["--format", "timesketch-" + kind], name: "p." + kind, input: input))
        // In time order: d (21:50 UTC) first. The importer's CSV reading gives d's datetime six
        // digits (`.250000`), so only the other three are compared as written.
        #expect(rows.map { $0["timestamp"] as? Int } == [1_509_659_407_250_000, 1_509_662_143_000_000, 1_509_662_892_000_000, 1_509_662_952_123_456])
        #expect(rows.dropFirst().map { $0["datetime"] as? String } == ["2017-11-02T23:35:43+01:00", "2017-11-02T23:48:12+01:00",
                                                                        "2017-11-02T23:49:12.123456+01:00"])
        let original = try TimelineLoader.load(path: input)
        #expect(Self.details(try Self.rebuild(rows)) == Self.details(original))
    }

    @Test(arguments: ["jsonl", "csv"])
    func hostileTextPassesAndComesBackAsItWas(kind: String) throws {
        let input = try ExternalTool.write(HostileExportInput.json, name: "hostile.json")
        let rows = try Self.validate(kind, try ExternalTool.export(["--format", "timesketch-" + kind, "--tz", "Asia/Tokyo"], name: "h." + kind, input: input))
        #expect(rows.count == 2)
        #expect(rows[0]["title"] as? String == HostileExportInput.title)
        #expect((rows[0]["datetime"] as? String)?.hasPrefix("2017-11-03T03:48:00+09:00") == true)
        #expect(rows[1]["timestamp_desc"] as? String == "Event time")
        let original = try TimelineLoader.load(path: input)
        #expect(Self.details(try Self.rebuild(rows)) == Self.details(original))
    }
}
