import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// A JSON Lines log's first pass reads most lines only in part (`JSONLogReader.skim`: the
/// time, title and actor fields found by their names' bytes). On generated logs that mix
/// every shape the reader knows — names in other cases, nulls, dotted names reaching into
/// objects, numbers, escapes, empty and long messages, zone-less and epoch times, repeated
/// keys, invalid UTF-8, lines that are not objects — loading with the skim gives exactly
/// what loading without it gives: the same problems and warnings with their places, the
/// same order, the same listings and the same export.
@Suite(.tags(.slow)) struct SkimmedRecordTests {
    static let times = [
        "\"ts\":\"2017-11-02T18:48:03Z\"", "\"ts\":\"2017-11-02T18:48:03.276+05:30\"", "\"ts\":\"2017-11-02T18:48-04:00\"",
        "\"TS\":\"2017-11-02T19:00:00+01:00\"", "\"time\":null,\"timestamp\":\"2017-11-02T18:50:00Z\"",
        "\"date\":\"2017-11-02T18:49:00.123456789+00:00\"", "\"@timestamp\":\"2017-11-02T20:00:00+0100\"",
        "\"ts\":\"2017-11-02T18:48:03\\u002B00:00\"", "\"ts\":\"2017-11-02\"", "\"ts\":\"02/Nov/2017:18:48:03 +0000\"",
        "\"ts_ms\":1509648483000", "\"Time\":\"2017-11-02T18:48:03+00:00\",\"time\":null",
        "\"ts\":\"2017-11-02T18:48:03+00:17\"", "\"ts\":\"2017-11-02 18:48:03Z\"",
    ]
    /// Times `map` refuses (or refuses without `--assume-zone`).
    static let badTimes = [
        "\"ts\":1509648483", "\"ts\":\"1509648483\"", "\"ts\":\"2017-11-02 18:48:03\"", "\"ts\":true", "\"level\":\"info\"",
        "\"ts\":\"2017-13-02T18:48:03Z\"", "\"ts\":\"\"", "\"ts\":{\"a\":1}",
    ]
    static let titles = [
        "\"msg\":\"the account deactivated\"", "\"message\":\"l’accès rétabli 🇫🇷 漢字\"", "\"Message\":\"case\"",
        "\"msg\":\"\"", "\"msg\":\" leading space\"", "\"msg\":\"two  spaces\"", "\"msg\":\"line\\nbreak\"",
        "\"msg\":\"\\u00e9scaped\"", "\"msg\":123", "\"msg\":null,\"log\":\"from log\"",
        "\"jsonPayload\":{\"message\":\"nested\"}", "\"fields\":\"text\",\"event\":\"an event\"", "\"MESSAGE\":[104,105]",
        "\"msg\":\"" + String(repeating: "long words ", count: 25) + "end\"", "\"msg\":\"tab\\there\"",
        "\"msg\":\"red \\u001b[31m\"", "\"msg\":\"zero\u{200B}width e\u{301}\"", "\"msg\":\"no\u{A0}break\"",
        "\"msg\":false,\"message\":\"after a bool\"", "\"log\":\"👨‍👩‍👧 family\"", "",
    ]
    static let actors = [
        "\"service\":\"api\"", "\"service\":\"\"", "\"service\":null,\"host\":\"h1\"", "\"service\":{\"name\":\"svc\"}",
        "\"service\":7", "\"Host\":\"H\"", "\"service\":\"a\\\"b\"", "", "\"service\":\"🇫🇷 web\"", "\"hostname\":\"x  y\"",
        "\"service\":[1]", "\"service.name\":\"dotted\"", "\"host\":{\"name\":\"hn\"},\"service\":false",
    ]
    static let extras = [
        "\"n\":1", "\"tags\":[\"a\",\"b\"]", "\"obj\":{\"k\":[1,2,{\"z\":null}]}", "\"f\":-1.5e3", "\"b\":false",
        "\"é\":\"a key not in ASCII\"", "\"\\u0074s2\":\"an escaped key\"", "\"level\":\"warn\"", "\"PRIORITY\":\"3\"",
        "\"K\":1", "\"e\":\"\\ud83d\\ude00\"",
    ]
    /// Lines `jsonLine` refuses or warns about.
    static let badLines: [[UInt8]] = [
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"n\":1,\"n\":2}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"n\":01}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\"} x".utf8),
        Array("[1,2]".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"bad ".utf8) + [0xC3, 0x28] + Array("\"}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"deep\":".utf8) + Array(repeating: 0x5B, count: 70)
            + Array(repeating: 0x5D, count: 70) + Array("}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"raw\ttab\"}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\" \"msg\":\"a\"}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"x\":nul}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"x\":{\"k\":1,\"k\":2}}".utf8),
        Array("{\"ts\":\"2017-11-02T18:48:03Z\",\"msg\":\"a\",\"x\":\"\\q\"}".utf8),
    ]

    static func line(_ g: inout SplitMix, bad: Bool) -> [UInt8] {
        if bad && g.below(2) == 0 { return g.pick(badLines) }
        var parts = [bad ? g.pick(badTimes) : g.pick(times), g.pick(titles), g.pick(actors)]
        parts += extras.shuffled(using: &g).prefix(g.below(3))
        parts = parts.filter { !$0.isEmpty }
        if g.below(3) == 0 { parts.shuffle(using: &g) }
        let space = g.below(6) == 0 ? " " : ""
        var text = "{" + space + parts.joined(separator: "," + space) + space + "}"
        if g.below(10) == 0 { text = " " + text + " \r" }
        return Array(text.utf8)
    }

    /// A log of `count` lines, `badPerMille` of them with something wrong.
    static func log(seed: UInt64, count: Int, badPerMille: Int) -> [UInt8] {
        var g = SplitMix(seed: seed)
        var bytes: [UInt8] = seed % 2 == 0 ? [0xEF, 0xBB, 0xBF] : []
        for i in 0..<count {
            bytes += line(&g, bad: g.chance(perMille: badPerMille))
            bytes.append(0x0A)
            if i % 97 == 5 { bytes.append(0x0A) }
        }
        return bytes
    }

    /// A JSON Lines log, or a Timesketch CSV, read with the skim and without it.
    static func loads(_ bytes: [UInt8], _ options: ReadOptions, csv: Bool = false)
        -> (skimmed: Result<Timeline, LoadFailure>, whole: Result<Timeline, LoadFailure>, skims: Bool) {
        SkimComparison.loads(bytes, name: csv ? "gen.csv" : "gen.log.jsonl") {
            csv ? TimesketchReader.csvReader($0, file: $1, options: options) : JSONLogReader.reader($0, file: $1, options: options)
        }
    }

    @Test(arguments: [(1, 0), (2, 0), (3, 8), (4, 30), (5, 300)])
    func theSkimReadsLikeTheWholeReader(_ seed: Int, _ badPerMille: Int) throws {
        let bytes = Self.log(seed: UInt64(seed), count: 2000, badPerMille: badPerMille)
        for options in SkimComparison.optionSets {
            let (skimmed, whole, _) = Self.loads(bytes, options)
            if badPerMille == 0 { #expect((try? whole.get()) != nil, "a log without bad lines loads") }
            try SkimComparison.expectSame(skimmed, whole)
        }
    }

    static let csvMessages = [
        "the account deactivated", "\"l’accès rétabli 🇫🇷 漢字\"", "\"a, b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"",
        "\"crlf\r\ninside\"", "", "\"\"", " leading", "two  spaces", "\"" + String(repeating: "long words ", count: 25) + "\"",
        "tab\there", "zero\u{200B}width e\u{301}", "no\u{A0}break", "👨‍👩‍👧", "\"lone\rcr\"",
    ]
    static let csvTimes = [
        "2017-11-02T18:48:03+00:00", "\"2017-11-02T18:48:03.276340+05:30\"", "2017-11-02T18:48-04:00", "2017-11-02 18:48:03Z",
        "1509648483000000", "2017-11-02", "", " 2017-11-02T18:48:03Z", "2017-11-02T18:48:03Z ", "1601-01-01T00:00:00Z",
        "2017-11-02T18:48:03",
    ]
    static let badRows = [
        "a,2017-11-02T18:48:03Z,d,,t,x,extra", "a\"b,2017-11-02T18:48:03Z,d,,t,x", "\"a\"b,2017-11-02T18:48:03Z,d,,t,x",
        "a,2017-11-02T18:48:03Z,d,1509648483000000,t,\u{FFFD}ok", "a,2017-11-02T25:48:03Z,d,,t,x",
        "a,\"2017-11-02T18:48:03\"\"Z\",d,,t,x", "a,,d,,t,x",
    ]

    static func csv(seed: UInt64, count: Int, badPerMille: Int, lineEnd: String) -> [UInt8] {
        var g = SplitMix(seed: seed)
        var rows = ["message,datetime,timestamp_desc,Timestamp,tag,note"]
        for i in 0..<count {
            if g.chance(perMille: badPerMille) {
                rows.append(g.pick(badRows))
                continue
            }
            let time = g.pick(csvTimes)
            var cells = [g.pick(csvMessages), time, "Event Recorded", time.isEmpty || g.below(5) == 0 ? "1509648483000000" : "",
                         g.pick(["", "\"a,b\"", "\"[\"\"x\"\"]\""]),
                         g.pick(["note \(i)", "\"note\r\(i)\"", "\"note\n\(i)\"", "\"note\r\n\(i)\""])]
            if g.below(8) == 0 { cells.removeLast(g.below(3)) }
            rows.append(cells.joined(separator: ","))
            if i % 101 == 7 { rows.append("") }
        }
        var bytes = Array((rows.joined(separator: lineEnd) + (seed % 2 == 0 ? lineEnd : "")).utf8)
        if badPerMille > 0 {
            // Invalid UTF-8 in a cell: a warning.
            if let at = bytes.firstIndex(of: 0xEF) { bytes[at + 1] = 0x28 }
        }
        return bytes
    }

    @Test(arguments: [(11, 0, "\n"), (12, 0, "\r\n"), (13, 10, "\n"), (14, 0, "\r"), (15, 200, "\r\n")])
    func theCSVSkimReadsLikeTheWholeReader(_ seed: Int, _ badPerMille: Int, _ lineEnd: String) throws {
        let bytes = Self.csv(seed: UInt64(seed), count: 2000, badPerMille: badPerMille, lineEnd: lineEnd)
        for options in SkimComparison.optionSets {
            let (skimmed, whole, _) = Self.loads(bytes, options, csv: true)
            if badPerMille == 0 && options.time.assumedZone != nil { #expect((try? whole.get()) != nil, "a file without bad rows loads: \(whole)") }
            try SkimComparison.expectSame(skimmed, whole)
        }
    }

    /// Most lines of a plain log are skimmed: the shortcut is really taken.
    @Test func mostPlainLinesAreSkimmed() throws {
        var text = ""
        for i in 0..<200 {
            text += "{\"ts\":\"2017-11-02T18:\(10 + i % 50):03Z\",\"level\":\"info\",\"service\":\"api\",\"msg\":\"event \(i)\",\"id\":\"ev-\(i)\"}\n"
        }
        let file = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        let skim = try #require(JSONLogReader.reader(file, file: "plain.jsonl", options: ReadOptions()).skim)
        let taken = SkimComparison.taken(file, by: skim)
        #expect(taken.map(\.title) == taken.map { "event \($0.line - 1)" })
        #expect(taken.count == 200)
    }
}
