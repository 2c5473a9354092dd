import Testing
@testable import TimelineModel

/// A spreadsheet whose header does not name the order of day and month: a row with a day
/// over 12 proves it, and every date is read in it (the export says so, with the row);
/// when no row proves it, or rows prove both orders, an ambiguous date is refused with
/// the way out. Never guessed.
@Suite struct SheetDateOrderTests {
    static func utc() -> ReadOptions {
        ReadOptions(time: TimeReading(assumedZone: .utc))
    }

    static func load(_ text: String) throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: "sheet.csv", options: utc())
    }

    static func problems(_ text: String) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "sheet.csv", options: utc())
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func aDayOver12ProvesDayFirst() throws {
        let t = try Self.load("Time,Event\n03/12/2023 14:00,first\n25/12/2023 14:00,christmas\n")
        let lines = FormatFixtures.exportLines(t)
        #expect(lines.contains("Read as:    spreadsheet CSV (dates day first, DD/MM/YYYY, as line 3's 25/12/2023 shows)"))
        #expect(FormatFixtures.shown("first", in: lines)! == ("Sunday 3 December 2023", "14:00"))
        // Month first, with dashes and a Date and a Time column.
        let us = try Self.load("Date,Time,Event\n03-12-2023,14:00,first\n12-25-2023,09:30,christmas\n")
        let usLines = FormatFixtures.exportLines(us)
        #expect(usLines.contains("Read as:    spreadsheet CSV (dates month first, MM/DD/YYYY, as line 3's 12-25-2023 shows)"))
        #expect(FormatFixtures.shown("first", in: usLines)! == ("Sunday 12 March 2023", "14:00"))
    }

    @Test func noProofOrTwoProofsKeepRefusing() {
        let ambiguous = #"could be 3 December or 12 March: timeline-tui does not guess the order of day and month; write ISO 8601 (2023-12-03 or 2023-03-12), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#
        #expect(Self.problems("Time,Event\n03/12/2023 14:00,first\n04/12/2023 14:00,second\n").first
                == #"sheet.csv:2:1: Time "03/12/2023 14:00" "# + ambiguous)
        #expect(Self.problems("Time,Event\n03/12/2023 14:00,first\n25/12/2023 14:00,x\n12/25/2023 14:00,y\n")
                == [#"sheet.csv:2:1: Time "03/12/2023 14:00" "# + ambiguous])
    }

    @Test func theHeadersOrderWins() throws {
        // `(MM/DD/YYYY)` named: a row that would prove day first is refused, not followed.
        let p = Self.problems("Time (MM/DD/YYYY),Event\n03/12/2023 14:00,first\n25/12/2023 14:00,x\n")
        #expect(p.count == 1 && p[0].hasPrefix("sheet.csv:3:1: Time (MM/DD/YYYY) \"25/12/2023 14:00\""))
    }
}
