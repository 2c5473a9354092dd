/// What kind of JSON value starts at a byte, for "must be a string, not a number".
enum JSONKind {
    case string, number, object, array, boolean, null

    init?(firstByte c: UInt8) {
        switch c {
        case 0x22: self = .string
        case 0x7B: self = .object
        case 0x5B: self = .array
        case 0x74, 0x66: self = .boolean
        case 0x6E: self = .null
        case 0x2D, 0x30...0x39: self = .number
        default: return nil
        }
    }

    /// `a string`, `an object`, `null`.
    var withArticle: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .object: "an object"
        case .array: "an array"
        case .boolean: "a boolean"
        case .null: "null"
        }
    }
}

extension JSONCursor {
    /// The kind of value at the cursor, or a syntax error when there is none.
    func kind() throws(SyntaxError) -> JSONKind {
        guard pos < end, let k = JSONKind(firstByte: base[pos]) else { throw unexpected("a value", stringMayStart: true) }
        return k
    }

    /// Moves past the byte `c` (after whitespace) or fails expecting `what`.
    @inline(__always) mutating func expect(_ c: UInt8, _ what: String) throws(SyntaxError) {
        skipWhitespace()
        guard pos < end, base[pos] == c else { throw unexpected(what) }
        pos += 1
    }

    /// Enters an object at the cursor; true when it has fields (the cursor is then on the
    /// first key), false when it is `{}` (the cursor is past it).
    mutating func beginObject(depth: Int) throws(SyntaxError) -> Bool {
        guard depth <= JSONLimits.maxDepth else {
            throw SyntaxError(offset: pos, message: "nesting is deeper than \(JSONLimits.maxDepth) levels")
        }
        pos += 1
        skipWhitespace()
        if pos < end && base[pos] == 0x7D {
            pos += 1
            return false
        }
        return true
    }

    /// Reads `"key" :` and leaves the cursor on the value.
    @inline(__always) mutating func readKey() throws(SyntaxError) -> StringToken {
        skipWhitespace()
        guard pos < end, base[pos] == 0x22 else { throw unexpected("a field name in double quotes", stringMayStart: true) }
        // Most names are a few plain bytes: when the first byte `readString` would stop at
        // in the next eight is the closing quote, the name is all checked in one load.
        if pos &+ 9 <= end {
            let special = JSONCursor.specialBytes(UnsafeRawPointer(base + (pos &+ 1)).loadUnaligned(as: UInt64.self))
            let n = special.trailingZeroBitCount >> 3
            if special != 0 && base[pos &+ 1 &+ n] == 0x22 {
                let key = StringToken(start: pos &+ 1, end: pos &+ 1 &+ n, needsDecoding: false)
                pos &+= n &+ 2
                if pos < end && base[pos] == 0x3A {
                    pos &+= 1
                } else {
                    try expect(0x3A, "':' after the field name")
                }
                skipWhitespace()
                return key
            }
        }
        let key = try readString()
        try expect(0x3A, "':' after the field name")
        skipWhitespace()
        return key
    }

    /// After a field's value: true on `,` (another field follows), false on `}`.
    @inline(__always) mutating func nextField() throws(SyntaxError) -> Bool {
        skipWhitespace()
        guard pos < end else { throw unexpected("',' or '}'") }
        let c = base[pos]
        pos += 1
        if c == 0x2C {
            let comma = pos - 1
            skipWhitespace()
            if pos < end && base[pos] == 0x7D { throw SyntaxError(offset: comma, message: JSONCursor.trailingComma) }
            return true
        }
        if c == 0x7D { return false }
        pos -= 1
        throw unexpected("',' or '}'")
    }

    /// Enters an array at the cursor; true when it has elements (the cursor is then on the
    /// first), false when it is `[]`.
    mutating func beginArray(depth: Int) throws(SyntaxError) -> Bool {
        guard depth <= JSONLimits.maxDepth else {
            throw SyntaxError(offset: pos, message: "nesting is deeper than \(JSONLimits.maxDepth) levels")
        }
        pos += 1
        skipWhitespace()
        if pos < end && base[pos] == 0x5D {
            pos += 1
            return false
        }
        return true
    }

