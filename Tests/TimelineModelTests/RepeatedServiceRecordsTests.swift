import Foundation
import Testing
@testable import TimelineModel

/// A service's file joined from overlapping pages of its API holds some records twice: the
/// same id the service gave and the same event. Each is shown once, with a warning at the
/// repeat; the same id on another event is still refused, and our own format's ids (the
/// author's) stay unique.
@Suite struct RepeatedServiceRecordsTests {
    /// PagerDuty's two entries (the fixture's), and the first again, as pages joined by `jq -s`.
    func pagerEntries() throws -> [[String: Any]] {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(FormatFixtures.bytes("services/pagerduty-log-entries.json"))) as? [String: Any])
        return try #require(parsed["log_entries"] as? [[String: Any]])
    }

    func json(_ value: Any, pretty: Bool = false) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: pretty ? [.sortedKeys, .prettyPrinted] : .sortedKeys), as: UTF8.self)
    }

    @Test func aPagerDutyEntryRepeatedInAResponseIsShownOnce() throws {
        let entries = try pagerEntries()
        let file = try json(["log_entries": entries + [entries[1]]], pretty: true)
        let t = try TimelineLoader.load(bytes: Array(file.utf8), name: "pager.json")
        #expect(t.events.map(\.id) == ["R2XGXEI3W0FHMT", "Q02JTSNZWHSEKV"])
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let idLines = lines.indices.filter { lines[$0].contains(#""id" : "R2XGXEI3W0FHMT""#) }.map { $0 + 1 }
        let idColumn = column(of: #""R2XGXEI3W0FHMT""#, in: String(lines[idLines[0] - 1]))
        #expect(idLines.count == 2)
        let warning = try #require(t.warnings.first)
        #expect(t.warnings.count == 1)
        #expect(warning.place?.line == idLines[1])
        #expect(warning.description == "pager.json:\(idLines[1]):\(idColumn): log_entries[2].id: entry R2XGXEI3W0FHMT repeats the one at line \(idLines[0]), column \(idColumn): shown once")
        // Read as the file without its repeat.
        let once = try TimelineLoader.load(bytes: Array(try json(["log_entries": entries], pretty: true).utf8), name: "pager.json")
        #expect(FormatFixtures.text(t, zone: nil) == FormatFixtures.text(once, zone: nil))
    }

    @Test func aPagerDutyEntryRepeatedOneALineIsShownOnce() throws {
        let entries = try pagerEntries()
        // Two pages, one entry a line (`jq -c '.log_entries[]'`), the second page starting
        // again at the first's last entry; and a third copy.
        let lines = try [entries[0], entries[1], entries[1], entries[0]].map { try json($0) }
        let t = try TimelineLoader.load(bytes: Array((lines.joined(separator: "\n") + "\n").utf8), name: "pager.jsonl")
        #expect(t.inputFormat == "JSON Lines log (PagerDuty log entries)")
        #expect(t.events.map(\.id) == ["R2XGXEI3W0FHMT", "Q02JTSNZWHSEKV"])
        #expect(t.warnings.map(\.description) == [
            "pager.jsonl:3:\(column(of: #""id":"R2XGXEI3W0FHMT""#, in: lines[2]) + 5): id: entry R2XGXEI3W0FHMT repeats the one at line 2, column \(column(of: #""id":"R2XGXEI3W0FHMT""#, in: lines[1]) + 5): shown once",
            "pager.jsonl:4:\(column(of: #""id":"Q02JTSNZWHSEKV""#, in: lines[3]) + 5): id: entry Q02JTSNZWHSEKV repeats the one at line 1, column \(column(of: #""id":"Q02JTSNZWHSEKV""#, in: lines[0]) + 5): shown once",
        ])
        #expect(t.events.allSatisfy { !$0.extraFields.isEmpty })
    }

    /// The same id on an entry that says something else is not a repeat: refused, at both places.
    @Test func anotherEventUnderTheSameIdIsStillRefused() throws {
        var entries = try pagerEntries()
        var changed = entries[1]
        changed["summary"] = "Acknowledged by someone else"
        entries.append(changed)
        let lines = try entries.map { try json($0) }
        let file = lines.joined(separator: "\n") + "\n"
        let error = #expect(throws: LoadFailure.self) { try TimelineLoader.load(bytes: Array(file.utf8), name: "pager.jsonl") }
        let at = column(of: #""id":"R2XGXEI3W0FHMT""#, in: lines[1]) + 5
        #expect(error?.problems.map(\.description) == [#"pager.jsonl:3:\#(at): id: duplicate id "R2XGXEI3W0FHMT" (first used at line 2, column \#(at))"#])
        // An extra field that differs (PagerDuty's `channel`) makes it another event too.
        var other = try pagerEntries()
        var moved = other[0]
        moved["channel"] = ["type": "email"]
        other.append(moved)
        let second = try json(["log_entries": other])
        #expect(throws: LoadFailure.self) { try TimelineLoader.load(bytes: Array(second.utf8), name: "pager.json") }
    }

    /// Okta's `uuid`, GitHub's `_document_id`, Grafana's and Sentry's ids: the same way.
    @Test func everyServicesOwnIdsTheSameWay() throws {
        for name in ["okta-system-log", "github-audit-log", "grafana-annotations", "sentry-events"] {
            let records = try #require(try JSONSerialization.jsonObject(with: Data(FormatFixtures.bytes("services/\(name).json"))) as? [Any])
            let file = try json(records + [records[0]])
            let t = try TimelineLoader.load(bytes: Array(file.utf8), name: "\(name).json")
            #expect(t.events.count == records.count, "\(name)")
            #expect(t.warnings.count == 1 && t.warnings[0].message.hasSuffix(": shown once"), "\(name)")
        }
    }

    /// Our own format's ids are the author's: an event written twice is still refused.
    @Test func ourOwnFormatsRepeatedIdStaysAnError() throws {
        let event = #"{"id": "a1", "time": "2024-05-01T10:00:00Z", "title": "Deploy"}"#
        let file = #"{"title": "t", "events": ["# + event + ", " + event + "]}"
        let error = #expect(throws: LoadFailure.self) { try TimelineLoader.load(bytes: Array(file.utf8), name: "ours.json") }
        #expect(error?.problems.first?.message.hasPrefix(#"duplicate id "a1""#) == true)
        // And so is a repeat of an id named by --map id=.
        let lines = #"{"time":"2024-05-01T10:00:00Z","msg":"deploy","rid":"r1"}"# + "\n" + #"{"time":"2024-05-01T10:00:00Z","msg":"deploy","rid":"r1"}"# + "\n"
        var options = ReadOptions()
        options.map = try FieldMap.parse("id=rid").get()
        #expect(throws: LoadFailure.self) { try TimelineLoader.load(bytes: Array(lines.utf8), name: "app.jsonl", options: options) }
    }

    /// Pages joined with a large overlap: 999 repeats give three warnings of their own and
    /// one line for the other 996, naming the first and last places, not 999 lines.
    @Test func manyRepeatsAreSummedUpInOneLine() throws {
        var entry = try pagerEntries()[1]
        var lines: [String] = []
        for k in 0..<1000 {
            entry["id"] = "P\(k)"
            lines.append(try json(entry))
        }
        let repeated = lines + lines[1...]
        let t = try TimelineLoader.load(bytes: Array((repeated.joined(separator: "\n") + "\n").utf8), name: "pages.jsonl")
        #expect(t.events.count == 1000)
        let at = { (k: Int) in self.column(of: #""id":"P\#(k)""#, in: lines[k]) + 5 }
        #expect(t.warnings.map(\.description) == [
            "pages.jsonl:1001:\(at(1)): id: entry P1 repeats the one at line 2, column \(at(1)): shown once",
            "pages.jsonl:1002:\(at(2)): id: entry P2 repeats the one at line 3, column \(at(2)): shown once",
            "pages.jsonl:1003:\(at(3)): id: entry P3 repeats the one at line 4, column \(at(3)): shown once",
            "pages.jsonl:1004:\(at(4)): id: 996 more entries repeat earlier ones (the first at line 1004, column \(at(4)), the last at line 1999, column \(at(999))): each shown once",
        ])
        // Four repeats are four warnings: a line summing up one would say no less.
        let four = try TimelineLoader.load(bytes: Array(((lines + lines[1...4]).joined(separator: "\n") + "\n").utf8), name: "pages.jsonl")
        #expect(four.warnings.count == 4 && four.warnings.allSatisfy { $0.message.hasSuffix(": shown once") })
    }

    /// The same in a document of joined pages (the readers of whole JSON documents).
    @Test func manyRepeatsInADocumentAreSummedUpToo() throws {
        var entry = try pagerEntries()[1]
        var entries: [[String: Any]] = []
        for k in 0..<50 {
            entry["id"] = "P\(k)"
            entries.append(entry)
        }
        let file = try json(["log_entries": entries + entries + entries])
        let t = try TimelineLoader.load(bytes: Array(file.utf8), name: "pager.json")
        #expect(t.events.count == 50)
        #expect(t.warnings.count == 4)
        #expect(t.warnings[0].path == "log_entries[50].id" && t.warnings[2].path == "log_entries[52].id")
        let last = try #require(t.warnings.last)
        #expect(last.path == "log_entries[53].id")
        #expect(last.message.hasPrefix("97 more entries repeat earlier ones (the first at line 1, column "))
        #expect(last.message.hasSuffix("): each shown once"))
    }

    /// The 1-based column where `text` starts in a line.
    func column(of text: String, in line: String) -> Int {
        line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound) + 1
    }
}

