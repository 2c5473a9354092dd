extension AuditdLine {
    /// `pairs(_:)` read from the text's bytes: the same keys and values, without a walk over
    /// characters. `.none` when the text is not `SingleScalarText` (read by characters);
    /// `.some(nil)` when it is not `key=value` words.
    static func pairsFromBytes(_ text: Substring) -> [(key: String, value: String)]?? {
        let read = text.utf8.withContiguousStorageIfAvailable { b -> [(key: String, value: String)]?? in
            guard SingleScalarText.holds(b, text.unicodeScalars) else { return .none }
            return .some(pairs(b))
        }
        return read ?? .none
    }

    private static func pairs(_ b: UnsafeBufferPointer<UInt8>) -> [(key: String, value: String)]? {
        let n = b.count
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
        var out: [(key: String, value: String)] = []
        var i = 0
        while i < n && b[i] == 0x20 { i += 1 }
        while i < n {
            var eq = i
            while eq < n && b[eq] != 0x3D { eq += 1 }
            guard eq < n, !b[i..<eq].contains(0x20) else { return nil }
            let key = text(i, eq)
            i = eq + 1
            if i < n, b[i] == 0x22 || b[i] == 0x27 {
                let quote = b[i]
                var end = i + 1
                while end < n && b[end] != quote { end += 1 }
                guard end < n else { return nil }
                out.append((key, text(i + 1, end)))
                i = end + 1
            } else {
                var end = i
                while end < n && b[end] != 0x20 { end += 1 }
                let value = text(i, end)
                if isTextField(key), let decoded = hexText(Substring(value)) {
                    out.append((key, decoded))
                } else {
                    out.append((key, value))
                }
                i = end
            }
            while i < n && b[i] == 0x20 { i += 1 }
        }
        return out
    }
}
