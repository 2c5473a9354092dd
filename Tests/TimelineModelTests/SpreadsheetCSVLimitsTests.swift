import TestSupport
import Testing
@testable import TimelineModel

/// The spreadsheet reader at its hostile limits (seconds in a debug build: `.slow`, run by
/// CI and the full `swift test`; the rest of the reader is `SpreadsheetCSVReadingTests`).
@Suite(.tags(.slow)) struct SpreadsheetCSVLimitsTests {
    /// A 10 MB cell, 10,000 columns, a quote never closed after 10 MB: read, or refused at
    /// the place, without trouble.
    @Test func hugeCellsAndManyColumns() throws {
        let big = String(repeating: "x", count: 10 << 20)
        let t = try SpreadsheetCSVReadingTests.load("Time,Event\n2024-03-01 10:00Z,\(big)\n")
        #expect(t.events[0].title.count == EventTitle.maxCharacters && t.events[0].text?.utf8.count == 10 << 20)
        let names = (3...10_000).map { "c\($0)" }
        let wide = try SpreadsheetCSVReadingTests.load("Time,Event," + names.joined(separator: ",") + "\n2024-03-01 10:00Z,wide," + names.joined(separator: ",") + "\n")
        #expect(wide.events[0].extraFields.count == 9_998 && wide.events[0].extraFields.last == ExtraField(name: "c10000", json: #""c10000""#))
        #expect(SpreadsheetCSVReadingTests.problems("Time,Event\n2024-03-01 10:00Z,\"" + big + "\n") == [
            #"sheet.csv:2:19: a quoted cell is never closed (a " is missing before the end of the file)"#,
        ])
    }
}
