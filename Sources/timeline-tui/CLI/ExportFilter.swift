import TimelineModel

/// `export`'s filter: `--filter EXPR` in the viewer's `f` grammar (`FilterExpression`),
/// and the shorthands `--actor/--kind/--tag/--text`, which write the same expression:
/// repeated values of one option match any of them (`--actor SRE --actor Network`:
/// `(actor:SRE OR actor:Network)`), different options must all match
/// (`--actor SRE --kind action`: `actor:SRE kind:action`).
struct ExportFilter {
    var actors: [String] = []
    var kinds: [String] = []
    var tags: [String] = []
    var texts: [String] = []
    /// Files of a merged timeline, by label (`--source`).
    var sources: [String] = []
    /// Each `--filter`, as typed (all must match).
    var expressions: [String] = []

    /// The whole filter as one expression (what the export's header names); nil for none.
    var text: String? {
        var parts: [String] = []
        for (field, values) in [("actor:", actors), ("kind:", kinds), ("tag:", tags), ("source:", sources), ("", texts)] {
            let terms = values.filter { !$0.isEmpty }.map { field + Self.quotedIfNeeded($0) }
            if terms.count == 1 { parts.append(terms[0]) }
            if terms.count > 1 { parts.append("(" + terms.joined(separator: " OR ") + ")") }
        }
        let typed = expressions.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for e in typed { parts.append(parts.isEmpty && typed.count == 1 ? e : "(" + e + ")") }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The positions of the matching events, ascending (nil: no filter, every event), or
    /// the place where the expression cannot be read.
    func indices(in timeline: Timeline, zone: Zone?) throws(FilterSyntaxError) -> [Int]? {
        guard let text else { return nil }
        let formatter = TimeFormatter(timeline: timeline, zone: zone)
        return try FilterExpression(parsing: text, timeline: timeline, formatter: formatter).indices(in: timeline.events)
    }

    /// A value as one term: in quotes when it holds what the grammar reads otherwise
    /// (spaces, quotes, parentheses, a colon, a leading `-`, OR/AND/NOT).
    static func quotedIfNeeded(_ value: String) -> String {
        let plain = !value.contains { $0.isWhitespace || "\"():\\".contains($0) }
            && !value.hasPrefix("-") && !["OR", "AND", "NOT"].contains(value)
        if plain { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
