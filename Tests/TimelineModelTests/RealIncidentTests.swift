import Foundation
import Testing
@testable import TimelineModel

/// Other incidents written by hand in our format from their public postmortems (Cloudflare's
/// WAF outage of 2 July 2019 to the minute in UTC; Optus's outage of 8 November 2023 in
/// Sydney time, then a press chronology known only to the day), and merged with logs:
/// an edge text log with the Cloudflare timeline, a JSON Lines newsroom log with the bundled
/// fixture. The interleaving is checked at the second.
@Suite struct RealIncidentTests {
    typealias F = FormatFixtures

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/2017-11-03.json").path

    /// Each event as `label hh:mm:ss title` in `zone`.
    static func lines(_ t: Timeline, zone: Zone = .utc) -> [String] {
        let f = TimeFormatter(timeline: t, zone: zone)
        return t.events.map { "\($0.origins.joined(separator: "+")) \(f.time(of: $0)) \($0.title.prefix(28))" }
    }

    @Test func cloudflareTimelineAndAnEdgeLogInterleaveToTheSecond() throws {
        let hand = try F.load("ours/cloudflare-2019-07-02.json")
        let log = try F.load("ours/edge.log")
        let merged = TimelineMerge.merge([MergeInput(label: "cloudflare", timeline: hand), MergeInput(label: "edge", timeline: log)])
        #expect(Self.lines(merged).prefix(9) == [
            "cloudflare 13:42 A new WAF Managed Rule is de",
            "edge 13:42:11 edge-17 WAF rule deployed",
            "edge 13:45:03 edge-17 CPU 100% on http wor",
            "cloudflare 14:02 The cause understood, engine",
            "cloudflare 14:07 The global WAF terminate is ",
            "edge 14:07:40 edge-17 WAF global terminate",
            "cloudflare 14:09 Traffic and CPU are back to ",
            "edge 14:09:02 edge-17 502 rate back under ",
            "cloudflare 14:52 The offending rule rolled ba",
        ])
        // The 27 minutes are a span; the postmortem's day stays a day.
        #expect(merged.events[0].end != nil)
        #expect(merged.events.last?.precision == .day)
        let la = F.exportLines(merged, zone: "America/Los_Angeles")
        #expect(F.shown("edge-17 WAF global terminate received", in: la)! == ("Tuesday 2 July 2019", "07:07:40"))
        #expect(F.shown("The global WAF terminate is executed", in: la)! == ("Tuesday 2 July 2019", "07:07"))
    }

    @Test func aPressChronologyInSydneyTimeKeepsItsDaysInAnotherZone() throws {
        let t = try F.load("ours/optus-2023-11-08.json")
        #expect(t.timezone == "Australia/Sydney")
        // 4.05am AEDT (UTC+11) is the evening before in UTC and 1.05am in Singapore.
        #expect(F.shown("Unplanned nationwide outage", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 7 November 2023", "17:05"))
        #expect(F.shown("Unplanned nationwide outage", in: F.exportLines(t, zone: "Asia/Singapore"))! == ("Wednesday 8 November 2023", "01:05"))
        #expect(F.shown("Consumer internet services", in: F.exportLines(t))! == ("Wednesday 8 November 2023", "10:38"))
        #expect(F.shown("Consumer internet services", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 7 November 2023", "23:38"))
        // Day-only reports: no made-up time, and in UTC whose day it is.
        let utc = F.exportLines(t, zone: "UTC")
        #expect(F.shown("resigns", in: F.exportLines(t))! == ("Monday 20 November 2023", "time"))
        #expect(utc.contains { $0.contains("time unknown (day in Australia/Sydney)") && $0.contains("resigns") })
        #expect(!utc.contains { $0.hasPrefix("  00:00") })
    }

    @Test func theIncidentFixtureAndANewsroomLogInterleave() throws {
        let fixture = try TimelineLoader.load(path: Self.fixture)
        let news = try F.load("ours/newsroom.jsonl")
        #expect(news.inputFormat == "JSON Lines log")
        let merged = TimelineMerge.merge([MergeInput(label: "2017-11-03", timeline: fixture), MergeInput(label: "newsroom", timeline: news)])
        let lines = Self.lines(merged)
        let from = try #require(lines.firstIndex { $0.contains("00:05:51.550") })
        #expect(Array(lines[from...].prefix(5)) == [
            "2017-11-03 00:05:51.550 @TwitterGov blames human err",
            "newsroom 00:10 The Verge's story adds @Twit",
            "newsroom 00:23 Reuters reports Twitter's st",
            "2017-11-03 02:00:28.893 @TwitterGov: it was done by ",
            "newsroom 02:13 The Verge's story adds the s",
        ])
        #expect(merged.events.filter { $0.origins == ["newsroom"] }.map(\.actor) == ["The Verge", "Reuters", "The Verge"])
        // In the fixture's zone (New York, EDT), the second report is 10:13 p.m. the day before.
        let ny = F.exportLines(merged, zone: "America/New_York")
        #expect(F.shown("adds the second statement", in: ny)! == ("Thursday 2 November 2017", "22:13"))
    }
}
