import Testing
@testable import TimelineModel

/// GitHub's Statuspage history feed (`history.atom`, February 2021): each entry holds its
/// incident's updates, without a year, in UTC; they are the incident (a span from its
/// first update to its resolution) and one event an update.
@Suite struct FeedStatuspageAtomTests {
    typealias F = FormatFixtures

    @Test func eachUpdateIsAnEventAndEachIncidentASpan() throws {
        let t = try F.load("feed/githubstatus-history.atom")
        #expect(t.inputFormat == "Atom or RSS feed")
        #expect(t.title == "GitHub Status - Incident History")
        #expect(t.events.count == 3 + 2 + 2 + 5 + 4 + 3 + 4)
        let utc = F.exportLines(t, zone: "UTC")
        // "Feb  9, 16:19 UTC" Investigating … "Feb  9, 16:57 UTC" Resolved: a span to the minute.
        #expect(F.shown("Incident on 2021-02-09 16:19 UTC", in: utc)! == ("Tuesday 9 February 2021", "16:19–16:57"))
        #expect(F.shown("Webhooks is experiencing degraded performance.", in: utc)! == ("Tuesday 9 February 2021", "16:21"))
        #expect(F.shown("We are investigating reports of degraded performance for Git Operations.", in: utc)!
                == ("Wednesday 24 February 2021", "19:25"))
        let tokyo = F.exportLines(t, zone: "Asia/Tokyo")
        #expect(F.shown("Incident on 2021-02-24 19:25 UTC", in: tokyo)! == ("Thursday 25 February 2021", "04:25–05:01"))
        let incident = try #require(t.events.first { $0.title == "Incident on 2021-02-23 16:37 UTC" })
        #expect(incident.kind == "incident")
        #expect(incident.sources.first?.url == "https://www.githubstatus.com/incidents/7ct9z7mv9kw1")
        let kinds = t.events.filter { $0.extraFields.contains { $0.name == "incident" && $0.json.contains("2021-02-09") } }.map(\.kind)
        #expect(kinds == ["investigating", "update", "update", "update", "resolved"])
        #expect(t.warnings.isEmpty)
    }

    @Test func maintenancesSpanFromInProgressToCompleted() throws {
        let t = try F.load("feed/githubstatus-history.atom")
        let utc = F.exportLines(t, zone: "UTC")
        // Scheduled "Jan  7, 16:07", in progress "Jan  9, 16:00", completed "Jan  9, 17:00".
        #expect(F.shown("GitHub Container Registry enters Read Only mode", in: utc)! == ("Saturday 9 January 2021", "16:00–17:00"))
        #expect(F.shown("On 1/9/21 at 16:00 UTC GitHub will be performing", in: utc)! == ("Thursday 7 January 2021", "16:07"))
        let macOS = try #require(t.events.first { $0.title == "macOS virtual environment maintenance" })
        #expect(macOS.kind == "maintenance")
        #expect(macOS.sources.map(\.url).contains("https://github.com/actions/virtual-environments/issues/2247"))
        // An entry of December 2020 in a feed updated in February 2021: its updates' year is its own.
        #expect(F.shown("Incident on 2020-12-21 00:20 UTC", in: utc)! == ("Monday 21 December 2020", "00:20–01:23"))
    }
}

/// A Statuspage `history.rss` in Pacific time: `PST`/`PDT` are the fixed offsets RFC 822
/// gives them, and an incident begun on 31 December and resolved on 1 January takes each
/// update's year from the item's `pubDate`.
@Suite struct FeedStatuspageRSSTests {
    typealias F = FormatFixtures

