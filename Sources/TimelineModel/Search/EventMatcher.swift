/// The fields a search looks in, in the order it looks.
enum SearchField: CaseIterable {
    case title, actor, kind, id, text, quote, tags, sources, extraFields
}

/// An event's searchable text, however it is stored: an `Event`, or its fields as places
/// in a loaded file (`FieldText`, which finds words without making strings).
protocol SearchableEvent {
    /// Whether `needle` is found in `field` (in any of them, for a list).
    func find(_ needle: FoldedText, in field: SearchField, memo: inout FoldMemo) -> Bool
}

extension EventFilter {
    /// The filter with its words folded once, for matching many events. One set of
    /// conditions for every kind of event (`SearchableEvent`).
    struct Matcher {
        let actor, kind, tag, text: FoldedText?
        /// The words a `RawTextPrefilter` can look for first: those folded to ASCII.
        let prefilterWords: [FoldedText]

        init(_ f: EventFilter) {
            func folded(_ s: String?) -> FoldedText? {
                guard let s, !s.isEmpty else { return nil }
                return FoldedText(s)
            }
            actor = folded(f.actor)
            kind = folded(f.kind)
            tag = folded(f.tag)
            text = folded(f.text)
            prefilterWords = [actor, kind, tag, text].compactMap { $0 }.filter(RawTextPrefilter.canFind)
        }

        /// Whether `e` meets every condition.
        func matches<E: SearchableEvent>(_ e: E, memo: inout FoldMemo) -> Bool {
            if let actor, !e.find(actor, in: .actor, memo: &memo) { return false }
            if let kind, !e.find(kind, in: .kind, memo: &memo) { return false }
            if let tag, !e.find(tag, in: .tags, memo: &memo) { return false }
            if let text {
                return e.find(text, in: .title, memo: &memo) || e.find(text, in: .actor, memo: &memo)
                    || e.find(text, in: .kind, memo: &memo) || e.find(text, in: .id, memo: &memo)
                    || e.find(text, in: .text, memo: &memo) || e.find(text, in: .quote, memo: &memo)
                    || e.find(text, in: .tags, memo: &memo) || e.find(text, in: .sources, memo: &memo)
                    || e.find(text, in: .extraFields, memo: &memo)
            }
            return true
        }

        /// Whether `e` meets every condition.
        func matches(_ e: Event) -> Bool {
            var memo = FoldMemo()
            return matches(e, memo: &memo)
        }

        /// Whether only plain text is asked for (no actor, kind or tag), which the title
        /// and actor alone may prove (see `EventStore.matchesListedText`).
        var asksOnlyText: Bool { text != nil && actor == nil && kind == nil && tag == nil }
    }
}

extension Event: SearchableEvent {
    func find(_ needle: FoldedText, in field: SearchField, memo: inout FoldMemo) -> Bool {
        func found(_ s: String?) -> Bool { s.map(needle.isFound(in:)) ?? false }
        switch field {
        case .title: return found(title)
        case .actor: return found(actor)
        case .kind: return found(kind)
        case .id: return found(id)
        case .text: return found(text)
        case .quote: return found(quote?.text)
        case .tags: return tags.contains(where: needle.isFound(in:))
        case .sources: return sources.contains { needle.isFound(in: $0.name) || found($0.url) }
        case .extraFields: return extraFields.contains { needle.isFound(in: $0.name) || needle.isFound(in: $0.json) }
        }
    }
}