/// A repeat in a file read in two parts at once (4 MB and more): seconds, not milliseconds.
@Suite(.tags(.slow)) struct RepeatedServiceRecordsBigFileTests {
    /// A file big enough to be read in two parts at once: a repeat in the second part of an
    /// entry of the first is found all the same, and the file reads as without it.
    @Test func aRepeatAcrossABigFilesTwoPartsIsShownOnce() throws {
        let pager = RepeatedServiceRecordsTests()
        var entry = try pager.pagerEntries()[1]
        var lines: [String] = []
        var size = 0
        while size < RecordReader.halvesThreshold + 4096 {
            entry["id"] = "P\(lines.count)"
            let line = try pager.json(entry)
            lines.append(line)
            size += line.utf8.count + 1
        }
        let whole = lines.joined(separator: "\n") + "\n"
        let repeated = whole + lines[3] + "\n" + lines[lines.count - 2] + "\n"
        let t = try TimelineLoader.load(bytes: Array(repeated.utf8), name: "pages.jsonl")
        let once = try TimelineLoader.load(bytes: Array(whole.utf8), name: "pages.jsonl")
        #expect(t.events.count == lines.count)
        #expect(t.warnings.map(\.place?.line) == [lines.count + 1, lines.count + 2])
        #expect(t.warnings.first?.message == "entry P3 repeats the one at line 4, column \(pager.column(of: #""id":"P3""#, in: lines[3]) + 5): shown once")
        #expect(FormatFixtures.text(t, zone: nil) == FormatFixtures.text(once, zone: nil))
    }
}
