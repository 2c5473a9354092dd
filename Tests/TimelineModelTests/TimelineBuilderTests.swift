import Testing
@testable import TimelineModel

/// The timeline's rules, fed through `TimelineBuilder` by a reader of another format: the
/// same order, the same checks and messages as the JSON reader, at the reader's places.
@Suite struct TimelineBuilderTests {
    /// A tiny reader for tests: one event a line, `id|time|title|end|precision`, with
    /// columns counted from 1 and the fields named by their column names in problems.
    /// An empty id leaves the event without one; a `#` line names the zone.
    static func read(_ text: String, file: String = "notes.psv") throws(LoadFailure) -> Timeline {
        var builder = TimelineBuilder(file: file)
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let lineNumber = n + 1
            if line.hasPrefix("#") {
                let name = String(line.dropFirst())
                builder.timezone = (name, FieldPlace(line: lineNumber, column: 2, path: "timezone"))
                continue
            }
            var columns: [(text: String, place: FieldPlace)] = []
            var column = 1
            for (k, field) in line.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
                let name = ["id", "time", "title", "end", "precision"][min(k, 4)]
                columns.append((String(field), FieldPlace(line: lineNumber, column: column, path: name)))
                column += field.count + 1
            }
            func value(_ k: Int) -> (text: String, place: FieldPlace)? {
                k < columns.count && !columns[k].text.isEmpty ? columns[k] : nil
            }
            guard let time = value(1) else {
                builder.problem("no time", at: FieldPlace(line: lineNumber, column: 1, path: "time"))
                continue
            }
            let parsed: EventTime
            switch TimeParser.parse(time.text) {
            case .success(let t): parsed = t
            case .failure(let f):
                builder.problem(f.message, at: time.place)
                continue
            }
            var draft = EventDraft(time: parsed, timeWritten: time.text, title: value(2)?.text ?? "",
                                   place: FieldPlace(line: lineNumber, column: 1, path: "line \(lineNumber)"))
            draft.id = value(0)?.text
            draft.places.id = columns[0].place
            draft.places.time = time.place
            draft.places.title = columns.count > 2 ? columns[2].place : nil
            if let end = value(3), case .success(let e) = TimeParser.parse(end.text) {
                draft.end = e
                draft.endWritten = end.text
                draft.places.end = end.place
            }
            if let p = value(4) {
                draft.precision = Precision(rawValue: p.text)
                draft.places.precision = p.place
            }
            builder.add(draft)
        }
        return try builder.build()
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return ["(accepted)"]
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func sortsStablyWithDayOnlyEventsAtTheEndOfTheirDayInTheTimelinesZone() throws {
        let text = """
            #America/New_York
            day-3|2017-11-03|day 3
            late-3rd|2017-11-04T03:00Z|late on the 3rd in New York
            early-4th|2017-11-04T05:00Z|early on the 4th
            morning-3rd|2017-11-03T10:51Z|morning of the 3rd
            same-a|2017-11-03T10:51Z|same instant, later in the file
            day-2|2017-11-02|day 2
            """
        let t = try Self.read(text)
        #expect(t.timezone == "America/New_York")
        #expect(t.events.map(\.id) == ["day-2", "morning-3rd", "same-a", "late-3rd", "day-3", "early-4th"])
        #expect(t.events.map(\.fileIndex) == [5, 3, 4, 1, 0, 2])
    }

    @Test func gaveTheSameTextExportAsTheJSONReaderForTheSameEvents() throws {
        let json = """
            {"title": "t.psv", "timezone": "Europe/Paris", "events": [
            {"id": "b", "time": "2017-11-02T18:48-04:00", "end": "2017-11-02T18:59-04:00", "title": "Deactivated « 11 min »"},
            {"id": "a", "time": "2017-11-02", "title": "Day only"},
            {"id": "c", "time": "2017-11-02T22:35:43.905Z", "title": "Last tweet — 障害"}
            ]}
            """
        let fromJSON = try TimelineLoader.load(bytes: Array(json.utf8), name: "t.json")
        let fromLines = try Self.read("""
            #Europe/Paris
            b|2017-11-02T18:48-04:00|Deactivated « 11 min »|2017-11-02T18:59-04:00
            a|2017-11-02|Day only
            c|2017-11-02T22:35:43.905Z|Last tweet — 障害
            """, file: "t.psv")
        #expect(TextExporter(timeline: fromLines).text() == TextExporter(timeline: fromJSON).text())
        #expect(fromLines.events.map(\.id) == ["c", "b", "a"])
    }

    @Test func searchAndFilterFindTheSameEventsInMemoryAsInTheLoadedFile() throws {
        let json = """
            {"title": "t", "events": [
            {"id": "a", "time": "2017-11-02T18:48Z", "title": "Compte désactivé", "actor": "@TwitterGov",
             "sources": [{"name": "AP", "url": "https://apnews.com/x"}], "tags": ["outage"], "ticket": 4711},
            {"id": "b", "time": "2017-11-02T18:59Z", "title": "Restored", "kind": "action",
             "quote": {"text": "L'État « oui »", "lang": "fr"}, "text": "Back after 11 minutes"}
            ]}
            """
        let loaded = try TimelineLoader.load(bytes: Array(json.utf8), name: "t.json")
        let inMemory = Timeline(title: "t", events: EventList(Array(loaded.events)))
        let filters = [
            EventFilter(text: "desactive"), EventFilter(text: "apnews"), EventFilter(text: "4711"),
            EventFilter(text: "etat"), EventFilter(text: "minutes"), EventFilter(actor: "twittergov"),
            EventFilter(kind: "ACTION"), EventFilter(tag: "out"), EventFilter(text: "ticket"), EventFilter(text: "nowhere"),
        ]
        for filter in filters {
            #expect(filter.indices(in: inMemory.events) == filter.indices(in: loaded.events), "\(filter)")
        }
        #expect(filters.map { $0.indices(in: loaded.events).count } == [1, 1, 1, 1, 1, 1, 1, 1, 1, 0])
    }

    @Test func aRepeatedIdIsReportedWhereItIsRepeatedNamingItsFirstUse() {
        #expect(Self.problems("""
            a|2017-11-02T18:48Z|one
            b|2017-11-02T18:49Z|two
            a|2017-11-02T18:50Z|three
            """) == [#"notes.psv:3:1: id: duplicate id "a" (first used at line 1, column 1)"#])
    }

    @Test func anEndBeforeItsTimeIsAProblemAtTheEnd() {
        #expect(Self.problems("a|2017-11-02T18:48Z|one|2017-11-02T18:40Z") == [
            "notes.psv:1:25: end: 2017-11-02T18:40Z is before time 2017-11-02T18:48Z",
        ])
    }

    @Test func anEndOnTheDayBeforeIsCheckedInTheTimelinesZone() {
        // 02:00Z on the 3rd is still the 2nd in New York: a day-only end on the 2nd is fine
        // there, and before the time in UTC.
        #expect(Self.problems("#America/New_York\na|2017-11-03T02:00Z|one|2017-11-02") == ["(accepted)"])
        #expect(Self.problems("a|2017-11-03T02:00Z|one|2017-11-02") == [
            "notes.psv:1:25: end: 2017-11-02 is before time 2017-11-03T02:00Z",
        ])
    }

    @Test func aPrecisionFinerThanTheTimeAsWrittenIsAProblemACoarserOneIsNot() {
        #expect(Self.problems("a|2017-11-02T18:48Z|one||hour") == ["(accepted)"])
        #expect(Self.problems("a|2017-11-02T18:48Z|one||exact") == [
            #"notes.psv:1:26: precision: "exact" is finer than the time as written (2017-11-02T18:48Z gives only the minute)"#,
        ])
    }

    @Test func anUnknownZoneIsAProblemAtItsName() {
        #expect(Self.problems("#Mars/Olympus\na|2017-11-02T18:48Z|one") == [
            #"notes.psv:1:2: timezone: unknown time zone "Mars/Olympus"; use an IANA name such as America/New_York, Europe/Paris or UTC"#,
        ])
    }

    @Test func anEmptyTitleOrOneWithALineBreakIsAProblem() {
        #expect(Self.problems("a|2017-11-02T18:48Z|") == ["notes.psv:1:21: title: must not be empty"])
        #expect(Self.problems("a|2017-11-02T18:48Z|one\rtwo") == [
            #"notes.psv:1:21: title: must be one line (it contains a line break); put longer text in "text""#,
        ])
    }

    @Test func eventsWithoutAnIdAreNamedByTheFileAndLine() throws {
        let t = try Self.read("|2017-11-02T18:48Z|one\n\n|2017-11-02T18:49Z|two\nnotes:1|2017-11-02T18:50Z|three")
        #expect(t.events.map(\.id) == ["notes:1-2", "notes:3", "notes:1"])
        #expect(t.events.map(\.place) == [SourcePlace(line: 1, column: 1), SourcePlace(line: 3, column: 1), SourcePlace(line: 4, column: 1)])
    }

    @Test func theReadersOwnProblemsAreListedInFileOrderWithTheRules() {
        #expect(Self.problems("""
            a|2017-11-02T18:48Z|one
            b|tomorrow|two
            a|2017-11-02T18:50Z|three
            """) == [
                "notes.psv:2:3: time: \(Self.timeProblem("tomorrow"))",
                #"notes.psv:3:1: id: duplicate id "a" (first used at line 1, column 1)"#,
            ])
    }

    static func timeProblem(_ text: String) -> String {
        guard case .failure(let f) = TimeParser.parse(text) else { return "(parsed)" }
        return f.message
    }

    @Test func moreThanAThousandProblemsAreCutWithOneLineSayingSo() {
        let lines = (1...1500).map { "e\($0)|2017-11-02T18:48Z|" }.joined(separator: "\n")
        let problems = Self.problems(lines)
        #expect(problems.count == 1001)
        #expect(problems[999] == "notes.psv:1000:25: title: must not be empty")
        #expect(problems[1000] == "notes.psv:1001:25: too many problems; stopped reading here")
    }

    @Test func warningsDoNotRefuseTheFileAndAreCapped() throws {
        var builder = TimelineBuilder(file: "w.log")
        for line in 1...1200 {
            let place = FieldPlace(line: line, column: 1, path: "message")
            builder.warning("invalid UTF-8 (shown as U+FFFD)", at: place)
            builder.add(EventDraft(time: .day(CivilDate(year: 2017, month: 11, day: 2)), timeWritten: "2017-11-02",
                                   title: "line \(line)", place: place))
        }
        let t = try builder.build()
        #expect(t.events.count == 1200)
        #expect(t.title == "w.log")
        #expect(t.warnings.count == 1001)
        #expect(t.warnings.first?.description == "w.log:1:1: message: invalid UTF-8 (shown as U+FFFD)")
        #expect(t.warnings.last?.description == "w.log:1001:1: too many warnings; the rest are not listed")
    }

    @Test func controlCharactersInMessagesAreNeutralised() {
        let problems = Self.problems("a\u{1B}[2J|2017-11-02T18:48Z|one\na\u{1B}[2J|2017-11-02T18:49Z|two")
        #expect(problems.count == 1)
        #expect(!problems[0].contains("\u{1B}"))
    }
}
