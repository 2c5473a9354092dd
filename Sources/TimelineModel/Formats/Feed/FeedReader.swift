/// Atom (RFC 4287) and RSS (2.0, 0.9x, and 1.0's RDF) feeds: status pages' incident
/// history (Statuspage's `history.atom`/`history.rss`, AWS, Azure, Google Cloud) and news
/// sites' articles. Each entry or item is an event (`FeedEntry`); a Statuspage entry whose
/// content holds its updates is an incident and its updates (`StatuspageFeedUpdates`).
/// The feed's title is the timeline's.
///
/// XML is read by `XMLTokenizer`: a DTD's entities are never expanded; the first error
/// in the XML stops the reading, with its place.
enum FeedReader {
    static func declines(_ sample: FileSample) -> String? {
        guard let root = rootName(sample.text) else { return "does not start with an XML element" }
        switch root {
        case "rss": return nil
        case "feed", "atom:feed":
            return sample.contains("http://www.w3.org/2005/Atom") || sample.contains("http://purl.org/atom/ns#")
                ? nil : "<feed> without Atom's namespace"
        case "rdf:RDF": return sample.contains("http://purl.org/rss/1.0/") ? nil : "<rdf:RDF> without RSS 1.0's namespace"
        default: return "its root element is <\(root.prefix(40))>, not <rss>, an Atom <feed> or RSS 1.0's <rdf:RDF>"
        }
    }

    /// The name of the first element, past the XML declaration, comments and a DOCTYPE.
    static func rootName(_ text: String) -> Substring? {
        var rest = text[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{FEFF}" }
            guard rest.first == "<" else { return nil }
            if rest.hasPrefix("<!--") || rest.hasPrefix("<?") {
                guard let end = rest.range(of: rest.hasPrefix("<?") ? "?>" : "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            if rest.hasPrefix("<!") {
                // A DOCTYPE: its internal subset in brackets, quoted values, may hold `>`.
                var bracket = false
                var quote: Character?
                var i = rest.index(after: rest.startIndex)
                while i < rest.endIndex {
                    let c = rest[i]
                    if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c }
                    else if c == "[" { bracket = true } else if c == "]" { bracket = false } else if c == ">" && !bracket { break }
                    i = rest.index(after: i)
                }
                guard i < rest.endIndex else { return nil }
                rest = rest[rest.index(after: i)...]
                continue
            }
            let name = rest.dropFirst().prefix { !($0 == " " || $0 == ">" || $0 == "/" || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n") }
            return name.isEmpty ? nil : name
        }
    }

    static func read(_ fileBytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        let bytes: [UInt8]
        switch XMLEncoding.utf8(fileBytes) {
        case .success(let b): bytes = b
        case .failure(let f):
            out.problems.append(Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "", message: f.message))
            return out
        }
        var places = ProblemPlaces(file: file, bytes: bytes)
        let doc: XMLTokenizer.Document
        switch XMLTokenizer.parse(bytes) {
        case .failure(let f):
            let opened = f.opened.map { o -> String in
                let p = places.place(o)
                return " (opened at \(p.line):\(p.column))"
            } ?? ""
            out.problems.append(places.problem(at: f.offset, "", f.message + opened))
            return out
        case .success(let d): doc = d
        }
        warnAbout(doc, places: &places, into: &out)
        var root = doc.root
        if root.localName == "feed", !root.prefix.isEmpty { root.dropPrefix(root.prefix) }
        let items: [XMLElement]
        let channel: XMLElement?
        let itemName: String
        switch root.localName {
        case "feed":
            channel = root
            items = root.children("entry", prefix: root.prefix)
            itemName = "entry"
        case "rss":
            channel = root.child("channel")
            items = channel?.children("item") ?? []
            itemName = "item"
        case "RDF":
            channel = root.child("channel")
            items = root.children("item")
            itemName = "item"
        default:
            out.problems.append(places.problem(at: root.offset, "", "the root element is <\(root.name)>, not <rss>, an Atom <feed> or RSS 1.0's <rdf:RDF>"))
            return out
        }
        guard let channel else {
            out.problems.append(places.problem(at: root.offset, "", "<rss> has no <channel>"))
            return out
        }
        let feed = FeedEntry.Feed(channel: channel, atom: root.localName == "feed")
        out.title = feed.title
        if let link = feed.link { out.extraFields.append(ExtraField(name: "feed_link", json: JSONValue.quoted(link))) }
        for (n, item) in items.enumerated() {
            FeedEntry.read(item, path: "\(itemName)[\(n)]", feed: feed, places: &places, options: options, into: &out)
            if out.problems.count >= TimelineBuilder.maxProblems { break }
        }
        return out
    }

    /// A warning for each reference kept as written and each run of bytes that are not
    /// UTF-8, the first few with their places.
    private static func warnAbout(_ doc: XMLTokenizer.Document, places: inout ProblemPlaces, into out: inout ReaderOutput) {
        for (offset, written) in doc.keptReferences.prefix(10) {
            let why = written == "&" ? "a '&' that starts no reference (XML writes &amp;); kept as written"
                : "\(written) is not a reference XML defines; kept as written (a DTD's entities are never expanded)"
            out.warnings.append(places.problem(at: offset, "", why))
        }
        if doc.keptReferences.count > 10 {
            out.warnings.append(Problem(file: places.file, place: nil, path: "", message: "\(doc.keptReferences.count - 10) more references kept as written"))
        }
        for offset in doc.invalidUTF8Offsets.prefix(10) {
            out.warnings.append(places.problem(at: offset, "", "invalid UTF-8 (shown as U+FFFD)"))
        }
    }
}
