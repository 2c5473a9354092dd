/// JSON text written byte by byte, for the writers of JSON-based formats: strings escaped
/// as RFC 8259 requires and nothing more (what the file said is kept, control characters
/// included, as escapes), so any JSON parser reads back the very same string.
enum JSONText {
    /// Appends `text` as a JSON string literal, quotes included.
    static func appendString<Out: ByteSink>(_ text: String, to out: inout Out) {
        var text = text
        text.withUTF8 { appendString(bytes: $0, to: &out) }
    }

    /// Appends `value` (see `TextValue`) as a JSON string literal, quotes included. Bytes
    /// from the file are a checked JSON string's without escapes (no `"`, `\` or control
    /// character in them): copied as they are.
    static func appendString<Out: ByteSink>(_ value: TextValue, to out: inout Out) {
        switch value {
        case .bytes(let b), .simple(let b):
            out.append(0x22)
            out.append(contentsOf: b)
            out.append(0x22)
        case .text(var s):
            s.withUTF8 { appendString(bytes: $0, to: &out) }
        }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string literal, quotes included.
    static func appendString<Out: ByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        out.append(0x22)
        appendEscaped(bytes: bytes, to: &out)
        out.append(0x22)
    }

    /// Appends the UTF-8 text `bytes` escaped as inside a JSON string literal, without the
    /// quotes: the escape of text made of parts is the parts' escapes one after another.
    static func appendEscaped<Out: ByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        var start = 0
        // Eight bytes at a time up to the first that may need an escape.
        for i in cleanPrefix(bytes)..<bytes.count {
            let c = bytes[i]
            guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            appendEscape(c, to: &out)
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Whether `bytes` hold no `"`, `\` or control character: a JSON string as they are.
    static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[cleanPrefix(bytes)...].allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }
    }

    /// How many bytes from the start, a multiple of eight, surely hold no `"`, `\` or
    /// control character.
    @inline(__always)
    private static func cleanPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i &+ 8 <= bytes.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let q = w ^ (ones &* 0x22)
            let b = w ^ (ones &* 0x5C)
            if ((q &- ones) & ~q | (b &- ones) & ~b | (w &- ones &* 0x20) & ~w) & highs != 0 { break }
            i &+= 8
        }
        return i
    }

    private static func appendEscape<Out: ByteSink>(_ c: UInt8, to out: inout Out) {
        out.append(0x5C)
        switch c {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(0x6E)  // n
        case 0x0D: out.append(0x72)  // r
        case 0x09: out.append(0x74)  // t
        case 0x08: out.append(0x62)  // b
        case 0x0C: out.append(0x66)  // f
        default:
            out.append("u00")
            let hex: StaticString = "0123456789abcdef"
            out.append(hex.utf8Start[Int(c >> 4)])
            out.append(hex.utf8Start[Int(c & 0x0F)])
        }
    }

    /// Appends `"name":` (no space).
    static func appendKey(_ name: String, to out: inout [UInt8]) {
        appendString(name, to: &out)
        out.append(0x3A)
    }

    /// Appends `,"name":"value"` or `"name":"value"` when first.
    static func appendField(_ name: String, _ value: String, first: inout Bool, to out: inout [UInt8]) {
        if !first { out.append(0x2C) }
        first = false
        appendKey(name, to: &out)
        appendString(value, to: &out)
    }

    /// Appends `,"name":` then the raw JSON `json` (an extra field's value, a number, `true`).
    static func appendRawField(_ name: String, _ json: String, first: inout Bool, to out: inout [UInt8]) {
        if !first { out.append(0x2C) }
        first = false
        appendKey(name, to: &out)
        out.append(contentsOf: json.utf8)
    }

    /// Appends a JSON array of strings.
    static func appendStrings<Out: ByteSink>(_ values: [String], to out: inout Out) {
        out.append(0x5B)
        for (n, v) in values.enumerated() {
            if n > 0 { out.append(0x2C) }
            appendString(v, to: &out)
        }
        out.append(0x5D)
    }

    /// Appends a JSON array of strings.
    static func appendStrings<Out: ByteSink>(_ values: [TextValue], to out: inout Out) {
        out.append(0x5B)
        for (n, v) in values.enumerated() {
            if n > 0 { out.append(0x2C) }
            appendString(v, to: &out)
        }
        out.append(0x5D)
    }

    /// The JSON string literal for `text`.
    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
