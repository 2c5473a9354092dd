/// An event's details as our `--format markdown --details` writes them (beneath the day's
/// table after `### time — title`, or nested in a list item): paragraphs of text, the
/// quote as a blockquote (`> (en)` its language), `Sources:` and a list of links, then
/// `Id: … · Kind: … · Tags: … · name: json`, and for a folded duplicate the list of how each
/// file wrote it (skipped). Read back into the event's fields.
struct MarkdownOwnDetails {
    /// The event's index among the drafts, and the indentation of its details.
    let event: Int
    let indent: Int
    private var text: [String] = []
    private var quote: [[String]] = [[]]
    private var sources: [Source] = []
    private(set) var inSources = false
    private var facts: Substring?

    init(event: Int, indent: Int) {
        self.event = event
        self.indent = indent
    }

    mutating func take(_ b: MarkdownBlock) {
        switch b.kind {
        case .blank:
            if text.last?.isEmpty == false { text.append("") }
        case .text(_, let t):
            inSources = false
            if t == "Sources:" {
                inSources = true
            } else if t.hasPrefix("Id: ") {
                facts = t
            } else if facts != nil, t == WrittenCopies.heading {
                // A merge's "how each file wrote it", after the facts: what the files held, not
                // the event's text (a saved merge keeps which files, not how each wrote it).
            } else {
                text.append(String(t))
            }
        case .quote(_, let t):
            if t.isEmpty { quote.append([]) } else { quote[quote.count - 1].append(String(t)) }
        case .listItem(_, let t, _):
            if inSources { sources.append(Self.source(t)) }
        default:
            break
        }
    }

    /// `draft` with the details read.
    func applied(to draft: EventDraft) -> EventDraft {
        var d = draft
        let body = MarkdownWalk.paragraphs(text)
        if !body.isEmpty { d.text = body }
        var paragraphs = quote.filter { !$0.isEmpty }.map { $0.map { MarkdownInline.text(Substring($0)).text }.joined(separator: " ") }
        if !paragraphs.isEmpty {
            var lang: String?
            if paragraphs.count > 1, let l = paragraphs.last, l.hasPrefix("("), l.hasSuffix(")"), !l.contains(" ") {
                lang = String(l.dropFirst().dropLast())
                paragraphs.removeLast()
            }
            d.quote = Quote(text: paragraphs.joined(separator: "\n\n"), lang: lang)
        }
        if !sources.isEmpty { d.sources = sources }
        if let facts {
            for part in facts.components(separatedBy: " · ") {
                guard let colon = part.range(of: ": ") else { continue }
                let key = MarkdownInline.unescaped(Substring(part[..<colon.lowerBound]))
                let value = Substring(part[colon.upperBound...])
                switch key {
                case "Id":
                    d.id = MarkdownInline.text(value).text
                case "Kind":
                    d.kind = MarkdownInline.text(value).text
                case "Tags":
                    d.tags = MarkdownInline.unescaped(value).components(separatedBy: ", ")
                default:
                    d.extraFields.append(ExtraField(name: key, json: Self.json(MarkdownInline.unescaped(value))))
                }
            }
        }
        return d
    }

    /// A value as ours wrote it, compact JSON; text that is not JSON as a JSON string.
    private static func json(_ text: String) -> String {
        var parser = JSONValueParser(bytes: Array(text.utf8))
        if let v = try? parser.parseWhole() { return v.compactText }
        return JSONValue.quoted(text)
    }

    /// `[name](https://…)`, `name (url)` (an address that is not a web link), or `name`.
    static func source(_ item: Substring) -> Source {
        if item.hasPrefix("["), case let (shown, links) = MarkdownInline.text(item), links.count == 1, shown == links[0].name,
           let url = links[0].url {
            return Source(name: shown, url: webAddress(url))
        }
        let plain = MarkdownInline.text(item).text
        if plain.hasSuffix(")"), let open = plain.range(of: " (", options: .backwards) {
            let inside = plain[open.upperBound..<plain.index(before: plain.endIndex)]
            if !inside.contains(" "), inside.contains(":") || inside.contains("/") {
                return Source(name: String(plain[..<open.lowerBound]), url: String(inside))
            }
        }
        return Source(name: plain)
    }

    /// A link target as `WebText.link` writes it, its percent-encoded bytes that the
    /// writer encodes (spaces, brackets, non-ASCII) decoded.
    static func webAddress(_ url: String) -> String {
        let b = Array(url.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x25, i + 2 < b.count, let v = UInt8(String(decoding: b[(i + 1)...(i + 2)], as: UTF8.self), radix: 16), !keptByWriter(v) {
                out.append(v)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func keptByWriter(_ b: UInt8) -> Bool {
        switch b {
        case 0x21, 0x23...0x27, 0x2A...0x3B, 0x3D, 0x3F...0x5A, 0x5F, 0x61...0x7A, 0x7E: true
        default: false
        }
    }
}
