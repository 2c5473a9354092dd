import TestSupport
import Testing
@testable import TimelineModel

/// A CSV cell written from bytes (a file's plain text, or decoded text such as a text with
/// line breaks) is the cell of the neutralised text, quoted by RFC 4180 and defused: the
/// writers' one-pass checks (`plainQuoting`, `quoting`) against the rules written out
/// plainly here, on random text made of everything that matters to them.
@Suite struct CSVCellTests {
    /// The cell as the rules say: `SafeText` first, then `'` before a formula's first
    /// character, then quotes when a comma, quote or line break is in it, quotes doubled.
    static func expectedCell(_ text: String, keepingNewlines: Bool) -> [UInt8] {
        let safe = Array(SafeText.neutralise(text, keepingNewlines: keepingNewlines).utf8)
        let defused = (safe.first.map { "=+-@\t\r".utf8.contains($0) } ?? false) ? [0x27] + safe : safe
        guard safe.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return defused }
        return [0x22] + defused.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
    }

    static let pieces = [
        "a", "word", " ", ",", "\"", "\n", "\r", "\r\n", "\t", "=", "+", "-", "@", "é", "’", "«", "»", "—", "\u{A0}",
        "\u{AD}", "\u{200B}", "\u{202E}", "\u{2028}", "\u{7F}", "\u{1B}", "\u{7}", "障害", "🇫🇷", "👨‍👩‍👧", "e\u{301}",
        "\u{FEFF}", "\u{E0041}", "x,y", "12345678",
    ]

    static func randomTexts() -> [String] {
        var random = SplitMix(seed: 2017)
        return (0..<3_000).map { _ in
            (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
        }
    }

    @Test func decodedTextIsTheNeutralisedCell() {
        for text in Self.randomTexts() {
            for keep in [false, true] {
                var cell: [UInt8] = []
                CSVCell.append(TextValue.text(text), keepingNewlines: keep, to: &cell)
                #expect(cell == Self.expectedCell(text, keepingNewlines: keep), "\(text.debugDescription) keeping newlines \(keep)")
            }
        }
    }

    /// Bytes from a file never hold a control character as such (JSON escapes them): what
    /// is left goes through `plainQuoting` or, when it may change, neutralising.
    @Test func fileBytesAreTheNeutralisedCell() {
        for text in Self.randomTexts() where !text.utf8.contains(where: { $0 < 0x20 }) {
            var bytes = Array(text.utf8)
            var cell: [UInt8] = []
            bytes.withUnsafeMutableBufferPointer { b in
                CSVCell.append(TextValue.bytes(UnsafeBufferPointer(b)), to: &cell)
            }
            #expect(cell == Self.expectedCell(text, keepingNewlines: false), "\(text.debugDescription)")
        }
    }

    /// `plainQuoting`, eight bytes at a time, gives the same answer as a look at one scalar
    /// after another (the rules written out below), on long texts whose scalars of two,
    /// three and four bytes straddle the eight-byte words at every place.
    @Test func plainQuotingAgreesWithAScalarAtATime() {
        var random = SplitMix(seed: 926)
        for _ in 0..<4_000 {
            let text = (0..<random.below(40)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            for lineFeeds in [false, true] {
                var bytes = Array(text.utf8)
                let expected = Self.plainQuotingOneScalarAtATime(text, lineFeeds: lineFeeds)
                let got = bytes.withUnsafeMutableBufferPointer { CSVCell.plainQuoting(UnsafeBufferPointer($0), lineFeeds: lineFeeds) }
                #expect(got == expected, "\(text.debugDescription) line feeds \(lineFeeds)")
            }
        }
    }

    /// What `plainQuoting` answers, a scalar at a time: nil when neutralising could change a
    /// scalar (a control but a kept line feed, DEL, what `SafeText.mayChange` says), else
    /// `.doubled` for a quote, `.quoted` for a comma or kept line feed, `.none`.
    static func plainQuotingOneScalarAtATime(_ text: String, lineFeeds: Bool) -> CSVCell.Quoting? {
        var quoting = CSVCell.Quoting.none
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0x0A && lineFeeds {
                quoting = max(quoting, .quoted)
            } else if v < 0x80 {
                guard v >= 0x20 && v < 0x7F else { return nil }
                if v == 0x22 { quoting = .doubled } else if v == 0x2C { quoting = max(quoting, .quoted) }
            } else if SafeText.mayChange(v) {
                return nil
            }
        }
        return quoting
    }

    /// Text already neutralised (times, joined tags): quoted and doubled as RFC 4180 says.
    @Test func safeTextIsQuotedWhereItMustBe() {
        for text in Self.randomTexts() {
            let safe = SafeText.neutralise(text, keepingNewlines: true)
            var cell: [UInt8] = []
            var bytes = Array(safe.utf8)
            bytes.withUnsafeMutableBufferPointer { CSVCell.appendSafe(UnsafeBufferPointer($0), to: &cell) }
            #expect(cell == Self.expectedCell(safe, keepingNewlines: true), "\(safe.debugDescription)")
        }
    }
}
