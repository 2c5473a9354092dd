import Foundation
import Testing
@testable import TimelineModel

/// A Slack workspace export (a folder a channel, a `YYYY-MM-DD.json` file a day, `users.json`
/// at the root), from slack-export-viewer's test archive (SOURCES.md): each day file opens
/// as the channel's messages, at the second, by name, its markup readable.
@Suite struct SlackExportReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func aDayFileReadsNamesFromTheExportsUsers() throws {
        let t = try FormatFixtures.load("slack/enrique/2016-01-14.json")
        #expect(t.inputFormat == "JSON array of log records (Slack: ts in epoch seconds; names from users.json)")
        #expect(t.events.map(\.actor) == ["Hamza Faran", "Harry Potter", "Hermione Granger", "heroeshannibal", "Hamza Faran", "Hamza Faran"])
        #expect(t.events.map(\.kind) == ["channel_join", "channel_join", "channel_join", "channel_join", nil, nil])
        // `<@U0BMYT2FL>` is the name users.json gives that id.
        #expect(t.events[4].title == "@Harry Potter: Created an issue for a setup.py so that it can be installed to a standard place")
        // "1452837318.000002": the decimals count the messages of that second; the time is
        // exact to the second and ts stays an extra field.
        #expect(export(t).contains("Friday 15 January 2016\n  05:55:18       Hamza Faran — @Hamza Faran has joined the channel\n"))
        #expect(t.events[0].extraFields.contains(ExtraField(name: "ts", json: #""1452837318.000002""#)))
        #expect(t.warnings.isEmpty)
    }

    @Test func botsFilesAndLinksReadAsSlackShowsThem() throws {
        let bots = try FormatFixtures.load("slack/enrique/2016-02-07.json")
        // A bot's message with no text: its attachment's fallback, the link's label.
        #expect(bots.events[2].title == "[enrique:master] 1 new commit by Anthony Bilinski")
        #expect(bots.events[2].actor == "B0JL6RASU")
        #expect(bots.events[2].kind == "bot_message")
        #expect(bots.events[2].text?.contains("(https://github.com/mesos-magellan/enrique/commit/ed1acbe9837b5ddf91e93606b604df3c2b4e128f)") == true)
        #expect(bots.warnings.isEmpty)
        let files = try FormatFixtures.load("slack/traveling-sailor/2016-03-27.json")
        #expect(files.events[0].title == "@Hermione Granger uploaded a file: 10 cities")
        #expect(files.events[0].text == "@Hermione Granger uploaded a file: 10 cities (https://mesos-magellan.slack.com/files/U0BMS113R/F0VQ4C4BT/10_cities.js)")
        // A comment on a file names its author in `comment.user`; `’` and the code block kept.
        #expect(files.events[1].actor == "Hermione Granger")
        #expect(files.events[1].title == "@Hermione Granger commented on @Hermione Granger’s file 10 cities: ```'cities': {")
    }

    /// Without the export's users.json (a day file copied alone), ids stand for names.
    @Test func aDayFileAloneShowsIds() throws {
        let bytes = try FormatFixtures.bytes("slack/enrique/2016-01-14.json")
        let t = try TimelineLoader.load(bytes: bytes, name: "2016-01-14.json")
        #expect(t.inputFormat == "JSON array of log records (Slack: ts in epoch seconds)")
        #expect(t.events[4].title == "@U0BMYT2FL: Created an issue for a setup.py so that it can be installed to a standard place")
        #expect(t.events[4].actor == "U0BMQB6JE")
    }

    @Test func markupIsMadeReadable() {
        let names = ["U1": "Ana Ops"]
        let r = { (s: String) in SlackText.readable(s, names: names, links: false) }
        #expect(r("<@U1> see <#C024BE7LR|general> &amp; <!here>") == "@Ana Ops see #general & @here")
        #expect(r("<@U2|bob> paged <!subteam^S1|@oncall> at <!date^1392734382^{date}|Feb 18th>") == "@bob paged @oncall at Feb 18th")
        #expect(r("<https://status.example.com|status page> &lt;3") == "status page <3")
        #expect(SlackText.readable("<https://x.test/a?b=1&amp;c=2|the runbook>", names: [:], links: true) == "the runbook (https://x.test/a?b=1&c=2)")
        #expect(r("<mailto:a@example.com|a@example.com> <https://x.test>") == "a@example.com https://x.test")
        #expect(r("a < b") == "a < b")
    }

    /// Two channels' days and the incident fixture merge by instant, each event with its source.
    @Test func dayFilesOfTwoChannelsMergeWithTheFixture() throws {
        let a = try FormatFixtures.load("slack/traveling-sailor/2016-03-27.json")
        let b = try FormatFixtures.load("slack/enrique/2016-02-07.json")
        let fixture = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        let merged = TimelineMerge.merge([MergeInput(label: "sailor", timeline: a), MergeInput(label: "enrique", timeline: b),
                                          MergeInput(label: "incident", timeline: fixture)])
        #expect(merged.events.count == a.events.count + b.events.count + fixture.events.count)
        let instants = merged.events.compactMap(\.time.instant)
        #expect(instants == instants.sorted())
        #expect(merged.events.first?.origins.first == "enrique")
        #expect(merged.events.last?.origins.first == "incident")
        #expect(export(merged).contains("  19:11:05       [sailor] Hermione Granger — @Hermione Granger uploaded a file: 10 cities\n"))
    }
}
