import TestSupport
import Testing
@testable import TimelineModel

/// Pretty-printed files (every field on its own line, indented by spaces, tabs or both,
/// with LF or CRLF line ends) read as the same timeline as the one-line file: the reader
/// skips a line's indentation eight bytes at a time, and must stop on the first byte that
/// is not a space, wherever it falls.
@Suite struct IndentedLayoutTests {
    static func events(_ g: inout SplitMix) -> [[(String, String)]] {
        let titles = ["the deactivation", "当番のローテーション 検知🔍", "le compte « rétabli »", "after 11 minutes"]
        return (0..<120).map { i in
            var fields = [("id", "\"e\(i)\""), ("time", "\"2017-11-02T\(10 + g.below(10)):\(10 + g.below(50))Z\""),
                          ("title", "\"\(g.pick(titles))\"")]
            if g.below(2) == 0 { fields.append(("actor", "\"@TwitterSupport\"")) }
            if g.below(3) == 0 { fields.append(("tags", "[\"a\", \"b\"]")) }
            return fields
        }
    }

    /// The document with `indent` before each event's fields (an element's own `{` one
    /// step less), lines ended by `newline`.
    static func document(_ events: [[(String, String)]], indent: String, newline: String) -> [UInt8] {
        var text = "{" + newline + indent + "\"title\": \"Indented\"," + newline + indent + "\"events\": [" + newline
        text += events.map { fields in
            indent + "{" + newline
                + fields.map { indent + indent + "\"\($0.0)\": \($0.1)" }.joined(separator: "," + newline)
                + newline + indent + "}"
        }.joined(separator: "," + newline)
        text += newline + indent + "]" + newline + "}" + newline + indent
        return Array(text.utf8)
    }

    @Test func everyIndentationReadsAsTheOneLineFile() throws {
        var g = SplitMix(seed: 11)
        let events = Self.events(&g)
        let oneLine = try TimelineLoader.load(bytes: Self.document(events, indent: "", newline: ""), name: "min.json")
        let expected = TextExporter(timeline: oneLine).text()
        #expect(oneLine.events.count == events.count)
        for spaces in 1...19 {
            for (tab, newline) in [("", "\n"), ("", "\r\n"), ("\t", "\n"), (" \t", "\r\n")] {
                let indent = String(repeating: " ", count: spaces) + tab
                let file = Self.document(events, indent: indent, newline: newline)
                let timeline = try TimelineLoader.load(bytes: file, name: "pretty.json")
                #expect(TextExporter(timeline: timeline).text() == expected, "\(spaces) spaces, tab \(tab.debugDescription)")
            }
        }
    }

    /// A misplaced byte right after the indentation is still found where it is.
    @Test func aStrayByteAfterTheIndentationIsReportedInItsPlace() throws {
        for spaces in [3, 8, 11] {
            let pad = String(repeating: " ", count: spaces)
            let file = Array("{\n\(pad)\"title\": \"t\",\n\(pad)\"events\": []\n\(pad)x\n}\n".utf8)
            do {
                _ = try TimelineLoader.load(bytes: file, name: "bad.json")
                Issue.record("loaded")
            } catch {
                #expect(error.problems.first?.description.hasPrefix("bad.json:4:\(spaces + 1): ") == true,
                        "\(error.problems.map(\.description))")
            }
        }
    }
}
