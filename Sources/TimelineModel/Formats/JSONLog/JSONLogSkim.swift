extension JSONLogReader {
    /// The first pass's reading of a line (`RecordReader.skim`), for a log read without
    /// `--map` and from no recognised writer: the fields `map` would choose, found by the
    /// bytes of their names in the same order, and the line taken when what they hold needs
    /// no more than its bytes: a time with its offset written, a message that is its own
    /// title, an actor as written. Any other line is read by `map`. Kind and extra fields
    /// are not looked at: they change neither the rules nor a listing.
    static func skim(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int) -> SkimmedRecord? {
        { offset, line in
            let end = RecordFile.lineEnd(bytes, from: offset)
            return JSONLineFields.scan(bytes, from: offset, to: end) { fields in
                skim(fields, options: options, next: end + 1, nextLine: line + 1)
            }
        }
    }

    private static func skim(_ fields: JSONLineFields, options: ReadOptions, next: Int, nextLine: Int) -> SkimmedRecord? {
        // A time `WrittenTime` reads is neither an epoch number as text nor a Common Log
        // Format time (those start with digits and a '.', or two digits and '/'), so it is
        // read as `readTime` reads it.
        guard case .field(let t) = pick(SkimNames.time, in: fields, text: false), fields[t].kind == .string,
              let written = WrittenTime.parse(bytes: fields.text(t)), written.offsetSeconds != nil,
              case .success(let time) = options.time.place(written, text: "", what: ""),
              case .field(let m) = pick(SkimNames.title, in: fields, text: false), fields[m].kind == .string,
              EventTitle.keptAsWritten(fields.text(m))
        else { return nil }
        var actor: Range<Int>?
        switch pick(SkimNames.actor, in: fields, text: true) {
        case .unsure: return nil
        case .none: break
        case .field(let a):
            guard fields[a].kind == .string else { return nil }
            if fields[a].valueEnd - fields[a].valueStart > 2 { actor = (fields[a].valueStart + 1)..<(fields[a].valueEnd - 1) }
        }
        return SkimmedRecord(time: time, title: (fields[m].valueStart + 1)..<(fields[m].valueEnd - 1), actor: actor,
                             next: next, nextLine: nextLine)
    }

    /// A field name as bytes, and the first part of a dotted one (`jsonPayload.message`).
    struct SkimName: Sendable {
        let bytes: [UInt8]
        let head: [UInt8]?

        init(_ name: String) {
            bytes = Array(name.utf8)
            let parts = name.split(separator: ".")
            head = parts.count > 1 ? Array(parts[0].utf8) : nil
        }
    }

    enum SkimNames {
        static let time = timeFields.map(SkimName.init)
        static let title = titleFields.map(SkimName.init)
        static let actor = actorFields.map(SkimName.init)
    }

    /// Which field `map`'s `find` chooses among `names` (without `--map` or a writer).
    enum SkimPick {
        case field(Int)
        case none
        /// A dotted name may reach into an object: left to `map`.
        case unsure
    }

    /// As `find`: the first name, in order, of a field whose value is not null (and is text
    /// or a number when `text`); then the same ignoring the case of ASCII letters, the first
    /// field of each name only.
    static func pick(_ names: [SkimName], in fields: JSONLineFields, text: Bool) -> SkimPick {
        func fits(_ i: Int) -> Bool {
            let k = fields[i].kind
            return k != .null && (!text || k == .string || k == .escapedString || k == .number)
        }
        for n in names {
            if let i = fields.first(n.bytes) {
                if fits(i) { return .field(i) }
                continue
            }
            if let head = n.head, let i = fields.first(head), fields[i].kind == .nested { return .unsure }
        }
        for n in names {
            if let i = (0..<fields.count).first(where: { fields.key($0, isIgnoringCase: n.bytes) }), fits(i) { return .field(i) }
        }
        return .none
    }
}