    @Test func updatesAcrossNewYearTakeTheirYearFromTheItem() throws {
        let t = try F.load("feed/statuspage-history.rss")
        let utc = F.exportLines(t, zone: "UTC")
        // "Dec 31, 23:40 PST" (−08:00) is 2018-01-01 07:40 UTC; "Jan  1, 00:12 PST" 08:12.
        #expect(F.shown("Login failures for some users", in: utc)! == ("Monday 1 January 2018", "07:40–08:12"))
        #expect(F.shown("We are investigating login failures.", in: utc)! == ("Monday 1 January 2018", "07:40"))
        let la = F.exportLines(t, zone: "America/Los_Angeles")
        #expect(F.shown("We are investigating login failures.", in: la)! == ("Sunday 31 December 2017", "23:40"))
        // "Nov  2, 15:48 PDT" (−07:00), still monitoring: the incident has no end.
        #expect(F.shown("A fix has been implemented", in: utc)! == ("Thursday 2 November 2017", "22:48"))
        let open = try #require(t.events.first { $0.title == "Dashboard slowness" })
        #expect(open.end == nil && open.kind == "incident")
        // The link in the update's text is kept as a source of the incident.
        let resolved = try #require(t.events.first { $0.title == "Login failures for some users" })
        #expect(resolved.sources.map(\.url).contains("https://example.com/rca"))
    }
}

/// Statuspage maintenances in a history feed: a span over the window it was scheduled for
/// (`THIS IS A SCHEDULED EVENT Nov 5, 18:00 - 20:00 UTC`) to its completion, not from the
/// day it was announced.
@Suite struct FeedStatuspageMaintenanceTests {
    typealias F = FormatFixtures

    @Test func aMaintenanceSpansItsWindow() throws {
        let t = try F.load("feed/statuspage-maintenance.atom")
        let utc = F.exportLines(t, zone: "UTC")
        // Scheduled on 1 November, in progress at 18:00 on the 5th, completed at 19:41.
        #expect(F.shown("Database maintenance", in: utc)! == ("Sunday 5 November 2017", "18:00–19:41"))
        #expect(t.events.first { $0.title == "Database maintenance" }?.kind == "maintenance")
        // Announced only: "Nov 9, 23:00 - Nov 10, 01:00 PST", its window's end its end.
        #expect(F.shown("Network maintenance", in: utc)! == ("Friday 10 November 2017", "07:00–09:00"))
        #expect(F.shown("We will be undergoing scheduled maintenance.", in: utc)! == ("Wednesday 1 November 2017", "17:43"))
    }
}

/// News reports of the deactivation as RSS 2.0: RFC 822 dates with offsets, `EDT` and
/// `GMT`, with and without seconds; HTML descriptions (CDATA or escaped) made text; the
/// author or `dc:creator` as actor; categories as tags.
@Suite struct FeedNewsRSSTests {
    typealias F = FormatFixtures

    @Test func itemsAreEventsAtTheirPubDate() throws {
        let t = try F.load("feed/press-deactivation.rss")
        #expect(t.title == "Technology News")
        #expect(t.events.count == 3)
        let ny = F.exportLines(t, zone: "America/New_York")
        // "Thu, 2 Nov 2017 19:35 EDT": no seconds written, none shown.
        #expect(F.shown("Trump's Twitter account briefly disappears", in: ny)! == ("Thursday 2 November 2017", "19:35"))
        // "Thu, 02 Nov 2017 22:48:07 -0400".
        #expect(F.shown("Twitter says a departing employee deactivated Trump’s account", in: ny)! == ("Thursday 2 November 2017", "22:48:07"))
        // "Fri, 03 Nov 2017 02:10:00 GMT".
        #expect(F.shown("Twitter: the account was restored", in: ny)! == ("Thursday 2 November 2017", "22:10:00"))
        let report = try #require(t.events.first { $0.title.hasPrefix("Twitter says") })
        #expect(report.actor == "Technology desk")
        #expect(report.tags == ["Twitter", "Donald Trump"])
        #expect(report.text == "Twitter said on Thursday night that a customer-support employee deactivated the account on their last day — it was down for 11 minutes.\n\nRead @TwitterGov.")
        #expect(report.sources.map(\.url) == ["https://news.example.org/technology/2017/11/02/trump-twitter-employee", "https://twitter.com/TwitterGov"])
        let gone = try #require(t.events.first { $0.title.hasPrefix("Trump's Twitter") })
        #expect(gone.text == "Visitors to @realDonaldTrump saw \"Sorry, that page doesn’t exist!\" for several minutes.")
    }
}

