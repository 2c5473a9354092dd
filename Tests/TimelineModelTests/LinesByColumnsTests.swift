import TestSupport
import Testing
@testable import TimelineModel

/// `LineWrapping.appendLinesByColumns` finds each line by counting columns and looking back
/// for a space: it lays out any text it takes exactly as the word-by-word layout and as
/// `LineWrapping.lines` do, wherever a glued sign, a wide character or a word wider than
/// the line falls, and refuses (writing nothing) the text it cannot take.
@Suite struct LinesByColumnsTests {
    static let words = ["a", "bc", "defghij", "klmnopqrstu", "é", "École", "ß", "’", "—", "障害", "한국", "«", "»", "»,", ":", "!",
                        "?!", ";", "x:", ":abcd", "🔥", "✅", "🇫🇷", "👩‍💻", "https://example.com/a/b?c=d/efghijklmnopqrstuvwxyz",
                        "[100000-seed4001.timesketch]", "«là»", "é»"]

    /// Words joined by one space (two now and then, or one at an end: refused).
    static func randomText(_ random: inout SplitMix) -> String {
        let count = Int.random(in: 1...24, using: &random)
        var text = ""
        for k in 0..<count {
            if k > 0 { text += Int.random(in: 0..<40, using: &random) == 0 ? "  " : " " }
            text += words.randomElement(using: &random)!
        }
        if Int.random(in: 0..<60, using: &random) == 0 { text += " " }
        return text
    }

    /// A random text as the export wraps it by bytes, whether it is plain; nil when it is
    /// not plain and its spaces do not stand alone (the export wraps it the general way).
    static func wrappable(_ random: inout SplitMix) -> (text: String, utf8: [UInt8], plain: Bool)? {
        let text = randomText(&random)
        let utf8 = Array(text.utf8)
        let plain = utf8.withUnsafeBufferPointer(DisplayWidth.plainWidth) != nil
        // Exact widths for text the first two bytes do not measure (🇫🇷, 👩‍💻), as the
        // export asks when its spaces stand alone.
        guard plain || utf8.withUnsafeBufferPointer(LineWrapping.spacesStandAlone) else { return nil }
        return (text, utf8, plain)
    }

    /// The first line's and the others' columns each text is laid out in.
    static let sizes = [(1, 1), (3, 7), (8, 8), (20, 63), (46, 63), (63, 63), (500, 500)]

