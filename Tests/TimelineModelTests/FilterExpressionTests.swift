import Testing
@testable import TimelineModel

/// The one filter grammar (`f` in the viewer, `export --filter`): what it keeps of the
/// incident, where it says a bad expression is wrong, and that the fast way (the store's
/// matching, term by term) answers as decoding every event does.
@Suite struct FilterExpressionTests {
    static let timeline = try! TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
    static let newYork = TimeFormatter(timeline: timeline)

    func ids(_ text: String, zone: Zone? = nil) throws -> [String] {
        let t = Self.timeline
        let e = try FilterExpression(parsing: text, timeline: t, formatter: TimeFormatter(timeline: t, zone: zone))
        return e.indices(in: t.events).map { t.events[$0].id }
    }

    func problem(_ text: String) -> FilterSyntaxError? {
        do {
            _ = try FilterExpression(parsing: text, timeline: Self.timeline, formatter: Self.newYork)
            return nil
        } catch {
            return error
        }
    }

    @Test func theIssuesTwoFilters() throws {
        #expect(try ids("kind:statement -actor:twittergov") == ["last-tweet-before", "first-tweet-after"])
        #expect(try ids("(kind:reaction OR kind:report) after:2017-11-03")
            == ["trump-rogue-employee", "nyt-contractor", "duysak-interview"])
    }

    @Test func termsFieldsAndOperators() throws {
        #expect(try ids("actor:trump rogue") == ["trump-rogue-employee"])
        #expect(try ids("ACTOR:TwitterGov NOT last") == ["twittergov-human-error", "twittergov-safeguards"])
        #expect(try ids("actor:\"Twitter customer-support\"") == ["deactivation"])
        #expect(try ids("\"rogue employee\"") == ["trump-rogue-employee"])
        #expect(try ids("\"employee rogue\"").isEmpty)
        #expect(try ids("id:restored") == ["restored"])
        #expect(try ids("cited:techcrunch") == ["duysak-interview"])
        // `source:` is the file an event came from in a merge (issue 11), not a cited source.
        #expect(try ids("source:techcrunch") == [])
        #expect(try ids("kind:action OR kind:reaction") == ["deactivation", "restored", "trump-rogue-employee"])
        #expect(try ids("kind:report AND techcrunch") == ["duysak-interview"])
        // Operators only in capitals: `or` is a word looked for.
        #expect(try ids("rogue OR zzzz") == ["trump-rogue-employee"])
        #expect(try ids("rogue or zzzz").isEmpty)
        // Accents and case as search: `État` would be found by `etat`.
        // `kind:action` is found in `reaction` too, as every field term finds its text.
        #expect(try ids("-(kind:statement OR kind:report OR actor:twitter)") == ["trump-rogue-employee"])
        #expect(try ids("kind:action").count == 3)
        #expect(try ids("").count == 10)
    }

    @Test func timesAreInTheZoneShown() throws {
        // 06:00 in New York is 10:00 UTC: Trump's 06:51 reaction and what follows.
        #expect(try ids("after:2017-11-03 06:00").first == "trump-rogue-employee")
        #expect(try ids("after:2017-11-03T06:00").first == "trump-rogue-employee")
        #expect(try ids("after:\"2017-11-03 06:00\"").first == "trump-rogue-employee")
        // In Tokyo (UTC+9) 2017-11-03 19:00 is 10:00 UTC as well.
        #expect(try ids("after:2017-11-03 19:00", zone: Zone(identifier: "Asia/Tokyo")).first == "trump-rogue-employee")
        // A time alone is on the first event's day there (2 November in New York).
        #expect(try ids("after:18:50 before:19:00") == ["restored"])
        #expect(try ids("after:2017-11-03T10:51:51Z") == ["trump-rogue-employee", "twittergov-safeguards", "nyt-contractor", "duysak-interview"])
        // Day-only events sort at the end of their day: before the next day, after its last minute.
        #expect(try ids("before:2017-11-04 after:2017-11-03 07:00") == ["twittergov-safeguards", "nyt-contractor"])
        #expect(try ids("before:2017-11-03").count == 6)
    }

    @Test func aBadExpressionSaysWhereAndWhat() {
        #expect(problem("(kind:report") == FilterSyntaxError(column: 1, message: "“(” is not closed"))
        #expect(problem("kind:report)")?.column == 12)
        #expect(problem("kind:report OR")?.message == "nothing after “OR”")
        #expect(problem("OR kind:report")?.column == 1)
        #expect(problem("rogue -")?.column == 7)
        #expect(problem("actor:")?.message == "actor: with nothing after it")
        #expect(problem("\"rogue")?.message == "quote not closed")
        #expect(problem("after:yesterday")?.column == 7)
        #expect(problem("after:yesterday")?.message.contains("2017-11-03 06:00") == true)
        #expect(problem("colour:red")?.message.hasPrefix("no field “colour:”") == true)
        #expect(problem("()")?.message == "nothing between “(” and “)”")
        #expect(problem("\"https://t.co\"") == nil)
        #expect(problem("18:50") == nil)
    }

    @Test func theFastWayAnswersAsDecodingEveryEvent() throws {
        for t in [FastSearchTests.made, FastSearchTests.timeline(count: 600, lines: true)] {
            let formatter = TimeFormatter(timeline: t)
            for text in ["e -a", "(titre OR actor) NOT ω", "cited:x.test -tag:a", "id:ev-1 OR id:ev-2", "kind:e tag:a",
                         "after:2017-11-03 before:2017-11-04 -ω", "NOT (a OR b OR c)", "\"x.test\" -source:a"] {
                let e = try FilterExpression(parsing: text, timeline: t, formatter: formatter)
                let reference = t.events.indices.filter { e.matches(t.events[$0]) }
                #expect(e.indices(in: t.events) == reference, "\(text)")
                #expect(!reference.isEmpty && reference.count < t.events.count, "\(text) keeps \(reference.count)")
            }
        }
    }

    @Test func typedTimes() {
        #expect(TypedTime("18:50") == .clock(hour: 18, minute: 50, second: 0))
        #expect(TypedTime("6:05:09") == .clock(hour: 6, minute: 5, second: 9))
        #expect(TypedTime("2017-11-03") == .day(CivilDate(year: 2017, month: 11, day: 3)))
        #expect(TypedTime("2017-11-03 06:00") == .wallClock(CivilDate(year: 2017, month: 11, day: 3), hour: 6, minute: 0, second: 0))
        #expect(TypedTime("2017-11-03T10:51Z") == .instant(Instant(seconds: 1_509_706_260)))
        for bad in ["25:00", "18:60", "2017-02-30", "2017-11-03 6", "noon", "", "+1h"] { #expect(TypedTime(bad) == nil, "\(bad)") }
    }
}
