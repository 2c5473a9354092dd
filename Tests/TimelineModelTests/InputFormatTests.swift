import Testing
@testable import TimelineModel

/// Files are told apart by content; a file no reader takes says what was tried and why.
@Suite struct InputFormatTests {
    static func problems(_ text: String, name: String, format: InputFormat? = nil) -> [String] {
        do {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: name, format: format)
            return ["(accepted)"]
        } catch {
            return error.problems.map(\.description)
        }
    }

    static let timelineJS = #"""
        {"title": {"text": {"headline": "Outage", "text": "<p>11 minutes</p>"}},
         "events": [{"start_date": {"year": "2017", "month": "11", "day": "2", "hour": "18", "minute": "48"},
                     "text": {"headline": "Deactivated"}}]}
        """#

    /// TimelineJS's reader speaks: its times of day have no zone.
    static let readByTimelineJS = #"story.json:2:80: events[0].start_date.hour: start_date "2017-11-02 18:48" has no zone; add --assume-zone UTC (or the zone the writer used)"#

    @Test func aTimelineJSFileIsReadAsTimelineJSNotRefusedAsOurs() throws {
        #expect(Self.problems(Self.timelineJS, name: "story.json") == [Self.readByTimelineJS])
        let t = try TimelineLoader.load(bytes: Array(Self.timelineJS.utf8), name: "story.json",
                                        options: ReadOptions(time: TimeReading(assumedZone: .utc)))
        #expect(t.inputFormat == "TimelineJS")
    }

    @Test func aTimelineJSFileWithoutATitleIsToldByItsStartDate() throws {
        let text = #"{"events": [{"start_date": {"year": "2017"}, "text": {"headline": "x"}}], "scale": "human"}"#
        #expect(try TimelineLoader.load(bytes: Array(text.utf8), name: "story.json").inputFormat == "TimelineJS")
    }

    @Test func aTimelineJSFileWhoseEventsComeFirstIsToldByItsStartDate() throws {
        let text = #"{"events": [{"text": {"headline": "x"}, "start_date": {"year": "2017"}}], "title": {"text": {}}}"#
        #expect(try TimelineLoader.load(bytes: Array(text.utf8), name: "story.json").inputFormat == "TimelineJS")
    }

    @Test func ourDocumentWithEventsBeforeItsTitleIsStillOurs() throws {
        let text = #"{"events": [{"id": "a", "time": "2017-11-02T18:48Z", "title": "x"}], "title": "t"}"#
        #expect(Self.problems(text, name: "t.json") == ["(accepted)"])
        // A title of the wrong type is our problem to name, not a sign of TimelineJS.
        #expect(Self.problems(#"{"title": 5, "events": []}"#, name: "t.json") == ["t.json:1:11: title: must be a string, not a number"])
    }

    @Test func aFileNoReaderTakesSaysWhatWasTriedAndWhyEachDeclined() {
        let problems = Self.problems("name,value\nDeactivated,2017-11-02T18:48Z\n", name: "notes.csv")
        #expect(problems.first == "notes.csv: is not in a format timeline-tui reads (tried \(InputFormat.all.map(\.title).joined(separator: ", ")))")
        #expect(problems.count == InputFormat.all.count + 1)
        #expect(problems.contains(#"notes.csv: not TimelineJS: no "events" with "start_date" and no "title" object"#))
        #expect(problems.last == #"notes.csv: not timeline JSON: it does not start with '{', '[' or '"' and its name does not end in .json, .jsonl or .ndjson"#)
    }

    /// A log line that begins with `[` or a quoted cell is not JSON: such a file is refused
    /// as no format's (with what each reader wanted), not as a JSON timeline that is an array
    /// or a string. A `[` followed by a JSON value, or a whole JSON string, is still ours to name.
    @Test func aLogLineInBracketsOrQuotesIsNotTakenForJSON() {
        let tried = "is not in a format timeline-tui reads (tried \(InputFormat.all.map(\.title).joined(separator: ", ")))"
        for line in ["[pid: 8|app: 0|req: 1/1] 10.0.0.1 () {34 vars in 500 bytes} GET / => generated 2 bytes",
                     "[trace] starting", "[notice] child pid 12 exit signal", "\"2023-11-14 12:00:00\"\t\"deploy\""] {
            let problems = Self.problems(line + "\n", name: "app.log")
            #expect(problems.first == "app.log: " + tried, "\(line)")
            #expect(problems.contains { $0.hasPrefix("app.log: not timeline JSON: its") }, "\(line)")
        }
        for json in ["[]", "[true, 1]", "[null]", "[\"x\"]"] {
            #expect(Self.problems(json + "\n", name: "app.log")
                == [#"app.log:1:1: a timeline must be a JSON object with "title" and "events", not an array"#])
        }
        #expect(Self.problems("\"just a string\"\n", name: "app.log")
            == [#"app.log:1:1: a timeline must be a JSON object with "title" and "events", not a string"#])
    }

    @Test func aFileNamedLikeJSONIsOursToReportEvenWhenItIsNotJSON() {
        #expect(Self.problems("hello", name: "bad.json") == [
            #"bad.json:1:1: unexpected 'h'; expected a JSON object with "title" and "events""#,
        ])
    }

    @Test func theInputFormatNamesAreListedAndFound() {
        #expect(InputFormat.all.map(\.name) == [
            "timelinejs", "timelinejs-csv", "timelinejs2", "statuspage", "feed", "tweets", "gcp-status", "discord", "mattermost", "plaso-json", "plaso-jsonl", "plaso-l2tcsv", "plaso-csv", "plaso-tln",
            "timesketch-jsonl", "timesketch-csv", "cloudwatch", "elasticsearch", "cloudtrail", "zeek-tsv", "postgres-csvlog", "vpc-flow-log", "w3c-log", "elb-access-log", "access-log", "logfmt", "auditd", "wevtutil-text", "otlp", "strace", "shell-history", "markdown", "json-array-log", "csv", "jsonl-log", "text-log", "json",
        ])
        #expect(InputFormat.named("TimelineJS") == .timelineJS)
        #expect(InputFormat.named("json")?.isReadable == true)
        #expect(InputFormat.named("csv") == .spreadsheetCSV)
        #expect(InputFormat.named("tsv") == nil)
    }

    @Test func aNamedFormatIsReadWithoutDetection() {
        // Told to read TimelineJS as ours, the JSON reader says what is wrong with it as ours.
        let problems = Self.problems(Self.timelineJS, name: "story.json", format: .timelineJSON)
        #expect(problems.first == "story.json:1:11: title: must be a string, not an object")
        #expect(Self.problems(#"{"title": "t", "events": []}"#, name: "t.json", format: .timelineJS) == [
            "t.json:1:11: title: expected the title slide, an object",
        ])
    }
}
