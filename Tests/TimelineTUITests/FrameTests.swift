import Testing
@testable import timeline_tui

/// The cell grid: widths, clipping by whole graphemes, wide glyphs, out-of-bounds writes,
/// and control characters made visible.
@Suite struct FrameTests {
    @Test func widthsAgreeWithTheTerminal() {
        #expect(CellWidth.of("é") == 1)
        #expect(CellWidth.of("« » ’") == 5)
        #expect(CellWidth.of("🔥") == 2)
        #expect(CellWidth.of("✅") == 2)
        #expect(CellWidth.of("障害") == 4)
        #expect(CellWidth.of("e\u{301}") == 1)  // e + combining acute
    }

    /// The pure table against the C library's `wcwidth` under C.UTF-8, over the blocks
    /// timelines use: Latin, punctuation, symbols, CJK, Hangul, emoji.
    @Test func tableMatchesSystemWcwidth() throws {
        try #require(SystemWidth.useUTF8(), "C.UTF-8 locale missing")
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x24F, 0x2000...0x2BFF, 0x3000...0x30FF,
                                              0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF00...0xFFEF, 0x1F300...0x1F6FF,
                                              0x1F900...0x1F9FF]
        var disagree: [String] = []
        for r in ranges {
            for v in r {
                guard let s = Unicode.Scalar(v) else { continue }
                let system = SystemWidth.of(s)
                guard system >= 0, s.properties.generalCategory != .unassigned else { continue }
                if system != CellWidth.of(s) { disagree.append(String(v, radix: 16) + ":\(system)") }
            }
        }
        #expect(disagree.isEmpty, "disagreements: \(disagree.prefix(60))")
        for c in "é«»’🔥障害✅" {
            for s in c.unicodeScalars { #expect(SystemWidth.of(s) == CellWidth.of(s), "\(s)") }
        }
    }

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
