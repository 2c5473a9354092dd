import TimelineModel

/// `export`'s filters: repeated values of one option match any of them
/// (`--actor SRE --actor Network`: either actor); different options must all match
/// (`--actor SRE --kind action`: an action by SRE). Each value matches as the viewer's `f`
/// does (`actor:SRE`), so `e` there writes what one value here prints.
struct ExportFilter {
    var actors: [String] = []
    var kinds: [String] = []
    var tags: [String] = []
    var texts: [String] = []
    /// Files of a merged timeline, by label.
    var sources: [String] = []

    var isEmpty: Bool {
        [actors, kinds, tags, texts, sources].allSatisfy { $0.allSatisfy(\.isEmpty) }
    }

    /// The positions of the matching events, ascending.
    func indices(in events: EventList) -> [Int] {
        var kept: [Int]? = nil  // nil: every event so far
        let fields: [[EventFilter]] = [
            actors.map { EventFilter(actor: $0) }, kinds.map { EventFilter(kind: $0) },
            tags.map { EventFilter(tag: $0) }, texts.map { EventFilter(text: $0) },
            sources.map { EventFilter(source: $0) },
        ]
        for anyOf in fields where !anyOf.isEmpty {
            // Each value looks only among what the other options kept.
            var found = Set<Int>()
            for filter in anyOf { found.formUnion(filter.indices(in: events, among: kept)) }
            kept = found.sorted()
        }
        return kept ?? Array(events.indices)
    }
}
