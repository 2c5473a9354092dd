/// One line of logfmt (`time=2024-03-01T10:00:00Z level=info msg="deploy started" app=api`,
/// as Go's logrus, go-kit, Grafana, Loki and Heroku write it): `key=value` pairs separated
/// by spaces, a value in double quotes when it holds spaces (`\"`, `\\`, `\n`, `\t` inside),
/// a key alone for true. The line may start with an ISO 8601 time and a `source[process]:`
/// as Heroku's log drains write (`2024-03-01T10:00:00.123456+00:00 heroku[router]: at=info
/// method=GET path="/" status=200`).
struct LogfmtLine {
    struct Pair {
        var key: String
        var value: String
        /// The key's column (1-based, in characters).
        var column: Int
    }

    /// The time written before the pairs, and the `source[process]` after it.
    var leadingTime: String?
    var source: String?
    var pairs: [Pair]

    /// The keys whose value is a time, as logfmt writers name them.
    static let timeKeys = ["time", "ts", "t", "timestamp", "@timestamp", "date", "datetime"]

    /// `line` as logfmt: nil when any word of it is not a pair (or a key alone), or it has
    /// fewer than two pairs with a value, or as many keys alone as pairs.
    init?(_ line: String) {
        if let read = Self.fromBytes(line) {
            guard let read else { return nil }
            self = read
            return
        }
        self.init(byCharacters: line)
    }

    init(leadingTime: String?, source: String?, pairs: [Pair]) {
        (self.leadingTime, self.source, self.pairs) = (leadingTime, source, pairs)
    }

    /// `init?(_:)`, walking the line's characters: for any line.
    init?(byCharacters line: String) {
        var rest = Substring(line)
        var column = 1
        func skipSpaces() {
            while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst(); column += 1 }
        }
        skipSpaces()
        if let (written, _, after, _) = TextLogReader.leadingTime(String(rest)) {
            leadingTime = written
            let taken = rest.count - after.count
            column += taken
            rest = rest.dropFirst(taken)
            // `heroku[router]:`: a word with brackets ending in a colon.
            let word = rest.prefix { $0 != " " }
            if word.hasSuffix("]:"), word.contains("["), !word.contains("=") {
                source = String(word.dropLast())
                column += word.count
                rest = rest.dropFirst(word.count)
                skipSpaces()
            }
        }
        pairs = []
        var keysAlone = 0
        while !rest.isEmpty {
            let keyColumn = column
            let key = rest.prefix { $0 != "=" && $0 != " " && $0 != "\t" && $0 != "\"" }
            guard !key.isEmpty else { return nil }
            rest = rest.dropFirst(key.count)
            column += key.count
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                column += 1
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    column += 1
                    var closed = false
                    while let c = rest.first {
                        rest = rest.dropFirst()
                        column += 1
                        if c == "\"" { closed = true; break }
                        if c == "\\", let e = rest.first {
                            rest = rest.dropFirst()
                            column += 1
                            switch e {
                            case "n": value.append("\n")
                            case "t": value.append("\t")
                            case "r": value.append("\r")
                            default: value.append(e)
                            }
                        } else {
                            value.append(c)
                        }
                    }
                    guard closed else { return nil }
                } else {
                    let bare = rest.prefix { $0 != " " && $0 != "\t" }
                    guard !bare.contains("\"") else { return nil }
                    value = String(bare)
                    rest = rest.dropFirst(bare.count)
                    column += bare.count
                }
                pairs.append(Pair(key: String(key), value: value, column: keyColumn))
            } else {
                pairs.append(Pair(key: String(key), value: "true", column: keyColumn))
                keysAlone += 1
            }
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            skipSpaces()
        }
        // Words of prose (`edge-17 WAF rule deployed`) are not keys: most words must be pairs.
        guard pairs.count - keysAlone >= 2, keysAlone <= pairs.count - keysAlone else { return nil }
    }

    /// Whether the line has a time: written before its pairs or under a time key.
    var hasTime: Bool {
        leadingTime != nil || pairs.contains { Self.timeKeys.contains($0.key) }
    }

    /// The line as a record: the leading time as `time`, the source as `source`, then the pairs.
    func record(line: Int) -> Record {
        var fields: [Record.Field] = []
        if let leadingTime { fields.append(.init(name: "time", value: .string(leadingTime), place: SourcePlace(line: line, column: 1))) }
        if let source { fields.append(.init(name: "source", value: .string(source), place: SourcePlace(line: line, column: 1))) }
        fields += pairs.map { .init(name: $0.key, value: .string($0.value), place: SourcePlace(line: line, column: $0.column)) }
        return Record(fields: fields, line: line)
    }
}
