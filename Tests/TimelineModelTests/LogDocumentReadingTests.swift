import Foundation
import Testing
@testable import TimelineModel

/// Logs held in one JSON document: an Elasticsearch/OpenSearch `_search` response (its
/// hits' `_source`, or `fields`) and a CloudTrail log file as delivered to S3
/// (`{"Records": […]}`), each record read as a line of a JSON Lines log.
@Suite struct LogDocumentReadingTests {
    typealias F = FormatFixtures

    @Test func aSearchResponseOpensWithEachHitAnEvent() throws {
        let t = try F.load("elasticsearch/getting-started-search.json")
        #expect(t.inputFormat == "Elasticsearch/OpenSearch search response")
        #expect(t.events.count == 3)
        #expect(t.warnings.isEmpty)
        // ECS: no `message`, so `event.original` (the raw access-log line) is the title.
        let favicon = #"192.0.2.255 - - [08/May/2099:16:25:42 +0000] "GET /favicon.ico HTTP/1.0" 200 3638"#
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown(#""GET /favicon.ico"#, in: utc)! == ("Friday 8 May 2099", "16:25:42.000"))
        #expect(F.shown("192.0.2.242", in: utc)! == ("Thursday 7 May 2099", "16:24:32.000"))
        #expect(F.shown("192.0.2.42 ", in: utc)! == ("Wednesday 6 May 2099", "16:21:15.000"))
        let kolkata = F.exportLines(t, zone: "Asia/Kolkata")
        #expect(F.shown(#""GET /favicon.ico"#, in: kolkata)! == ("Friday 8 May 2099", "21:55:42.000"))
        #expect(F.shown("192.0.2.42 ", in: kolkata)! == ("Wednesday 6 May 2099", "21:51:15.000"))
        let first = try #require(t.events.first { $0.title == favicon })
        // Where to find the document again; the search's own `_score` and `sort` are left out.
        #expect(Array(first.extraFields.prefix(2)) == [ExtraField(name: "_index", json: #"".ds-logs-my_app-default-2099-05-06-000001""#),
                                                      ExtraField(name: "_id", json: #""PdjWongB9KPnaVm2IyaL""#)])
        #expect(!first.extraFields.contains { $0.name == "sort" || $0.name == "_score" })
        // The id is made from the line where the hit's `_source` starts.
        #expect(first.id == "getting-started-search:21")
    }

    @Test func aResponseOfFieldsReadsEachOneValueArrayAndSaysWhatIsMissing() throws {
        let t = try F.load("elasticsearch/getting-started-fields.json")
        #expect(t.events.count == 2)
        #expect(F.shown("(no title)", in: F.exportLines(t, zone: "UTC"))! == ("Thursday 7 May 2099", "16:24:32.000"))
        let file = F.path("elasticsearch/getting-started-fields.json")
        #expect(t.warnings.map(\.description).first == file + #":11:14: hits.total: the search matched 3 documents but this response holds 2; ask for more with "size" (or page with "search_after")"#)
        #expect(t.warnings.map(\.description).contains(file + ":21:1: hits.hits[0].fields: no message field (message, msg, MESSAGE, log…); shown as (no title) (--map title=FIELD names one)"))
    }

    @Test func aHitsTimeWithoutAZoneIsRefusedWithItsPathAndPlace() {
        let doc = """
        {
          "hits": {
            "hits": [
              {"_index": "app", "_id": "1", "_source": {"@timestamp": "2024-03-01 10:00:00", "message": "x"}}
            ]
          }
        }
        """
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(doc.utf8), name: "hits.json")
            Issue.record("a zoneless time was read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"hits.json:4:63: hits.hits[0]._source: @timestamp "2024-03-01 10:00:00" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
            ])
        }
        var options = ReadOptions()
        options.time.assumedZone = Zone(identifier: "Europe/Paris")
        let t = try? TimelineLoader.load(bytes: Array(doc.utf8), name: "hits.json", options: options)
        #expect(t.map { F.shown("x", in: F.exportLines($0, zone: "UTC")) ?? ("", "") } ?? ("", "") == ("Friday 1 March 2024", "09:00:00"))
    }

    @Test func aCloudTrailLogFileReadsAsItsRecordsAsLines() throws {
        let file = try F.load("cloudtrail/s3-log-file.json")
        let lines = try F.load("jsonl-log/cloudtrail-records.jsonl")
        #expect(file.inputFormat == "CloudTrail log file (AWS CloudTrail records)")
        #expect(file.events.count == 6)
        // The same events as the same records one a line (ids aside: all on one line here).
        let shown = { (t: Timeline) in F.exportLines(t, zone: "Australia/Sydney").filter { !$0.contains("Id: ") }.dropFirst(3) }
        #expect(Array(shown(file)) == Array(shown(lines)))
        #expect(F.shown("CreateSecurityGroup", in: F.exportLines(file, zone: "UTC"))! == ("Monday 7 February 2022", "22:19:04"))
        #expect(Set(file.events.map(\.id)).count == 6)
    }

    @Test func aJSONDocumentOfAnotherShapeSaysWhatItIsAndWhatWasTried() {
        let geo = """
        {
          "type": "FeatureCollection",
          "features": [{"type": "Feature", "properties": {"title": "x"}}]
        }
        """
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(geo.utf8), name: "geo.json")
            Issue.record("read")
        } catch {
            let lines = error.problems.map(\.description)
            #expect(lines.first?.hasPrefix("geo.json: is not in a format timeline-tui reads (tried ") == true)
            #expect(lines.dropFirst().first == "geo.json:1:1: it is a JSON document, an object with the fields type, features")
            #expect(lines.contains(#"geo.json: not timeline JSON: a JSON document with none of "title", "events", "summary", "timezone""#))
            #expect(lines.contains(#"geo.json: not Elasticsearch/OpenSearch search response: no "hits" with "hits" of "_index" and "_source""#))
            // The readers of CSV and text have nothing to say about a JSON document.
            #expect(!lines.contains { $0.contains("not Timesketch CSV") || $0.contains("not text log") })
            #expect(lines.last?.hasPrefix("geo.json: a log of JSON objects is read with one object a line (JSON Lines)") == true)
            #expect(!lines.contains { $0.contains("missing required field") })
        }
        // Ours, broken, still gets ours: a document with "title" but no "events".
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array("{\n  \"title\": \"t\"\n}\n".utf8), name: "ours.json")
        } catch {
            #expect(error.problems.map(\.description) == [#"ours.json:1:1: missing required field "events" (an empty timeline has "events": [])"#])
        }
    }

    @Test func topLevelKeysStopAtTheSampleAndSkipNestedFields() {
        #expect(FileSample(Array(#"{"a": {"b": [1, {"c": 2}]}, "d\"e": "x,y", "f": null}"#.utf8)).topLevelKeys == ["a", "d\"e", "f"])
        #expect(FileSample(Array("{\n \"took\": 5,\n \"hits\": {\"hits\": [{\"_source\": {\"message\": \"cut".utf8)).topLevelKeys == ["took", "hits"])
        #expect(FileSample(Array("[{\"a\": 1}]".utf8)).topLevelKeys.isEmpty)
        #expect(FileSample(Array("\n\n  {\"a\": 1}".utf8)).firstPlace == SourcePlace(line: 3, column: 3))
    }
}