    @Test func linesFoundByColumnsAreTheLinesOfWords() {
        var random = SplitMix(seed: 61)
        var taken = 0
        var refused = 0
        for _ in 0..<5_000 {
            guard let (text, utf8, plain) = Self.wrappable(&random) else { continue }
            for (first, rest) in Self.sizes {
                var byColumns: [UInt8] = []
                var byWords: [UInt8] = []
                let took = utf8.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first, rest: rest, indent: 17, exactWidths: !plain, to: &byColumns)
                }
                utf8.withUnsafeBufferPointer {
                    LineWrapping.appendSimpleLinesByWords($0, first: first, rest: rest, indent: 17, exactWidths: !plain, to: &byWords)
                }
                guard took else {
                    #expect(byColumns.isEmpty)
                    #expect(text.contains("  ") || text.hasSuffix(" "), "\(text)")
                    refused += 1
                    continue
                }
                taken += 1
                #expect(String(decoding: byColumns, as: UTF8.self) == String(decoding: byWords, as: UTF8.self), "\(text) \(first) \(rest)")
                let lines = LineWrapping.lines(text, first: first, rest: rest)
                let expected = lines.enumerated().map { ($0 > 0 ? String(repeating: " ", count: 17) : "") + $1 + "\n" }.joined()
                #expect(String(decoding: byColumns, as: UTF8.self) == expected, "\(text) \(first) \(rest)")
            }
        }
        #expect(taken > 20_000)
        #expect(refused > 1_000)
    }

    /// A caller that measured the text (a merged line's tag, actor and title) gets the
    /// same lines: the start it measured is not counted again, nor, when the rest fits on
    /// the second line, the rest.
    @Test func measuredTextIsLaidOutAsUnmeasured() {
        var random = SplitMix(seed: 67)
        var measuredLines = 0
        for _ in 0..<5_000 {
            guard let (text, utf8, plain) = Self.wrappable(&random) else { continue }
            // Columns as the export has them from the first pass: each scalar's width.
            func columns(_ s: Substring) -> Int { s.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) } }
            // A start of the text that ends after a space (as `[tag] actor — ` does), or none.
            let spaces = text.indices.filter { text[$0] == " " }
            let cut = spaces.isEmpty || Bool.random(using: &random) ? text.startIndex
                : text.index(after: spaces.randomElement(using: &random)!)
            let before = (bytes: text[..<cut].utf8.count, columns: columns(text[..<cut]))
            let measured = LineWrapping.Measured(columns: columns(text[...]), before: before)
            for (first, rest) in Self.sizes {
                var unmeasured: [UInt8] = []
                var out: [UInt8] = []
                let took = utf8.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first, rest: rest, indent: 17, exactWidths: !plain, to: &unmeasured)
                }
                let tookMeasured = utf8.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first, rest: rest, indent: 17, exactWidths: !plain,
                                                      measured: measured, to: &out)
                }
                #expect(took == tookMeasured)
                #expect(String(decoding: out, as: UTF8.self) == String(decoding: unmeasured, as: UTF8.self),
                        "\(text) \(first) \(rest) \(before)")
                if took && before.columns > 0 && before.columns <= first { measuredLines += 1 }
            }
        }
        #expect(measuredLines > 5_000)
    }

    /// A start written by the caller (`[tag] actor — `) and the rest laid out after it
    /// (`continuing`): the same lines as the whole laid out at once, or nothing written;
    /// the same bytes in an array and in the scratch room the text export lays them out in
    /// (started small, so that it grows on the way).
    @Test func textContinuingAWrittenStartIsLaidOutAsTheWhole() {
        var random = SplitMix(seed: 71)
        var continued = 0
        var refused = 0
        for _ in 0..<5_000 {
            guard let (text, utf8, plain) = Self.wrappable(&random), plain else { continue }
            let columns = utf8.withUnsafeBufferPointer(DisplayWidth.plainWidth)!
            let spaces = utf8.indices.filter { utf8[$0] == 0x20 }
            guard let space = spaces.randomElement(using: &random) else { continue }
            let start = Array(utf8[...space])
            // The caller's start has one space between words (its tag and actor are checked).
            guard !start.withUnsafeBufferPointer({ LineWrapping.hasDoubleSpace($0.baseAddress!, count: $0.count) }) else { continue }
            let after = Array(utf8[(space + 1)...])
            let startColumns = start.withUnsafeBufferPointer(DisplayWidth.plainWidth)!
            let measured = LineWrapping.Measured(columns: columns - startColumns, before: (bytes: 0, columns: 0))
            for (first, rest) in Self.sizes where startColumns < first {
                var whole: [UInt8] = []
                let tookWhole = utf8.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first, rest: rest, indent: 17, exactWidths: false, to: &whole)
                }
                var out = start
                let took = after.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first - startColumns, rest: rest, indent: 17, exactWidths: false,
                                                      measured: measured, continuing: true, to: &out)
                }
                var scratch = ScratchBytes(capacity: 16)
                scratch.append(bytes: start)
                let tookInScratch = after.withUnsafeBufferPointer {
                    LineWrapping.appendLinesByColumns($0, first: first - startColumns, rest: rest, indent: 17, exactWidths: false,
                                                      measured: measured, continuing: true, to: &scratch)
                }
                #expect(tookInScratch == took)
                #expect(Array(scratch.bytes) == out, "\(text) \(first) \(rest) \(space)")
                scratch.deallocate()
                if took {
                    continued += 1
                    #expect(tookWhole)
                    #expect(String(decoding: out, as: UTF8.self) == String(decoding: whole, as: UTF8.self),
                            "\(text) \(first) \(rest) \(space)")
                } else {
                    refused += 1
                    #expect(out == start, "\(text) \(first) \(rest) \(space)")
                }
            }
        }
        #expect(continued > 2_000)
        #expect(refused > 100)
    }

    @Test func aMergedLineWrapsAfterItsSourceTag() {
        let text = Array("[100000-seed3001] Twitter support — The account is deactivated « à tort » : 11 minutes".utf8)
        var out: [UInt8] = []
        let took = text.withUnsafeBufferPointer {
            LineWrapping.appendLinesByColumns($0, first: 46, rest: 63, indent: 4, exactWidths: false, to: &out)
        }
        #expect(took)
        #expect(String(decoding: out, as: UTF8.self) == """
            [100000-seed3001] Twitter support — The
                account is deactivated « à tort » : 11 minutes

            """)
    }
}
