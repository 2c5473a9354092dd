/// One line of a Markdown document, by what starts it: a heading, a table row, a list
/// item, a quote, text, or nothing. Fenced code and HTML comments (a template's examples)
/// come out blank: they are not the timeline.
struct MarkdownBlock {
    enum Kind: Equatable {
        case blank
        case heading(level: Int, text: Substring)
        /// The cells of `| a | b |`, each with its column.
        case tableRow([Cell])
        /// `|---|:--:|`.
        case delimiterRow
        /// `- item`, `* item`, `1. item`: the marker's indentation and the text after it.
        case listItem(indent: Int, text: Substring, column: Int)
        /// `> text`, at an indentation.
        case quote(indent: Int, text: Substring)
        case text(indent: Int, text: Substring)
    }

    struct Cell: Equatable {
        var text: Substring
        var column: Int
    }

    var kind: Kind
    /// 1-based.
    var line: Int

    /// The document's lines, classified.
    static func lines(of text: String) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var fence: Substring?
        var inComment = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            let body = line.drop { $0 == " " || $0 == "\t" }
            if inComment {
                if body.contains("-->") { inComment = false }
                blocks.append(MarkdownBlock(kind: .blank, line: number))
                continue
            }
            if let open = fence {
                if body.hasPrefix(open) { fence = nil }
                blocks.append(MarkdownBlock(kind: .blank, line: number))
                continue
            }
            if indent <= 3, body.hasPrefix("```") || body.hasPrefix("~~~") {
                fence = body.prefix(3)
                blocks.append(MarkdownBlock(kind: .blank, line: number))
                continue
            }
            if body.hasPrefix("<!--") {
                if !body.contains("-->") { inComment = true }
                blocks.append(MarkdownBlock(kind: .blank, line: number))
                continue
            }
            blocks.append(MarkdownBlock(kind: kind(of: body, indent: indent), line: number))
        }
        return blocks
    }

    private static func kind(of body: Substring, indent: Int) -> Kind {
        if body.isEmpty { return .blank }
        if indent <= 3, body.first == "#" {
            let hashes = body.prefix { $0 == "#" }.count
            let rest = body.dropFirst(hashes)
            if hashes <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" {
                var text = Substring(rest.trimmingSpaces)
                // A closing run of `#` is not part of the heading.
                let closing = text.reversed().prefix { $0 == "#" }.count
                if closing > 0, closing < text.count, text.dropLast(closing).last == " " {
                    text = Substring(text.dropLast(closing).trimmingSpaces)
                }
                return .heading(level: hashes, text: text)
            }
        }
        if body.first == "|" { return row(body, indent: indent) }
        if body.first == ">" {
            return .quote(indent: indent, text: body.dropFirst().drop { $0 == " " })
        }
        if let first = body.first, first == "-" || first == "*" || first == "+" {
            let rest = body.dropFirst()
            if rest.isEmpty || rest.first == " " || rest.first == "\t" {
                // `---` and `* * *` are rules, not items.
                if body.allSatisfy({ $0 == first || $0 == " " }), body.filter({ $0 == first }).count >= 3 { return .blank }
                let text = rest.drop { $0 == " " || $0 == "\t" }
                return .listItem(indent: indent, text: text, column: indent + 1 + body.distance(from: body.startIndex, to: text.startIndex))
            }
        }
        let digits = body.prefix { $0.isASCIIDigit }
        if (1...9).contains(digits.count) {
            let rest = body.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                let text = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                return .listItem(indent: indent, text: text, column: indent + 1 + body.distance(from: body.startIndex, to: text.startIndex))
            }
        }
        if body.allSatisfy({ $0 == "=" || $0 == "-" || $0 == " " }), body.count >= 3 { return .blank }
        return .text(indent: indent, text: body)
    }

    /// Cells split at each `|` not escaped (`\|`) and not in a code span.
    private static func row(_ body: Substring, indent: Int) -> Kind {
        var cells: [Cell] = []
        var start = body.index(after: body.startIndex)
        var i = start
        var escaped = false
        var code = false
        while i < body.endIndex {
            let c = body[i]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "`" {
                code.toggle()
            } else if c == "|", !code {
                cells.append(cell(body[start..<i], in: body, indent: indent))
                start = body.index(after: i)
            }
            i = body.index(after: i)
        }
        let last = body[start...]
        if !last.allSatisfy({ $0 == " " || $0 == "\t" }) { cells.append(cell(last, in: body, indent: indent)) }
        if !cells.isEmpty, cells.allSatisfy({ cell in
            let t = cell.text
            return !t.isEmpty && t.contains("-") && t.allSatisfy { $0 == "-" || $0 == ":" }
        }) {
            return .delimiterRow
        }
        return .tableRow(cells)
    }

    private static func cell(_ raw: Substring, in body: Substring, indent: Int) -> Cell {
        let text = Substring(raw.trimmingSpaces)
        let lead = raw.prefix { $0 == " " || $0 == "\t" }.count
        return Cell(text: text, column: indent + 1 + body.distance(from: body.startIndex, to: raw.startIndex) + lead)
    }
}
