import Foundation

extension AccessLogLine {
    /// `record(_:number:)` read from the line's bytes: the same fields, values and columns,
    /// without a walk over characters. `.none` when the line is not `SingleScalarText`
    /// (read by characters); `.some(nil)` when it is not an access log line.
    static func recordFromBytes(_ line: String, number: Int) -> Record?? {
        let read = line.utf8.withContiguousStorageIfAvailable { b -> Record?? in
            guard SingleScalarText.holds(b, line.unicodeScalars) else { return .none }
            guard let fields = ByteFields(b) else { return .some(nil) }
            return .some(fields.record(number: number))
        }
        return read ?? .none
    }

    /// A line's fields as a walk over its bytes finds them, as `recordByCharacters` finds
    /// them in its characters (for a `SingleScalarText` line): each field's first byte (a
    /// `[` or `"` when bracketed or quoted), its value's bytes, and whether the value holds
    /// `\"` or `\\` to unescape. Only a line whose fields have their shapes is read.
    struct ByteFields {
        struct Field {
            var start: Int
            var value: Range<Int>
            var escaped: Bool
        }

        let b: UnsafeBufferPointer<UInt8>
        /// `vhost_combined`'s server and its port, then the fields named by `names` (and
        /// `field_10`… after them).
        var server: Field?
        var fields: [Field] = []
        /// The time the fourth field writes.
        private(set) var time = WrittenTime(date: CivilDate(year: 1970, month: 1, day: 1))

        init?(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            fields.reserveCapacity(10)
            let n = b.count
            var i = 0
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
            while i < n, isSpace(b[i]) { i += 1 }
            // Apache's `vhost_combined`: as `record`, from the line's first five words split at spaces.
            var words: (count: Int, first: Range<Int>, fourth: Int, fifth: Int) = (0, 0..<0, 0, 0)
            var (start, end) = (0, 0)
            func word(_ r: Range<Int>) {
                switch words.count {
                case 0: words.first = r
                case 3: words.fourth = r.lowerBound
                case 4: words.fifth = r.lowerBound
                default: break
                }
                words.count += 1
            }
            while end < n && words.count < 4 {
                if b[end] == 0x20 {
                    if end > start { word(start..<end) }
                    end += 1
                    start = end
                } else {
                    end += 1
                }
            }
            if start != n { word(start..<n) }
            if words.count == 5, b[words.fifth] == 0x5B, b[words.fourth] != 0x5B, words.first.contains(where: { b[$0] == 0x3A }) {
                // The server is the first word's characters, counted from the line's first non-space.
                var dropping = words.first.count - words.first.count { b[$0] & 0xC0 == 0x80 }
                let from = i
                while i < n && dropping > 0 {
                    i += 1
                    if i == n || b[i] & 0xC0 != 0x80 { dropping -= 1 }
                }
                server = Field(start: from, value: words.first, escaped: false)
                while i < n, isSpace(b[i]) { i += 1 }
            }
            while i < n {
                let start = i
                switch b[i] {
                case 0x5B:  // [
                    var close = i + 1
                    while close < n && b[close] != 0x5D { close += 1 }
                    guard close < n else { return nil }
                    fields.append(Field(start: start, value: (i + 1)..<close, escaped: false))
                    i = close + 1
                case 0x22:  // "
                    // A quoted field: `\"` and `\\` inside; the request ends at the quote
                    // before its status; a quote never closed runs to the end of the line.
                    let isRequest = fields.count == 4
                    if let close = AccessLogLine.plainQuotedEnd(b, from: i + 1, isRequest: isRequest) {
                        fields.append(Field(start: start, value: (i + 1)..<close, escaped: false))
                        i = min(close + 1, n)
                        break
                    }
                    var escaped = false
                    i += 1
                    let from = i
                    var upTo = n
                    while i < n {
                        let c = b[i]
                        i += 1
                        if c == 0x22 && (!isRequest || AccessLogLine.statusFollows(b, at: i)) { upTo = i - 1; break }
                        if c == 0x5C, i < n, b[i] == 0x22 || b[i] == 0x5C {
                            escaped = true
                            i += 1
                        }
                    }
                    fields.append(Field(start: start, value: from..<upTo, escaped: escaped))
                default:
                    var j = i
                    while j < n && !isSpace(b[j]) { j += 1 }
                    fields.append(Field(start: start, value: i..<j, escaped: false))
                    i = j
                }
                guard i == n || isSpace(b[i]) else { return nil }
                while i < n, isSpace(b[i]) { i += 1 }
            }
            // The shapes `record` asks of the first seven fields (an escaped value holds a
            // quote or a backslash, which none of them may).
            guard fields.count >= 7, !fields[3].escaped, let time = CommonLogTime.parse(bytes: slice(fields[3].value)),
                  b.contains(0x22),
                  !fields[5].escaped, fields[5].value.count == 3, fields[5].value.allSatisfy({ b[$0] &- 0x30 <= 9 }),
                  !fields[6].escaped, isNothing(fields[6]) || fields[6].value.allSatisfy({ b[$0] &- 0x30 <= 9 })
            else { return nil }
            self.time = time
        }

