import TestSupport
import Testing
@testable import TimelineModel

@Suite struct TextExporterTests {
    let timeline = IncidentEvents.timeline

    func lines(_ zone: String, _ options: TextExporter.Options = .init()) -> [String] {
        TextExporter(timeline: timeline, zone: Zone(identifier: zone), options: options).text()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The "done when", on the hand-built events.
    @Test func newYorkShowsTheNightAsItHappened() throws {
        let l = lines("America/New_York")
        let thursday = try #require(l.firstIndex(of: "Thursday 2 November 2017"))
        let friday = try #require(l.firstIndex(of: "Friday 3 November 2017"))
        #expect(thursday < friday)
        let deactivation = try #require(l.firstIndex(of: "  ~18:48–~18:59 (11 min)"))
        #expect(l[deactivation + 1].hasPrefix("                 Twitter customer-support worker — The account is deactivated"))
        #expect((thursday..<friday).contains(deactivation))
        let first = try #require(l.firstIndex { $0.hasPrefix("  20:05:51.550   @TwitterGov — @TwitterGov blames human error") })
        let second = try #require(l.firstIndex { $0.hasPrefix("  22:00:28.893   @TwitterGov") })
        let reaction = try #require(l.firstIndex { $0.hasPrefix("  06:51:51.120   @realDonaldTrump — Trump: taken down") })
        #expect(thursday < first && first < second && second < friday && friday < reaction)
        #expect(l[second - 1] == "  · 1 h 55 min later ·")
        #expect(l.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func parisPutsTheFirstStatementOnFriday() throws {
        let l = lines("Europe/Paris")
        let friday = try #require(l.firstIndex(of: "Friday 3 November 2017"))
        let first = try #require(l.firstIndex { $0.hasPrefix("  01:05:51.550   @TwitterGov") })
        #expect(friday < first)
        #expect(l[2] == "Time zone:  Europe/Paris (UTC+01:00 CET)")
        #expect(l.contains("  time unknown (day in America/New_York)"))
    }

    @Test func headerSaysZoneCountAndTimeCovered() {
        let l = lines("America/New_York")
        #expect(Array(l.prefix(5)) == [
            "Eleven minutes without @realDonaldTrump",
            "=======================================",
            "Time zone:  America/New_York (UTC−04:00 EDT; UTC−05:00 EST from 5 November 2017)",
            "Events:     10",
            "Covering:   2017-11-02 18:35 – 2017-11-29 (time unknown)",
        ])
    }

    @Test func withoutWidthEveryEventIsOneLine() {
        let l = lines("America/New_York", .init(width: nil))
        #expect(l.contains("  ~18:48–~18:59 (11 min)  Twitter customer-support worker — The account is deactivated by a worker on their last day; it stays down 11 minutes"))
    }

    @Test func aSubsetExportsOnlyItsEvents() {
        let text = TextExporter(timeline: timeline).text(indices: timeline.search("twittergov"))
        #expect(text.contains("Events:     3 of 10"))
        #expect(!text.contains("rogue"))
        #expect(text.contains("  · 1 h 55 min later ·"))
    }

    @Test func detailsAreNeutralisedAndIndented() {
        var events = Array(timeline.events.prefix(1))
        events[0].title = "evil \u{1B}]0;pwned\u{07} title"
        events[0].text = "first paragraph\u{202E}\n\nsecond\u{1B}[2J"
        events[0].quote = Quote(text: "« l’erreur humaine »", lang: "fr")
        events[0].sources = [Source(name: "Tweet", url: "https://twitter.com/x")]
        events[0].tags = ["a", "b"]
        events[0].extraFields = [ExtraField(name: "tweet_id", json: "\"926216279287042048\"")]
        let t = Timeline(title: "T\u{1B}[31m", timezone: "UTC", events: EventList(events))
        let text = TextExporter(timeline: t, options: .init(details: true)).text()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("T^[[31m"))
        let expected: [String] = [
            "  22:35:43.905   @realDonaldTrump — evil ^[]0;pwned^G title",
            "                 first paragraph\\u{202E}",
            "",
            "                 second^[[2J",
            "                 Quote (fr): “« l’erreur humaine »”",
            "                 Source: Tweet https://twitter.com/x",
            "                 Id: last-tweet-before · Tags: a, b",
            "                 tweet_id: \"926216279287042048\"",
        ]
        let block = expected.joined(separator: "\n") + "\n"
        #expect(text.contains(block))
    }

    @Test func anEmptyTimelineSaysSo() {
        let t = Timeline(title: "Nothing yet", timezone: "UTC", events: [])
        #expect(TextExporter(timeline: t).text() == "Nothing yet\n===========\nTime zone:  UTC (UTC+00:00)\nEvents:     none\n")
    }
}

