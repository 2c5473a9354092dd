import TestSupport
import Testing
@testable import TimelineModel

/// Markdown's escaping and HTML's entities skip eight bytes at a time past those that
/// cannot need them (`MarkdownText.escapeFlags`, `WebText.mayNeedEntity`): every byte
/// the one-at-a-time rule takes, in any of the eight places and beside any other byte, is
/// seen by the word test, and the escaped text is the one-at-a-time text.
@Suite struct EightBytesAtATimeTests {
    /// A word of eight bytes: `fill` everywhere but `byte` at `place`.
    static func word(_ byte: UInt8, at place: Int, fill: UInt8) -> UInt64 {
        var bytes = [UInt8](repeating: fill, count: 8)
        bytes[place] = byte
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    static func isEntity(_ c: UInt8) -> Bool { c == 0x22 || c == 0x26 || c == 0x27 || c == 0x3C || c == 0x3E }

    @Test func everyByteThatNeedsItIsSeenInEveryPlace() {
        for fill: UInt8 in [0x61, 0x20, 0x00, 0x7F, 0x80, 0xC3, 0xFF, 0x2A, 0x7E] {
            for place in 0..<8 {
                for b in 0...255 {
                    let w = Self.word(UInt8(b), at: place, fill: fill)
                    if MarkdownText.needsEscape(UInt8(b)) { #expect(MarkdownText.escapeFlags(w) != 0, "\(b) at \(place)") }
                    if Self.isEntity(UInt8(b)) { #expect(WebText.mayNeedEntity(w), "\(b) at \(place)") }
                }
            }
        }
        // Letters, digits, spaces and UTF-8 beyond ASCII pass a word at a time.
        for text in ["abcdefgh", "ABCD 123", "é’障😀xyz", "\u{1}\u{2}\t\n\r\u{7F}zz"] {
            let w = Array(text.utf8.prefix(8)).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(MarkdownText.escapeFlags(w) == 0 && !WebText.mayNeedEntity(w), "\(text)")
        }
    }

    /// The flags say exactly which bytes are in the ranges (no false hit above a real one):
    /// the escapers go straight to the lowest.
    @Test func theFlagsAreExactlyTheBytesInTheRanges() {
        func inEntityRanges(_ b: UInt8) -> Bool { (0x22...0x27).contains(b) || (0x3C...0x3E).contains(b) }
        func inEscapeRanges(_ b: UInt8) -> Bool {
            (0x23...0x2A).contains(b) || (0x3C...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7C...0x7E).contains(b)
        }
        var g = SplitMix(seed: 5)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8(truncatingIfNeeded: g.below(256)) }
            let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            var entity: UInt64 = 0, escape: UInt64 = 0
            for (k, b) in bytes.enumerated() {
                if inEntityRanges(b) { entity |= 0x80 << (8 * UInt64(k)) }
                if inEscapeRanges(b) { escape |= 0x80 << (8 * UInt64(k)) }
            }
            #expect(WebText.entityFlags(w) == entity, "\(bytes)")
            #expect(MarkdownText.escapeFlags(w) == escape, "\(bytes)")
        }
    }

    /// A checked string is quoted for a comma wherever it falls, in a text of any length
    /// (its last bytes are read as one word that overlaps the ones before).
    @Test func aCommaIsFoundInEveryPlaceOfACheckedString() {
        for length in 0..<40 {
            let plain = [UInt8](repeating: 0x61, count: length)
            #expect(plain.withUnsafeBufferPointer(CSVCell.checkedStringQuoting) == .none, "length \(length)")
            for at in 0..<length {
                var text = plain
                text[at] = 0x2C
                #expect(text.withUnsafeBufferPointer(CSVCell.checkedStringQuoting) == .quoted, "length \(length), comma at \(at)")
            }
        }
    }

    @Test func aWordIsKeptInALinkOnlyWhenEachByteIs() {
        for fill: UInt8 in [0x61, 0x2F, 0x5F, 0x39] {
            #expect(WebText.keptInLink(Self.word(fill, at: 0, fill: fill)))
            for place in 0..<8 {
                for b in 0...255 where !WebText.keepsInLink(UInt8(b)) {
                    #expect(!WebText.keptInLink(Self.word(UInt8(b), at: place, fill: fill)), "\(b) at \(place)")
                }
            }
        }
    }

    @Test func escapedTextIsTheTextEscapedAByteAtATime() {
        var g = SplitMix(seed: 7)
        let pieces = ["a", "é", "障", "😀", " ", "#", "$", "&", "*", "<", ">", "@", "[", "\\", "]", "_", "`", "|", "~",
                      "\"", "'", "(", ")", "=", "%", "^", "{", "}", "!", ".", "-"]
        for _ in 0..<2000 {
            let text = (0..<g.below(40)).map { _ in g.pick(pieces) }.joined()
            var markdown: [UInt8] = [], html: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer {
                MarkdownText.appendEscaped($0, to: &markdown)
                WebText.appendHTML(bytes: $0, to: &html)
            }
            var oneByOne: [UInt8] = []
            for c in text.utf8 {
                if MarkdownText.needsEscape(c) { oneByOne.append(0x5C) }
                oneByOne.append(c)
            }
            #expect(markdown == oneByOne, "\(text)")
            #expect(String(decoding: html, as: UTF8.self) == WebText.html(text), "\(text)")
        }
    }

    /// The one pass TimelineJS makes over a text from the file says what measuring it
    /// (`plainWidth`) and escaping it a byte at a time say: plain or not, and where the
    /// first entity goes; the search of simple text (`firstEntity`) finds the same entity.
    @Test func thePlainEntityScanIsPlainWidthAndTheFirstEntity() {
        var g = SplitMix(seed: 11)
        let pieces = ["a", "é", "’", "«", "ễ", "障", "😀", " ", "&", "<", ">", "\"", "'", "#", "=", "\u{AD}", "\u{85}",
                      "\u{200B}", "\u{2028}", "\u{301}", "\u{7F}", "\t", "★", "🇫🇷", "—", "…", "\u{2060}", "x", "Z", "9"]
        for _ in 0..<3000 {
            let text = (0..<g.below(30)).map { _ in g.pick(pieces) }.joined()
            let bytes = Array(text.utf8)
            let entity = bytes.firstIndex { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 } ?? bytes.count
            let expected: Int? = bytes.withUnsafeBufferPointer(DisplayWidth.plainWidth) == nil ? nil : entity
            #expect(bytes.withUnsafeBufferPointer(WebText.plainEntityScan) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            // Any UTF-8's scalars counted eight bytes at a time; simple text's are its columns.
            #expect(bytes.withUnsafeBufferPointer(DisplayWidth.scalarCount) == text.unicodeScalars.count)
            if let simple = bytes.withUnsafeBufferPointer(DisplayWidth.simpleWidth) {
                #expect(bytes.withUnsafeBufferPointer(DisplayWidth.scalarCount) == simple)
            }
            // Simple text (plain already) is only searched for its first entity.
            #expect(bytes.withUnsafeBufferPointer(WebText.firstEntity) == entity, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
