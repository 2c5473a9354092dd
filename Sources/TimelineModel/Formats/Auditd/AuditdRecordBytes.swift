import Foundation

extension AuditdLine {
    /// An audit record read from the bytes of a `SingleScalarText` line, as `recordByCharacters`
    /// reads its characters: the type, the stamp's time and serial, and the pairs in the
    /// record's order (a message's own pairs after the others, then an enriched log's).
    /// Nil when the line is not plainly a record (the walk over characters then decides).
    struct ByteRecord {
        struct Pair {
            var key: Range<Int>
            var value: Range<Int>
            var quoted: Bool
        }

        let b: UnsafeBufferPointer<UInt8>
        let type: Range<Int>
        /// `audit(TIME:SERIAL)`.
        let time: Range<Int>
        let serial: Range<Int>
        private(set) var pairs: [Pair] = []

        private static let stampMark = Array(" msg=audit(".utf8)
        private static let prefix = Array("type=".utf8)
        private static let msg = Array("msg".utf8)

        init?(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            let n = b.count
            guard n > 5, b.starts(with: Self.prefix) else { return nil }
            // The first ` msg=audit(`, found from its space (`memchr`).
            let mark = Self.stampMark
            var at = 5
            while true {
                guard at < n, let hit = memchr(b.baseAddress! + at, 0x20, n - at) else { return nil }
                at = UnsafeRawPointer(hit) - UnsafeRawPointer(b.baseAddress!)
                if n - at >= mark.count && b[at..<(at + mark.count)].elementsEqual(mark) { break }
                at += 1
            }
            let stamp = at
            type = 5..<stamp
            var close = stamp + Self.stampMark.count
            let inside = close
            while close < n && b[close] != 0x29 { close += 1 }
            guard close < n else { return nil }
            var colon = inside
            while colon < close && b[colon] != 0x3A { colon += 1 }
            guard colon > inside, colon + 1 < close, b[inside..<colon].allSatisfy({ $0 &- 0x30 <= 9 || $0 == 0x2E }),
                  b[(colon + 1)..<close].allSatisfy({ $0 &- 0x30 <= 9 })
            else { return nil }
            time = inside..<colon
            serial = (colon + 1)..<close
            var rest = close + 1
            if rest < n && b[rest] == 0x3A { rest += 1 }
            // An enriched log's names follow a group separator (0x1D).
            var separator = rest
            while separator < n && b[separator] != 0x1D { separator += 1 }
            var raw: [Pair] = []
            raw.reserveCapacity(40)
            guard BytePairs.walk(b, from: rest, to: separator, { raw.append(Pair(key: $0, value: $1, quoted: $2)) }) else { return nil }
            if let i = raw.firstIndex(where: { Self.equal(b, $0.key, Self.msg) }) {
                var inner: [Pair] = []
                if BytePairs.walk(b, from: raw[i].value.lowerBound, to: raw[i].value.upperBound, { inner.append(Pair(key: $0, value: $1, quoted: $2)) }),
                   !inner.isEmpty {
                    raw.remove(at: i)
                    raw += inner
                }
            }
            if separator < n {
                guard BytePairs.walk(b, from: separator + 1, to: n, { raw.append(Pair(key: $0, value: $1, quoted: $2)) }) else { return nil }
            }
            pairs = raw
        }

        private static func equal(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ name: [UInt8]) -> Bool {
            r.count == name.count && b[r].elementsEqual(name)
        }

        func text(_ r: Range<Int>) -> String { BytePairs.text(b, r) }

        func slice(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: b[r]) }

        /// The value of the record's first field named `name` (`type`, `audit_time` and `serial` first).
        func field(_ name: String) -> String? {
            switch name {
            case "type": return text(type)
            case "audit_time": return text(time)
            case "serial": return text(serial)
            default:
                var name = name
                return name.withUTF8 { n in
                    pairs.first { $0.key.count == n.count && b[$0.key].elementsEqual(n) }
                        .map { BytePairs.value(b, key: $0.key, $0.value, quoted: $0.quoted) }
                }
            }
        }

        /// The record `recordByCharacters` makes of the line.
        func record(number: Int) -> Record {
            let place = SourcePlace(line: number, column: 1)
            var fields: [Record.Field] = [.init(name: "type", value: .string(text(type)), place: place),
                                          .init(name: "audit_time", value: .string(text(time)), place: place),
                                          .init(name: "serial", value: .string(text(serial)), place: place)]
            fields.reserveCapacity(pairs.count + 3)
            for p in pairs {
                fields.append(.init(name: text(p.key), value: .string(BytePairs.value(b, key: p.key, p.value, quoted: p.quoted)), place: place))
            }
            return Record(fields: fields, line: number)
        }

        /// The event a listing shows (`map` without the extra fields); nil when the stamp is not epoch seconds.
        func listed(line: Int) -> EventDraft? {
            guard let time = EpochUnit.s.time(bytes: UnsafeBufferPointer(rebasing: b[self.time])) else { return nil }
            let written = text(self.time)
            let made = EventTitle.from(title(field))
            return .read(time: time, written: written, actor: actor(field), kind: text(type), title: made.title, text: made.text,
                         place: SourcePlace(line: line, column: 1))
        }
    }

    /// The reading of a line for a listing (see `RecordReader.textLines`), from its bytes.
    static func listing(_ bytes: FileBytes) -> @Sendable (Int, Int) -> RecordReading? {
        { offset, line in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, let draft = ByteRecord(l.text)?.listed(line: line) else { return nil }
            var reading = RecordReading(next: l.next, nextLine: line + 1)
            reading.whole = false
            reading.draft = draft
            return reading
        }
    }

    /// The first pass's reading of a line (`RecordReader.skimMaking`): its time, when it is
    /// plainly a record (`ByteRecord`) with a stamp in epoch seconds, and the title and actor
    /// a listing shows, made from its fields (`madeListing`).
    static func skim(_ bytes: FileBytes) -> @Sendable (Int, Int, MadeTitles) -> SkimmedRecord? {
        { offset, line, made in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, let record = ByteRecord(l.text),
                  let time = EpochUnit.s.time(bytes: UnsafeBufferPointer(rebasing: record.b[record.time]))
            else { return nil }
            var skimmed = SkimmedRecord(time: time, title: nil, actor: nil, next: l.next, nextLine: line + 1)
            skimmed.made = record.madeListing(made)
            return skimmed
        }
    }
}
