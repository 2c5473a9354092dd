import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// The CSV scanner against Python's `csv` module on the same files (RFC 4180: quoted
/// commas, doubled quotes, line breaks in cells, BOM, CRLF), and its placed problems.
@Suite(.tags(.slow)) struct CSVScannerTests {
    static let files = [
        "csv/rfc4180-crlf-bom.csv", "csv/rfc4180-lf-no-final-newline.csv", "csv/rfc4180-trailing-empty.csv",
        "timesketch/sigma_events.csv", "timesketch/validate_time_precision.csv", "timesketch/invalid_datetime.csv",
        "timesketch/validate_timestamp_conversion.csv", "plaso/dynamic.log", "plaso/l2tcsv.log",
        "timelinejs/women_in_computing.csv", "timelinejs/parser_test.csv",
        "spreadsheet-csv/firefox-timeline.csv", "spreadsheet-csv/soc-timeline.csv",
    ]

    static func rows(_ bytes: [UInt8], separator: UInt8 = 0x2C) throws -> [[String]] {
        var scanner = CSVScanner(bytes: bytes)
        scanner.separator = separator
        var rows: [[String]] = []
        while let r = try scanner.next() {
            let cells = r.cells.map(\.text)
            rows.append(cells == [""] ? [] : cells)  // Python gives [] for a blank line
        }
        return rows
    }

    /// What Python's csv.reader makes of the file (utf-8-sig: a BOM is skipped).
    static func pythonRows(_ path: String, delimiter: String = ",") throws -> [[String]] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig'), delimiter=sys.argv[2]))))", path, delimiter]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "python3 failed on \(path)")
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test(arguments: files) func agreesWithPythonsCSVModule(_ name: String) throws {
        let ours = try Self.rows(FormatFixtures.bytes(name))
        let python = try Self.pythonRows(FormatFixtures.path(name))
        #expect(!python.isEmpty)
        #expect(ours == python)
    }

    /// `;` (European spreadsheets) and tabs (TSV), as Python reads them with that delimiter.
    @Test(arguments: [("spreadsheet-csv/twitter-fr-semicolon.csv", ";"), ("spreadsheet-csv/twitter-tab.tsv", "\t")])
    func otherSeparatorsAgreeWithPythonsCSVModule(_ name: String, _ delimiter: String) throws {
        let ours = try Self.rows(FormatFixtures.bytes(name), separator: delimiter.utf8.first!)
        let python = try Self.pythonRows(FormatFixtures.path(name), delimiter: delimiter)
        #expect(python.count >= 3 && python[0].count >= 3)
        #expect(ours == python)
    }

    @Test func cellsKnowTheirPlace() throws {
        var s = CSVScanner(bytes: Array("a,b\n\"x\ny\",é,z\n".utf8))
        _ = try s.next()
        let r = try #require(try s.next())
        #expect(r.line == 2)
        #expect(r.cells.map { [$0.line, $0.column] } == [[2, 1], [3, 4], [3, 6]])
    }

    @Test func aStrayQuoteMidCellIsAPlacedProblem() {
        var s = CSVScanner(bytes: Array("a,b\n1,ab\"c\n".utf8))
        do {
            _ = try s.next()
            _ = try s.next()
            Issue.record("a stray quote was accepted")
        } catch {
            #expect(error.line == 2 && error.column == 5)
            #expect(error.message.hasPrefix("a quote inside a cell that does not start with one"))
        }
    }

    @Test func textAfterAClosingQuoteAndAnUnclosedQuoteAreProblems() {
        var s = CSVScanner(bytes: Array("\"ab\"c,d\n".utf8))
        #expect(throws: CSVScanner.Failure.self) { try s.next() }
        var t = CSVScanner(bytes: Array("a,\"never closed\n".utf8))
        do { _ = try t.next(); Issue.record("accepted") } catch {
            #expect(error.line == 1 && error.column == 3)
            #expect(error.message.contains("never closed"))
        }
    }

    @Test func invalidUTF8IsMarked() throws {
        var s = CSVScanner(bytes: [0x61, 0xFF, 0x2C, 0x62])
        let r = try #require(try s.next())
        #expect(r.cells.map(\.invalidUTF8) == [true, false])
        #expect(r.cells[0].text == "a\u{FFFD}")
    }
}
