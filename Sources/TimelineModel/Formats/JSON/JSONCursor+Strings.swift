extension JSONCursor {
    /// The high bit of each of the eight bytes in `w` (little-endian) that may be `"`, `\`,
    /// a control character or ≥ 0x80. The lowest flagged byte is always a real one (the
    /// bit tricks can only over-flag bytes above a real hit).
    @inline(__always) static func specialBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let q = w ^ (ones &* 0x22)
        let b = w ^ (ones &* 0x5C)
        let quote = (q &- ones) & ~q
        let backslash = (b &- ones) & ~b
        let control = (w &- ones &* 0x20) & ~w
        return ((quote | backslash | control) & highs) | (w & highs)
    }

    /// Whether the first three of the four bytes in `w` (little-endian) are a valid
    /// three-byte UTF-8 scalar led by E1–EC or EE–EF (U+1000–U+CFFF, U+E000–U+FFFF: CJK,
    /// kana, Hangul, most symbols), read in one test (`VerbatimTextMeter` decodes runs of
    /// CJK with it); E0 and ED, whose second byte has a narrower range, are left to the
    /// general decoder.
    @inline(__always) static func isCommonThreeByteScalar(_ w: UInt32) -> Bool {
        let lead = w & 0xFF
        return w & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED
    }

    /// Whether the first six of the eight bytes in `w` (little-endian) are two scalars
    /// `isCommonThreeByteScalar` takes, in one test: a run of CJK is checked two
    /// ideographs at a time.
    @inline(__always) static func areTwoCommonThreeByteScalars(_ w: UInt64) -> Bool {
        guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { return false }
        // The low half of each lead (E0 and ED, whose second byte has a narrower range, are
        // left to the general decoder).
        let a = w & 0x0F
        let b = (w >> 24) & 0x0F
        return a != 0 && a != 0x0D && b != 0 && b != 0x0D
    }

    /// Reads a string at the cursor (which is on its opening quote), checking escapes,
    /// control characters and UTF-8. Invalid UTF-8 is a warning (one a string, at its first
    /// bad byte) and reading goes on; the string shows U+FFFD in its place.
    mutating func readString() throws(SyntaxError) -> StringToken {
        if trusted { return readCheckedString() }
        var columns = 0
        return try readString(PlainRead.self, simpleColumns: &columns)
    }

    /// `readString()`, and in the same pass what `DisplayWidth.simpleWidth` would say of
    /// its bytes: their columns when every scalar is one column on its own (plain ASCII,
    /// Latin letters, typographic punctuation) and no escape is written, else -1. The first
    /// pass measures each actor and title so (`EventFields.titleSimpleColumns`).
    mutating func readMeasuredString() throws(SyntaxError) -> (token: StringToken, simpleColumns: Int) {
        var columns = -1
        if trusted { return (readCheckedString(), columns) }
        let t = try readString(MeasuredRead.self, simpleColumns: &columns)
        return (t, columns)
    }

    /// DEL (0x7F) in the eight bytes of `w`, flagged as `specialBytes` flags: printable
    /// ASCII but for it, which `SafeText` shows escaped.
    @inline(__always) static func deleteBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let d = w ^ (ones &* 0x7F)
        return (d &- ones) & ~d & 0x8080_8080_8080_8080
    }

    /// The one string reader, compiled once for each `ReadKind`: the plain read carries
    /// none of the measuring's work (a generic rather than an inlined body, so that each
    /// copy is optimised like a function of its own).
    private mutating func readString<Kind: ReadKind>(_ kind: Kind.Type, simpleColumns: inout Int) throws(SyntaxError) -> StringToken {
        let measuring = Kind.measures
        let open = pos
        pos += 1
        let start = pos
        var needsDecoding = false
        var firstInvalid = -1
        var invalidCount = 0
        // Measuring: whether every scalar so far is one `simpleWidth` takes, and how many
        // bytes past the first each multi-byte scalar has (columns = bytes - extra).
        var simple = true
        var extra = 0
        while true {
            while pos &+ 8 <= end {
                let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
                var special = JSONCursor.specialBytes(w)
                if measuring { special |= JSONCursor.deleteBytes(w) }
                if special != 0 {
                    pos &+= special.trailingZeroBitCount >> 3
                    break
                }
                pos &+= 8
            }
            guard pos < end else {
                throw SyntaxError(offset: open, message: "this string is not closed before the end of the \(endName)")
            }
            let c = base[pos]
            if c == 0x22 {
                pos += 1
                if invalidCount > 0 { warnInvalidUTF8(at: firstInvalid, count: invalidCount) }
                if measuring { simpleColumns = simple && !needsDecoding ? pos - 1 - start - extra : -1 }
                return StringToken(start: start, end: pos - 1, needsDecoding: needsDecoding)
            } else if c == 0x5C {
                try skipEscape()
                needsDecoding = true
            } else if c < 0x20 {
                let name = c == 0 ? "a NUL byte" : "control character \(scalarName(UInt32(c)))"
                let written = c == 0x0A ? "\\n" : c == 0x09 ? "\\t" : c == 0x0D ? "\\r" : "\\u00" + String(scalarName(UInt32(c)).suffix(2))
                throw SyntaxError(offset: pos, message: "\(name) inside a string must be written as the escape \(written)", inString: true)
            } else if c >= 0x80 {
                // A run of non-ASCII scalars (CJK, emoji) is checked here to its end rather
                // than going back to the eight-byte loop after each scalar.
                repeat {
                    // CJK, kana, Hangul and most punctuation two scalars a test, or one,
                    // when the string is not being measured or is already known not to be
                    // simple.
                    if pos &+ 8 <= end && (!measuring || !simple) {
                        let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
                        if JSONCursor.areTwoCommonThreeByteScalars(w) {
                            pos &+= 6
                            continue
                        }
                        if JSONCursor.isCommonThreeByteScalar(UInt32(truncatingIfNeeded: w)) {
                            pos &+= 3
                            continue
                        }
                    } else if pos &+ 4 <= end && (!measuring || !simple) {
                        let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt32.self)
                        if JSONCursor.isCommonThreeByteScalar(w) {
                            pos &+= 3
                            continue
                        }
                    }
                    let n = utf8SequenceLength(at: pos)
                    if n == 0 {
                        if invalidCount == 0 { firstInvalid = pos }
                        invalidCount += 1
                        needsDecoding = true
                        pos += invalidSequenceLength(at: pos)
                    } else {
                        if measuring && simple {
                            simple = JSONCursor.isSimpleScalar(base, at: pos, length: n)
                            extra &+= n &- 1
                        }
                        pos += n
                    }
                } while pos < end && base[pos] >= 0x80
            } else {
                if measuring && c == 0x7F { simple = false }
                pos += 1
            }
        }
    }

    /// Whether the valid scalar of `length` bytes at `at` is one `DisplayWidth.simpleWidth`
    /// takes: U+00A0–U+02FF but the soft hyphen, U+2010–U+2027, U+2030–U+205E (the same
    /// test, which a test checks against it).
    @inline(__always)
    static func isSimpleScalar(_ base: UnsafePointer<UInt8>, at: Int, length: Int) -> Bool {
        let c = base[at]
        let b1 = base[at &+ 1]
        if length == 2 { return c <= 0xCB && (c != 0xC2 || (b1 >= 0xA0 && b1 != 0xAD)) }
        guard length == 3, c == 0xE2 else { return false }
        let b2 = base[at &+ 2]
        return b1 == 0x80 ? (b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0 : b1 == 0x81 && b2 <= 0x9E
    }

    /// Records the warning for a string with `count` invalid UTF-8 sequences, the first at
    /// `offset` (byte offsets count from the start of the file, a byte-order mark included).
    private mutating func warnInvalidUTF8(at offset: Int, count: Int) {
        guard warnings.count <= JSONLimits.maxProblems else { return }
        let more = count == 1 ? "" : " and \(count - 1) more place\(count == 2 ? "" : "s") in this string"
        warnings.append(PendingProblem(offset: offset, path: "", message: "invalid UTF-8 at byte \(offset)\(more) (shown as U+FFFD)"))
    }

    /// Reads a string the first pass has checked: finds its closing quote, nothing more.
    private mutating func readCheckedString() -> StringToken {
        pos += 1
        let start = pos
        var needsDecoding = false
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while true {
            while pos &+ 8 <= end {
                let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
                let q = w ^ (ones &* 0x22)
                let b = w ^ (ones &* 0x5C)
                let special = ((q &- ones) & ~q | (b &- ones) & ~b) & highs
                if special != 0 {
                    // The lowest flagged byte is a real `"` or `\`: go straight to it.
                    pos &+= special.trailingZeroBitCount >> 3
                    break
                }
                pos &+= 8
            }
            guard pos < end else { return StringToken(start: start, end: end, needsDecoding: needsDecoding) }
            let c = base[pos]
            if c == 0x22 {
                pos += 1
                return StringToken(start: start, end: pos - 1, needsDecoding: needsDecoding)
            }
            if c == 0x5C {
                needsDecoding = true
                pos += 2
            } else {
                pos += 1
            }
        }
    }

    /// Checks one escape at the cursor (on its backslash) and moves past it.
    private mutating func skipEscape() throws(SyntaxError) {
        let at = pos
        guard pos + 1 < end else {
            throw SyntaxError(offset: at, message: "unexpected end of \(endName) inside an escape")
        }
        switch base[pos + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
            pos += 2
        case 0x75:
            guard let v = hex4(pos + 2) else {
                throw SyntaxError(offset: at, message: "\\u must be followed by four hexadecimal digits", inString: true)
            }
            pos += 6
            if v >= 0xD800 && v <= 0xDBFF {
                guard pos + 1 < end, base[pos] == 0x5C, base[pos + 1] == 0x75, let low = hex4(pos + 2),
                      low >= 0xDC00 && low <= 0xDFFF
                else {
                    throw SyntaxError(offset: at, message: "lone surrogate \\u\(hexText(v)): a high surrogate must be followed by a low one (\\uDC00 to \\uDFFF)", inString: true)
                }
                pos += 6
            } else if v >= 0xDC00 && v <= 0xDFFF {
                throw SyntaxError(offset: at, message: "lone surrogate \\u\(hexText(v)): a low surrogate must follow a high one (\\uD800 to \\uDBFF)", inString: true)
            }
        default:
            let what = describeByte(at: pos + 1)
            throw SyntaxError(offset: at, message: "invalid escape: a backslash followed by \(what); JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", inString: true)
        }
    }

    private func hexText(_ v: UInt32) -> String { String(scalarName(v).dropFirst(2)) }

    /// The value of four hex digits at `at`, or nil.
    private func hex4(_ at: Int) -> UInt32? {
        JSONHex.four(base, at: at, end: end)
    }

    /// The text of a string token: escapes decoded, invalid UTF-8 shown as U+FFFD.
    func string(_ t: StringToken) -> String {
        let bytes = UnsafeBufferPointer(start: base + t.start, count: t.count)
        guard t.needsDecoding else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = t.start
        while i < t.end {
            // The run up to the next escape in one copy, not a byte at a time.
            let run = i
            while i < t.end && base[i] != 0x5C { i &+= 1 }
            out.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run))
            guard i < t.end else { break }
            let e = base[i + 1]
            i += 2
            switch e {
            case 0x75:
                var v = hex4(i) ?? 0xFFFD
                i += 4
                if v >= 0xD800 && v <= 0xDBFF, let low = hex4(i + 2) {
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: UTF8.encode(scalar)!)
            default: out.append(JSONEscape.byte(e) ?? e)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the token's text is exactly `literal` (an ASCII field name).
    @inline(__always) func token(_ t: StringToken, is literal: StaticString) -> Bool {
        guard !t.needsDecoding else { return string(t) == literal.description }
        let n = literal.utf8CodeUnitCount
        guard t.count == n else { return false }
        let p = literal.utf8Start
        for i in 0..<n where base[t.start + i] != p[i] { return false }
        return true
    }
}

/// Whether `JSONCursor.readString` measures as it reads, as a type: its two copies.
protocol ReadKind {
    static var measures: Bool { get }
}

enum PlainRead: ReadKind {
    static var measures: Bool { false }
}

enum MeasuredRead: ReadKind {
    static var measures: Bool { true }
}
