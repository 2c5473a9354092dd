extension LogfmtLog {
    /// The first pass's reading of a line (`RecordReader.skim`), without `--map`: taken when
    /// the line's pairs (`LogfmtLine.BytePairs`) give what `JSONLogReader.map` would read
    /// with `writer`, as written: a time key with a time whose offset is written, a message
    /// that is its own title, an actor as written. Any other line is read by `map`.
    static func skim(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int) -> SkimmedRecord? {
        { offset, line in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, !LogfmtLine.BytePairs.startsWithTime(l.text), let pairs = LogfmtLine.BytePairs(l.text),
                  let (t, _) = timePair(pairs), let written = pairs.list[t].value, !pairs.list[t].escaped,
                  let w = WrittenTime.parse(bytes: pairs.slice(written)), w.offsetSeconds != nil,
                  case .success(let time) = options.time.place(w, text: "", what: ""),
                  case .pair(let m) = pick(Names.title, in: pairs), let message = pairs.list[m].value, !pairs.list[m].escaped,
                  EventTitle.keptAsWritten(pairs.slice(message))
            else { return nil }
            var actor: Range<Int>?
            switch pick(Names.actor, in: pairs) {
            case .unsure: return nil
            case .none: break
            case .pair(let a):
                guard let value = pairs.list[a].value, !pairs.list[a].escaped else { return nil }
                if !value.isEmpty { actor = (l.start + value.lowerBound)..<(l.start + value.upperBound) }
            }
            return SkimmedRecord(time: time, title: (l.start + message.lowerBound)..<(l.start + message.upperBound), actor: actor,
                                 next: l.next, nextLine: line + 1)
        }
    }

    /// The reading of a line for a listing (see `RecordReader.textLines`), without `--map`:
    /// what `JSONLogReader.map` reads with `writer` (time, title, kind, actor), from the
    /// line's pairs; nil leaves the line to `map` (a leading time, a message missing or
    /// empty, a field found only ignoring case, a time with a problem).
    static func listing(_ bytes: FileBytes, options: ReadOptions) -> @Sendable (Int, Int) -> RecordReading? {
        { offset, line in
            let l = LineBytes(bytes, at: offset)
            guard l.isSingleScalarText, !LogfmtLine.BytePairs.startsWithTime(l.text), let pairs = LogfmtLine.BytePairs(l.text),
                  let (t, timeName) = timePair(pairs),
                  case .pair(let m) = pick(Names.title, in: pairs)
            else { return nil }
            let actorPick = pick(Names.actor, in: pairs), kindPick = pick(Names.kind, in: pairs)
            if case .unsure = actorPick { return nil }
            if case .unsure = kindPick { return nil }
            let written = pairs.value(pairs.list[t])
            let made = EventTitle.from(pairs.value(pairs.list[m]))
            guard case .success(let time) = JSONLogReader.readTime(.string(written), name: timeName, mappedUnit: nil, options: options),
                  !made.empty
            else { return nil }
            var kind: String?
            if case .pair(let k) = kindPick {
                kind = pairs.value(pairs.list[k])
                if pairs.slice(pairs.list[k].key).elementsEqual("PRIORITY".utf8), let p = Int(kind!),
                   JSONLogReader.priorityNames.indices.contains(p) {
                    kind = JSONLogReader.priorityNames[p]
                }
            }
            var actor: String?
            if case .pair(let a) = actorPick {
                let value = pairs.value(pairs.list[a])
                if !value.isEmpty { actor = value }
            }
            var reading = RecordReading(next: l.next, nextLine: line + 1)
            reading.whole = false
            // Where the message's and the actor's text is in the file when it is their bytes
            // (the first pass keeps a listing as bytes, as the skim does).
            if let value = pairs.list[m].value, !pairs.list[m].escaped { reading.titleAt = l.start + value.lowerBound }
            if case .pair(let a) = actorPick, let value = pairs.list[a].value, !pairs.list[a].escaped {
                reading.actorAt = l.start + value.lowerBound
            }
            reading.draft = .read(time: time, written: written, actor: actor, kind: kind, title: made.title, text: made.text,
                                  place: SourcePlace(line: line, column: 1))
            return reading
        }
    }

    /// The names `JSONLogReader.map` tries with `writer`, in order, as bytes.
    enum Names {
        static let time = LogfmtLine.timeKeys.map { (Array($0.utf8), $0) }
        static let title = (writer.titleFields + JSONLogReader.titleFields).map { Array($0.utf8) }
        static let kind = (writer.kindFields + JSONLogReader.kindFields).map { Array($0.utf8) }
        static let actor = (writer.actorFields + JSONLogReader.actorFields).map { Array($0.utf8) }
    }

    /// The line's time pair (`reader`'s time key: the first of `LogfmtLine.timeKeys` it has) and its key.
    static func timePair(_ pairs: LogfmtLine.BytePairs) -> (Int, String)? {
        for (name, key) in Names.time {
            if let i = pairs.first(name) { return (i, key) }
        }
        return nil
    }

    /// Which pair `map`'s `find` chooses among `names` (every value of a logfmt line is text).
    enum Pick {
        case pair(Int)
        case none
        /// Found only ignoring case: left to `map`.
        case unsure
    }

    /// As `find`: the first name, in order, of a pair (the first of that key); a pair whose
    /// key is one of the names only ignoring the case of ASCII letters is left to `map`.
    static func pick(_ names: [[UInt8]], in pairs: LogfmtLine.BytePairs) -> Pick {
        for n in names {
            if let i = pairs.first(n) { return .pair(i) }
        }
        for n in names where pairs.list.indices.contains(where: { pairs.key($0, isIgnoringCase: n) }) {
            return .unsure
        }
        return .none
    }
}
