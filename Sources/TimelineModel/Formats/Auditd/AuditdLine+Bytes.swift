extension AuditdLine {
    /// `pairs(_:)` read from the text's bytes: the same keys and values, without a walk over
    /// characters. `.none` when the text is not `SingleScalarText` (read by characters);
    /// `.some(nil)` when it is not `key=value` words.
    static func pairsFromBytes(_ text: Substring) -> [(key: String, value: String)]?? {
        let read = text.utf8.withContiguousStorageIfAvailable { b -> [(key: String, value: String)]?? in
            guard SingleScalarText.holds(b, text.unicodeScalars) else { return .none }
            var out: [(key: String, value: String)] = []
            let read = BytePairs.walk(b, from: 0, to: b.count) { key, value, quoted in
                out.append((BytePairs.text(b, key), BytePairs.value(b, key: key, value, quoted: quoted)))
            }
            return .some(read ? out : nil)
        }
        return read ?? .none
    }

    /// The `key=value` words of an audit record as a walk over its bytes finds them, as
    /// `pairsByCharacters` finds them in its characters (for `SingleScalarText`): each
    /// key's bytes and its value's (inside its quotes when quoted).
    enum BytePairs {
        /// Walks the words of `from..<to`, giving each to `each`; false when one is not a pair.
        static func walk(_ b: UnsafeBufferPointer<UInt8>, from: Int, to n: Int,
                         _ each: (_ key: Range<Int>, _ value: Range<Int>, _ quoted: Bool) -> Void) -> Bool {
            var i = from
            while i < n && b[i] == 0x20 { i += 1 }
            while i < n {
                var eq = i
                while eq < n && b[eq] != 0x3D {
                    guard b[eq] != 0x20 else { return false }
                    eq += 1
                }
                guard eq < n else { return false }
                let key = i..<eq
                i = eq + 1
                if i < n, b[i] == 0x22 || b[i] == 0x27 {
                    let quote = b[i]
                    var end = i + 1
                    while end < n && b[end] != quote { end += 1 }
                    guard end < n else { return false }
                    each(key, (i + 1)..<end, true)
                    i = end + 1
                } else {
                    var end = i
                    while end < n && b[end] != 0x20 { end += 1 }
                    each(key, i..<end, false)
                    i = end
                }
                while i < n && b[i] == 0x20 { i += 1 }
            }
            return true
        }

        static func text(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
        }

        /// A value as text: a bare value of a text field decoded when it is hex (`isTextField`, `hexText`).
        static func value(_ b: UnsafeBufferPointer<UInt8>, key: Range<Int>, _ value: Range<Int>, quoted: Bool) -> String {
            if !quoted, isTextField(b, key), let decoded = hexText(bytes: UnsafeBufferPointer(rebasing: b[value])) { return decoded }
            return text(b, value)
        }

        private static let textFields = ["proctitle", "name", "cwd", "comm", "exe", "cmd", "acct"].map { Array($0.utf8) }

        /// `isTextField` of a key's bytes.
        static func isTextField(_ b: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Bool {
            if b[key.lowerBound] == 0x61 && key.count > 1 && b[(key.lowerBound + 1)..<key.upperBound].allSatisfy({ $0 &- 0x30 <= 9 }) {
                return true
            }
            return textFields.contains { $0.count == key.count && b[key].elementsEqual($0) }
        }
    }
}