/// RFC 822 times, XML and detection, on small feeds written here.
@Suite struct FeedReaderTests {
    static func load(_ text: String, name: String = "f.xml", _ options: ReadOptions = ReadOptions()) throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name, options: options)
    }

    static func problems(_ text: String, name: String = "f.xml", _ options: ReadOptions = ReadOptions()) -> [String] {
        do throws(LoadFailure) { _ = try load(text, name: name, options); return [] } catch { return error.problems.map(\.description) }
    }

    static func rss(_ date: String) -> String {
        "<rss version=\"2.0\"><channel><title>t</title>\n<item><title>x</title><pubDate>\(date)</pubDate></item></channel></rss>"
    }

    @Test(arguments: [
        ("Thu, 02 Nov 2017 22:48:00 +0000", "22:48:00"), ("Thu, 02 Nov 2017 18:48:00 EDT", "22:48:00"),
        ("02 Nov 2017 17:48 EST", "22:48"), ("Thu, 2 Nov 17 22:48:00 GMT", "22:48:00"), ("Thu, 02 Nov 2017 16:48:00 CST", "22:48:00"),
        ("Thu, 02 Nov 2017 15:48:00 PDT", "22:48:00"), ("Thursday, 02 November 2017 22:48:00 UT", "22:48:00"),
        ("2017-11-02T22:48:00.5Z", "22:48:00.5"), ("Thu, 02 Nov 2017 23:48:00 +0100", "22:48:00"),
        ("Thu, 02 Nov 2017 18:48:00 -04:00", "22:48:00"), ("2017-11-02 22:48:00 +0000", "22:48:00"),
    ])
    func rfc822Times(_ date: String, _ shown: String) throws {
        let t = try Self.load(Self.rss(date))
        #expect(FormatFixtures.shown("x", in: FormatFixtures.exportLines(t, zone: "UTC"))! == ("Thursday 2 November 2017", shown))
    }

    @Test func timesThatAreNotRFC822AreRefusedWithTheirPlace() {
        #expect(Self.problems(Self.rss("Thu, 02 Nov 2017 22:48:00")) == [
            #"f.xml:2:23: item[0].pubDate: pubDate "Thu, 02 Nov 2017 22:48:00" has no zone; RFC 822 writes one (+0000, GMT, EST…)"#,
        ])
        #expect(Self.problems(Self.rss("Thu, 31 Nov 2017 22:48:00 GMT")) == [
            #"f.xml:2:23: item[0].pubDate: pubDate "Thu, 31 Nov 2017 22:48:00 GMT" is not a date"#,
        ])
        #expect(Self.problems(Self.rss("yesterday")).first?.contains("is not a time; expected RFC 822 such as Thu, 02 Nov 2017 22:48:00 +0000") == true)
        #expect(Self.problems(Self.rss("Thu, 02 Nov 2017 22:48:00 A")).first?.contains("the zone \"A\" is not one RFC 822 defines") == true)
    }

    @Test func anAtomEntryUsesPublishedElseUpdatedAndXHTMLContent() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a comment --><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;lt;b&amp;gt; feed</title>
            <author><name>Desk</name></author>
            <entry><title>Only updated</title><updated>2017-11-02T22:48:00-04:00</updated>
              <link rel="self" href="https://x.example/self"/><link href="https://x.example/1"/>
              <category term="outage"/>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>two</b></p><p><![CDATA[<three>]]></p></div></content></entry>
            <entry><title>Both</title><published>2017-11-02T22:00:00Z</published><updated>2017-11-03T00:00:00Z</updated></entry>
            </feed>
            """
        let t = try Self.load(atom, name: "x.atom")
        #expect(t.title == "A <b> feed")
        let only = try #require(t.events.first { $0.title == "Only updated" })
        #expect(only.actor == "Desk" && only.tags == ["outage"])
        #expect(only.text == "One two\n\n<three>")
        #expect(only.sources.map(\.url) == ["https://x.example/1"])
        let lines = FormatFixtures.exportLines(t, zone: "UTC")
        #expect(FormatFixtures.shown("Both", in: lines)! == ("Thursday 2 November 2017", "22:00:00"))
        #expect(FormatFixtures.shown("Only updated", in: lines)! == ("Friday 3 November 2017", "02:48:00"))
    }

    @Test func anAtomFeedWrittenWithAPrefixIsRead() throws {
        let atom = """
            <atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>Prefixed</atom:title>
            <atom:entry><atom:title>One</atom:title><atom:published>2017-11-02T22:48:00Z</atom:published></atom:entry>
            </atom:feed>
            """
        let t = try Self.load(atom)
        #expect(t.title == "Prefixed" && t.events.map(\.title) == ["One"])
    }

    @Test func aLatin1FeedIsReadAsItsDeclarationSays() throws {
        // "Café" and a windows-1252 right quote (0x92) in bytes that are not UTF-8.
        var bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss version=\"2.0\"><channel><title>Caf".utf8)
        bytes += [0xE9] + Array("</title><item><title>Trump".utf8) + [0x92] + Array("s account</title><pubDate>Thu, 02 Nov 2017 22:48:00 GMT</pubDate></item></channel></rss>".utf8)
        let t = try TimelineLoader.load(bytes: bytes, name: "l.rss")
        #expect(t.title == "Café" && t.events.map(\.title) == ["Trump’s account"] && t.warnings.isEmpty)
        let koi8 = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n<rss version=\"2.0\"/>"
        #expect(Self.problems(koi8) == [#"f.xml:1:1: the XML declaration names the encoding "koi8-r", which timeline-tui does not read; convert the file to UTF-8 (iconv -f koi8-r -t UTF-8)"#])
    }

    @Test func rss1RDFIsRead() throws {
        let rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://x.example/"><title>RDF</title></channel>
            <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><dc:date>2017-11-02T22:48:00Z</dc:date><dc:creator>Ann</dc:creator></item>
            </rdf:RDF>
            """
        let t = try Self.load(rdf)
        #expect(t.title == "RDF" && t.events.map(\.title) == ["One"] && t.events[0].actor == "Ann")
    }

    @Test func detectionTakesFeedsByTheirRootElement() {
        func takes(_ s: String) -> Bool { FeedReader.declines(FileSample(Array(s.utf8))) == nil }
        #expect(takes("\u{FEFF}<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"<x>\">]>\n<rss version=\"2.0\">"))
        #expect(takes("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(!takes("<feed>"))
        #expect(!takes("<html><body>"))
        #expect(!takes("{\"rss\": 1}"))
        #expect(FeedReader.declines(FileSample(Array("<html>".utf8))) == "its root element is <html>, not <rss>, an Atom <feed> or RSS 1.0's <rdf:RDF>")
    }

    @Test func aFeedNamedWithInputFormatIsReadAsOne() {
        var options = ReadOptions()
        options.format = .feed
        #expect(Self.problems("<html></html>", options) == ["f.xml:1:1: the root element is <html>, not <rss>, an Atom <feed> or RSS 1.0's <rdf:RDF>"])
        #expect(Self.problems("plain text", options) == ["f.xml:1:1: text before the first element; this is not XML"])
    }

    @Test func aBigFeedIsReadInOnePass() throws {
        // 20,000 items, 6 MB: the reader's time grows with the file, not faster.
        var s = "<rss version=\"2.0\"><channel><title>big</title>\n"
        for i in 0..<20_000 {
            s += "<item><title>item \(i) &amp; more</title><description><![CDATA[<p>text \(i)</p>]]></description><pubDate>Thu, 02 Nov 2017 22:48:00 +0000</pubDate><guid>g\(i)</guid></item>\n"
        }
        s += "</channel></rss>\n"
        let t = try Self.load(s)
        #expect(t.events.count == 20_000)
    }
}
