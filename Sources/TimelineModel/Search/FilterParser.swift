/// Reads a filter expression (see `FilterExpression`): a small recursive-descent parser
/// over words, phrases and parentheses. `OR`, `NOT` and `AND` are operators only in
/// capitals (as in lnav and web search), so `or` stays a word to look for.
///
///     expression := and ("OR" and)*
///     and        := unary+                    (side by side: all hold)
///     unary      := "-" unary | "NOT" unary | "(" expression ")" | term
///     term       := FIELD ":" value | value   (value: a word or a "quoted phrase")
struct FilterParser {
    /// A piece of the typed text.
    struct Token {
        enum Kind { case open, close, minus, word }
        var kind: Kind
        /// For a word: the field before its colon (lowercased), if any.
        var field: String?
        var value = ""
        /// Written in quotes: never an operator, never a field.
        var quoted = false
        /// Character position of the token, from 1.
        var column: Int
    }

    static let fields = ["actor", "kind", "tag", "source", "cited", "id", "after", "before"]
    static let fieldList = "actor: kind: tag: source: cited: id: after: before:"

    private var tokens: [Token]
    private var next = 0
    private let endColumn: Int
    private let time: (TypedTime) -> Instant

    init(_ text: String, time: @escaping (TypedTime) -> Instant) throws(FilterSyntaxError) {
        tokens = try Self.tokens(of: Array(text))
        endColumn = text.count + 1
        self.time = time
    }

    mutating func parse() throws(FilterSyntaxError) -> FilterExpression {
        guard !tokens.isEmpty else { return .everything }
        let e = try expression()
        if next < tokens.count {
            let t = tokens[next]
            throw FilterSyntaxError(column: t.column, message: "“)” without a “(” before it")
        }
        return e
    }

    // MARK: Grammar

    private func peek() -> Token? { next < tokens.count ? tokens[next] : nil }

    private func isOperator(_ t: Token?, _ name: String) -> Bool {
        guard let t, t.kind == .word, !t.quoted, t.field == nil else { return false }
        return t.value == name
    }