    /// After an element: true on `,` (the cursor is then on the next element), false on `]`.
    @inline(__always) mutating func nextElement() throws(SyntaxError) -> Bool {
        skipWhitespace()
        guard pos < end else { throw unexpected("',' or ']'") }
        let c = base[pos]
        pos += 1
        if c == 0x2C {
            let comma = pos - 1
            skipWhitespace()
            if pos < end && base[pos] == 0x5D { throw SyntaxError(offset: comma, message: JSONCursor.trailingComma) }
            return true
        }
        if c == 0x5D { return false }
        pos -= 1
        throw unexpected("',' or ']'")
    }

    static let trailingComma = "a trailing comma is not allowed in JSON"

    /// Checks and skips any value at the cursor. `depth` is the level the value is at.
    mutating func skipValue(depth: Int) throws(SyntaxError) {
        switch try kind() {
        case .string:
            _ = try readString()
        case .number:
            try skipNumber()
        case .boolean:
            _ = try readBoolean()
        case .null:
            try skipLiteral("null")
        case .object:
            guard try beginObject(depth: depth) else { return }
            repeat {
                _ = try readKey()
                try skipValue(depth: depth + 1)
            } while try nextField()
        case .array:
            guard try beginArray(depth: depth) else { return }
            repeat {
                try skipValue(depth: depth + 1)
            } while try nextElement()
        }
    }

    /// Reads `true` or `false`.
    mutating func readBoolean() throws(SyntaxError) -> Bool {
        if base[pos] == 0x74 {
            try skipLiteral("true")
            return true
        }
        try skipLiteral("false")
        return false
    }

    mutating func skipLiteral(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        let p = word.utf8Start
        for i in 0..<n where pos + i >= end || base[pos + i] != p[i] {
            throw SyntaxError(offset: pos, message: "unexpected text; expected \(word)")
        }
        pos += n
        if pos < end, isWordByte(base[pos]) {
            throw SyntaxError(offset: pos - n, message: "unexpected text after \(word)")
        }
    }

    private func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }

    /// Checks a number against JSON's grammar and moves past it.
    mutating func skipNumber() throws(SyntaxError) {
        let start = pos
        func digits() -> Int {
            let from = pos
            while pos < end && base[pos] >= 0x30 && base[pos] <= 0x39 { pos += 1 }
            return pos - from
        }
        let bad = SyntaxError(offset: start, message: "invalid number: JSON numbers look like 42, -3.5 or 1e6")
        if base[pos] == 0x2D { pos += 1 }
        guard pos < end else { throw bad }
        if base[pos] == 0x30 {
            pos += 1
        } else if digits() == 0 {
            throw bad
        }
        if pos < end && base[pos] == 0x2E {
            pos += 1
            guard digits() > 0 else { throw bad }
        }
        if pos < end && (base[pos] == 0x65 || base[pos] == 0x45) {
            pos += 1
            if pos < end && (base[pos] == 0x2B || base[pos] == 0x2D) { pos += 1 }
            guard digits() > 0 else { throw bad }
        }
        if pos < end, isWordByte(base[pos]) || base[pos] == 0x2E { throw bad }
    }

    /// The value in `range` as compact JSON: whitespace outside strings removed.
    func compactJSON(_ range: Range<Int>) -> String {
        var hasSpace = false
        var inString = false
        var i = range.lowerBound
        while i < range.upperBound {
            let c = base[i]
            if inString {
                if c == 0x5C { i += 1 } else if c == 0x22 { inString = false }
            } else if c == 0x22 {
                inString = true
            } else if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                hasSpace = true
                break
            }
            i += 1
        }
        let all = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        guard hasSpace else { return String(decoding: all, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        inString = false
        i = range.lowerBound
        while i < range.upperBound {
            let c = base[i]
            if inString {
                out.append(c)
                if c == 0x5C {
                    out.append(base[i + 1])
                    i += 1
                } else if c == 0x22 {
                    inString = false
                }
            } else if c == 0x22 {
                inString = true
                out.append(c)
            } else if !(c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09) {
                out.append(c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
