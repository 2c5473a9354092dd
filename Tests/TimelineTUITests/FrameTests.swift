import Testing
import TimelineModel
@testable import timeline_tui

/// The cell grid: widths, clipping by whole graphemes, wide glyphs, out-of-bounds writes,
/// and control characters made visible.
@Suite struct FrameTests {
    @Test func wideGlyphsTakeTwoCellsAndLineUp() {
        var f = Frame(width: 10, height: 2)
        f.write("障害🔥", x: 0, y: 0)
        f.write("abcdefghij", x: 0, y: 1)
        #expect(f.rows[0] == "障害🔥    ")
        #expect(f[0, 0].width == 2 && f[1, 0].width == 0)
        #expect(f[6, 0].text == " ")
        // Six columns on both rows: the glyphs take exactly the columns of six letters.
        #expect(f[5, 0].width == 0 && f[5, 1].text == "f")
    }

    @Test func clippingCutsWholeGraphemesWithAnEllipsis() {
        var f = Frame(width: 6, height: 1)
        f.write("障害障害", x: 0, y: 0)
        #expect(f.rows[0] == "障害… ")
        var g = Frame(width: 5, height: 1)
        g.write("ab障", x: 2, y: 0)  // 障 would straddle the edge
        #expect(g.rows[0] == "  ab…")
        var h = Frame(width: 4, height: 1)
        h.write("e\u{301}té", x: 0, y: 0)
        #expect(h.rows[0] == "e\u{301}té ")
    }

    @Test func writesOutsideTheFrameDoNothing() {
        var f = Frame(width: 3, height: 2)
        f.write("x", x: -1, y: 0)
        f.write("x", x: 0, y: 5)
        f.write("x", x: 3, y: 0)
        f.put("🔥", x: 2, y: 1, style: .plain)
        #expect(f.rows == ["   ", "   "])
        #expect(f[9, 9] == .blank)
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var f = Frame(width: 4, height: 1)
        f.write("障害", x: 0, y: 0)
        f.write("x", x: 1, y: 0)
        #expect(f.rows[0] == " x害")
    }

    @Test func controlsAndBidiOverridesAreShownNotSent() {
        var f = Frame(width: 40, height: 1)
        f.write("a\u{1B}]0;pwned\u{07}b\u{202E}c\u{9B}", x: 0, y: 0)
        #expect(f.rows[0].hasPrefix("a^[]0;pwned^Gb<U+202E>c<U+009B>"))
        for x in 0..<40 {
            for s in f[x, 0].text.unicodeScalars { #expect(!Printable.isUnsafe(s)) }
        }
    }
}
