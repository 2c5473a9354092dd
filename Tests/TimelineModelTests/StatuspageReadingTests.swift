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

/// Discord's public Statuspage (America/Tijuana): `incidents.json` with one incident, and
/// `incidents/unresolved.json` while nothing is unresolved — `"incidents": []`, the answer
/// a responder gets most days, which has no `incident_updates` to be recognised by.
@Suite struct StatuspageDiscordTests {
    typealias F = FormatFixtures

    @Test func incidentsAreShownInThePagesZone() throws {
        let t = try F.load("statuspage/discord-incidents.json")
        #expect(t.inputFormat == "Statuspage incidents")
        #expect(t.timezone == "America/Tijuana")
        // "started_at": "2022-02-15T13:14:17.737-08:00" → "resolved_at": "…13:37:37.388-08:00"
        #expect(F.shown("Messaging issues", in: F.exportLines(t))! == ("Tuesday 15 February 2022", "13:14:17.737–13:37:37.388"))
        #expect(F.shown("Messaging issues", in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 15 February 2022", "21:14:17.737–21:37:37.388"))
        // The update's "display_at": "2022-02-15T13:14:17.849-08:00".
        let update = "We're investigating high latency related to channels and messages."
        #expect(F.shown(update, in: F.exportLines(t, zone: "Asia/Tokyo"))! == ("Wednesday 16 February 2022", "06:14:17.849"))
        #expect(t.events.first { $0.id == "7gv6pn1zyz2n" }?.tags == ["API"])
    }

    @Test func noUnresolvedIncidentIsAnEmptyTimelineOfThePage() throws {
        let t = try F.load("statuspage/discord-unresolved.json")
        #expect(t.inputFormat == "Statuspage incidents")
        #expect(t.title == "Discord status: incidents")
        #expect(t.timezone == "America/Tijuana")
        #expect(t.events.isEmpty)
        #expect(t.warnings.isEmpty)
    }

    @Test func aPageWithoutIncidentsIsNotTakenForStatuspage() throws {
        let sample = FileSample(Array(#"{"page": {"id": "x", "time_zone": "Etc/UTC"}, "components": []}"#.utf8))
        #expect(StatuspageReader.declines(sample) != nil)
    }
}

/// Discord's `scheduled-maintenances.json`: a maintenance announced on 18 September
/// (`started_at`, `created_at`) for 22 September 01:00–01:30 (`scheduled_for`,
/// `scheduled_until`), resolved at 02:25:20.034 — a span of what was scheduled and done, not
/// of the three days since it was announced.
@Suite struct StatuspageMaintenanceTests {
    typealias F = FormatFixtures

    @Test func aMaintenanceIsASpanFromItsScheduledStartToItsResolution() throws {
        let t = try F.load("statuspage/discord-scheduled-maintenances.json")
        #expect(t.inputFormat == "Statuspage incidents")
        #expect(t.title == "Discord status: maintenances")
        let name = "(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧ Server Juice"
        // "2015-09-22T01:00:00.000-07:00" → "2015-09-22T02:25:20.034-07:00" (PDT in the page's zone).
        #expect(F.shown(name, in: F.exportLines(t))! == ("Tuesday 22 September 2015", "01:00:00.000–02:25:20.034"))
        #expect(F.shown(name, in: F.exportLines(t, zone: "UTC"))! == ("Tuesday 22 September 2015", "08:00:00.000–09:25:20.034"))
        let m = try #require(t.events.first { $0.id == "chkt3cr0jf7b" })
        #expect(m.kind == "maintenance")
        #expect(m.extraFields.map(\.name).contains("scheduled_until"))
        // The announcement: its update at "display_at": "2015-09-18T18:20:00.000-07:00".
        let update = try #require(t.events.first { $0.id == "1nz6l9z9fbyc" })
        #expect(update.kind == "scheduled")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(F.shown("Wow our servers wow", in: lines)! == ("Saturday 19 September 2015", "01:20:00.000"))
    }
}
