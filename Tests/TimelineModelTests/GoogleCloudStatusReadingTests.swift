import Testing
@testable import TimelineModel

/// Google Cloud's status `incidents.json`: each incident a span from `begin` to `end` (open
/// while it goes on), each update an event at `when`, severity and service kept.
@Suite struct GoogleCloudStatusReadingTests {
    typealias F = FormatFixtures

    @Test func incidentsAndTheirUpdates() throws {
        let t = try F.load("gcp-status/incidents.json")
        #expect(t.inputFormat == "Google Cloud status incidents")
        #expect(t.title == "Google Cloud status: incidents")
        #expect(t.events.count == 2 + 1 + 3)
        let la = F.exportLines(t, zone: "America/Los_Angeles")
        // "begin": "2017-11-01T14:02:00+00:00" → "end": "2017-11-01T15:45:00+00:00".
        #expect(F.shown("Cloud Console: some users cannot load the Compute Engine pages", in: la)! == ("Wednesday 1 November 2017", "07:02:00–08:45:00"))
        // The update's "when": "2017-11-01T15:47:09+00:00".
        #expect(F.shown("The issue with Cloud Console has been resolved", in: la)! == ("Wednesday 1 November 2017", "08:47:09"))
        let ongoing = try #require(t.events.first { $0.id == "x8SNSPQzDB5RjAwTKnVq" })
        #expect(ongoing.end == nil && ongoing.kind == "incident")
        #expect(ongoing.extraFields.first == ExtraField(name: "status", json: "\"ongoing\""))
        #expect(ongoing.tags == ["severity: medium", "Google Cloud Pub/Sub"])
        #expect(ongoing.sources == [Source(name: "Google Cloud status", url: "https://status.cloud.google.com/incidents/x8SNSPQzDB5RjAwTKnVq")])
        let disruption = try #require(t.events.first { $0.title.hasPrefix("Summary: Elevated error rates") })
        #expect(disruption.kind == "service_disruption" && disruption.tags == ["South Carolina (us-east1)"])
        let report = try #require(t.events.first { $0.title == "Incident Report" })
        #expect(report.kind == "available" && report.text?.hasPrefix("# Incident Report\n\n## Summary") == true)
    }

    static func problems(_ text: String) -> [String] {
        do throws(LoadFailure) { _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "i.json"); return [] } catch { return error.problems.map(\.description) }
    }

    @Test func badTimesAreRefusedWithTheirPlace() {
        #expect(Self.problems(#"[{"id": "a", "external_desc": "x", "begin": "2017-11-02 22:10"}]"#) == [
            #"i.json:1:45: [0].begin: begin "2017-11-02 22:10" has no zone; add --assume-zone UTC (or the zone the writer used)"#,
        ])
        #expect(Self.problems(#"[{"id": "a", "external_desc": "x", "begin": "2017-11-02T22:10:00Z", "end": "soon"}]"#).first?
            .hasPrefix(#"i.json:1:76: [0].end: end "soon" is not a time"#) == true)
        #expect(Self.problems(#"[{"id": "a", "external_desc": "x", "begin": "2017-11-02T22:10:00Z", "updates": [{"text": "x"}]}]"#) == [
            "i.json:1:81: [0].updates[0]: the update has no when or created",
        ])
    }

    @Test func detection() {
        #expect(GoogleCloudStatusReader.declines(FileSample(Array(#"[{"begin": "x", "external_desc": "y"}]"#.utf8))) == nil)
        #expect(GoogleCloudStatusReader.declines(FileSample(Array(#"[{"begin": "x", "title": "y"}]"#.utf8))) != nil)
    }
}
