import Testing
@testable import TimelineModel

/// JSON Lines: one event a line, an optional first line of timeline fields.
@Suite struct JSONLinesLoadingTests {
    static func load(_ text: String, name: String = "t.jsonl") throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    @Test func headerLineAndEvents() throws {
        let t = try Self.load("""
            {"title": "Eleven minutes", "timezone": "America/New_York", "zones": ["Europe/Paris"], "source": "gen"}
            {"id": "b", "time": "2017-11-03T00:05:51.550Z", "title": "statement"}

            {"id": "c", "time": "2017-11-03", "title": "report", "tweet_id": "9"}\r
            {"id": "a", "time": "2017-11-02T18:48-04:00", "approximate": true, "title": "deactivated"}
            """, name: "any-name.json")
        #expect(t.title == "Eleven minutes")
        #expect(t.timezone == "America/New_York")
        #expect(t.zones == ["Europe/Paris"])
        #expect(t.extraFields == [ExtraField(name: "source", json: "\"gen\"")])
        #expect(t.events.map(\.id) == ["a", "b", "c"])
        #expect(t.events.map(\.fileIndex) == [2, 0, 1])
        #expect(t.events[2].extraFields == [ExtraField(name: "tweet_id", json: "\"9\"")])
    }

    @Test func withoutAHeaderTheTitleIsTheFileName() throws {
        let t = try Self.load("""
            {"id": "a", "time": "2017-11-03", "title": "only"}
            """, name: "logs/incident.jsonl")
        #expect(t.title == "incident.jsonl")
        #expect(t.timezone == "UTC")
        #expect(t.events.count == 1)
    }

    @Test func aFirstLineWithAnIdIsAnEvent() throws {
        let t = try Self.load("""
            {"id": "a", "title": "first", "time": "2017-11-03T00:00Z"}
            {"id": "b", "title": "second", "time": "2017-11-02T00:00Z"}
            """)
        #expect(t.events.map(\.id) == ["b", "a"])
    }

    @Test func aFirstLogLineWithoutTitleOrTimezoneIsAnEventNotAHeader() {
        // It used to vanish as the timeline's header, the file then loading with no problem.
        let text = """
            {"level":"info","svc":"edge"}
            {"id": "a", "time": "2017-11-03", "title": "ok"}
            """
        let problems = BadInputTests.problems(text, name: "log.jsonl")
        #expect(problems.contains { $0.hasPrefix("log.jsonl:1:") && $0.contains("events[0]") && $0.contains("\"time\"") })
        #expect(problems.contains { $0.hasPrefix("log.jsonl:2:") } == false)
    }

    @Test func aFirstLineWithATitleAndAnEventFieldIsAnEvent() {
        let text = """
            {"title": "deploy", "actor": "bob"}
            {"id": "a", "time": "2017-11-03", "title": "ok"}
            """
        let problems = BadInputTests.problems(text, name: "log.jsonl")
        #expect(problems.contains { $0.hasPrefix("log.jsonl:1:") && $0.contains("events[0]") })
    }

    @Test func aFirstLineWithTimezoneOnlyAndExtrasIsTheHeader() throws {
        let t = try Self.load("""
            {"timezone": "Europe/Paris", "service": "edge"}
            {"id": "a", "time": "2017-11-03", "title": "ok"}
            """, name: "edge.jsonl")
        #expect(t.title == "edge.jsonl")
        #expect(t.timezone == "Europe/Paris")
        #expect(t.extraFields == [ExtraField(name: "service", json: "\"edge\"")])
        #expect(t.events.map(\.id) == ["a"])
    }

    @Test func aFirstLineWithOnlySummaryAndZonesIsAnEvent() {
        let text = """
            {"summary": "s", "zones": ["UTC"]}
            {"id": "a", "time": "2017-11-03", "title": "ok"}
            """
        #expect(BadInputTests.problems(text, name: "x.jsonl").contains { $0.hasPrefix("x.jsonl:1:") })
    }

    @Test func problemsCarryLineNumbersAndCheckingGoesOnAfterASyntaxError() {
        let text = """
            {"title": "t"}
            {"id": "a", "time": "2017-11-03", "title": "ok"}
            {"id": "b", "time": "2017-11-03", "title": "broken"
            {"id": "c", "time": "2017-11-02T18:48", "title": "no zone"}
            {"id": "a", "time": "2017-11-03", "title": "again"}
            [1, 2]
            {"id": "d", "time": "2017-11-03", "title": "x"} {"id": "e"}
            """
        #expect(BadInputTests.problems(text, name: "bad.jsonl") == [
            "bad.jsonl:3:52: unexpected end of line; expected ',' or '}'",
            "bad.jsonl:4:21: events[2].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone",
            #"bad.jsonl:5:8: events[3].id: duplicate id "a" (first used at line 2, column 8)"#,
            "bad.jsonl:6:1: each line must be one event object, not an array",
            "bad.jsonl:7:49: unexpected text after the object on this line",
        ])
    }

    @Test func anEventCannotSpanLines() {
        let text = "{\"id\": \"a\", \"time\": \"2017-11-03\",\n\"title\": \"x\"}\n{\"id\": \"b\", \"time\": \"2017-11-03\", \"title\": \"y\"}\n"
        #expect(BadInputTests.problems(text, name: "bad.jsonl") == [
            "bad.jsonl:1:34: unexpected end of line; expected a field name in double quotes",
            "bad.jsonl:2:1: each line must be one event object, not a string",
        ])
    }
}
