extension LogfmtLine {
    /// `init?(_:)` read from the line's bytes: the same pairs and columns, without a walk
    /// over characters. `.none` when the line is not `SingleScalarText` or starts with a
    /// digit (a leading time, read by characters); `.some(nil)` when it is not logfmt.
    static func fromBytes(_ line: String) -> LogfmtLine?? {
        let read = line.utf8.withContiguousStorageIfAvailable { b -> LogfmtLine?? in
            guard SingleScalarText.holds(b, line.unicodeScalars) else { return .none }
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard i == b.count || b[i] &- 0x30 > 9 else { return .none }
            return .some(pairs(b, from: i).map { LogfmtLine(leadingTime: nil, source: nil, pairs: $0) })
        }
        return read ?? .none
    }

    private static func pairs(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> [Pair]? {
        let n = b.count
        var i = from
        var column = 1 + from
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
        func scalars(_ from: Int, _ to: Int) -> Int {
            var count = 0
            for k in from..<to where b[k] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        var pairs: [Pair] = []
        var keysAlone = 0
        var escaped: [UInt8] = []
        while i < n {
            let keyColumn = column
            var k = i
            while k < n && b[k] != 0x3D && !isSpace(b[k]) && b[k] != 0x22 { k += 1 }
            guard k > i else { return nil }
            let key = text(i, k)
            column += scalars(i, k)
            i = k
            if i < n && b[i] == 0x3D {  // =
                i += 1
                column += 1
                var value: String
                if i < n && b[i] == 0x22 {
                    i += 1
                    column += 1
                    let from = i
                    var closed = false
                    var plain = true  // no escape yet: the value is the bytes from `from`
                    escaped.removeAll(keepingCapacity: true)
                    var upTo = i
                    while i < n {
                        let c = b[i]
                        i += 1
                        if c & 0xC0 != 0x80 { column += 1 }
                        if c == 0x22 { closed = true; upTo = i - 1; break }
                        if c == 0x5C && i < n {
                            if plain { escaped.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<(i - 1)])); plain = false }
                            // The escaped character: one scalar (the line's characters are).
                            var e = i + 1
                            while e < n && b[e] & 0xC0 == 0x80 { e += 1 }
                            switch b[i] {
                            case 0x6E: escaped.append(0x0A)
                            case 0x74: escaped.append(0x09)
                            case 0x72: escaped.append(0x0D)
                            default: escaped.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<e]))
                            }
                            i = e
                            column += 1
                        } else if !plain {
                            escaped.append(c)
                        }
                    }
                    guard closed else { return nil }
                    value = plain ? text(from, upTo) : String(decoding: escaped, as: UTF8.self)
                } else {
                    var j = i
                    while j < n && !isSpace(b[j]) {
                        guard b[j] != 0x22 else { return nil }
                        j += 1
                    }
                    value = text(i, j)
                    column += scalars(i, j)
                    i = j
                }
                pairs.append(Pair(key: key, value: value, column: keyColumn))
            } else {
                pairs.append(Pair(key: key, value: "true", column: keyColumn))
                keysAlone += 1
            }
            guard i == n || isSpace(b[i]) else { return nil }
            while i < n, isSpace(b[i]) { i += 1; column += 1 }
        }
        guard pairs.count - keysAlone >= 2, keysAlone <= pairs.count - keysAlone else { return nil }
        return pairs
    }
}
