import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// Files big enough to be read on two threads give exactly what a one-thread read gives:
/// the same order, the same event numbers, the same messages.
@Suite(.tags(.slow)) struct BigFileLoadingTests {
    static let count = 30_000

    /// Event `i`, about 200 bytes, times out of order; `text` may hold anything.
    static func event(_ i: Int, id: String? = nil, time: String? = nil, text: String = "padding padding padding padding padding padding padding padding") -> String {
        let minute = (i * 7919) % 1440
        let t = time ?? "2017-11-02T\(pad(minute / 60)):\(pad(minute % 60)):\(pad(i % 60))Z"
        return #"{"id": "\#(id ?? "ev-\(i)")", "time": "\#(t)", "title": "event \#(i) « é »", "text": "\#(text)"}"#
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func document(_ events: [String]) -> [UInt8] {
        Array(("{\"title\": \"big\", \"events\": [\n" + events.joined(separator: ",\n") + "\n], \"after\": true}\n").utf8)
    }

    static func lines(_ events: [String]) -> [UInt8] {
        Array(("{\"title\": \"big\"}\n" + events.joined(separator: "\n") + "\n").utf8)
    }

    static func expectedOrder(_ n: Int) -> [Int] {
        (0..<n).sorted {
            let a = ($0 * 7919) % 1440 * 60 + $0 % 60, b = ($1 * 7919) % 1440 * 60 + $1 % 60
            return a != b ? a < b : $0 < $1
        }
    }

    @Test(arguments: [false, true])
    func bigFilesLoadInOrder(_ asLines: Bool) throws {
        let events = (0..<Self.count).map { Self.event($0) }
        let bytes = asLines ? Self.lines(events) : Self.document(events)
        #expect(bytes.count > TimelineScan.halvesThreshold)
        let t = try TimelineLoader.load(bytes: bytes, name: "big")
        #expect(t.events.count == Self.count)
        let order = Self.expectedOrder(Self.count)
        #expect(t.events.indices.allSatisfy { t.events.sortInstant(at: $0) == t.events[$0].sortInstant })
        #expect(t.events.map(\.fileIndex) == order)
        #expect(t.events[100].title == "event \(order[100]) « é »")
        // What the export reads at the places the first pass noted, in both halves.
        #expect(t.events.indices.allSatisfy { t.events.listed(at: $0).title == "event \(order[$0]) « é »" })
        #expect(t.events.indices.allSatisfy {
            t.events.store.verbatimLine(at: $0).text.map { String(decoding: $0.title, as: UTF8.self) } == "event \(order[$0]) « é »"
        })
        if !asLines { #expect(t.extraFields == [ExtraField(name: "after", json: "true")]) }
    }

    /// A file big enough to be read from disk in two halves at once loads as its bytes do.
    @Test func aBigFileReadInHalvesLoadsAsItsBytes() throws {
        let events = (0..<(2 * Self.count)).map { Self.event($0) }
        let bytes = Self.document(events)
        #expect(bytes.count > FileBytes.halvesThreshold)
        let path = NSTemporaryDirectory() + "timeline-big-\(getpid()).json"
        defer { unlink(path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fromDisk = try TimelineLoader.load(path: path)
        let fromMemory = try TimelineLoader.load(bytes: bytes, name: path)
        #expect(fromDisk.events.count == 2 * Self.count)
        #expect(TextExporter(timeline: fromDisk).export() == TextExporter(timeline: fromMemory).export())
    }

    @Test(arguments: [false, true])
    func aDuplicateAcrossTheHalvesIsFound(_ asLines: Bool) {
        var events = (0..<Self.count).map { Self.event($0) }
        events[Self.count - 5] = Self.event(Self.count - 5, id: "ev-3")
        let problems = BadInputTests.problems(asLines ? Self.lines(events) : Self.document(events), name: "big")
        #expect(problems == [#"big:29997:8: events[29995].id: duplicate id "ev-3" (first used at line 5, column 8)"#])
    }

    @Test(arguments: [false, true])
    func aProblemInTheSecondHalfHasItsTrueNumberAndLine(_ asLines: Bool) {
        var events = (0..<Self.count).map { Self.event($0) }
        events[Self.count - 2] = Self.event(Self.count - 2, time: "2017-11-02T18:48")
        let line = Self.count - 2 + 2  // the title line, then events from line 2
        #expect(BadInputTests.problems(asLines ? Self.lines(events) : Self.document(events), name: "big") == [
            "big:\(line):28: events[29998].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone",
        ])
    }

    @Test func aSyntaxErrorInTheSecondHalfStopsTheDocumentThere() {
        var events = (0..<Self.count).map { Self.event($0) }
        events[Self.count - 10] = "{\"id\": \"x\" \"time\": 1}"
        #expect(BadInputTests.problems(Self.document(events), name: "big") == [
            "big:\(Self.count - 10 + 2):12: unexpected '\"'; expected ',' or '}'",
        ])
    }

    /// One element a line with a leading comma (`jq`-like tools and hand-written files):
    /// the guessed split is the start of an element, never the `},{` between two sources
    /// of one event (where the first half would never arrive).
    @Test(arguments: [("[\n", "\n,"), ("[\r\n", "\r\n,"), ("[\n  ", "\n  , ")])
    func theSplitOfALeadingCommaFileIsAtAnElement(_ open: String, _ separator: String) throws {
        let events = (0..<2_000).map { i in
            #"{"id": "ev-\#(i)", "time": "2017-11-02T18:48Z", "title": "t", "sources": [{"name": "a"},{"name": "b"}, {"name": "c"}]}"#
        }
        let bytes = Array(("{\"title\": \"big\", \"events\": " + open + events.joined(separator: separator) + "\n]}\n").utf8)
        let starts = Set(bytes.indices.filter { bytes[$0] == UInt8(ascii: "{") && bytes[$0 + 1] == UInt8(ascii: "\"") && bytes[$0 + 2] == UInt8(ascii: "i") })
        let first = try #require(starts.min())
        let scan = TimelineScan(bytes: bytes.withUnsafeBytes { FileBytes(copying: $0) })
        for from in stride(from: first + 1, to: bytes.count - 1_000, by: 997) {
            let split = try #require(scan.elementBoundary(after: from, lineLike: first))
            #expect(starts.contains(split))
        }
    }

    @Test func eventBoundariesInsideStringsDoNotFoolTheSplit() throws {
        let events = (0..<Self.count).map { Self.event($0, text: "a } , { b }, {\\\"id\\\": \\\"fake\\\"} ,{ c") }
        let t = try TimelineLoader.load(bytes: Self.document(events), name: "big")
        #expect(t.events.map(\.fileIndex) == Self.expectedOrder(Self.count))
        #expect(t.events[0].text == #"a } , { b }, {"id": "fake"} ,{ c"#)
    }

    /// A warning in the second half makes the first thread read on (as a problem does):
    /// the warning has the event's true number, line and byte offset.
    @Test(arguments: [false, true])
    func invalidUTF8InTheSecondHalfHasItsTrueNumberAndLine(_ asLines: Bool) throws {
        var events = (0..<Self.count).map { Self.event($0) }
        let i = Self.count - 3
        events[i] = Self.event(i, text: "caf@")
        var bytes = asLines ? Self.lines(events) : Self.document(events)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "@")))
        bytes[at] = 0xE9  // é in Latin-1
        let column = events[i].prefix { $0 != "@" }.unicodeScalars.count + 1
        let t = try TimelineLoader.load(bytes: bytes, name: "big")
        #expect(t.warnings.map(\.description) == ["big:\(i + 2):\(column): events[\(i)].text: invalid UTF-8 at byte \(at) (shown as U+FFFD)"])
        #expect(t.events.first { $0.fileIndex == i }?.text == "caf\u{FFFD}")
        #expect(t.events.map(\.fileIndex) == Self.expectedOrder(Self.count))
    }
}
