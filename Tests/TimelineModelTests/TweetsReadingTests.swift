import Testing
@testable import TimelineModel

/// Tweets around the deactivation as an account archive's `tweets.js`, API v1.1 objects and
/// an API v2 response: each tweet at its `created_at` to the second, its id the event's id,
/// retweets and replies named so.
@Suite struct TweetsReadingTests {
    typealias F = FormatFixtures

    @Test func anArchivesTweetsJS() throws {
        let t = try F.load("twitter/tweets.js")
        #expect(t.inputFormat == "Twitter/X tweets")
        #expect(t.title == "Twitter archive: tweets")
        let ny = F.exportLines(t, zone: "America/New_York")
        // "Fri Nov 03 10:51:51 +0000 2017".
        #expect(F.shown("My Twitter account was taken down for 11 minutes", in: ny)! == ("Friday 3 November 2017", "06:51:51"))
        // "Fri Nov 03 00:05:07 +0000 2017": the evening of the 2nd in New York; `&amp;` decoded.
        #expect(F.shown("Great Tax Cut rollout today & the first tweet", in: ny)! == ("Thursday 2 November 2017", "20:05:07"))
        #expect(t.events.map(\.kind) == ["reply", "tweet", "retweet", "tweet"])
        let tax = try #require(t.events.first { $0.id == "926238774773862400" })
        #expect(tax.tags == ["#TaxCuts"])
        #expect(tax.sources == [Source(name: "Tweet 926238774773862400", url: "https://twitter.com/i/web/status/926238774773862400")])
        #expect(tax.extraFields.first { $0.name == "source" }?.json == "\"Twitter for iPhone\"")
    }

    @Test func apiV1Objects() throws {
        let t = try F.load("twitter/twittergov-v1.json")
        #expect(t.title == "Tweets by @TwitterGov")
        let gov = try #require(t.events.first { $0.id == "926238960594178048" })
        #expect(gov.actor == "@TwitterGov" && gov.kind == "tweet")
        #expect(gov.sources.first?.url == "https://twitter.com/TwitterGov/status/926238960594178048")
        #expect(t.events.first { $0.id == "926267806261407744" }?.kind == "reply")
        #expect(F.shown("Through our investigation", in: F.exportLines(t, zone: "UTC"))! == ("Friday 3 November 2017", "02:00:28"))
    }

    @Test func apiV2ResponseWithItsUsers() throws {
        let t = try F.load("twitter/trump-v2.json")
        let utc = F.exportLines(t, zone: "UTC")
        // "2017-11-02T22:35:43.000Z": Twitter keeps seconds; its ".000" is not shown as milliseconds.
        #expect(F.shown("The last tweet before the outage", in: utc)! == ("Thursday 2 November 2017", "22:35:43"))
        let last = try #require(t.events.first { $0.id == "926216279287042048" })
        #expect(last.actor == "@realDonaldTrump")
        #expect(last.title.hasSuffix("<Fed>"))
        let rt = try #require(t.events.first { $0.id == "926239000000000000" })
        #expect(rt.kind == "retweet" && rt.actor == "2244994945")
    }

    static func load(_ text: String, name: String = "t.json") throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    static func problems(_ text: String, name: String = "t.json") -> [String] {
        do throws(LoadFailure) { _ = try load(text, name: name); return [] } catch { return error.problems.map(\.description) }
    }

    @Test func oneTweetALineAsTwarcWritesThem() throws {
        let lines = """
            {"created_at":"Fri Nov 03 00:05:51 +0000 2017","id_str":"1","text":"one","user":{"screen_name":"a"}}
            {"created_at":"Fri Nov 03 02:00:28 +0000 2017","id_str":"2","text":"two","user":{"screen_name":"b"},"retweeted_status":{"id_str":"1"}}
            """
        let t = try Self.load(lines, name: "tweets.jsonl")
        #expect(t.events.map(\.title) == ["one", "two"] && t.events.map(\.kind) == ["tweet", "retweet"])
    }

    @Test func twarc2FlattenedLines() throws {
        let lines = """
            {"id": "1", "text": "one", "created_at": "2017-11-03T00:05:51.000Z", "author_id": "9", "conversation_id": "1", "author": {"id": "9", "username": "TwitterGov"}}
            {"id": "2", "text": "two", "created_at": "2017-11-03T02:00:28.000Z", "author_id": "9", "conversation_id": "1", "referenced_tweets": [{"type": "replied_to", "id": "1"}], "author": {"id": "9", "username": "TwitterGov"}}
            """
        let t = try Self.load(lines, name: "flat.jsonl")
        #expect(t.inputFormat == "Twitter/X tweets" && t.title == "Tweets by @TwitterGov")
        #expect(t.events.map(\.kind) == ["tweet", "reply"])
    }

    @Test func badTimesAreRefusedWithTheirPlace() {
        #expect(Self.problems(#"[{"created_at": "Fri Nov 03 00:05:51 2017", "id_str": "1", "text": "x", "user": {"screen_name": "a"}}]"#) == [
            #"t.json:1:17: [0].created_at: created_at "Fri Nov 03 00:05:51 2017" is not a time; expected Twitter's form such as Thu Nov 02 23:05:07 +0000 2017, or ISO 8601"#,
        ])
        #expect(Self.problems("window.YTD.tweets.part0 = [\n  {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"x\"}}\n]", name: "tweets.js") == [
            "tweets.js:2:13: [0].tweet: the tweet has no created_at",
        ])
        #expect(Self.problems("window.YTD.tweets.part0 = [\n  {\"tweet\": {\"id_str\": \"1\"", name: "tweets.js").first?.hasPrefix("tweets.js:2:") == true)
    }

    @Test func detection() {
        func takes(_ s: String) -> Bool { TweetsReader.declines(FileSample(Array(s.utf8))) == nil }
        #expect(takes("window.YTD.tweet.part0 = ["))
        #expect(takes(#"{"data": [{"id": "1", "text": "x", "created_at": "2017-11-02T22:35:43.000Z", "author_id": "2"}]}"#))
        #expect(!takes(#"{"data": [{"id": "1", "text": "x", "created_at": "2017-11-02T22:35:43.000Z"}]}"#))
        #expect(!takes(#"[{"created_at": "2017-11-02T22:35:43Z", "text": "deploy"}]"#))
    }
}