    private mutating func expression() throws(FilterSyntaxError) -> FilterExpression {
        var parts = [try conjunction(after: nil)]
        while isOperator(peek(), "OR") {
            let or = tokens[next]
            next += 1
            parts.append(try conjunction(after: or))
        }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    /// Terms side by side. `after`: the `OR` before them, for the message when none follows.
    private mutating func conjunction(after or: Token?) throws(FilterSyntaxError) -> FilterExpression {
        var parts: [FilterExpression] = []
        while let t = peek(), t.kind != .close, !isOperator(t, "OR") {
            if isOperator(t, "AND") {
                next += 1
                continue
            }
            parts.append(try unary())
        }
        if parts.isEmpty {
            let at = peek()?.column ?? endColumn
            if let or { throw FilterSyntaxError(column: or.column, message: "nothing after “OR”") }
            if at == endColumn, next > 0, tokens[next - 1].kind == .open {
                throw FilterSyntaxError(column: tokens[next - 1].column, message: "nothing after “(”")
            }
            if let t = peek(), t.kind == .close {
                throw FilterSyntaxError(column: at, message: next > 0 && tokens[next - 1].kind == .open
                    ? "nothing between “(” and “)”" : "“)” without a “(” before it")
            }
            throw FilterSyntaxError(column: at, message: "“OR” with nothing before it")
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func unary() throws(FilterSyntaxError) -> FilterExpression {
        let t = tokens[next]
        if t.kind == .minus || isOperator(t, "NOT") {
            next += 1
            guard let n = peek(), n.kind != .close, !isOperator(n, "OR") else {
                throw FilterSyntaxError(column: t.column, message: "nothing after “\(t.kind == .minus ? "-" : "NOT")” to leave out")
            }
            return .not(try unary())
        }
        if t.kind == .open {
            next += 1
            let e = try expression()
            guard let close = peek(), close.kind == .close else {
                throw FilterSyntaxError(column: t.column, message: "“(” is not closed")
            }
            _ = close
            next += 1
            return e
        }
        next += 1
        return try term(t)
    }

    private mutating func term(_ t: Token) throws(FilterSyntaxError) -> FilterExpression {
        switch t.field {
        case nil: return .term(EventFilter(text: t.value))
        case "actor": return .term(EventFilter(actor: t.value))
        case "kind": return .term(EventFilter(kind: t.value))
        case "tag": return .term(EventFilter(tag: t.value))
        // The file an event came from, in a merged timeline (issue 11: "`source:NAME` in
        // the filter" is the merge's source); the sources an event cites are `cited:`.
        case "source": return .term(EventFilter(source: t.value))
        case "cited": return .term(EventFilter(cited: t.value))
        case "id": return .term(EventFilter(id: t.value))
        case let field?:
            var written = t.value
            // `after:2017-11-03 06:00`: a date, then a time of day as the next word.
            if !t.quoted, written.utf8.count == 10, case .day? = TypedTime(written), let n = peek(), n.kind == .word, n.field == nil,
               !n.quoted, case .clock? = TypedTime(n.value) {
                written += " " + n.value
                next += 1
            }
            guard let typed = TypedTime(written) else {
                throw FilterSyntaxError(column: t.column + field.count + 1,
                                        message: "\(field): takes a time such as \(TypedTime.forms), not “\(written)”")
            }
            let instant = time(typed)
            return field == "after" ? .after(instant) : .before(instant)
        }
    }

    // MARK: Words

    private static func tokens(of c: [Character]) throws(FilterSyntaxError) -> [Token] {
        var out: [Token] = []
        var i = 0
        func quoted(from start: Int) throws(FilterSyntaxError) -> (String, Int) {
            var s = ""
            var j = start + 1
            while j < c.count {
                if c[j] == "\\", j + 1 < c.count, c[j + 1] == "\"" || c[j + 1] == "\\" {
                    s.append(c[j + 1]); j += 2; continue
                }
                if c[j] == "\"" { return (s, j + 1) }
                s.append(c[j]); j += 1
            }
            throw FilterSyntaxError(column: start + 1, message: "quote not closed")
        }
        while i < c.count {
            let ch = c[i]
            if ch.isWhitespace { i += 1; continue }
            if ch == "(" { out.append(Token(kind: .open, column: i + 1)); i += 1; continue }
            if ch == ")" { out.append(Token(kind: .close, column: i + 1)); i += 1; continue }
            if ch == "-" {
                guard i + 1 < c.count, !c[i + 1].isWhitespace, c[i + 1] != ")" else {
                    throw FilterSyntaxError(column: i + 1, message: "nothing after “-” to leave out")
                }
                out.append(Token(kind: .minus, column: i + 1)); i += 1; continue
            }
            if ch == "\"" {
                let (s, end) = try quoted(from: i)
                out.append(Token(kind: .word, value: s, quoted: true, column: i + 1))
                i = end
                continue
            }
            let start = i
            var word = ""
            while i < c.count, !c[i].isWhitespace, c[i] != "(", c[i] != ")", c[i] != "\"" { word.append(c[i]); i += 1 }
            var token = Token(kind: .word, value: word, column: start + 1)
            if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
               word[..<colon].allSatisfy(\.isLetter) {
                let field = word[..<colon].lowercased()
                guard fields.contains(field) else {
                    throw FilterSyntaxError(column: start + 1, message:
                        "no field “\(word[..<colon]):” (there are \(fieldList)); put text with a colon in quotes")
                }
                token.field = field
                token.value = String(word[word.index(after: colon)...])
                if token.value.isEmpty, i < c.count, c[i] == "\"" {
                    (token.value, i) = try quoted(from: i)
                    token.quoted = true
                }
                if token.value.isEmpty {
                    throw FilterSyntaxError(column: start + 1, message: "\(field): with nothing after it")
                }
            }
            out.append(token)
        }
        return out
    }
}

extension FilterExpression {
    /// Reads `text`. Times without an offset are in `formatter`'s display zone; a time of
    /// day alone is on `day` (the caller's choice: the viewer and export take the first
    /// event's day). Empty text keeps every event.
    public init(parsing text: String, formatter: TimeFormatter, day: CivilDate) throws(FilterSyntaxError) {
        var parser = try FilterParser(text) { $0.instant(with: formatter, on: day) }
        self = try parser.parse()
    }

    /// Reads `text` for `timeline` shown in `formatter`'s zone: a time of day alone is on
    /// the day of the timeline's first event there.
    public init(parsing text: String, timeline: Timeline, formatter: TimeFormatter) throws(FilterSyntaxError) {
        let day = timeline.events.first.map(formatter.day(of:)) ?? CivilDate(year: 1970, month: 1, day: 1)
        try self.init(parsing: text, formatter: formatter, day: day)
    }
}
