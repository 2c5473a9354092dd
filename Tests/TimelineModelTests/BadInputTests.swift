import Foundation
import Testing
@testable import TimelineModel

/// Bad input is refused with every problem, each on one line with its place.
@Suite struct BadInputTests {
    /// A document whose only event is `event`, written on line 2.
    static func doc(_ event: String, top: String = "") -> String {
        "{\"title\": \"t\",\(top) \"events\": [\n\(event)\n]}\n"
    }

    /// The problems `text` is refused with, as the user reads them.
    static func problems(_ bytes: [UInt8], name: String = "bad.json") -> [String] {
        do {
            _ = try TimelineLoader.load(bytes: bytes, name: name)
            return ["(accepted)"]
        } catch {
            return error.problems.map(\.description)
        }
    }

    static func problems(_ text: String, name: String = "bad.json") -> [String] {
        problems(Array(text.utf8), name: name)
    }

    static let ok = #""id": "a", "time": "2017-11-03T00:05:51Z", "title": "x""#

    @Test(arguments: [
        // The file as a whole.
        ("", #"bad.json: is empty; a timeline file holds a JSON object with "title" and "events""#),
        (" \n\t\n", #"bad.json: is empty; a timeline file holds a JSON object with "title" and "events""#),
        ("[]", #"bad.json:1:1: a timeline must be a JSON object with "title" and "events", not an array"#),
        ("hello", #"bad.json:1:1: unexpected 'h'; expected a JSON object with "title" and "events""#),
        (#"{"title": "t", "events": ["#, "bad.json:1:27: unexpected end of file; expected a value"),
        (#"{"title": "abc"#, "bad.json:1:11: this string is not closed before the end of the file"),
        (#"{"title": "t" "events": []}"#, "bad.json:1:15: unexpected '\"'; expected ',' or '}'"),
        (#"{"events": []}"#, #"bad.json:1:1: missing required field "title""#),
        (#"{"title": "t"}"#, #"bad.json:1:1: missing required field "events" (an empty timeline has "events": [])"#),
        (#"{"title": 5, "events": []}"#, "bad.json:1:11: title: must be a string, not a number"),
        (#"{"title": "t", "events": {}}"#, "bad.json:1:26: events: must be an array, not an object"),
        (#"{"title": "t", "events": []} x"#, "bad.json:1:30: unexpected text after the end of the timeline"),
        (#"{"title": "t", "events": [], "timezone": "Mars/Olympus"}"#,
         #"bad.json:1:42: timezone: unknown time zone "Mars/Olympus"; use an IANA name such as America/New_York, Europe/Paris or UTC"#),
        (#"{"title": "t", "events": [], "zones": ["UTC", "Europe/Pari"]}"#,
         #"bad.json:1:47: zones[1]: unknown time zone "Europe/Pari"; use an IANA name such as America/New_York, Europe/Paris or UTC"#),
        (#"{"title": "t", "events": [], "extra": [1, 2,]}"#, "bad.json:1:44: a trailing comma is not allowed in JSON"),
        (#"{"title": "t", "events": [], "extra": {"a": 1 , }}"#, "bad.json:1:47: a trailing comma is not allowed in JSON"),
        (#"{"title": "t", "events": [], "extra": [1, , 2]}"#, "bad.json:1:43: unexpected ','; expected a value"),
        (#"{'title': "t", "events": []}"#, #"bad.json:1:2: unexpected "'"; JSON strings use double quotes"#),
        (#"{"title": 't', "events": []}"#, #"bad.json:1:11: unexpected "'"; JSON strings use double quotes"#),
        (#"{"title": "t" 'x'}"#, #"bad.json:1:15: unexpected "'"; expected ',' or '}'"#),
        (#"{"title": "t", "events": [], "n": 012}"#, "bad.json:1:35: invalid number: JSON numbers look like 42, -3.5 or 1e6"),
        (#"{"title": "t", "events": [], "b": tru}"#, "bad.json:1:35: unexpected text; expected true"),
        (#"{"title": "a\qb", "events": []}"#,
         #"bad.json:1:13: title: invalid escape: a backslash followed by 'q'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#"{"title": "a\'b", "events": []}"#,
         #"bad.json:1:13: title: invalid escape: a backslash followed by "'"; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#"{"title": "a\u12G4", "events": []}"#, #"bad.json:1:13: title: \u must be followed by four hexadecimal digits"#),
        (#"{"title": "\uD800x", "events": []}"#,
         #"bad.json:1:12: title: lone surrogate \uD800: a high surrogate must be followed by a low one (\uDC00 to \uDFFF)"#),
        (#"{"title": "\uDE00", "events": []}"#,
         #"bad.json:1:12: title: lone surrogate \uDE00: a low surrogate must follow a high one (\uD800 to \uDBFF)"#),
        ("{\"title\": \"a\tb\", \"events\": []}", #"bad.json:1:13: title: control character U+0009 inside a string must be written as the escape \t"#),
        ("{\"title\": \"t\",\n \"events\": [], \"x\": \"é\u{1}\"}", #"bad.json:2:23: x: control character U+0001 inside a string must be written as the escape \u0001"#),
        // Inside a field name, or a field whose name is no plain word: the object's path.
        (#"{"title": "t", "events": [], "a b": ["\x"]}"#,
         #"bad.json:1:39: invalid escape: a backslash followed by 'x'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#"{"title": "t", "events": [], "x\q": 1}"#,
         #"bad.json:1:32: invalid escape: a backslash followed by 'q'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        // Events.
        (doc(#"{"id": "a", "time": "2017-11-02T18:48", "title": "x"}"#),
         "bad.json:2:21: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone"),
        (doc(#"{"id": "a", "time": "2017-02-29", "title": "x"}"#),
         "bad.json:2:21: events[0].time: 2017-02-29 does not exist (February has 28 days in 2017)"),
        (doc(#"{"id": "a", "time": "2017-11-02T25:00Z", "title": "x"}"#),
         "bad.json:2:21: events[0].time: hour 25 does not exist"),
        (doc(#"{"id": "a", "time": "soon", "title": "x"}"#),
         "bad.json:2:21: events[0].time: 'soon' is not a time; expected an RFC 3339 time such as 2017-11-02T18:48:00-04:00, a date such as 2017-11-03, a month 2017-11 or a year 2017"),
        (doc(#"{"id": "a", "time": 1509662880, "title": "x"}"#),
         "bad.json:2:21: events[0].time: must be a string, not a number"),
        (doc(#"{"time": "2017-11-03", "title": "x"}"#), #"bad.json:2:1: events[0]: missing required field "id""#),
        (doc(#"{"id": "a", "title": "x"}"#), #"bad.json:2:1: events[0]: missing required field "time""#),
        (doc(#"{"id": "a", "time": "2017-11-03"}"#), #"bad.json:2:1: events[0]: missing required field "title""#),
        (doc(#"{"id": "", "time": "2017-11-03", "title": "x"}"#), "bad.json:2:8: events[0].id: must not be empty"),
        (doc(#"{"id": null, "time": "2017-11-03", "title": "x"}"#), "bad.json:2:8: events[0].id: must be a string, not null"),
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "one\ntwo"}"#),
         #"bad.json:2:44: events[0].title: must be one line (it contains a line break); put longer text in "text""#),
        (doc(#"{"id": "a", "time": "2017-11-02T18:48-04:00", "end": "2017-11-02T18:40-04:00", "title": "x"}"#),
         "bad.json:2:54: events[0].end: 2017-11-02T18:40-04:00 is before time 2017-11-02T18:48-04:00"),
        (doc(#"{"id": "a", "time": "2017-11-03", "end": "2017-11-02", "title": "x"}"#),
         "bad.json:2:42: events[0].end: 2017-11-02 is before time 2017-11-03"),
        (doc(#"{"id": "a", "time": "2017-11-03T03:00Z", "end": "2017-11-02", "title": "x"}"#, top: #" "timezone": "UTC","#),
         "bad.json:2:49: events[0].end: 2017-11-02 is before time 2017-11-03T03:00Z"),
        (doc(#"{"id": "a", "time": "2017-11-03", "precision": "exact", "title": "x"}"#),
         #"bad.json:2:48: events[0].precision: "exact" is finer than the time as written (2017-11-03 gives only the day)"#),
        (doc(#"{"id": "a", "time": "2017-11-02T18:48Z", "precision": "second", "title": "x"}"#),
         #"bad.json:2:55: events[0].precision: "second" is finer than the time as written (2017-11-02T18:48Z gives only the minute)"#),
        (doc(#"{"id": "a", "time": "2017-11-03", "precision": "days", "title": "x"}"#),
         #"bad.json:2:48: events[0].precision: must be one of exact, second, minute, hour, day, month, year, not "days""#),
        (doc(#"{"id": "a", "time": "2017-11-03", "approximate": "yes", "title": "x"}"#),
         "bad.json:2:50: events[0].approximate: must be true or false, not a string"),
        (doc(#"{"id": "a", "time": "2017-11-03", "tags": ["x", 2], "title": "x"}"#),
         "bad.json:2:49: events[0].tags[1]: must be a string, not a number"),
        (doc(#"{"id": "a", "time": "2017-11-03", "sources": [{"url": "https://x"}], "title": "x"}"#),
         #"bad.json:2:47: events[0].sources[0]: missing required field "name""#),
        (doc(#"{"id": "a", "time": "2017-11-03", "quote": {"lang": "fr"}, "title": "x"}"#),
         #"bad.json:2:44: events[0].quote: missing required field "text""#),
        (doc(#"{"id": "a", "time": "2017-11-03", "quote": "hello", "title": "x"}"#),
         "bad.json:2:44: events[0].quote: must be an object, not a string"),
        (doc(#"{"id": "a", "id": "b", "time": "2017-11-03", "title": "x"}"#),
         "bad.json:2:13: events[0].id: appears more than once in this event"),
        (doc("null"), "bad.json:2:1: events[0]: must be an object, not null"),
        (doc("{\(ok)},"), "bad.json:2:58: a trailing comma is not allowed in JSON"),
        // String errors inside events carry the event's path.
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "x\uDC00"}"#),
         #"bad.json:2:46: events[0].title: lone surrogate \uDC00: a low surrogate must follow a high one (\uD800 to \uDBFF)"#),
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "x", "tags": ["ok", "a\x"]}"#),
         #"bad.json:2:66: events[0].tags[1]: invalid escape: a backslash followed by 'x'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "x", "quote": {"text": "q", "lang": "\e"}}"#),
         #"bad.json:2:81: events[0].quote.lang: invalid escape: a backslash followed by 'e'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "x", "sources": [{"name": "n", "note": "\e"}]}"#),
         #"bad.json:2:84: events[0].sources[0]: invalid escape: a backslash followed by 'e'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (doc(#"{"id": "a", "time": "2017-11-03", "title": "x", "note": {"deep": ["\e"]}}"#),
         #"bad.json:2:68: events[0].note: invalid escape: a backslash followed by 'e'; JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (doc("{\(ok)}\n{\(ok)}"), "bad.json:3:1: unexpected '{'; expected ',' or ']'"),
    ])
    func refused(_ input: String, _ expected: String) {
        #expect(Self.problems(input) == [expected])
    }

    @Test func duplicateIdsNameBothPlaces() {
        let text = Self.doc("{\(Self.ok)},\n{\(Self.ok)}")
        #expect(Self.problems(text) == [
            #"bad.json:3:8: events[1].id: duplicate id "a" (first used at line 2, column 8)"#,
        ])
    }

    @Test func everyProblemIsListedInFileOrder() {
        let text = Self.doc(#"{"id": "a", "time": "2017-11-02T18:48", "title": "x"}, {"time": "2017-13-01", "title": 7}"#,
                            top: #" "timezone": "Nowhere/Land","#)
        #expect(Self.problems(text) == [
            #"bad.json:1:28: timezone: unknown time zone "Nowhere/Land"; use an IANA name such as America/New_York, Europe/Paris or UTC"#,
            "bad.json:2:21: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone",
            #"bad.json:2:56: events[1]: missing required field "id""#,
            "bad.json:2:65: events[1].time: month 13 does not exist",
            "bad.json:2:88: events[1].title: must be a string, not a number",
        ])
    }

    /// The warnings a file loads with, as the user reads them.
    static func warnings(_ bytes: [UInt8], name: String = "bad.json") throws -> [String] {
        try TimelineLoader.load(bytes: bytes, name: name).warnings.map(\.description)
    }

    @Test func invalidUTF8InAStringLoadsShownAsReplacementWithAWarning() throws {
        var bytes = Array(#"{"title": "caf"#.utf8)
        bytes += [0xC3, 0x28]  // a lead byte with no continuation
        bytes += Array(#"", "events": []}"#.utf8)
        let timeline = try TimelineLoader.load(bytes: bytes, name: "bad.json")
        #expect(timeline.title == "caf\u{FFFD}(")
        #expect(timeline.warnings.map(\.description) == ["bad.json:1:15: title: invalid UTF-8 at byte 14 (shown as U+FFFD)"])
    }

    @Test func eachStringWithInvalidUTF8GetsOneWarningWithItsPath() throws {
        let event: [UInt8] = Array(#"{"id": "a", "time": "2017-11-03", "title": "t"#.utf8) + [0xFF]
            + Array(#"", "actor": "x"#.utf8) + [0xE9, 0x41, 0xE9] + Array(#"", "tags": ["ok", ""#.utf8) + [0xC0, 0xAF]
            + Array(#""], "sources": [{"name": "n", "url": ""#.utf8) + [0x80]
            + Array(#""}], "quote": {"text": ""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}, "note": {"k": ""#.utf8) + [0xF5]
            + Array(#""}, "n\u00e9": ""#.utf8) + [0xFE] + Array(#"", "a b": 1}"#.utf8)
        let bytes = Array(#"{"title": "t", "events": [\#n"#.utf8) + event + Array("\n]}\n".utf8)
        let timeline = try TimelineLoader.load(bytes: bytes, name: "bad.json")
        #expect(try Self.warnings(bytes) == [
            "bad.json:2:46: events[0].title: invalid UTF-8 at byte 72 (shown as U+FFFD)",
            "bad.json:2:61: events[0].actor: invalid UTF-8 at byte 87 and 1 more place in this string (shown as U+FFFD)",
            "bad.json:2:83: events[0].tags[1]: invalid UTF-8 at byte 109 and 1 more place in this string (shown as U+FFFD)",
            "bad.json:2:122: events[0].sources[0].url: invalid UTF-8 at byte 149 (shown as U+FFFD)",
            "bad.json:2:146: events[0].quote.text: invalid UTF-8 at byte 174 and 2 more places in this string (shown as U+FFFD)",
            "bad.json:2:166: events[0].note: invalid UTF-8 at byte 196 (shown as U+FFFD)",
            "bad.json:2:183: events[0]: invalid UTF-8 at byte 213 (shown as U+FFFD)",
        ])
        let e = try #require(timeline.events.first)
        #expect(e.title == "t\u{FFFD}")
        #expect(e.actor == "x\u{FFFD}A\u{FFFD}")
        #expect(e.tags == ["ok", "\u{FFFD}\u{FFFD}"])
        #expect(e.sources.first?.url == "\u{FFFD}")
        #expect(e.quote?.text == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func invalidUTF8InAFieldNameOrJSONLinesHasItsPath() throws {
        let doc = Array(#"{"title": "t", ""#.utf8) + [0xFF] + Array(#"": 1, "events": []}"#.utf8)
        #expect(try Self.warnings(doc) == ["bad.json:1:17: invalid UTF-8 at byte 16 (shown as U+FFFD)"])
        let lines = Array(#"{"title": "t"}\#n{"id": "a", "time": "2017-11-03", "title": "ok"}\#n{"id": "b", "time": "2017-11-03", "title": ""#.utf8)
            + [0xFF] + Array("\"}\n".utf8)
        #expect(try Self.warnings(lines, name: "bad.jsonl") == ["bad.jsonl:3:45: events[1].title: invalid UTF-8 at byte 108 (shown as U+FFFD)"])
    }

    @Test func aRefusedFileListsItsInvalidUTF8WithItsProblems() {
        let bytes = Array(#"{"title": "t", "events": [{"id": "a", "time": "2017-11-03T10:00", "title": ""#.utf8) + [0xFF] + Array(#""}]}"#.utf8)
        #expect(Self.problems(bytes) == [
            "bad.json:1:47: events[0].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone",
            "bad.json:1:77: events[0].title: invalid UTF-8 at byte 76 (shown as U+FFFD)",
        ])
    }

    @Test func aByteOrderMarkIsNotAWarning() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"title": "t", "events": []}"#.utf8)
        #expect(try Self.warnings(bytes) == [])
    }

    @Test func invalidUTF8OutsideStrings() {
        let bytes = Array(#"{"title": "t", "events": [], "#.utf8) + [0xFF] + Array("}".utf8)
        #expect(Self.problems(bytes) == [#"bad.json:1:30: unexpected invalid UTF-8 at byte 29; expected a field name in double quotes"#])
    }

    @Test func nulBytes() {
        let inString = Array(#"{"title": "a"#.utf8) + [0] + Array(#"", "events": []}"#.utf8)
        #expect(Self.problems(inString) == [#"bad.json:1:13: title: a NUL byte inside a string must be written as the escape \u0000"#])
        let outside = Array(#"{"title": "a", "events": []"#.utf8) + [0] + Array("}".utf8)
        #expect(Self.problems(outside) == [#"bad.json:1:28: unexpected NUL byte; expected ',' or '}'"#])
    }

    @Test func absurdNestingIsRefusedWithoutOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let text = #"{"title": "t", "events": [], "deep": "# + deep + "}"
        #expect(Self.problems(text) == ["bad.json:1:101: nesting is deeper than 64 levels"])
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: LoadFailure.self) { try TimelineLoader.load(path: "/nonexistent/timeline.json") }
        do {
            _ = try TimelineLoader.load(path: "/nonexistent/timeline.json")
        } catch {
            #expect(error.description == "/nonexistent/timeline.json: does not exist")
        }
        do {
            _ = try TimelineLoader.load(path: "/tmp")
        } catch {
            #expect(error.description == "/tmp: is a directory, not a timeline file")
        }
    }
}
