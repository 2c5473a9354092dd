extension LogfmtLine {
    /// `init?(_:)` read from the line's bytes: the same pairs and columns, without a walk
    /// over characters. `.none` when the line is not `SingleScalarText` or starts with a
    /// digit (a leading time, read by characters); `.some(nil)` when it is not logfmt.
    static func fromBytes(_ line: String) -> LogfmtLine?? {
        let read = line.utf8.withContiguousStorageIfAvailable { b -> LogfmtLine?? in
            guard SingleScalarText.holds(b, line.unicodeScalars), !BytePairs.startsWithTime(b) else { return .none }
            return .some(BytePairs(b).map { LogfmtLine(leadingTime: nil, source: nil, pairs: $0.pairs()) })
        }
        return read ?? .none
    }

    /// A line's pairs as a walk over its bytes finds them, as `init?(byCharacters:)` finds
    /// them in its characters (for a `SingleScalarText` line that does not start with a
    /// digit): each key's bytes, its value's (inside the quotes when quoted; none for a key
    /// alone) and whether the value holds escapes.
    struct BytePairs {
        struct Pair {
            var key: Range<Int>
            var value: Range<Int>?
            var escaped: Bool
        }

        let b: UnsafeBufferPointer<UInt8>
        var list: [Pair] = []

        /// Whether the line's first word starts with a digit (a leading time: read by characters).
        static func startsWithTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            return i < b.count && b[i] &- 0x30 <= 9
        }

        /// Nil when the line is not logfmt (as `init?(byCharacters:)` says).
        init?(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            list.reserveCapacity(12)
            let n = b.count
            var i = 0
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
            while i < n, isSpace(b[i]) { i += 1 }
            var keysAlone = 0
            while i < n {
                var k = i
                while k < n && b[k] != 0x3D && !isSpace(b[k]) && b[k] != 0x22 { k += 1 }
                guard k > i else { return nil }
                let key = i..<k
                i = k
                if i < n && b[i] == 0x3D {  // =
                    i += 1
                    if i < n && b[i] == 0x22 {
                        i += 1
                        let from = i
                        var escaped = false
                        var closed = false
                        while i < n {
                            let c = b[i]
                            i += 1
                            if c == 0x22 { closed = true; break }
                            if c == 0x5C && i < n {
                                escaped = true
                                // The escaped character: one scalar (the line's characters are).
                                i += 1
                                while i < n && b[i] & 0xC0 == 0x80 { i += 1 }
                            }
                        }
                        guard closed else { return nil }
                        list.append(Pair(key: key, value: from..<(i - 1), escaped: escaped))
                    } else {
                        var j = i
                        while j < n && !isSpace(b[j]) {
                            guard b[j] != 0x22 else { return nil }
                            j += 1
                        }
                        list.append(Pair(key: key, value: i..<j, escaped: false))
                        i = j
                    }
                } else {
                    list.append(Pair(key: key, value: nil, escaped: false))
                    keysAlone += 1
                }
                guard i == n || isSpace(b[i]) else { return nil }
                while i < n, isSpace(b[i]) { i += 1 }
            }
            // Words of prose (`edge-17 WAF rule deployed`) are not keys: most words must be pairs.
            guard list.count - keysAlone >= 2, keysAlone <= list.count - keysAlone else { return nil }
        }

        func slice(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: b[r]) }

        /// A pair's value as text: unescaped (`\n`, `\t`, `\r`, else the character after
        /// the backslash), `true` for a key alone.
        func value(_ p: Pair) -> String {
            guard let r = p.value else { return "true" }
            guard p.escaped else { return String(decoding: slice(r), as: UTF8.self) }
            var out: [UInt8] = []
            var i = r.lowerBound
            while i < r.upperBound {
                let c = b[i]
                i += 1
                guard c == 0x5C && i < r.upperBound else { out.append(c); continue }
                var e = i + 1
                while e < r.upperBound && b[e] & 0xC0 == 0x80 { e += 1 }
                switch b[i] {
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                default: out.append(contentsOf: slice(i..<e))
                }
                i = e
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// The first pair whose key is `name`.
        func first(_ name: [UInt8]) -> Int? {
            list.firstIndex { $0.key.count == name.count && slice($0.key).elementsEqual(name) }
        }

        /// Whether a key is `name` but for the case of ASCII letters (`JSONLogReader.sameIgnoringASCIICase`).
        func key(_ i: Int, isIgnoringCase name: [UInt8]) -> Bool {
            list[i].key.count == name.count && zip(slice(list[i].key), name).allSatisfy { x, y in
                x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
            }
        }

        /// The pairs with their keys' columns (1-based, in characters).
        func pairs() -> [LogfmtLine.Pair] {
            var (at, column) = (0, 1)
            return list.map { p in
                for k in at..<p.key.lowerBound where b[k] & 0xC0 != 0x80 { column += 1 }
                at = p.key.lowerBound
                return LogfmtLine.Pair(key: String(decoding: slice(p.key), as: UTF8.self), value: value(p), column: column)
            }
        }
    }
}
