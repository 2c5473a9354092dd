import Foundation
import Testing
import TimelineModel

/// `--format csv`, read back by Python's `csv` module (what a script or a spreadsheet
/// import gets): one header row, one row an event, the values we meant, and no cell a
/// spreadsheet would run as a formula.
@Suite struct CSVExportTests {
    static func read(_ path: String) throws -> [[String]] {
        let r = try ExternalTool.python("csv_rows.py", [path])
        #expect(r.status == 0)
        return try JSONDecoder().decode([[String]].self, from: Data(r.output.utf8))
    }

    @Test func theFixtureReadsBackRowByRow() throws {
        let rows = try Self.read(try ExternalTool.export(["--format", "csv"], name: "t.csv"))
        #expect(rows.count == 11)
        #expect(rows[0] == ["id", "time", "end", "precision", "approximate", "actor", "kind", "title", "text", "tags", "sources", "source file"])
        #expect(rows.allSatisfy { $0.count == 12 })
        #expect(Array(rows[1].prefix(8)) == [
            "last-tweet-before", "2017-11-02T18:35:43.905-04:00", "", "exact", "false", "'@realDonaldTrump", "statement",
            "Last tweet before the outage: Jerome Powell named to chair the Federal Reserve",
        ])
        #expect(rows[1][9] == "trump; tweet")
        #expect(rows[1][10].split(separator: "\n").first == "Tweet 926216279287042048 (time decoded from its id) <https://twitter.com/realDonaldTrump/status/926216279287042048>")
        #expect(rows[1][11] == CLIProcess.fixture)
        #expect(Array(rows[2].prefix(5)) == ["deactivation", "2017-11-02T18:48:00-04:00", "2017-11-02T18:59:00-04:00", "minute", "true"])
        // Paragraphs keep their blank line inside the cell.
        #expect(rows[2][8].contains(".\n\nAnother French article: the act could be treated as hacking"))
        // A day-only event is a date: never a made-up midnight.
        #expect(Array(rows[8].prefix(4)) == ["twittergov-safeguards", "2017-11-03", "", "day"])
    }

    @Test func relativeTimesAddATPlusColumnLastInTheDisplayZone() throws {
        let rows = try Self.read(try ExternalTool.export(["--format", "csv", "--mark", "deactivation", "--tz", "Europe/Paris"], name: "t.csv"))
        #expect(rows[0].last == "t_plus" && rows.allSatisfy { $0.count == 13 })
        #expect(rows.dropFirst().map { $0[12] } == [
            "~T−12 min", "T+0", "~T+11 min", "~T+1 h 17 min", "~T+1 h 18 min", "~T+3 h 12 min", "~T+12 h 4 min", "day +1", "day +1", "day +27",
        ])
        #expect(rows[1][1] == "2017-11-02T23:35:43.905+01:00")
    }

    @Test func formulasAreDefusedAndControlsNeutralised() throws {
        let input = try ExternalTool.write(HostileExportInput.json, name: "hostile.json")
        let rows = try Self.read(try ExternalTool.export(["--format", "csv"], name: "h.csv", input: input))
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 12 })
        let first = rows[1], second = rows[2]
        #expect(first[0] == "'=1+1")
        #expect(first[5] == "'@admin|x")
        #expect(first[6] == "'-cmd")
        #expect(first[7] == SafeText.neutralise(HostileExportInput.title))
        #expect(first[8] == "1. not a list\n- nor this\n# nor a heading\n\n    not code\n=SUM(A1)\n> nor a quote")
        #expect(first[9] == "'+x; a,b")
        #expect(first[10] == "js <javascript:alert(1)>\nok [x] <https://e.x/a b)\"<>")
        #expect(second[7] == "'+HYPERLINK(\"http://evil\")")
        #expect(second[5] == "    Tab")
        #expect(second[8] == "^M=cr")
        for cell in rows.joined() {
            #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "\(cell)")
            #expect(!cell.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(cell)")
        }
    }
}
