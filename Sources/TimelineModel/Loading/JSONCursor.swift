/// A JSON syntax error: reading stops at `offset`.
struct SyntaxError: Error {
    var offset: Int
    var message: String
}

/// A problem found while reading, placed by byte offset; its line and column are worked
/// out only when it is reported.
struct PendingProblem {
    var offset: Int
    var path: String
    var message: String
    /// Another place the message refers to (the first use of a duplicated id).
    var seeAlso: Int? = nil
}

/// A string as it sits in the file: the bytes between its quotes.
struct StringToken {
    /// The first byte after the opening quote (the quote itself is at `start - 1`).
    var start: Int
    /// The closing quote.
    var end: Int
    /// Whether it holds escapes or invalid UTF-8, so that its bytes are not its text.
    var needsDecoding: Bool

    var quoteOffset: Int { start - 1 }
    var count: Int { end - start }
}

/// A byte-level reader over UTF-8 JSON, with a fast path for plain strings.
///
/// It never allocates on the hot path: strings come back as `StringToken`s (ranges of the
/// file) and become Swift `String`s only when a caller asks.
struct JSONCursor {
    let base: UnsafePointer<UInt8>
    /// One past the last byte this cursor may read (the end of the file, or of a line).
    let end: Int
    var pos: Int
    /// `file` or `line`: what ends where `end` is, for messages.
    let endName: String
    /// Non-fatal problems found on the way (invalid UTF-8 inside strings).
    var problems: [PendingProblem] = []
    /// Set when re-reading bytes the first pass has already checked: strings are then
    /// only delimited, not validated again.
    var trusted = false

    init(base: UnsafePointer<UInt8>, start: Int, end: Int, endName: String) {
        self.base = base
        self.pos = start
        self.end = end
        self.endName = endName
    }

    var atEnd: Bool { pos >= end }

    @inline(__always) func byte(_ at: Int) -> UInt8 { base[at] }

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let c = base[pos]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            pos += 1
        }
    }

    /// The error for finding something other than `expected` at the cursor.
    func unexpected(_ expected: String) -> SyntaxError {
        if pos >= end {
            return SyntaxError(offset: pos, message: "unexpected end of \(endName); expected \(expected)")
        }
        return SyntaxError(offset: pos, message: "unexpected \(describeByte(at: pos)); expected \(expected)")
    }

    /// A byte as a user would name it: `'x'`, `a NUL byte`, `byte 0xFF`, `'é'`.
    func describeByte(at: Int) -> String {
        let c = base[at]
        if c == 0 { return "NUL byte" }
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        if c < 0x20 || c == 0x7F { return "control character \(scalarName(UInt32(c)))" }
        let n = utf8SequenceLength(at: at)
        if n == 0 { return "invalid UTF-8 at byte \(at)" }
        let text = String(decoding: UnsafeBufferPointer(start: base + at, count: n), as: UTF8.self)
        return "'\(text)' (\(scalarName(text.unicodeScalars.first!.value)))"
    }

    /// The length of the valid UTF-8 sequence starting at `at` (a byte ≥ 0x80), or 0.
    @inline(__always) func utf8SequenceLength(at: Int) -> Int {
        let c = base[at]
        @inline(__always) func cont(_ i: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            at + i < end && base[at + i] >= lo && base[at + i] <= hi
        }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}

/// `U+000A`.
func scalarName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
