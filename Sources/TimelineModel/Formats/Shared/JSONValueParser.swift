/// Parses one JSON value (RFC 8259) from bytes into a `JSONValue`, strictly: no comments,
/// no trailing commas, no single quotes, nesting at most 64 deep. Invalid UTF-8 inside a
/// string becomes U+FFFD and is noted in `invalidUTF8Offsets`; anywhere else it is an error.
struct JSONValueParser {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    static let maxDepth = 64

    /// Keeps `bytes` alive.
    private let file: FileBytes
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int
    let end: Int
    /// Where strings held invalid UTF-8 (shown as U+FFFD).
    /// Detection looks at a line whose reader will then report a repeated field.
    var allowsRepeatedFields = false
    var invalidUTF8Offsets: [Int] = []
    /// What ends the text parsed, in messages: a line of JSON Lines, or a whole document's file.
    var endName = "line"

    init(bytes: [UInt8], start: Int = 0, end: Int? = nil) {
        self.init(bytes.withUnsafeBytes { FileBytes(copying: $0) }, start: start, end: end)
    }

    /// A parser of the value from `start` to `end` (the file's end when nil).
    init(_ file: FileBytes, start: Int = 0, end: Int? = nil) {
        self.file = file
        bytes = file.buffer
        pos = start
        self.end = end ?? file.count
    }

    /// Reads exactly one value, with only whitespace around it.
    mutating func parseWhole() throws(Failure) -> JSONValue {
        skipWhitespace()
        let v = try value(depth: 1)
        skipWhitespace()
        guard pos >= end else { throw Failure(offset: pos, message: "unexpected \(describe(pos)) after the value") }
        return v
    }

    /// Reads one value after any whitespace and stops after it: the rest is the caller's
    /// (a document whose members are read one at a time, such as psort's `json`).
    mutating func parseNext() throws(Failure) -> JSONValue {
        skipWhitespace()
        return try value(depth: 1)
    }

    /// Reads the value at `pos`, `depth` levels deep (a field of a line's object is at 2),
    /// and stops after it: the rest of the line is the caller's (`JSONLineFields`).
    mutating func parseNested(depth: Int) throws(Failure) -> JSONValue {
        try value(depth: depth)
    }

    mutating func skipWhitespace() {
        while pos < end, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0A || bytes[pos] == 0x0D { pos += 1 }
    }

    private func describe(_ at: Int) -> String {
        guard at < end else { return "end of \(endName)" }
        let c = bytes[at]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + String(c, radix: 16, uppercase: true)
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= Self.maxDepth else { throw Failure(offset: pos, message: "nested more than \(Self.maxDepth) levels deep") }
        guard pos < end else { throw Failure(offset: pos, message: "unexpected end of \(endName); expected a value") }
        switch bytes[pos] {
        case 0x7B: return try object(depth: depth)
        case 0x5B: return try array(depth: depth)
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return .number(try number())
        default: throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected a value")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard pos + w.count <= end, Array(bytes[pos..<(pos + w.count)]) == w else {
            throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected a value")
        }
        pos += w.count
    }

