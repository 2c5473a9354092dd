import Foundation
import TimelineModel

/// A filter as typed at the `f` prompt: `actor:@TwitterGov`, `kind:statement`,
/// `tag:insider`, `source:edge` (a file of a merged timeline), or plain text found anywhere; turned into the model's `EventFilter`.
enum EventQuery {
    static func filter(_ typed: String) -> EventFilter {
        let t = typed.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        func rest(_ prefix: String) -> String {
            String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        if lower.hasPrefix("actor:") { return EventFilter(actor: rest("actor:")) }
        if lower.hasPrefix("kind:") { return EventFilter(kind: rest("kind:")) }
        if lower.hasPrefix("tag:") { return EventFilter(tag: rest("tag:")) }
        if lower.hasPrefix("source:") { return EventFilter(source: rest("source:")) }
        return EventFilter(text: t)
    }
}
