import Foundation
import TimelineModel

// PROVISIONAL until the model's filter/search helpers land.
/// A filter or search as typed: `actor:@TwitterGov`, `kind:statement`, `tag:insider`, or
/// plain text found anywhere in an event (case-insensitive).
struct EventQuery {
    enum Field { case actor, kind, tag, text }
    let field: Field
    let needle: String

    init(_ typed: String) {
        let t = typed.trimmingCharacters(in: .whitespaces)
        for (prefix, f) in [("actor:", Field.actor), ("kind:", .kind), ("tag:", .tag)]
        where t.lowercased().hasPrefix(prefix) {
            field = f
            needle = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces).lowercased()
            return
        }
        field = .text
        needle = t.lowercased()
    }

    var isEmpty: Bool { needle.isEmpty }

    func matches(_ e: Event) -> Bool {
        guard !needle.isEmpty else { return true }
        switch field {
        case .actor: return (e.actor ?? "").lowercased().contains(needle)
        case .kind: return (e.kind ?? "").lowercased() == needle
        case .tag: return e.tags.contains { $0.lowercased() == needle }
        case .text: return matchesText(e)
        }
    }

    /// Whether the needle occurs in any text of the event.
    func matchesText(_ e: Event) -> Bool {
        guard !needle.isEmpty else { return false }
        var fields = [e.title, e.id, e.actor ?? "", e.kind ?? "", e.text ?? "", e.quote?.text ?? ""]
        fields += e.tags
        fields += e.sources.map { $0.name + " " + ($0.url ?? "") }
        return fields.contains { $0.lowercased().contains(needle) }
    }
}
