import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// A spreadsheet timeline's first pass reads most rows only in part (`SpreadsheetSkim`: the
/// time, title, actor, id, precision and approximate cells found by their columns). On
/// generated spreadsheets that mix every shape the reader knows — `,`, `;` and tab, quoted
/// cells with separators, quotes and line breaks, a BOM, CRLF and lone CRs, a Date and a
/// Time column, day-first dates, month names, 12-hour clocks, `~`, our own export with its
/// `'` defusing, a zone in the column's name, `--assume-zone`, rows without a time, bad
/// times, repeated and empty ids, precisions our export writes and others — loading with
/// the skim gives exactly what loading without it gives: the same problems and warnings
/// with their places, events, listings and exports.
@Suite(.tags(.slow)) struct SpreadsheetSkimTests {
    struct Sheet {
        var header: [String]
        /// Each column's cells to pick from (quoted as written).
        var cells: [[String]]
    }

    static let times = [
        "2017-11-02T18:48:03Z", "2017-11-02T18:48:03.276+05:30", "2017-11-02T18:48:00Z", "2017-11-02T18:48:00.000Z",
        "2017-11-02T18:48-04:00", "2017-11-02 18:48:03+01:00", "\"2017-11-02T19:00:00+01:00\"", "2017-11-02T18:48:03.123456789+00:00",
        "2017-11-02", "2017-11-02 18:48:03", "2 Nov 2017 18:48", "Nov 2, 2017 6:48 PM", "02/11/2017 18:48Z", "11/02/2017 18:48Z",
        "~2017-11-02 18:48Z", "2017-11-02T25:48:03Z", "not a time", "", " 2017-11-02T18:48:03Z", "2017-11-02T18:48:03Z ",
        "'2017-11-02T18:48:03Z", "2017-11-02 18:48 Europe/Paris", "2017-11-02 18:48 CET", "1509648483", "\"2017-11-02T18:48:03\"\"Z\"",
        "2017-03-26T02:30:00", "2017-10-29T02:30:00", "1650-01-01T00:00:00Z", "2017-11-02T18:48:03+00:17",
    ]
    static let titles = [
        "the account deactivated", "\"l’accès rétabli 🇫🇷 漢字\"", "\"a, b; c\tt\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"",
        "\"crlf\r\ninside\"", "", "\"\"", " leading", "trailing ", "two  spaces", "'=1+1", "'@TwitterSupport: paged", "'plain",
        "'-minus", "\"'\t tab\"", "'", "\"" + String(repeating: "long words ", count: 25) + "\"", "tab\there",
        "zero\u{200B}width e\u{301}", "no\u{A0}break", "👨‍👩‍👧", "\"lone\rcr\"", "\"ends with line\n\"", "   ",
    ]
    static let actors = [
        "alice", "", "'@TwitterSupport", "\"O’Connor, Renée\"", " spaced ", "https://example.com/x", "HTTP://A", "\"a\rb\"",
        "\"two\nlines\"", "'+33", "Łukasz Wróbel",
    ]
    static let ids = ["ev-1", "ev-2", "ev-3", "", " sp", "'=id", "\"q\"\"d\"", "ev-\u{e9}", "x"]
    static let precisions = ["", "exact", "second", "minute", "hour", "day", "Minute", "bogus", " minute", "month"]
    static let approximates = ["", "true", "false", "TRUE", "yes", "✓", "~", "no", " true", "approx."]
    static let ends = ["", "", "", "2017-11-02T19:00:00Z", "19:30", "2017-11-01T00:00:00Z", "bad", " "]

    static let sheets: [Sheet] = [
        // Our own export.
        Sheet(header: CSVWriter.columns, cells: [ids, times, ends, precisions, approximates, actors, ["note", "'=k"], titles,
                                                ["", "\"text, more\""], ["", "a; b"], ["", "x <https://e.com>"], ["f.jsonl"]]),
        Sheet(header: CSVWriter.columns + ["t_plus"], cells: [ids, times, ends, precisions, approximates, actors, ["note"], titles,
                                                              [""], [""], [""], ["f.jsonl"], ["T+00:01"]]),
        // Other spreadsheets.
        Sheet(header: ["When (UTC)", "Event", "Who", "Type", "Approx", "Event ID"],
              cells: [times, titles, actors, ["deploy", ""], approximates, ids]),
        Sheet(header: ["Timestamp", "Title", "Source", "Precision", "End"],
              cells: [times, titles, actors, precisions, ends]),
        Sheet(header: ["Date", "Time", "What", "Owner"],
              cells: [["2017-11-02", "02/11/2017", "2 Nov 2017", ""], ["18:48", "6:48 PM", "18:48:03.5", ""], titles, actors]),
        Sheet(header: ["Date (DD/MM/YYYY)", "Description", "Notes"], cells: [times, titles, ["", "more"]]),
        Sheet(header: ["Time (Europe/Paris)", "Summary", "Actor", "ID"], cells: [times, titles, actors, ids]),
        Sheet(header: ["time", "title", "end time", "end date"], cells: [times, titles, ["", "19:00", "bad"], ["", "2017-11-03"]]),
    ]

    static let badRows = [
        "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o", "a\"b,2017-11-02T18:48:03Z", "\"a\"b,c", "\u{FFFD}ok,2017-11-02T18:48:03Z", ",,,,",
    ]

    static func csv(_ sheet: Sheet, separator: String, seed: UInt64, count: Int, badPerMille: Int, lineEnd: String) -> [UInt8] {
        var g = SplitMix(seed: seed)
        var rows = [sheet.header.joined(separator: separator)]
        for i in 0..<count {
            if g.chance(perMille: badPerMille) {
                rows.append(g.pick(badRows).replacingOccurrences(of: ",", with: separator))
                continue
            }
            var cells = sheet.cells.map { g.below(4) == 0 ? g.pick($0) : $0.first! }
            if g.below(2) == 0, let t = sheet.header.firstIndex(of: "time") ?? sheet.header.firstIndex(of: "When (UTC)") {
                cells[t] = g.pick(times)
            }
            cells = cells.map { $0 == "ev-1" ? "ev-\(i % 1500)" : $0 }
            if g.below(10) == 0 { cells.removeLast(g.below(3)) }
            rows.append(cells.map { separator != "," && $0.contains(separator) && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 }
                .joined(separator: separator))
            if i % 101 == 7 { rows.append("") }
        }
        var bytes = Array((rows.joined(separator: lineEnd) + (seed % 2 == 0 ? lineEnd : "")).utf8)
        if seed % 3 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        if badPerMille > 0, let at = bytes.lastIndex(of: 0xBD) { bytes[at] = 0x28 }  // invalid UTF-8 (in U+FFFD)
        return bytes
    }

    static func loads(_ bytes: [UInt8], _ options: ReadOptions)
        -> (skimmed: Result<Timeline, LoadFailure>, whole: Result<Timeline, LoadFailure>, skims: Bool) {
        SkimComparison.loads(bytes, name: "gen.csv") { SpreadsheetCSVReader.reader($0, file: $1, options: options) }
    }

    @Test(arguments: [(21, 0, ",", "\n"), (22, 0, ",", "\r\n"), (23, 10, ";", "\n"), (24, 0, "\t", "\r"), (25, 150, ",", "\r\n"),
                      (26, 3, ";", "\r\n"), (27, 0, "\t", "\n")])
    func theSpreadsheetSkimReadsLikeTheWholeReader(_ seed: Int, _ badPerMille: Int, _ separator: String, _ lineEnd: String) throws {
        for (k, sheet) in Self.sheets.enumerated() {
            let bytes = Self.csv(sheet, separator: separator, seed: UInt64(seed * 10 + k), count: 600, badPerMille: badPerMille,
                                 lineEnd: lineEnd)
            for options in SkimComparison.optionSets {
                let (skimmed, whole, _) = Self.loads(bytes, options)
                try SkimComparison.expectSame(skimmed, whole)
            }
        }
    }

    /// Files that load: repeated ids among skimmed rows, and events compared one by one.
    @Test(arguments: [31, 32, 33])
    func cleanFilesOfOurExportLoadAlike(_ seed: Int) throws {
        var g = SplitMix(seed: UInt64(seed))
        var rows = [CSVWriter.columns.joined(separator: ",")]
        for i in 0..<800 {
            let id = seed == 33 && i % 97 == 3 ? "ev-\(i - 1)" : "ev-\(i)"
            rows.append([id, g.pick(Array(Self.times.prefix(8))), g.pick(["", "", "2017-11-03T00:00:00Z"]),
                         g.pick(["", "minute", "day"]), g.pick(["true", "false"]),
                         g.pick(["alice", "'@TwitterSupport", ""]), "note",
                         g.pick(["t \(i)", "'@x \(i)", "\"l’accès, \(i)\"", "🇫🇷 \(i)"]), "\"text\nmore\"", "", "", "f.jsonl"]
                .joined(separator: ","))
        }
        let bytes = Array((rows.joined(separator: "\r\n") + "\r\n").utf8)
        for options in SkimComparison.optionSets {
            let (skimmed, whole, skims) = Self.loads(bytes, options)
            #expect(skims)
            if seed != 33 { #expect((try? whole.get()) != nil, "our export loads: \(whole)") }
            try SkimComparison.expectSame(skimmed, whole)
        }
    }

    /// Most rows of our own export are skimmed: the shortcut is really taken.
    @Test func mostRowsOfOurExportAreSkimmed() throws {
        var text = CSVWriter.columns.joined(separator: ",") + "\n"
        for i in 0..<200 {
            let precision = ["", "exact", "second", "minute"][i % 4]
            text += "ev-\(i),2017-11-02T18:\(10 + i % 50):0\(i % 10).250Z,,\(precision),false,'@TwitterSupport,note,event \(i),,,,f.jsonl\n"
        }
        let file = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        let skim = try #require(SpreadsheetCSVReader.reader(file, file: "our.csv", options: ReadOptions()).skim)
        let header = CSVWriter.columns.joined(separator: ",").utf8.count + 1
        let taken = SkimComparison.taken(file, by: skim, from: header, line: 2)
        #expect(taken.map(\.title) == taken.map { "event \($0.line - 2)" })
        #expect(taken.allSatisfy { $0.actor == "@TwitterSupport" && $0.id == "ev-\($0.line - 2)" })
        #expect(taken.count == 200)
    }
}
