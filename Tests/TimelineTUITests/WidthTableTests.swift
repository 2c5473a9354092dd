import CNcurses
import TestSupport
import Testing
@testable import TimelineModel
@testable import timeline_tui

/// One width for the screen and the export: the table against the C library's `wcwidth`
/// for every scalar, the screen against the model for every scalar, and the rule for
/// sequences (ZWJ, flags, VS16, skin tones) on both.
@Suite(.serialized, .tags(.slow)) struct WidthTableTests {
    /// `wcwidth` answers −1 for all non-ASCII until a UTF-8 locale is set.
    static func useUTF8() -> Bool { setlocale(LC_CTYPE, "C.UTF-8") != nil }

    @Test func everyScalarIsWhatTheCLibrarySays() throws {
        try #require(Self.useUTF8(), "the C.UTF-8 locale is missing")
        var disagree: [String] = []
        for v in UInt32(0)...0x10FFFF {
            let system = Int(cn_wcwidth(wchar_t(bitPattern: v)))
            let table = WidthTable.columns(v)
            if system != table, disagree.count < 20 { disagree.append("U+\(String(v, radix: 16)): \(system) vs \(table)") }
        }
        #expect(disagree.isEmpty, "the table disagrees with \(WidthTable.source): \(disagree); run scripts/gen-width-table")
    }

    /// Every printable scalar, as text from a file reaches either: neutralised, then
    /// measured by the export and drawn by `Frame`. The cells drawn are the columns
    /// measured, and every cell the terminal gets holds something it prints at the width
    /// counted. Of the 850,000 the C library does not print (shown as `\u{…}` by both),
    /// the ends of each run and one in 61 (all of them take a minute).
    @Test func screenAndExportAgreeOnEveryScalar() throws {
        try #require(Self.useUTF8(), "the C.UTF-8 locale is missing")
        var disagree: [String] = []
        var frame = Frame(width: 16, height: 1)
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if WidthTable.columns(v) < 0, v % 61 != 0, WidthTable.columns(v - 1) < 0, WidthTable.columns(v + 1) < 0 { continue }
            let text = SafeText.neutralise("a" + String(s))
            let export = DisplayWidth.of(text)
            let screen = frame.write(text, x: 0, y: 0)
            var cells = 0
            for x in 0..<screen {
                let cell = frame[x, 0]
                guard let base = cell.text.unicodeScalars.first else { continue }
                cells += cell.width
                if Int(cn_wcwidth(wchar_t(bitPattern: base.value))) != cell.width { disagree.append("U+\(String(v, radix: 16)) cell") }
            }
            if export != screen || cells != screen, disagree.count < 20 {
                disagree.append("U+\(String(v, radix: 16)): export \(export), screen \(screen), cells \(cells)")
            }
            for x in 0..<screen { frame.put(" ", x: x, y: 0, style: .plain) }
        }
        #expect(disagree.isEmpty, "\(disagree)")
    }

    /// Sequences take the sum of their scalars, as ncursesw counts; on screen each part
    /// that takes columns has its cells, and no ZWJ or VS16 reaches the terminal.
    @Test(arguments: [
        ("❤️", 1, "❤"), ("🇫🇷", 2, "🇫🇷"), ("👍🏽", 4, "👍🏽"), ("👨‍👩‍👧", 6, "👨👩👧"),
        ("e\u{301}", 1, "e\u{301}"), ("가", 2, "가"), ("\u{1100}\u{1161}", 2, "\u{1100}\u{1161}"),
    ])
    func sequencesTakeTheSumOfTheirParts(text: String, width: Int, drawn: String) {
        #expect(DisplayWidth.of(text) == width)
        #expect(DisplayWidth.of(SafeText.neutralise(text)) == width)
        var f = Frame(width: 12, height: 1)
        #expect(f.write(text + "|", x: 0, y: 0) == width + 1)
        #expect(f[width, 0].text == "|")
        #expect(f.rows[0].hasPrefix(drawn + "|"))
        for x in 0..<12 { #expect(!f[x, 0].text.unicodeScalars.contains { $0.value == 0x200D || $0.value == 0xFE0F }) }
        // The export wraps by the same columns.
        #expect(LineWrapping.lines(text + " " + text, first: 2 * width + 1, rest: 2 * width + 1).count == 1)
        #expect(LineWrapping.lines(text + " " + text, first: 2 * width, rest: 2 * width).count == 2)
    }

    /// What the fast byte paths accept is one column a scalar, or two exactly where their
    /// lead-byte guess says so.
    @Test func theByteShortcutsAgreeWithTheTable() {
        var wrong: [String] = []
        for v in UInt32(0x20)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let bytes = Array(String(s).utf8)
            if let n = bytes.withUnsafeBufferPointer(DisplayWidth.simpleWidth), n != WidthTable.columns(v) {
                wrong.append("simple U+\(String(v, radix: 16))")
            }
            if let n = bytes.withUnsafeBufferPointer(DisplayWidth.plainWidth) {
                if n != WidthTable.columns(v) || SafeText.neutralise(String(s)) != String(s) { wrong.append("plain U+\(String(v, radix: 16))") }
            }
            if wrong.count > 20 { break }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
