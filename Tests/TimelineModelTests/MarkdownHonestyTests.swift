import Foundation
import Testing
@testable import TimelineModel

/// What a Markdown timeline does not write is never made up silently: a list past midnight
/// under one date heading is read on the next day and said so; bytes that are not UTF-8
/// are shown as U+FFFD and said where.
@Suite struct MarkdownHonestyTests {
    static func read(_ bytes: [UInt8], name: String = "notes.md") throws -> Timeline {
        try TimelineLoader.load(bytes: bytes, name: name)
    }

    static let pastMidnight = """
        # Checkout outage

        All times in UTC.

        ## Timeline

        ### 2023-11-14

        - 23:41 Deploy 2023.11.14-3 starts
        - 23:50 Error rate above 5%, paged
        - 00:10 Rollback started
        - 00:25 Error rate back to normal

        """

    @Test func aListPastMidnightIsReadOnTheNextDayAndSaysSo() throws {
        let t = try Self.read(Array(Self.pastMidnight.utf8))
        #expect(t.events.map { ExportTimes.written($0.time) } == ["2023-11-14T23:41Z", "2023-11-14T23:50Z", "2023-11-15T00:10Z",
                                                                   "2023-11-15T00:25Z"])
        // Said once, where the day changes; the rows after it go on from the new day.
        #expect(t.warnings.map(\.description) == [
            "notes.md:11:3: 00:10 after 23:50 under 2023-11-14: read as 15 November, the next day (a date written in the line says otherwise)",
        ])
        let text = FormatFixtures.text(t, zone: "UTC")
        #expect(text.contains("Wednesday 15 November 2023\n  00:10          Rollback started\n"))
    }

    /// A row a little earlier than the one before (found later, listed where it was
    /// understood) stays on its day: the next day is not the nearer reading.
    @Test func aRowALittleEarlierStaysOnItsDay() throws {
        let doc = Self.pastMidnight.replacingOccurrences(of: "- 00:10 Rollback started", with: "- 23:35 Canary already failing")
            .replacingOccurrences(of: "- 00:25", with: "- 23:58")
        let t = try Self.read(Array(doc.utf8))
        #expect(t.events.map { ExportTimes.written($0.time) } == ["2023-11-14T23:35Z", "2023-11-14T23:41Z", "2023-11-14T23:50Z",
                                                                   "2023-11-14T23:58Z"])
        #expect(t.warnings.isEmpty)
    }

    /// A row that writes its date is read on it, and a new heading starts its own day.
    @Test func aWrittenDateOrANewHeadingIsNeverMoved() throws {
        let doc = """
            ## Timeline

            All times in UTC.

            ### 2023-11-14

            - 23:50 Paged
            - 2023-11-14 00:10 Canary deployed, earlier that day

            ### 2023-11-15

            - 00:20 Rollback done

            """
        let t = try Self.read(Array(doc.utf8))
        #expect(t.events.map(\.title) == ["Canary deployed, earlier that day", "Paged", "Rollback done"])
        #expect(t.events.map { ExportTimes.written($0.time).prefix(10) } == ["2023-11-14", "2023-11-14", "2023-11-15"])
        #expect(t.warnings.isEmpty)
    }

    @Test func invalidUTF8IsShownAsReplacementAndSaidWhere() throws {
        var bytes = Array("## Timeline\n\nAll times in UTC.\n\n### 2023-11-14\n\n- 14:32 Deploy caf".utf8)
        bytes += [0xE9, 0x20] + Array("started\n- 14:40 Done\n".utf8)
        let t = try Self.read(bytes)
        #expect(t.events.map(\.title) == ["Deploy caf\u{FFFD} started", "Done"])
        #expect(t.warnings.map(\.description) == ["notes.md:7:19: invalid UTF-8 (shown as U+FFFD)"])
    }
}
