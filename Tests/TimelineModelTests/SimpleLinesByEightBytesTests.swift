import TestSupport
import Testing
@testable import TimelineModel

/// `LineWrapping.appendSimpleLines` reads text eight bytes at a time where no scalar can be
/// wide: it lays out any plain text exactly as `LineWrapping.lines` does, wherever a space,
/// a letter of two bytes, a wide character or a glued sign falls against those eight bytes
/// (the `[source] ` tag of a merged line shifts them all).
@Suite struct SimpleLinesByEightBytesTests {
    static let pieces = ["a", "bc", "defghij", "klmnopqrstu", " ", "  ", "é", "É", "ß", "’", "—", "障害", "한", "«", "»", ":", "!",
                         "?", ";", "« là »", "x:", "🔥", "✅", "https://example.com/a/b?c=d", "[100000-seed4001.timesketch]"]

    @Test func textLaidOutEightBytesAtATimeIsLaidOutAsWords() {
        var random = SplitMix(seed: 11)
        var checked = 0
        for _ in 0..<4_000 {
            let count = Int.random(in: 1...24, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let utf8 = Array(text.utf8)
            guard utf8.withUnsafeBufferPointer(DisplayWidth.plainWidth) != nil else { continue }
            checked += 1
            for (first, rest) in [(1, 1), (3, 7), (8, 8), (20, 63), (63, 63), (46, 63), (500, 500)] {
                var bytes: [UInt8] = []
                utf8.withUnsafeBufferPointer {
                    LineWrapping.appendSimpleLines($0, first: first, rest: rest, indent: 17, to: &bytes)
                }
                let lines = LineWrapping.lines(text, first: first, rest: rest)
                let expected = lines.enumerated().map { ($0 > 0 ? String(repeating: " ", count: 17) : "") + $1 + "\n" }.joined()
                #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text) \(first) \(rest)")
            }
        }
        #expect(checked > 3_000)
    }
}
