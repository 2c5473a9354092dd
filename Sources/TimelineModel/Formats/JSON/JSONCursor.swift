/// A JSON syntax error: reading stops at `offset`.
struct SyntaxError: Error {
    var offset: Int
    var message: String
    /// The JSON path of the string value the error is inside (a bad escape, a raw control
    /// character), filled in by the caller that knows it; empty for errors in the syntax.
    var path = ""
    /// Whether the error is in a string's contents, so that the path of the value holding
    /// it says where it is.
    var inString = false

    /// The error with `path` when it is in a string's contents and has no path yet.
    func placed(_ path: @autoclosure () -> String) -> SyntaxError {
        guard inString && self.path.isEmpty else { return self }
        var e = self
        e.path = path()
        return e
    }
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
    /// Problems found on the way that do not stop reading (wrong types, missing fields).
    var problems: [PendingProblem] = []
    /// Invalid UTF-8 inside strings: one a string, shown as U+FFFD, not a reason to
    /// refuse the file. Recorded with an empty path, which the caller that knows where the
    /// string is fills in (`placeWarnings`). At most `JSONLimits.maxProblems + 1` are kept.
    var warnings: [PendingProblem] = []
    /// Set when re-reading bytes the first pass has already checked: strings are then
    /// only delimited, not validated again.
    var trusted = false
    /// `--assume-zone` for times written without a zone (`parseTime`); nil refuses them.
    var assumedZone: AssumedZone?

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
            if c == 0x0A { skipIndentation() }
        }
    }

    /// Skips the spaces that start a line, eight at a time (pretty-printed JSON indents
    /// every field); stops on the first other byte.
    mutating func skipIndentation() {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        while pos &+ 8 <= end {
            let x = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self) ^ spaces
            guard x == 0 else {
                pos &+= x.trailingZeroBitCount >> 3
                return
            }
            pos &+= 8
        }
    }

    /// The error for finding something other than `expected` at the cursor. Where a
    /// string could start (`stringMayStart`), a single quote gets a hint instead.
    func unexpected(_ expected: String, stringMayStart: Bool = false) -> SyntaxError {
        if pos >= end {
            return SyntaxError(offset: pos, message: "unexpected end of \(endName); expected \(expected)")
        }
        if stringMayStart && base[pos] == 0x27 {
            return SyntaxError(offset: pos, message: "unexpected \"'\"; JSON strings use double quotes")
        }
        return SyntaxError(offset: pos, message: "unexpected \(describeByte(at: pos)); expected \(expected)")
    }

    /// Gives the warnings recorded since `mark` that have no path yet the path `path`
    /// (callers that know where a value is fill it in after reading the value).
    @inline(__always) mutating func placeWarnings(since mark: Int, _ path: @autoclosure () -> String) {
        guard warnings.count > mark else { return }
        let p = path()
        for i in mark..<warnings.count where warnings[i].path.isEmpty { warnings[i].path = p }
    }

    /// The path of the value of a field the format does not define: `events[0].note`, or
    /// the object's path when the name is not a plain word (it is the file's text, and a
    /// path is no place for quoting it).
    func fieldPath(_ parent: String, _ key: StringToken) -> String {
        let name = string(key)
        let plain = !name.isEmpty && name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
        }
        guard plain else { return parent }
        return parent.isEmpty ? name : parent + "." + name
    }

    /// A byte as a user would name it: `'x'`, `"'"`, `a NUL byte`, `byte 0xFF`, `'é'`.
    func describeByte(at: Int) -> String {
        let c = base[at]
        if c == 0 { return "NUL byte" }
        if c == 0x27 { return "\"'\"" }
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        if c < 0x20 || c == 0x7F { return "control character \(scalarName(UInt32(c)))" }
        let n = utf8SequenceLength(at: at)
        if n == 0 { return "invalid UTF-8 at byte \(at)" }
        let text = String(decoding: UnsafeBufferPointer(start: base + at, count: n), as: UTF8.self)
        return "'\(text)' (\(scalarName(text.unicodeScalars.first!.value)))"
    }

    /// The length of the valid UTF-8 sequence starting at `at` (a byte ≥ 0x80), or 0.
    @inline(__always) func utf8SequenceLength(at: Int) -> Int {
        UTF8Scalar.length(base, at: at, end: end)
    }

    /// How many bytes from `at` (where `utf8SequenceLength` is 0) show as one U+FFFD: the
    /// maximal subpart of a sequence, as Swift's decoding (and Unicode) replaces them.
    func invalidSequenceLength(at: Int) -> Int {
        UTF8Scalar.invalidLength(base, at: at, end: end)
    }
}

/// `U+000A`.
func scalarName(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
