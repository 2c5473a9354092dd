/// JSON's one-letter escapes (RFC 8259 §7), shared by our JSON reader and the JSON value
/// parser of other tools' files: `\n` is a line feed, `\"` a quote, and so on.
enum JSONEscape {
    /// The byte `\` followed by `letter` stands for; nil when `letter` makes no one-letter
    /// escape (`u`, which four hex digits follow, included).
    @inline(__always) static func byte(_ letter: UInt8) -> UInt8? {
        switch letter {
        case 0x22, 0x5C, 0x2F: letter
        case 0x62: 0x08
        case 0x66: 0x0C
        case 0x6E: 0x0A
        case 0x72: 0x0D
        case 0x74: 0x09
        default: nil
        }
    }
}
