/// Makes text from a file safe to show on a terminal: nothing in it can move the cursor,
/// change the window title or clipboard, reorder the line or hide characters.
///
/// - C0 controls and DEL in caret notation: ESC → `^[`, CR → `^M`, NUL → `^@`, DEL → `^?`;
///   a line feed → `^J` unless newlines are kept;
/// - a tab → four spaces;
/// - C1 controls (U+0080–U+009F), bidi embeddings, overrides and isolates
///   (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C), and every other
///   invisible format character (zero-width space, word joiner, BOM, soft hyphen,
///   line and paragraph separators…) → `\u{202E}`, shown literally;
/// - a character the C library does not print (a noncharacter, or one newer than its
///   Unicode, see `DisplayWidth.isPrintable`) → `\u{1FAE8}` too: a terminal would draw it
///   at a width nobody can know, or not at all;
/// - a zero-width joiner or tag character inside an emoji sequence is kept, so 👨‍👩‍👧 and
///   flags survive; letters, accents (é), guillemets (« »), curly quotes (’) and emoji
///   pass unchanged.
public enum SafeText {
    /// `text` with every control and invisible format character made visible and inert.
    public static func neutralise(_ text: String, keepingNewlines: Bool = false) -> String {
        // Fast path: printable ASCII (and newlines when kept) needs nothing.
        var clean = true
        for c in text.utf8 where c < 0x20 || c >= 0x7F {
            if c == 0x0A && keepingNewlines { continue }
            clean = false
            break
        }
        if clean { return text }
        // Plain one-column text (é « » ’ — …: see `DisplayWidth.ofSimple`) holds nothing to
        // neutralise; checked byte by byte, faster than the scalar walk below.
        if DisplayWidth.ofSimple(text) != nil { return text }
        if !needsWork(text, keepingNewlines: keepingNewlines) { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        var inTagSequence = false
        for s in text.unicodeScalars {
            defer { previous = s }
            let v = s.value
            if v < 0xE0020 || v > 0xE007F { inTagSequence = false }
            switch v {
            case 0x0A where keepingNewlines:
                out.append(s)
            case 0x09:
                out.append(contentsOf: "    ".unicodeScalars)
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                out.append(contentsOf: "^?".unicodeScalars)
            case 0x20..<0x7F:
                out.append(s)
            default:
                if isHidden(s, after: previous, inTagSequence: &inTagSequence) || !DisplayWidth.isPrintable(s) {
                    out.append(contentsOf: visible(s).unicodeScalars)
                } else {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    /// Whether anything in `text` must change; false for ordinary Latin, CJK and emoji
    /// text, which is then returned as is, without a copy.
    private static func needsWork(_ text: String, keepingNewlines: Bool) -> Bool {
        var previous: Unicode.Scalar? = nil
        var inTagSequence = false
        for s in text.unicodeScalars {
            defer { previous = s }
            let v = s.value
            if v < 0xE0020 || v > 0xE007F { inTagSequence = false }
            if v >= 0x20 && v < 0x7F { continue }
            if v == 0x0A && keepingNewlines { continue }
            if v < 0xA0 { return true }
            // Latin-1 and Latin Extended letters, and typographic punctuation, are safe.
            if (v > 0xAD && v < 0x300) || (v >= 0xA0 && v < 0xAD) || (0x2010...0x2027).contains(v) || (0x2030...0x205F).contains(v) { continue }
            if isHidden(s, after: previous, inTagSequence: &inTagSequence) || !DisplayWidth.isPrintable(s) { return true }
        }
        return false
    }

    /// Whether `neutralise` may change the scalar `v` (above U+007F), wherever it stands:
    /// the byte paths keep text only when it holds none (a ZWJ it keeps in an emoji
    /// counts too, as a format character).
    static func mayChange(_ v: UInt32) -> Bool {
        let w = WidthTable.columns(v)
        if w < 0 { return true }
        // Every control, format character and separator the C library prints is one
        // column wide or none (U+00AD, U+0600–U+0605, U+110BD…).
        guard w < 2, let s = Unicode.Scalar(v) else { return false }
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return true
        default: return false
        }
    }

    /// `\u{202E}`: how a neutralised character is shown.
    public static func visible(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 4 ? String(repeating: "0", count: 4 - hex.count) + hex : hex) + "}"
    }

    /// Whether `s` (not ASCII) would act on the terminal or hide itself.
    private static func isHidden(_ s: Unicode.Scalar, after previous: Unicode.Scalar?, inTagSequence: inout Bool) -> Bool {
        let v = s.value
        if v >= 0x80 && v <= 0x9F { return true }
        switch s.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return true
        case .format:
            if v == 0x200D, let p = previous, isEmojiPart(p) { return false }
            // Tag characters spell subdivision flags after U+1F3F4 (🏴); elsewhere they
            // smuggle invisible text.
            if v >= 0xE0020 && v <= 0xE007F {
                if previous?.value == 0x1F3F4 { inTagSequence = true }
                if inTagSequence {
                    if v == 0xE007F { inTagSequence = false }
                    return false
                }
            }
            return true
        default:
            return false
        }
    }

    /// Whether a zero-width joiner after `s` is kept (part of an emoji sequence).
    static func isEmojiPart(_ s: Unicode.Scalar) -> Bool {
        if s.value == 0xFE0F || (s.value >= 0x1F3FB && s.value <= 0x1F3FF) { return true }
        return s.value > 0x7F && s.properties.isEmoji
    }
}
