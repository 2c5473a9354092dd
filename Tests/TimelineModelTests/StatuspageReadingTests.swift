import Testing
@testable import TimelineModel

/// Emma's public Statuspage incidents (America/Chicago), as `incidents.json` and as one
/// incident: spans, updates at `display_at`, kinds, components, the page's zone.
@Suite struct StatuspageReadingTests {
    typealias F = FormatFixtures

    @Test func incidentsJSON() throws {
        let t = try F.load("statuspage/emma-incidents.json")
        #expect(t.inputFormat == "Statuspage incidents")
        #expect(t.title == "Emma status: incidents")
        #expect(t.timezone == "America/Chicago")
        #expect(t.events.count == 3 + 4 + 3 + 2)
        let chicago = F.exportLines(t)
        let utc = F.exportLines(t, zone: "UTC")
        // "started_at" absent: "created_at": "2019-02-20T12:00:19.418-06:00" → "resolved_at": "…13:40:58.572-06:00"
        #expect(F.shown("Intermittent navigation/sending trouble for some users", in: chicago)!
                == ("Wednesday 20 February 2019", "12:00:19.418–13:40:58.572"))
        #expect(F.shown("Intermittent navigation/sending trouble for some users", in: utc)!
                == ("Wednesday 20 February 2019", "18:00:19.418–19:40:58.572"))
        // Updates at display_at: "2019-02-18T07:47:17.019-06:00" (monitoring).
        #expect(F.shown("We are now monitoring a fix", in: chicago)! == ("Monday 18 February 2019", "07:47:17.019"))
        #expect(F.shown("We are now monitoring a fix", in: utc)! == ("Monday 18 February 2019", "13:47:17.019"))
        // "2019-01-25T09:36:07.812-06:00" (investigating).
        #expect(F.shown("We've received reports of some users experiencing issues", in: utc)! == ("Friday 25 January 2019", "15:36:07.812"))
        let monitoring = try #require(t.events.first { $0.id == "1txjvp03zh86" })
        #expect(monitoring.kind == "monitoring")
        #expect(monitoring.tags == ["Web Application - Home", "Web Application - Email Editor"])
        #expect(monitoring.actor == nil)
        let incident = try #require(t.events.first { $0.id == "x9wt6q4wbbvn" })
        #expect(incident.kind == "incident" && incident.end != nil)
        #expect(incident.sources == [Source(name: "Statuspage", url: "http://stspg.io/ea1556ef0")])
    }

    @Test func oneIncident() throws {
        let t = try F.load("statuspage/emma-incident.json")
        #expect(t.title == "Reports of 500 errors navigating within application")
        #expect(t.events.map(\.kind) == ["incident", "investigating", "monitoring", "resolved"])
        let paris = F.exportLines(t, zone: "Europe/Paris")
        #expect(F.shown("Our systems team has given an all-clear", in: paris)! == ("Monday 18 February 2019", "14:56:37.241"))
    }
}
