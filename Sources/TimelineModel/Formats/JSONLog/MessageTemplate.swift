/// A message template as Serilog writes it in CLEF's `@mt` (messagetemplates.org):
/// `Hello, {User}` with the line's `"User": "nblumhardt"` reads `Hello, nblumhardt`.
/// `{{` and `}}` are braces; a hole is `{Name}`, `{@Name}` or `{$Name}`, with an optional
/// `,alignment` and `:format` that are not applied (a value is shown as written, never
/// with digits the line does not have). Text is shown as is, without quotes (Serilog's
/// `:l`, what its consoles show); other values as compact JSON. A hole whose property the
/// line lacks stays as written.
enum MessageTemplate {
    static func render(_ template: String, value: (String) -> JSONValue?) -> String {
        guard template.contains("{") || template.contains("}") else { return template }
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            let next = template.index(after: i)
            if (c == "{" || c == "}"), next < template.endIndex, template[next] == c {
                out.append(c)
                i = template.index(after: next)
                continue
            }
            guard c == "{", let close = template[next...].firstIndex(of: "}") else {
                out.append(c)
                i = next
                continue
            }
            let hole = template[next..<close]
            var name = hole.prefix { $0 != "," && $0 != ":" }
            if name.first == "@" || name.first == "$" { name = name.dropFirst() }
            let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !hole.contains("{")
            if valid, let v = value(String(name)) {
                out += v.string ?? v.compactText
            } else {
                out += template[i...close]
            }
            i = template.index(after: close)
        }
        return out
    }
}
