/// A Serilog message template (`User {User} logged in`, CLEF's `@mt`) rendered with the
/// line's properties, as Serilog and Seq show an event that has no rendered `@m`:
///
/// - a string property in quotes (`User "bob" logged in`), `{User:l}` without them;
///   a number as written; `true`/`false` as .NET writes them (`True`); null as `null`;
///   an array as `[1, "a"]`; an object as `{ Name: "bob", Id: 1 }` (its `$type` first:
///   `User { Name: "bob" }`);
/// - `{@User}` and `{$User}` name the property `User`; `{0}` names the property `0`;
/// - a hole with a format (`{Elapsed:000}`) takes the text Serilog rendered for it, CLEF's
///   `@r` (one string a formatted hole, in order); without `@r`, the value as above
///   (no .NET format is applied here);
/// - `{Name,10}` / `{Name,-10}` pads the value to 10 characters, right or left aligned;
/// - `{{` and `}}` are a brace; a hole whose property the line lacks, or that is not a
///   hole (`{ not one }`, an unclosed `{`), stays as written.
enum MessageTemplate {
    /// `template` with its holes filled from `property`, `renderings` for holes with a
    /// format.
    static func render(_ template: String, property: (String) -> JSONValue?, renderings: [JSONValue]?) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        var formatted = 0  // holes with a format seen so far: their index in `renderings`
        var i = template.startIndex
        let end = template.endIndex
        while i < end {
            let c = template[i]
            let next = template.index(after: i)
            if c == "}" {
                // `}}` is one brace; a lone one is text.
                out.append("}")
                i = next < end && template[next] == "}" ? template.index(after: next) : next
                continue
            }
            guard c == "{" else {
                out.append(c)
                i = next
                continue
            }
            if next < end && template[next] == "{" {
                out.append("{")
                i = template.index(after: next)
                continue
            }
            guard let close = template[next...].firstIndex(where: { $0 == "}" || $0 == "{" }), template[close] == "}",
                  let hole = Hole(template[next..<close])
            else {
                out.append(c)
                i = next
                continue
            }
            let written = template[i...close]
            i = template.index(after: close)
            var text: String
            if hole.format != nil {
                defer { formatted += 1 }
                if let r = renderings, formatted < r.count, let s = r[formatted].text {
                    text = s
                } else if let value = property(String(hole.name)) {
                    text = Self.text(of: value, literal: hole.format == "l")
                } else {
                    out += written
                    continue
                }
            } else if let value = property(String(hole.name)) {
                text = Self.text(of: value, literal: false)
            } else {
                out += written
                continue
            }
            if let width = hole.alignment, text.count < abs(width) {
                let pad = String(repeating: " ", count: abs(width) - text.count)
                text = width < 0 ? text + pad : pad + text
            }
            out += text
        }
        return out
    }

    /// How Serilog renders a property's value in a message (see the type's list).
    static func text(of value: JSONValue, literal: Bool) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "True" : "False"
        case .number(let n): return n
        case .string(let s):
            return literal ? s : "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let elements):
            return "[" + elements.map { text(of: $0.value, literal: false) }.joined(separator: ", ") + "]"
        case .object(let members):
            let type = members.first { $0.key == "$type" }?.value.string
            let fields = members.filter { $0.key != "$type" }.map { $0.key + ": " + text(of: $0.value, literal: false) }
            return (type.map { $0 + " " } ?? "") + "{ " + fields.joined(separator: ", ") + (fields.isEmpty ? "}" : " }")
        }
    }

    /// What is between a hole's braces: `@Name,-10:format`.
    private struct Hole {
        var name: Substring
        var alignment: Int?
        var format: Substring?

        /// Nil when the text is not a hole (Serilog then keeps it as text).
        init?(_ text: Substring) {
            var rest = text
            if rest.first == "@" || rest.first == "$" { rest = rest.dropFirst() }
            if let colon = rest.firstIndex(of: ":") {
                format = rest[rest.index(after: colon)...]
                rest = rest[..<colon]
            }
            if let comma = rest.firstIndex(of: ",") {
                let a = rest[rest.index(after: comma)...]
                guard let width = Int(a), !a.hasPrefix("+") else { return nil }
                alignment = width
                rest = rest[..<comma]
            }
            guard !rest.isEmpty, rest.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else {
                return nil
            }
            name = rest
        }
    }
}
