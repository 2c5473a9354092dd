import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// A text log's first pass reads most lines only in part (`TextLogReader.skim`: the
/// leading time and the rest of the line). On generated logs that mix every shape the
/// reader knows — RFC 3339 times with and without a zone, a date and a time apart, RFC
/// 5424 and BSD syslog lines, lines that continue an event, blank lines, tabs, runs of
/// spaces, long, empty and non-ASCII titles, a mark after the space, invalid UTF-8, CRLF —
/// loading with the skim gives exactly what loading without it gives: the same problems
/// and warnings with their places, events, listings and exports.
@Suite(.tags(.slow)) struct TextLogSkimTests {
    static let times = [
        "2017-11-03T06:00:00.000Z", "2017-11-03T06:00:01Z", "2017-11-03T07:00:00+01:00", "2017-11-03T06:00:02.123456+00:00",
        "2017-11-03T06:01Z", "2017-11-03 06:00:03Z", "2017-11-03T06:00:04", "2017-11-03", "2017-03-26T02:30:00",
        "2017-11-03T25:00:00Z",
    ]
    static let rests = [
        "host app[123]: the account deactivated", "edge-17 WAF rule deployed", "l’accès rétabli 🇫🇷 漢字", "« héros »",
        "", "two  spaces", "tab\there", "\u{301}mark after the space", String(repeating: "long words ", count: 25),
        "zero\u{200B}width", "no\u{A0}break", "trailing ", "👨‍👩‍👧 family",
    ]
    static let otherLines = [
        "<165>1 2017-11-03T06:00:05.003Z host app 1 ID47 - syslog message", "<165>1 - host app - - - no time",
        "Nov  3 06:00:06 2017 host sshd[42]: BSD with a year", "  continued text", "", "not a time at all",
        "\tindented", "<13>Nov  3 06:00:07 2017 host tag: pri",
    ]

    static func log(seed: UInt64, count: Int, lineEnd: String, badPerMille: Int) -> [UInt8] {
        var g = SplitMix(seed: seed)
        var lines: [String] = []
        for _ in 0..<count {
            if g.chance(perMille: badPerMille * 3) {
                lines.append(g.pick(otherLines))
                continue
            }
            let time = g.below(4) == 0 ? g.pick(times) : times[0]
            let rest = g.below(3) == 0 ? g.pick(rests) : rests[0]
            lines.append(time + (g.below(8) == 0 ? "  " : g.below(8) == 0 ? "\t" : " ") + rest)
        }
        var bytes = Array((lines.joined(separator: lineEnd) + (seed % 2 == 0 ? lineEnd : "")).utf8)
        if seed % 3 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        if badPerMille > 0, let at = bytes.lastIndex(of: 0xA9) { bytes[at] = 0x28 }  // invalid UTF-8 (in é)
        return bytes
    }

    @Test(arguments: [(41, 0, "\n"), (42, 0, "\r\n"), (43, 20, "\n"), (44, 100, "\r\n"), (45, 3, "\n")])
    func theTextLogSkimReadsLikeTheWholeReader(_ seed: Int, _ badPerMille: Int, _ lineEnd: String) throws {
        let bytes = Self.log(seed: UInt64(seed), count: 1500, lineEnd: lineEnd, badPerMille: badPerMille)
        for options in SkimComparison.optionSets {
            let (skimmed, whole, _) = SkimComparison.loads(bytes, name: "gen.log") { TextLogReader.reader($0, file: $1, options: options) }
            try SkimComparison.expectSame(skimmed, whole)
        }
    }

    /// Most lines of a plain log are skimmed, and their listings kept as bytes.
    @Test func mostPlainLinesAreSkimmed() throws {
        var text = ""
        for i in 0..<200 { text += "2017-11-03T06:\(10 + i % 50):00.000Z host app[\(i)]: event \(i)\n" }
        let file = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        let skim = try #require(TextLogReader.reader(file, file: "plain.log", options: ReadOptions()).skim)
        let taken = SkimComparison.taken(file, by: skim)
        #expect(taken.map(\.title) == taken.map { "host app[\($0.line - 1)]: event \($0.line - 1)" })
        #expect(taken.count == 200)
    }
}
