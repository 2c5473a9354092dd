import Foundation

/// The top-level fields of one JSON Lines object as spans of the file, found without
/// making a value or a string: what a reader's first pass looks at (`RecordReader.skim`).
///
/// It takes only a line that `RecordFile.jsonLine` reads without a problem or a warning,
/// and whose keys compare byte for byte as Swift compares strings: ASCII keys without
/// escapes, none repeated, at most `capacity` of them. For any other line it gives nil,
/// and the line is read the full way, which says what is wrong with it.
struct JSONLineFields {
    /// What a field's value is, as far as the first pass cares.
    enum Kind: UInt8 {
        /// A string without escapes: its bytes are its text.
        case string
        case escapedString
        case number
        case null
        case bool
        /// An object or an array (checked by `JSONValueParser`, not kept).
        case nested
    }

    struct Field {
        var keyStart: Int
        var keyCount: Int
        /// Where the value starts (its quote for a string) and ends.
        var valueStart: Int
        var valueEnd: Int
        var kind: Kind
    }

    static let capacity = 32

    let base: UnsafePointer<UInt8>
    private let fields: UnsafeMutableBufferPointer<Field>
    let count: Int

    /// The fields of the object on the line from `start` to `end` (its line feed), given to
    /// `body`; nil when the line is not one this reads (see above).
    static func scan<R>(_ bytes: FileBytes, from start: Int, to end: Int, _ body: (JSONLineFields) -> R?) -> R? {
        withUnsafeTemporaryAllocation(of: Field.self, capacity: capacity) { buffer in
            var scanner = Scanner(file: bytes, pos: start, end: end, fields: buffer)
            guard let count = scanner.object() else { return nil }
            return body(JSONLineFields(base: bytes.base, fields: buffer, count: count))
        }
    }

    subscript(i: Int) -> Field { fields[i] }

    /// The text of the string field `i` (inside its quotes).
    func text(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let f = fields[i]
        return UnsafeBufferPointer(start: base + f.valueStart + 1, count: f.valueEnd - f.valueStart - 2)
    }

    /// Whether field `i` is named `name` exactly.
    func key(_ i: Int, is name: [UInt8]) -> Bool {
        let f = fields[i]
        return f.keyCount == name.count && memcmp(base + f.keyStart, name, name.count) == 0
    }

    /// Whether field `i` is named `name` but for the case of ASCII letters
    /// (`JSONLogReader.sameIgnoringASCIICase`).
    func key(_ i: Int, isIgnoringCase name: [UInt8]) -> Bool {
        let f = fields[i]
        guard f.keyCount == name.count else { return false }
        for j in 0..<name.count {
            let x = base[f.keyStart + j], y = name[j]
            if x != y && !(x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A) { return false }
        }
        return true
    }

    /// The first field named `name` exactly (as `Record.field`).
    func first(_ name: [UInt8]) -> Int? {
        (0..<count).first { key($0, is: name) }
    }

    /// Walks the line, strictly as `JSONValueParser` does, noting each top-level field.
    private struct Scanner {
        let file: FileBytes
        let b: UnsafePointer<UInt8>
        var pos: Int
        let end: Int
        let fields: UnsafeMutableBufferPointer<Field>

        init(file: FileBytes, pos: Int, end: Int, fields: UnsafeMutableBufferPointer<Field>) {
            self.file = file
            b = file.base
            self.pos = pos
            self.end = end
            self.fields = fields
        }

        mutating func skipWhitespace() {
            while pos < end, b[pos] == 0x20 || b[pos] == 0x09 || b[pos] == 0x0D || b[pos] == 0x0A { pos += 1 }
        }

        /// The number of fields of the line's object, which is all the line holds.
        mutating func object() -> Int? {
            skipWhitespace()
            guard pos < end, b[pos] == 0x7B else { return nil }
            pos += 1
            skipWhitespace()
            var n = 0
            if pos < end, b[pos] == 0x7D {
                pos += 1
            } else {
                while true {
                    guard n < fields.count, pos < end, b[pos] == 0x22 else { return nil }
                    let keyStart = pos + 1
                    pos = keyStart
                    while pos < end, b[pos] != 0x22 {
                        guard b[pos] >= 0x20, b[pos] < 0x80, b[pos] != 0x5C else { return nil }
                        pos += 1
                    }
                    guard pos < end else { return nil }
                    let keyCount = pos - keyStart
                    for j in 0..<n where fields[j].keyCount == keyCount && memcmp(b + fields[j].keyStart, b + keyStart, keyCount) == 0 {
                        return nil
                    }
                    pos += 1
                    skipWhitespace()
                    guard pos < end, b[pos] == 0x3A else { return nil }
                    pos += 1
                    skipWhitespace()
                    let valueStart = pos
                    guard let kind = value() else { return nil }
                    fields[n] = Field(keyStart: keyStart, keyCount: keyCount, valueStart: valueStart, valueEnd: pos, kind: kind)
                    n += 1
                    skipWhitespace()
                    guard pos < end else { return nil }
                    if b[pos] == 0x2C { pos += 1; skipWhitespace(); continue }
                    guard b[pos] == 0x7D else { return nil }
                    pos += 1
                    break
                }
            }
            skipWhitespace()
            return pos == end ? n : nil
        }

        private mutating func value() -> Kind? {
            guard pos < end else { return nil }
            switch b[pos] {
            case 0x22: return string()
            case 0x2D, 0x30...0x39: return number() ? .number : nil
            case 0x74: return literal("true") ? .bool : nil
            case 0x66: return literal("false") ? .bool : nil
            case 0x6E: return literal("null") ? .null : nil
            case 0x7B, 0x5B:
                var parser = JSONValueParser(file, start: pos, end: end)
                guard (try? parser.parseNested(depth: 2)) != nil, parser.invalidUTF8Offsets.isEmpty else { return nil }
                pos = parser.pos
                return .nested
            default: return nil
            }
        }

        private mutating func string() -> Kind? {
            let start = pos
            pos += 1
            while pos < end {
                let c = b[pos]
                if c == 0x22 { pos += 1; return .string }
                if c == 0x5C { break }
                if c < 0x20 { return nil }
                if c < 0x80 {
                    pos += 1
                } else {
                    let n = UTF8Scalar.length(b, at: pos, end: end)
                    guard n > 0 else { return nil }
                    pos += n
                }
            }
            guard pos < end else { return nil }
            // Escapes: the parser checks them (rare in the fields a first pass reads).
            var parser = JSONValueParser(file, start: start, end: end)
            guard (try? parser.parseNested(depth: 2)) != nil, parser.invalidUTF8Offsets.isEmpty else { return nil }
            pos = parser.pos
            return .escapedString
        }

        private mutating func number() -> Bool {
            if b[pos] == 0x2D { pos += 1 }
            let intStart = pos
            let n = digits()
            guard n > 0, !(n > 1 && b[intStart] == 0x30) else { return false }
            if pos < end, b[pos] == 0x2E {
                pos += 1
                guard digits() > 0 else { return false }
            }
            if pos < end, b[pos] == 0x65 || b[pos] == 0x45 {
                pos += 1
                if pos < end, b[pos] == 0x2B || b[pos] == 0x2D { pos += 1 }
                guard digits() > 0 else { return false }
            }
            return true
        }

        private mutating func digits() -> Int {
            let s = pos
            while pos < end, b[pos] >= 0x30, b[pos] <= 0x39 { pos += 1 }
            return pos - s
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard pos + n <= end, memcmp(b + pos, word.utf8Start, n) == 0 else { return false }
            pos += n
            return true
        }
    }
}
