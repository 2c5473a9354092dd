/// Slack's message markup made readable, as Slack itself shows it: `<@U024BE7LH>` is
/// `@Ana Ops` (the name from the export's `users.json` or a message's `user_profile`,
/// else the id), `<#C024BE7LR|general>` is `#general`, `<!here>` is `@here`,
/// `<!subteam^S1|@oncall>` is `@oncall`, `<!date^1392734382^{date}|Feb 18th>` its
/// fallback text, a link `<https://x|label>` its label (`label (https://x)` in the full
/// text, so the address is kept), and `&lt;` `&gt;` `&amp;` (the only escapes Slack
/// writes) the characters. Control characters are left to `SafeText` downstream.
enum SlackText {
    /// `text` with its markup replaced; `links`: whether a labelled link keeps its address.
    static func readable(_ text: String, names: [String: String], links: Bool) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += unescaped(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            out += token(rest[rest.index(after: open)..<close], names: names, links: links)
            rest = rest[rest.index(after: close)...]
        }
        return out + unescaped(rest)
    }

    /// One `<…>`: a mention, a channel, a special command or a link.
    private static func token(_ inner: Substring, names: [String: String], links: Bool) -> String {
        let bar = inner.firstIndex(of: "|")
        let target = bar.map { inner[..<$0] } ?? inner
        let label = bar.map { unescaped(inner[inner.index(after: $0)...]) }
        switch target.first {
        case "@":
            let id = String(target.dropFirst())
            return "@" + (names[id] ?? label ?? id)
        case "#":
            return "#" + (label ?? String(target.dropFirst()))
        case "!":
            let command = target.dropFirst()
            if let label { return label.hasPrefix("@") || command.hasPrefix("date") ? label : "@" + label }
            let word = command.split(separator: "^").first.map(String.init) ?? String(command)
            return "@" + word
        default:
            let url = unescaped(target)
            guard let label, label != url else { return url.hasPrefix("mailto:") ? String(url.dropFirst(7)) : url }
            return links && !url.hasPrefix("mailto:") ? label + " (" + url + ")" : label
        }
    }

    /// `&lt;` `&gt;` `&amp;` as the characters.
    static func unescaped(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        return s.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&amp;", with: "&")
    }
}

private extension StringProtocol {
    /// Every `target` replaced (Foundation-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