@Suite struct LineWrappingTests {
    @Test func wrapsByWidthAndKeepsGuillemetsWithTheirWords() {
        let text = "seeing in the act « d’un employé rebelle » a sign"
        #expect(LineWrapping.lines(text, first: 19, rest: 19) == ["seeing in the act", "« d’un employé", "rebelle » a sign"])
        #expect(LineWrapping.lines("a 東京東京 b", first: 6, rest: 6) == ["a", "東京東京", "b"])
        #expect(LineWrapping.lines("https://example.com/a/very/long/url", first: 10, rest: 10) == ["https://example.com/a/very/long/url"])
        #expect(LineWrapping.lines("no limit at all", first: 3, rest: nil) == ["no limit at all"])
    }

    /// A closing guillemet followed by punctuation (`».`, `»,`) and short runs such as `?!`
    /// stay with the word before, on every wrapping path; a word merely starting with `:` does not.
    @Test func closingPunctuationNeverStartsALine() {
        let text = "ends on « pas de cape ». Then « oui »,  really ?! and :colon-word"
        for width in 8...30 {
            let lines = LineWrapping.lines(text, first: width, rest: width)
            for line in lines {
                #expect(!line.hasPrefix("»") && !line.hasPrefix("?") && !line.hasSuffix("«"), "\(width): \(lines)")
            }
            var bytes: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer {
                LineWrapping.appendSimpleLines($0, first: width, rest: width, indent: 0, to: &bytes)
            }
            #expect(String(decoding: bytes, as: UTF8.self) == lines.map { $0 + "\n" }.joined(), "\(width)")
        }
        #expect(LineWrapping.lines("a :colon-word", first: 3, rest: 11) == ["a", ":colon-word"])
    }

    /// Text whose widths its first two bytes do not tell (🇫🇷 is 2, 👩‍💻 4, a combining
    /// accent 0) is wrapped by bytes with each scalar looked up, exactly as `lines` wraps
    /// it, whenever its spaces split it as `lines` does; a space that belongs to a bigger
    /// character (a combining mark, a skin tone or a joiner after it, a prepended mark
    /// before it) sends it the general way.
    @Test func wideSequencesWrapByBytesAsTheGeneralWay() {
        let pieces = ["当番のローテーション", "検知🔍", "by", "山田太郎", "🔥", "👩\u{200D}💻", "🇫🇷", "❤\u{FE0F}", "«", "»",
                      "rétabli", "e\u{301}", "👍🏽", "한국어", "ＡＢ", "、", "ｶﾞ", "?!", "Nguyễn", "\u{20000}", "—"]
        var g = SplitMix(seed: 5)
        var wrapped = 0
        for _ in 0..<2000 {
            let text = (0..<(1 + g.below(10))).map { _ in g.pick(pieces) }.joined(separator: " ")
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(LineWrapping.spacesStandAlone), "\(text)")
            let width = 4 + g.below(30)
            var joined: [UInt8] = []
            let rest = width + g.below(3)
            bytes.withUnsafeBufferPointer {
                LineWrapping.appendSimpleLines($0, first: width, rest: rest, indent: 2, exactWidths: true, to: &joined)
            }
            let expected = LineWrapping.lines(text, first: width, rest: rest).enumerated()
                .map { ($0.offset > 0 ? "  " : "") + $0.element + "\n" }.joined()
            #expect(String(decoding: joined, as: UTF8.self) == expected, "\(text) at \(width)")
            if expected.filter({ $0 == "\n" }).count > 1 { wrapped += 1 }
        }
        #expect(wrapped > 500)
        for joining in ["a \u{301}b", "a \u{200D}b", "x \u{1F3FD}", "a \u{FE0F}", "\u{600} a", "a \u{FF9E}"] {
            #expect(!Array(joining.utf8).withUnsafeBufferPointer(LineWrapping.spacesStandAlone), "\(joining.unicodeScalars.map(\.value))")
        }
    }
}
