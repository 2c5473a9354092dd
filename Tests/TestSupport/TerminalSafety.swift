/// What may not reach a terminal raw: the characters a hostile file uses to move the
/// cursor, change the title or clipboard, reorder a line or hide text.
public enum TerminalSafety {
    /// The first unsafe scalar in `text`, or nil: C0 controls but line feed, DEL, C1
    /// controls, bidi embeddings/overrides/isolates/marks, zero-width and invisible
    /// separators. (A zero-width joiner is allowed: joined emoji need it.)
    public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        case 0x200B, 0x2060, 0xFEFF, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `U+001B` for messages.
    public static func name(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