    private mutating func number() throws(Failure) -> String {
        let start = pos
        if bytes[pos] == 0x2D { pos += 1 }
        func digits() -> Int { let s = pos; while pos < end, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 }; return pos - s }
        let intStart = pos
        let n = digits()
        guard n > 0, !(n > 1 && bytes[intStart] == 0x30) else { throw Failure(offset: start, message: "not a number") }
        if pos < end, bytes[pos] == 0x2E { pos += 1; guard digits() > 0 else { throw Failure(offset: start, message: "not a number") } }
        if pos < end, bytes[pos] == 0x65 || bytes[pos] == 0x45 {
            pos += 1
            if pos < end, bytes[pos] == 0x2B || bytes[pos] == 0x2D { pos += 1 }
            guard digits() > 0 else { throw Failure(offset: start, message: "not a number") }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        pos += 1
        var members: [JSONValue.Member] = []
        // The repeat check scans the members of a small object, and keeps a set for a wide
        // one (where a scan would be quadratic).
        var keys: Set<String> = []
        skipWhitespace()
        if pos < end, bytes[pos] == 0x7D { pos += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard pos < end, bytes[pos] == 0x22 else { throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected a field name in double quotes") }
            let keyOffset = pos
            let key = try string()
            if !allowsRepeatedFields, members.count < 16 ? members.contains(where: { $0.key == key }) : !keys.insert(key).inserted {
                throw Failure(offset: keyOffset, message: "field \(JSONValue.quoted(key)) is written twice")
            }
            skipWhitespace()
            guard pos < end, bytes[pos] == 0x3A else { throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected ':'") }
            pos += 1
            skipWhitespace()
            let at = pos
            let v = try value(depth: depth + 1)
            members.append(.init(key: key, value: v, offset: at))
            if members.count == 16 { keys = Set(members.map(\.key)) }
            skipWhitespace()
            guard pos < end else { throw Failure(offset: pos, message: "unexpected end of \(endName); expected ',' or '}'") }
            if bytes[pos] == 0x2C { pos += 1; continue }
            if bytes[pos] == 0x7D { pos += 1; return .object(members) }
            throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        pos += 1
        var elements: [JSONValue.Member] = []
        skipWhitespace()
        if pos < end, bytes[pos] == 0x5D { pos += 1; return .array(elements) }
        while true {
            skipWhitespace()
            let at = pos
            elements.append(.init(key: "", value: try value(depth: depth + 1), offset: at))
            skipWhitespace()
            guard pos < end else { throw Failure(offset: pos, message: "unexpected end of \(endName); expected ',' or ']'") }
            if bytes[pos] == 0x2C { pos += 1; continue }
            if bytes[pos] == 0x5D { pos += 1; return .array(elements) }
            throw Failure(offset: pos, message: "unexpected \(describe(pos)); expected ',' or ']'")
        }
    }

    private func hex4(_ at: Int) -> UInt32? {
        guard let base = bytes.baseAddress else { return nil }
        return JSONHex.four(base, at: at, end: end)
    }

    private mutating func string() throws(Failure) -> String {
        let start = pos
        pos += 1
        // Text without escapes is made from the file's bytes as they are.
        while pos < end, bytes[pos] != 0x22, bytes[pos] != 0x5C, bytes[pos] >= 0x20 { pos += 1 }
        if pos < end, bytes[pos] == 0x22 {
            pos += 1
            return text(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(pos - 1)]), at: start)
        }
        var out: [UInt8] = Array(bytes[(start + 1)..<pos])
        var runStart = pos
        while true {
            guard pos < end else { throw Failure(offset: start, message: "a string is never closed") }
            let c = bytes[pos]
            if c == 0x22 {
                out.append(contentsOf: bytes[runStart..<pos])
                pos += 1
                break
            }
            if c < 0x20 { throw Failure(offset: pos, message: "a raw control character (byte 0x\(String(c, radix: 16, uppercase: true))) inside a string; write it as an escape") }
            if c == 0x5C {
                out.append(contentsOf: bytes[runStart..<pos])
                guard pos + 1 < end else { throw Failure(offset: pos, message: "a string is never closed") }
                let e = bytes[pos + 1]
                pos += 2
                switch e {
                case 0x75:
                    guard var u = hex4(pos) else { throw Failure(offset: pos - 2, message: "\\u must be followed by four hex digits") }
                    pos += 4
                    if u >= 0xD800 && u < 0xDC00, pos + 1 < end, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75,
                       let low = hex4(pos + 2), low >= 0xDC00 && low < 0xE000 {
                        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                        pos += 6
                    }
                    let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    guard let b = JSONEscape.byte(e) else {
                        throw Failure(offset: pos - 2, message: "unknown escape \\\(Character(Unicode.Scalar(e)))")
                    }
                    out.append(b)
                }
                runStart = pos
                continue
            }
            pos += 1
        }
        return out.withUnsafeBufferPointer { text($0, at: start) }
    }

    /// `utf8` as text; invalid UTF-8 becomes U+FFFD and is noted at `offset`.
    private mutating func text(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        let (s, valid) = String.checkedUTF8(utf8)
        if !valid { invalidUTF8Offsets.append(offset) }
        return s
    }
}
