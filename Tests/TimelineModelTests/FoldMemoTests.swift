import TestSupport
import Testing
@testable import TimelineModel

/// `FoldMemo` folds raw UTF-8 piece by piece, two-byte letters through a flat table; the
/// result must be the whole text folded by Foundation, whatever sits beside them.
@Suite struct FoldMemoTests {
    static let pieces = ["é", "É", "e\u{301}", "\u{301}", "\u{308}", "ß", "Straße", "ǅ", "İ", "ı", "ÿ", "Ÿ", "«", "»",
                         "’", "ΣΟΦΟΣ", "σος", "ς", "Ω", "µ", "½", "ﬁ", "Ａ", "東京", "🇫🇷", "👍🏽", "\u{200D}", "\u{A0}",
                         "a", "B", " ", "x", "1", "Ä", "ö", "Ł", "đ", "Ø", "æ", "Œ", "ŉ", "ǰ", "ﬀ", "\u{345}", "ͅ"]

    func folds(_ text: String) -> [UInt8] {
        var memo = FoldMemo()
        var copy = text
        return copy.withUTF8 { memo.fold($0); return memo.folded }
    }

    @Test func piecesFoldAsTheWholeText() {
        var rng = SplitMix(seed: 5)
        for _ in 0..<3000 {
            let text = (0..<(1 + rng.below(6))).map { _ in Self.pieces[rng.below(Self.pieces.count)] }.joined()
            #expect(folds(text) == FoldedText.fold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func twoByteLettersBesideMarksAndOtherLetters() {
        for text in ["ée\u{301}", "é\u{301}x", "Éé", "ßa", "aß", "«é»", "İstanbul", "ǅé", "ÿ\u{308}", "Ωµ", "σς", "éﬁ"] {
            #expect(folds(text) == FoldedText.fold(text), "\(text)")
        }
        #expect(folds("État Straße") == Array("etat strasse".utf8))
    }
}
