/// An element of an XML document, as the feed reader needs it: its name as written
/// (`dc:date`), its attributes, what it holds in order, and where it starts.
struct XMLElement {
    let name: String
    var attributes: [(name: String, value: String)]
    var children: [XMLNode] = []
    /// The byte offset of its `<` in the file.
    var offset: Int

    /// The name without its namespace prefix (`date` of `dc:date`).
    let localName: String
    /// The prefix of its name (`dc` of `dc:date`), empty when it has none.
    private(set) var prefix: String

    init(name: String, attributes: [(name: String, value: String)], offset: Int) {
        self.name = name
        self.attributes = attributes
        self.offset = offset
        // Split once: entries are asked for their children by local name many times.
        if let colon = name.firstIndex(of: ":") {
            prefix = String(name[..<colon])
            localName = String(name[name.index(after: colon)...])
        } else {
            prefix = ""
            localName = name
        }
    }

    /// This element and those inside it with `prefix` read as if they had none: an Atom
    /// feed written `<atom:feed>`, `<atom:entry>`… is read as one written without.
    mutating func dropPrefix(_ prefix: String) {
        if self.prefix == prefix { self.prefix = "" }
        for i in children.indices {
            if case .element(var e) = children[i] {
                children[i] = .text("")  // lets `e` be changed in place, not copied
                e.dropPrefix(prefix)
                children[i] = .element(e)
            }
        }
    }

    /// The value of the attribute named `name` (as written, `xml:lang` too).
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element with this local name, and no prefix unless one is given
    /// (`child("date", prefix: "dc")`): an RSS item's `atom:link` is not its `link`.
    func child(_ local: String, prefix: String = "") -> XMLElement? {
        for case .element(let e) in children where e.localName == local && e.prefix == prefix { return e }
        return nil
    }

    /// Every child element with this local name (and prefix).
    func children(_ local: String, prefix: String = "") -> [XMLElement] {
        elements.filter { $0.localName == local && $0.prefix == prefix }
    }

    /// All the text inside, that of nested elements included, in order.
    var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for c in children {
            switch c {
            case .text(let t): out += t
            case .element(let e): e.appendText(to: &out)
            }
        }
    }

    /// What it holds written back as markup (an Atom `type="xhtml"` content's `<div>`),
    /// for `HTMLText`: text escaped again, elements with their attributes.
    var innerMarkup: String {
        var out = ""
        appendMarkup(to: &out)
        return out
    }

    private func appendMarkup(to out: inout String) {
        for c in children {
            switch c {
            case .text(let t): out += Self.escaped(t)
            case .element(let e):
                out += "<" + e.localName
                for a in e.attributes { out += " \(a.name)=\"\(Self.escaped(a.value))\"" }
                out += ">"
                e.appendMarkup(to: &out)
                out += "</\(e.localName)>"
            }
        }
    }

    private static func escaped(_ t: String) -> String {
        guard t.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return t }
        var s = ""
        for c in t {
            switch c {
            case "&": s += "&amp;"
            case "<": s += "&lt;"
            case ">": s += "&gt;"
            case "\"": s += "&quot;"
            default: s.append(c)
            }
        }
        return s
    }
}

/// What an XML element holds: text (character references decoded, CDATA as written) or
/// another element.
enum XMLNode {
    case text(String)
    case element(XMLElement)
}