        /// Whether a field is `-` (nothing: left out).
        func isNothing(_ f: Field) -> Bool { f.value.count == 1 && b[f.value.lowerBound] == 0x2D }

        func slice(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: b[r]) }

        /// A field's value as text, unescaped.
        func text(_ f: Field) -> String {
            guard f.escaped else { return String(decoding: slice(f.value), as: UTF8.self) }
            var value: [UInt8] = []
            var i = f.value.lowerBound
            while i < f.value.upperBound {
                if b[i] == 0x5C, i + 1 < f.value.upperBound, b[i + 1] == 0x22 || b[i + 1] == 0x5C { i += 1 }
                value.append(b[i])
                i += 1
            }
            return String(decoding: value, as: UTF8.self)
        }

        /// The line's record: its fields as `names` names them, with their columns, `-` left out.
        func record(number: Int) -> Record {
            var out: [Record.Field] = []
            out.reserveCapacity(fields.count + 1)
            var (at, column) = (0, 1)
            func columnOf(_ byte: Int) -> Int {
                for k in at..<byte where b[k] & 0xC0 != 0x80 { column += 1 }
                at = byte
                return column
            }
            if let server {
                out.append(.init(name: "server", value: .string(text(server)), place: SourcePlace(line: number, column: columnOf(server.start))))
            }
            for (k, f) in fields.enumerated() {
                let place = SourcePlace(line: number, column: columnOf(f.start))
                guard !isNothing(f) else { continue }
                out.append(.init(name: k < names.count ? names[k] : "field_\(k + 1)", value: .string(text(f)), place: place))
            }
            return Record(fields: out, line: number)
        }

        /// `title(request:status:)` of this line's request and `status`, made from their bytes
        /// (see `requestShown`).
        func title(status: Field) -> String {
            let request = fields[4]
            guard let (shown, second) = requestShown() else {
                return AccessLogLine.title(request: isNothing(request) ? nil : text(request), status: text(status))
            }
            let none = AccessLogLine.noRequest
            let count = (shown.isEmpty ? none.count : shown.count + (second.isEmpty ? 0 : 1 + second.count)) + AccessLogLine.arrow.count + status.value.count
            return String(unsafeUninitializedCapacity: count) { out in
                var k = 0
                func put<C: Collection<UInt8>>(_ c: C) { for x in c { out[k] = x; k += 1 } }
                if shown.isEmpty { put(none) } else { put(b[shown]) }
                if !second.isEmpty { put(CollectionOfOne(0x20)); put(b[second]) }
                put(AccessLogLine.arrow)
                put(b[status.value])
                return k
            }
        }

