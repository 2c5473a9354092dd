/// Every event's id without a string an event: the ids the file gives (most other tools'
/// formats give none) and, for the other events, `<file-stem>:<line>` made when asked,
/// from the line where the event starts. Only a made id that would repeat another is kept
/// as text (`<file-stem>:<line>-2`, `-3`…).
struct EventIds: Sendable {
    /// The ids the file gives, by file index, and where each is.
    var given: [Int: (id: String, place: FieldPlace)] = [:]
    /// The ids a reader's first pass found as bytes of the file (`SkimmedRecord.id`), by
    /// file index: start << 24 | length, 0 for none (then `given` or a made id); empty
    /// when there are none. 8 bytes an event instead of a string and a place in `given`.
    private(set) var written: [UInt64] = []
    private(set) var writtenIn: FileBytes?
    /// The line each event starts on, by file index; -1 when not known (the id then
    /// counts events: `<file-stem>:<n>`, 1-based).
    var lines: [Int32] = []
    private var stem = ""
    /// `stem`'s UTF-8 and a colon: a made id is written from it without a string.
    private var stemColon: [UInt8] = []
    /// Made ids that are not `<file-stem>:<line>`, by file index.
    private var made: [Int: String] = [:]

    /// Makes the ids of events without one, unique: `stem` is the file's name without its
    /// last extension.
    mutating func assign(stem: String) {
        self.stem = stem
        stemColon = Array(stem.utf8) + [0x3A]
        // Lines known and rising, no id given: every made id is different already.
        if given.isEmpty, written.isEmpty, !lines.contains(-1), zip(lines, lines.dropFirst()).allSatisfy({ $0 < $1 }) { return }
        // Every event has its id: none to make.
        if given.count + written.lazy.filter({ $0 != 0 }).count == lines.count { return }
        var used = Set(given.values.map(\.id))
        for i in written.indices where written[i] != 0 { used.insert(writtenId(i)!) }
        for i in lines.indices where given[i] == nil && writtenId(i) == nil {
            let base = plain(i)
            var id = base
            var k = 2
            while !used.insert(id).inserted {
                id = "\(base)-\(k)"
                k += 1
            }
            if id != base { made[i] = id }
        }
    }

    /// The id of the event `index`-th in the file.
    func id(_ index: Int) -> String {
        if !given.isEmpty, let g = given[index] { return g.id }
        if let w = writtenId(index) { return w }
        if !made.isEmpty, let m = made[index] { return m }
        return plain(index)
    }

    /// Gives `body` the UTF-8 of `id(index)`: the file's own bytes when the first pass
    /// noted them there (no string made: a merge reads every id).
    func withId(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if index < written.count, written[index] != 0, let bytes = writtenIn, given.isEmpty || given[index] == nil {
            let w = written[index]
            return body(UnsafeBufferPointer(start: bytes.base + Int(w >> 24), count: Int(w & 0xFF_FFFF)))
        }
        if given.isEmpty || given[index] == nil, made.isEmpty || made[index] == nil, !stemColon.isEmpty {
            return withPlain(index, body)
        }
        var id = id(index)
        id.withUTF8(body)
    }

    /// `plain(index)`'s UTF-8, written in a buffer of the stack.
    private func withPlain(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let line = UInt64(lines[index] >= 0 ? Int(lines[index]) : index + 1)
        stemColon.withUnsafeBufferPointer { stem in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem.count + 20) { buffer in
                let base = buffer.baseAddress!
                base.update(from: stem.baseAddress!, count: stem.count)
                var digits = 1
                var rest = line / 10
                while rest > 0 {
                    digits += 1
                    rest /= 10
                }
                var value = line
                for k in stride(from: stem.count + digits - 1, through: stem.count, by: -1) {
                    base[k] = UInt8(truncatingIfNeeded: value % 10) + 0x30
                    value /= 10
                }
                body(UnsafeBufferPointer(start: base, count: stem.count + digits))
            }
        }
    }

    /// Notes that the id of the event `index`-th in the file is the bytes at `range` of
    /// `bytes` (not empty).
    mutating func noteWritten(_ range: Range<Int>, at index: Int, in bytes: FileBytes) {
        if written.count < index { written += repeatElement(0, count: index - written.count) }
        written.append(UInt64(range.lowerBound) << 24 | UInt64(range.count))
        writtenIn = bytes
    }

    /// Adds what `later` (the part of the file after these `count` events) noted.
    mutating func appendWritten(_ later: EventIds, after count: Int) {
        guard !later.written.isEmpty else { return }
        if written.count < count { written += repeatElement(0, count: count - written.count) }
        written += later.written
        writtenIn = later.writtenIn
    }

    /// The id noted by `noteWritten` for the event `index`-th in the file.
    func writtenId(_ index: Int) -> String? {
        guard index < written.count, written[index] != 0, let bytes = writtenIn else { return nil }
        let w = written[index]
        return String(decoding: UnsafeBufferPointer(start: bytes.base + Int(w >> 24), count: Int(w & 0xFF_FFFF)), as: UTF8.self)
    }

    private func plain(_ i: Int) -> String {
        "\(stem):\(lines[i] >= 0 ? Int(lines[i]) : i + 1)"
    }
}
