import TestSupport
import Testing
@testable import TimelineModel

/// Other tools' record-per-line files (CSV rows, JSON Lines, text log lines) keep their
/// events in the file (`RecordFileStore`) and a big one is read in two parts at once: the
/// events and every message must be what one part read in order gives.
@Suite(.tags(.slow)) struct RecordFileStoreTests {
    // Rows padded to about 1 KB: a file past `RecordReader.halvesThreshold` with few rows.
    /// The time of row `i` of `rows` (in no order), with `zone`, except row `bad`.
    static func time(_ i: Int, of rows: Int, _ day: String, zone: String, bad: Int?) -> String {
        let second = (i * 7919) % rows
        return "\(day)T\(pad(second / 3600 % 24)):\(pad(second / 60 % 60)):\(pad(second % 60))\(i == bad ? "" : zone)"
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// A Timesketch CSV with quoted commas, doubled quotes and line breaks, CRLF.
    static func timesketchCSV(rows: Int, bad: Int? = nil) -> [UInt8] {
        var s = "message,datetime,timestamp_desc,tag,note\r\n"
        for i in 0..<rows {
            let message = i % 7 == 0 ? "Compte « désactivé », \"\"vu\"\" \(i)\nsecond line" : "Event \(i), plain"
            s += "\"\(message)\",\(time(i, of: rows, "2017-11-02", zone: "+00:00", bad: bad)),Event Recorded,\"a,b\",\(String(repeating: "x", count: 900))\r\n"
        }
        return Array(s.utf8)
    }

    static func jsonLog(rows: Int, bad: Int? = nil) -> [UInt8] {
        var s = ""
        for i in 0..<rows {
            s += "{\"ts\":\"\(time(i, of: rows, "2019-07-02", zone: "Z", bad: bad))\",\"level\":\"info\",\"service\":\"edge-\(i % 17)\","
                + "\"msg\":\"request \(i) « é » \\\"done\\\"\",\"pad\":\"\(String(repeating: "y", count: 900))\"}\n"
        }
        return Array(s.utf8)
    }

    /// A text log, every fifth event continued on the next line and a blank one.
    static func textLog(rows: Int, bad: Int? = nil) -> [UInt8] {
        var s = ""
        for i in 0..<rows {
            s += "\(time(i, of: rows, "2019-07-02", zone: "Z", bad: bad)) edge-\(i % 17) WAF rule \(i) deployed \(String(repeating: "z", count: 900))\n"
            if i % 5 == 0 { s += "  continued text of \(i)\n\n" }
        }
        return Array(s.utf8)
    }

    typealias MakeReader = @Sendable (FileBytes, String, ReadOptions) -> RecordReader

    static let cases: [(String, MakeReader, @Sendable (Int, Int?) -> [UInt8])] = [
        ("timesketch-csv", { TimesketchReader.csvReader($0, file: $1, options: $2) }, { timesketchCSV(rows: $0, bad: $1) }),
        ("jsonl-log", { JSONLogReader.reader($0, file: $1, options: $2) }, { jsonLog(rows: $0, bad: $1) }),
        ("text-log", { TextLogReader.reader($0, file: $1, options: $2) }, { textLog(rows: $0, bad: $1) }),
    ]

    /// The file read in two parts (as `load` does with a big file) and in one.
    static func bothWays(_ bytes: [UInt8], _ make: MakeReader) -> (twoParts: Result<Timeline, LoadFailure>, onePart: Result<Timeline, LoadFailure>) {
        let file = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        #expect(file.count >= RecordReader.halvesThreshold)
        let reader = make(file, "big.file", ReadOptions())
        #expect(reader.boundary != nil)
        var one = reader
        one.boundary = nil
        return (Result { () throws(LoadFailure) in try reader.load(file, file: "big.file") },
                Result { () throws(LoadFailure) in try one.load(file, file: "big.file") })
    }

    @Test(arguments: 0..<3) func aBigFileReadInTwoPartsGivesTheEventsOfOneRead(_ k: Int) throws {
        let (name, make, text) = Self.cases[k]
        let rows = 5_000
        let (two, one) = Self.bothWays(text(rows, nil), make)
        let a = try two.get()
        let b = try one.get()
        #expect(a.events.count == rows, "\(name)")
        #expect(a.events.count == b.events.count)
        #expect(Array(a.events) == Array(b.events), "\(name)")
        #expect(a.warnings == b.warnings)
        // Kept in the file, read again when asked for.
        #expect(a.events.store is RecordFileStore)
        #expect(a.events.map(\.sortInstant) == a.events.map(\.sortInstant).sorted())
        #expect(Set(a.events.map(\.id)).count == rows, "ids are <stem>:<line>, each once")
    }

    @Test(arguments: 0..<3) func aProblemInTheSecondPartIsReportedAsOneReadReportsIt(_ k: Int) throws {
        let (name, make, text) = Self.cases[k]
        let (two, one) = Self.bothWays(text(5_000, 4_200), make)
        guard case .failure(let a) = two, case .failure(let b) = one else {
            Issue.record("\(name): a time without a zone must refuse the file")
            return
        }
        #expect(a.problems == b.problems)
        #expect(a.problems.count == 1)
        #expect(a.problems.first?.message.contains("has no zone; add --assume-zone UTC") == true, "\(name)")
    }

    @Test func theCSVBoundaryIsNeverInsideAQuotedCell() throws {
        // The middle falls inside a quoted cell that spans three lines.
        let text = "message,datetime\n\"one\",2017-11-02T18:48:00Z\n\"two\nlines\nhere\",2017-11-02T18:49:00Z\n\"three\",2017-11-02T18:50:00Z\n"
        let file = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        let middle = Array(text.utf8).firstIndex(of: UInt8(ascii: "l"))!
        let header = RecordFile.csvHeader(file, file: "f.csv")
        let found = try #require(RecordFile.csvBoundary(file)(header.rows, middle))
        // The row after the quoted cell: "three", on line 6.
        var scanner = CSVScanner(file, at: found.offset, line: found.line)
        let row = try #require(try scanner.next())
        #expect(row.cells.first?.text == "three")
        #expect(row.line == 6)
        #expect(found.line == 6)
    }
}
