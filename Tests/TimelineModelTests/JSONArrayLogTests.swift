import Foundation
import Testing
@testable import TimelineModel

/// A plain JSON array of log objects (`[{…}, {…}]`: `jq -s`, `gcloud logging read --format
/// json`, many APIs) opens, each object read as a line of a JSON Lines log: the same
/// fields, writers recognised, `--map` and refusals, with the element's path in messages.
@Suite struct JSONArrayLogTests {
    typealias F = FormatFixtures

    func load(_ text: String, name: String, _ options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    @Test func gcloudLoggingReadOutputOpensAsItsLines() throws {
        // Plaso's gcp_logging.jsonl as `gcloud logging read --format json` prints it.
        let t = try F.load("json-array/gcloud-logging-read.json")
        let lines = try F.load("jsonl-log/gcp_logging.jsonl")
        // The writer is recognised from the first object, as from a first line.
        #expect(t.inputFormat == "JSON array of log records (Google Cloud audit log)")
        #expect(t.events.count == lines.events.count)
        #expect(t.events.map(\.time) == lines.events.map(\.time))
        #expect(t.events.map(\.title) == lines.events.map(\.title))
        #expect(t.events.map(\.actor) == lines.events.map(\.actor))
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("beta.compute.networks.insert", in: utc)! == ("Tuesday 19 October 2021", "02:57:39.354769"))
        let paris = F.exportLines(t, zone: "Europe/Paris")
        #expect(F.shown("beta.compute.networks.insert", in: paris)! == ("Tuesday 19 October 2021", "04:57:39.354769"))
        // Nanoseconds as written, nine digits.
        #expect(utc.contains { $0.hasPrefix("  02:43:48.064377809 ") })
        // Ids from the line where each object starts.
        #expect(t.events.contains { $0.id == "gcloud-logging-read:2" })
    }

    @Test func aCompactArrayOpensAndAZonelessTimeIsRefusedWithItsPath() throws {
        let t = try load(#"[{"time":"2024-03-01T10:00:00-04:00","msg":"paged","level":"warn"},{"time":"2024-03-01T10:05:00-04:00","msg":"acked"}]"#, name: "api.json")
        #expect(t.events.map(\.title) == ["paged", "acked"])
        #expect(t.events.first?.kind == "warn")
        #expect(t.timezone == "UTC-04:00")
        do {
            _ = try load("[\n  {\"time\": \"2024-03-01 10:00:00\", \"msg\": \"a\"}\n]\n", name: "api.json")
            Issue.record("a zoneless time was read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"api.json:2:12: [0]: time "2024-03-01 10:00:00" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            ])
        }
    }

    @Test func anArrayWithoutATimeFieldSaysItsFieldsAndMapNamesOne() throws {
        let text = #"[{"created_at":"2024-03-01T10:00:00Z","type":"PushEvent"}]"#
        do {
            _ = try load(text, name: "gh.json")
            Issue.record("read without a time field")
        } catch {
            #expect(error.problems.map(\.description).contains(
                "gh.json: not JSON array of log records: a JSON array whose first object has no time field (time, timestamp, @timestamp, ts, datetime, date…); its fields are created_at, type (--map time=FIELD names one)"))
        }
        var options = ReadOptions()
        options.map = try FieldMap.parse("time=created_at,title=type").get()
        let t = try load(text, name: "gh.json", options)
        #expect(t.inputFormat == "JSON array of log records")
        #expect(t.events.first?.title == "PushEvent")
    }

    @Test func ourOwnDocumentAndOtherArraysAreNotTaken() {
        #expect(LogDocumentReader.declinesArray(FileSample(Array(#"{"title":"x","events":[]}"#.utf8))) != nil)
        #expect(LogDocumentReader.declinesArray(FileSample(Array("[1, 2, 3]".utf8))) != nil)
        #expect(LogDocumentReader.declinesArray(FileSample(Array(#" [ {"ts":"2024-03-01T10:00:00Z"} ]"#.utf8))) == nil)
    }
}
