extension TextExporter {
    /// The lines `--details` adds beneath an event's line: its text's paragraphs, quote,
    /// sources, facts (id, kind, tags) and extra fields, each at the text's column and
    /// wrapped, then a blank line.
    ///
    /// Each line is made of the file's bytes when every value on it is plain
    /// (`DisplayWidth.plainWidth`: text `SafeText` leaves as it is, measured as it is
    /// checked), and wrapped by bytes (`LineWrapping.appendSimpleLines`); otherwise the
    /// line is made as a `String`, neutralised and wrapped the general way. Both give the
    /// same bytes (`FastExportTests`); the first makes no string.
    func appendDetails(_ event: EventValues, to out: inout [UInt8], scratch: inout [UInt8]) {
        let at = textColumn
        // The line is made in `scratch`'s room (taken, not shared, so appends do not copy).
        var line = DetailLine(bytes: [])
        swap(&line.bytes, &scratch)
        defer { swap(&line.bytes, &scratch) }
        if let text = event.text, !text.isEmpty, !appendPlainParagraphs(text, to: &out) {
            for paragraph in SafeText.neutralise(text.string, keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
                appendLine(String(paragraph), at, &out)
            }
        }
        if let quote = event.quote {
            line.start("Quote")
            if let lang = quote.lang {
                line.add(" (")
                line.add(lang)
                line.add(")")
            }
            line.add(": “")
            line.add(quote.text)
            line.add("”")
            if !appendPlain(line, to: &out) {
                let lang = quote.lang.map { " (\(SafeText.neutralise($0.string)))" } ?? ""
                let text = SafeText.neutralise(quote.text.string, keepingNewlines: true).split(separator: "\n").joined(separator: " / ")
                appendLine("Quote\(lang): “\(text)”", at, &out)
            }
        }
        for source in event.sources {
            line.start("Source: ")
            line.add(source.name)
            let url = source.url.flatMap { $0.isEmpty ? nil : $0 }
            if let url {
                line.add(" ")
                line.add(url)
            }
            if !appendPlain(line, to: &out) {
                var text = "Source: " + SafeText.neutralise(source.name.string)
                if let url { text += " " + SafeText.neutralise(url.string) }
                appendLine(text, at, &out)
            }
        }
        line.start("Id: ")
        line.add(event.id)
        let kind = event.kind.flatMap { $0.isEmpty ? nil : $0 }
        if let kind {
            line.add(" · Kind: ")
            line.add(kind)
        }
        for (n, tag) in event.tags.enumerated() {
            line.add(n == 0 ? " · Tags: " : ", ")
            line.add(tag)
        }
        if !appendPlain(line, to: &out) {
            var facts = ["Id: " + SafeText.neutralise(event.id.string)]
            if let kind { facts.append("Kind: " + SafeText.neutralise(kind.string)) }
            if !event.tags.isEmpty { facts.append("Tags: " + event.tags.map { SafeText.neutralise($0.string) }.joined(separator: ", ")) }
            appendLine(facts.joined(separator: " · "), at, &out)
        }
        for field in event.extraFields {
            line.start("")
            line.add(field.name)
            line.add(": ")
            line.add(field.json)
            if !appendPlain(line, to: &out) {
                appendLine(SafeText.neutralise(field.name.string) + ": " + SafeText.neutralise(field.json.string), at, &out)
            }
        }
        out.append(0x0A)
    }

    /// One line of details being made of plain bytes, and its width; `plain` turns false
    /// at the first value that is not plain (the line is then made the general way).
    struct DetailLine {
        var bytes: [UInt8]
        var width = 0
        var plain = true

        /// A new line starting with `literal`.
        mutating func start(_ literal: StaticString) {
            bytes.removeAll(keepingCapacity: true)
            width = 0
            plain = true
            add(literal)
        }

        /// Our own words: one column a scalar (ASCII, `·`, `“`, `”`).
        mutating func add(_ literal: StaticString) {
            guard plain else { return }
            let b = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            bytes.append(contentsOf: b)
            for c in b where c & 0xC0 != 0x80 { width &+= 1 }
        }

        /// A value from the file: its bytes when plain.
        mutating func add(_ value: TextValue) {
            guard plain else { return }
            guard let b = value.fileBytes, let w = value.plainWidth else {
                plain = false
                return
            }
            bytes.append(contentsOf: b)
            width &+= w
        }
    }

    /// What `appendLine` writes for the line's text, when it is plain: false, having
    /// written nothing, when it is not.
    private func appendPlain(_ line: DetailLine, to out: inout [UInt8]) -> Bool {
        guard line.plain else { return false }
        line.bytes.withUnsafeBufferPointer { appendPlainLine($0, width: line.width, to: &out) }
        return true
    }

    /// `appendLine` of plain UTF-8 `text` (`DisplayWidth.plainWidth` is `width`), by bytes.
    private func appendPlainLine(_ text: UnsafeBufferPointer<UInt8>, width: Int, to out: inout [UInt8]) {
        if text.isEmpty {
            out.append(0x0A)
            return
        }
        let at = textColumn
        appendSpaces(at, to: &out)
        guard let limit = options.width, width > max(1, limit - at) else {
            out.append(contentsOf: text)
            out.append(0x0A)
            return
        }
        let columns = max(1, limit - at)
        LineWrapping.appendSimpleLines(text, first: columns, rest: columns, indent: at, widerThanFirst: true, to: &out)
    }

    /// What the text's paragraphs make (`appendLine` of each line of the neutralised text)
    /// when each line is plain: bytes from the file hold no line break and are one line;
    /// decoded text is split at its line breaks. False, having written nothing, when a
    /// line is not plain.
    private func appendPlainParagraphs(_ text: TextValue, to out: inout [UInt8]) -> Bool {
        switch text {
        case .bytes(let b), .simple(let b):
            guard let width = text.plainWidth else { return false }
            appendPlainLine(b, width: width, to: &out)
            return true
        case .text(var s):
            return s.withUTF8 { all in
                // Measured first, all of them: neutralising looks across lines only at
                // what plain text never holds, so plain lines are the neutralised ones.
                var widths: [Int] = []
                for line in all.split(separator: 0x0A, omittingEmptySubsequences: false) {
                    guard let w = DisplayWidth.plainWidth(UnsafeBufferPointer(rebasing: line)) else { return false }
                    widths.append(w)
                }
                for (line, w) in zip(all.split(separator: 0x0A, omittingEmptySubsequences: false), widths) {
                    appendPlainLine(UnsafeBufferPointer(rebasing: line), width: w, to: &out)
                }
                return true
            }
        }
    }
}
