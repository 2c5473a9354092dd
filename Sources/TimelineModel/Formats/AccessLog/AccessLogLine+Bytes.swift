extension AccessLogLine {
    /// `record(_:number:)` read from the line's bytes: the same fields, values and columns,
    /// without a walk over characters. `.none` when the line is not `SingleScalarText`
    /// (read by characters); `.some(nil)` when it is not an access log line.
    static func recordFromBytes(_ line: String, number: Int) -> Record?? {
        let read = line.utf8.withContiguousStorageIfAvailable { b -> Record?? in
            guard SingleScalarText.holds(b, line.unicodeScalars) else { return .none }
            return .some(recordFromBytes(b, number: number))
        }
        return read ?? .none
    }

    private static func recordFromBytes(_ b: UnsafeBufferPointer<UInt8>, number: Int) -> Record? {
        let n = b.count
        var fields: [Record.Field] = []
        fields.reserveCapacity(10)
        var i = 0
        var column = 1
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        func scalars(_ from: Int, _ to: Int) -> Int {
            var count = 0
            for k in from..<to where b[k] & 0xC0 != 0x80 { count += 1 }
            return count
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
        func add(_ value: String, at col: Int) {
            let k = fields.first?.name == "server" ? fields.count - 1 : fields.count
            let name = k < names.count ? names[k] : "field_\(k + 1)"
            fields.append(.init(name: name, value: .string(value), place: SourcePlace(line: number, column: col)))
        }
        func skipSpaces() {
            while i < n, isSpace(b[i]) { i += 1; column += 1 }
        }
        skipSpaces()
        // Apache's `vhost_combined`: as `record`, from the line's first five words split at spaces.
        var words: [Range<Int>] = []
        var (start, end) = (0, 0)
        while end < n && words.count < 4 {
            if b[end] == 0x20 {
                if end > start { words.append(start..<end) }
                end += 1
                start = end
            } else {
                end += 1
            }
        }
        if start != n { words.append(start..<n) }
        if words.count == 5, b[words[4].lowerBound] == 0x5B, b[words[3].lowerBound] != 0x5B, words[0].contains(where: { b[$0] == 0x3A }) {
            fields.append(.init(name: "server", value: .string(text(words[0].lowerBound, words[0].upperBound)),
                                place: SourcePlace(line: number, column: column)))
            var dropping = scalars(words[0].lowerBound, words[0].upperBound)
            column += dropping
            while i < n && dropping > 0 {
                i += 1
                if i == n || b[i] & 0xC0 != 0x80 { dropping -= 1 }
            }
            skipSpaces()
        }
        var value: [UInt8] = []
        while i < n {
            let start = column
            switch b[i] {
            case 0x5B:  // [
                var close = i + 1
                while close < n && b[close] != 0x5D { close += 1 }
                guard close < n else { return nil }
                add(text(i + 1, close), at: start)
                column += scalars(i + 1, close) + 2
                i = close + 1
            case 0x22:  // "
                let isRequest = fields.count == 4 || (fields.count == 5 && fields.first?.name == "server")
                value.removeAll(keepingCapacity: true)
                i += 1
                column += 1
                while i < n {
                    let c = b[i]
                    i += 1
                    if c & 0xC0 != 0x80 { column += 1 }
                    if c == 0x22 && (!isRequest || statusFollows(b, at: i)) { break }
                    if c == 0x5C, i < n, b[i] == 0x22 || b[i] == 0x5C {
                        value.append(b[i])
                        i += 1
                        column += 1
                    } else {
                        value.append(c)
                    }
                }
                add(String(decoding: value, as: UTF8.self), at: start)
            default:
                var j = i
                while j < n && !isSpace(b[j]) { j += 1 }
                add(text(i, j), at: start)
                column += scalars(i, j)
                i = j
            }
            guard i == n || isSpace(b[i]) else { return nil }
            skipSpaces()
        }
        let at = fields.first?.name == "server" ? 1 : 0
        guard fields.count >= 7 + at, CommonLogTime.parse(fields[3 + at].value.string ?? "") != nil,
              b.contains(0x22),
              let status = fields[5 + at].value.string, status.utf8.count == 3, status.utf8.allSatisfy({ $0 &- 0x30 <= 9 }),
              let sent = fields[6 + at].value.string, sent == "-" || sent.utf8.allSatisfy({ $0 &- 0x30 <= 9 })
        else { return nil }
        fields.removeAll { $0.value == .string("-") }
        return Record(fields: fields, line: number)
    }

    /// `statusFollows` at a byte: a space, a three-digit status and a space or the end.
    private static func statusFollows(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard b.count - i >= 4, b[i] == 0x20, b[i + 1] &- 0x30 <= 9, b[i + 2] &- 0x30 <= 9, b[i + 3] &- 0x30 <= 9 else { return false }
        return b.count - i == 4 || b[i + 4] == 0x20
    }
}
