import Testing
@testable import TimelineModel

/// A spreadsheet whose header does not name the order of day and month: a row with a day
/// over 12 proves it, and every date is read in it (the export says so, with the row);
/// when no row proves it, an ambiguous date is refused with the way out; rows that prove
/// both orders refuse the file, naming both. Never guessed.
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
        let ambiguous = #"could be 3 December or 12 March: timeline-tui does not guess the order of day and month; add --date-order dmy or --date-order mdy, write ISO 8601 (2023-12-03 or 2023-03-12), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#
        #expect(Self.problems("Time,Event\n03/12/2023 14:00,first\n04/12/2023 14:00,second\n").first
                == #"sheet.csv:2:1: Time "03/12/2023 14:00" "# + ambiguous)
        // Rows that prove both orders: refused at once, naming both, never read half one way.
        #expect(Self.problems("Time,Event\n03/12/2023 14:00,first\n25/12/2023 14:00,x\n12/25/2023 14:00,y\n") == [
            #"sheet.csv:1:1: the dates write day and month in both orders: line 3's 25/12/2023 is day first, line 4's 12/25/2023 month first; write ISO 8601 (2023-12-25), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#,
        ])
    }

    @Test func theHeadersOrderWins() throws {
        // `(MM/DD/YYYY)` named: a row that would prove day first is refused, not followed.
        let p = Self.problems("Time (MM/DD/YYYY),Event\n03/12/2023 14:00,first\n25/12/2023 14:00,x\n")
        #expect(p.count == 1 && p[0].hasPrefix("sheet.csv:3:1: Time (MM/DD/YYYY) \"25/12/2023 14:00\""))
    }
}

/// `--date-order dmy|mdy`: a US or European spreadsheet read as it is, without editing its
/// dates or its header; a column's header that names its order still wins, and a date the
/// order cannot read is refused at its place, saying which order it was read in.
@Suite struct GivenDateOrderTests {
    static func options(_ order: DateOrder?) -> ReadOptions {
        var o = ReadOptions(time: TimeReading(assumedZone: Zone(identifier: "America/New_York")))
        o.time.dateOrder = order
        return o
    }

    static func usDates() throws -> [UInt8] {
        try FormatFixtures.bytes("spreadsheet-csv/us-dates.csv")
    }

    static func problems(_ text: String, _ order: DateOrder?) -> [String] {
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "sheet.csv", options: options(order))
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func aUSSpreadsheetIsReadMonthFirst() throws {
        let t = try TimelineLoader.load(bytes: try Self.usDates(), name: "us-dates.csv", options: Self.options(.mdy))
        let lines = FormatFixtures.exportLines(t, zone: "America/New_York")
        #expect(lines.contains("Read as:    spreadsheet CSV (dates month first, MM/DD/YYYY, as --date-order mdy says)"))
        #expect(FormatFixtures.shown("deactivated by a worker", in: lines)! == ("Thursday 2 November 2017", "18:48"))
        #expect(FormatFixtures.shown("says the deactivation", in: lines)! == ("Friday 3 November 2017", "09:12"))
        // Day first, the same file is February and March.
        let dmy = try TimelineLoader.load(bytes: try Self.usDates(), name: "us-dates.csv", options: Self.options(.dmy))
        let dmyLines = FormatFixtures.exportLines(dmy, zone: "America/New_York")
        #expect(FormatFixtures.shown("deactivated by a worker", in: dmyLines)! == ("Saturday 11 February 2017", "18:48"))
        #expect(FormatFixtures.shown("says the deactivation", in: dmyLines)! == ("Saturday 11 March 2017", "09:12"))
    }

    @Test func withoutItTheRefusalOffersIt() {
        let p = FormatFixtures.problems("spreadsheet-csv/us-dates.csv", Self.options(nil))
        #expect(p.first == FormatFixtures.path("spreadsheet-csv/us-dates.csv") + #":2:1: Date and Time "11/02/2017 6:48 PM" could be 11 February or 2 November: timeline-tui does not guess the order of day and month; add --date-order dmy or --date-order mdy, write ISO 8601 (2017-02-11 or 2017-11-02), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#)
    }

    @Test func aDateTheOrderCannotReadIsRefusedAtItsPlace() {
        let text = "Time,Event\n03/12/2023 14:00,first\n25/12/2023 14:00,christmas\n"
        let p = Self.problems(text, .mdy)
        #expect(p == [#"sheet.csv:3:1: Time "25/12/2023 14:00" is not a date that exists (2023-25-12) (read as --date-order mdy says)"#])
    }

    @Test func theHeadersOrderStillWins() throws {
        let text = "Time (DD/MM/YYYY),Event\n03/12/2023 14:00,first\n"
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "sheet.csv", options: Self.options(.mdy))
        let lines = FormatFixtures.exportLines(t, zone: "America/New_York")
        #expect(FormatFixtures.shown("first", in: lines)! == ("Sunday 3 December 2023", "14:00"))
        #expect(!lines.contains { $0.contains("--date-order") })
        // ISO dates need no order: nothing said of it.
        let iso = try TimelineLoader.load(bytes: Array("Time,Event\n2023-12-03 14:00,first\n".utf8), name: "iso.csv", options: Self.options(.mdy))
        #expect(!FormatFixtures.exportLines(iso).contains { $0.contains("--date-order") })
    }
}