        /// What `title(request:status:)` shows of the request, as its words split at spaces
        /// (as the characters of a `SingleScalarText` line are): `GET /x HTTP/1.1` shows its
        /// first word and, after a space, its second; another request all of it (`second`
        /// empty); none (`-` or empty) shows `(no request)` (`first` empty). Nil when the
        /// request holds escapes (its text is not its bytes).
        func requestShown() -> (first: Range<Int>, second: Range<Int>)? {
            let request = fields[4]
            guard !request.escaped else { return nil }
            if isNothing(request) || request.value.isEmpty { return (0..<0, 0..<0) }
            // Up to four words: three, the last `HTTP/…`, is a request line.
            var words: (count: Int, first: Range<Int>, second: Range<Int>, third: Range<Int>) = (0, 0..<0, 0..<0, 0..<0)
            var i = request.value.lowerBound
            while i < request.value.upperBound && words.count < 4 {
                while i < request.value.upperBound && b[i] == 0x20 { i += 1 }
                let from = i
                while i < request.value.upperBound && b[i] != 0x20 { i += 1 }
                guard i > from else { continue }
                switch words.count {
                case 0: words.first = from..<i
                case 1: words.second = from..<i
                case 2: words.third = from..<i
                default: break
                }
                words.count += 1
            }
            if words.count == 3 && b[words.third].starts(with: AccessLogLine.http) { return (words.first, words.second) }
            return (request.value, 0..<0)
        }

        /// The title and client a listing shows, as an entry of `made` (see `MadeTitles`):
        /// where it starts, or nil (none made) when they are not the line's bytes or
        /// `EventTitle` would not keep the title as it is.
        func madeListing(_ made: MadeTitles) -> Int? {
            let client = fields[0]
            guard !client.escaped, let (shown, second) = requestShown() else { return nil }
            let entry = made.start()
            if shown.isEmpty { made.append(contentsOf: AccessLogLine.noRequest) } else { made.append(slice(shown)) }
            if !second.isEmpty {
                made.append(contentsOf: CollectionOfOne(0x20))
                made.append(slice(second))
            }
            made.append(contentsOf: AccessLogLine.arrow)
            made.append(slice(fields[5].value))
            let titleEnd = made.count
            guard EventTitle.keptAsWritten(made.titleSoFar(entry)) else {
                made.drop(entry)
                return nil
            }
            if !isNothing(client) { made.append(slice(client.value)) }
            return made.finish(entry, titleEnd: titleEnd) ? entry : nil
        }

        /// The event a listing shows (see `JSONLogReader.map` with `AccessLogLine.writer`):
        /// the time, the client as actor, the status's class as kind, the request and status as title.
        func listed(line: Int, options: ReadOptions) -> EventDraft? {
            let written = text(fields[3])
            guard case .success(let time) = options.time.place(self.time, text: written, what: "time_local")
            else { return nil }
            let status = text(fields[5])
            let client = isNothing(fields[0]) || fields[0].value.isEmpty ? nil : text(fields[0])
            let made = EventTitle.from(title(status: fields[5]))
            return .read(time: time, written: written, actor: client, kind: statusClass(status), title: made.title, text: made.text,
                         extraFields: [], place: SourcePlace(line: line, column: 1))
        }
    }

    /// `AccessLogLine.title(request:status:)` of the request and a status, from their bytes.
    private static let http = Array("HTTP/".utf8)
    private static let arrow = Array(" → ".utf8)
    private static let noRequest = Array("(no request)".utf8)

    /// Where the quoted value that starts at `from` ends (at its closing quote, else at the
    /// line's end) when it holds no backslash, found with `memchr` (most values); nil when
    /// it holds one (then read a byte at a time, for its escapes).
    private static func plainQuotedEnd(_ b: UnsafeBufferPointer<UInt8>, from: Int, isRequest: Bool) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let n = b.count
        var at = from
        while true {
            var close = n
            if at < n, let hit = memchr(base + at, 0x22, n - at) { close = UnsafeRawPointer(hit) - UnsafeRawPointer(base) }
            if close > at && memchr(base + at, 0x5C, close - at) != nil { return nil }
            // A request's quote closes it only before its status.
            if close == n || !isRequest || statusFollows(b, at: close + 1) { return close }
            at = close + 1
        }
    }

    /// `statusFollows` at a byte: a space, a three-digit status and a space or the end.
    private static func statusFollows(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard b.count - i >= 4, b[i] == 0x20, b[i + 1] &- 0x30 <= 9, b[i + 2] &- 0x30 <= 9, b[i + 3] &- 0x30 <= 9 else { return false }
        return b.count - i == 4 || b[i + 4] == 0x20
    }
}
