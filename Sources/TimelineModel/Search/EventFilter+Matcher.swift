extension EventFilter {
    /// The filter with its words folded once, for matching many events. One set of
    /// conditions for every kind of event (`SearchableEvent`).
    struct Matcher {
        let actor, kind, tag, text: FoldedText?
        /// Found in the id; in one of the event's sources.
        let id, cited: FoldedText?
        /// Found in one of `Event.origins`; a store that knows its events' files checks it
        /// itself and asks the rest with `withoutSource`.
        let source: FoldedText?
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
            source = folded(f.source)
            id = folded(f.id)
            cited = folded(f.cited)
            prefilterWords = [actor, kind, tag, text, id, cited].compactMap { $0 }.filter(RawTextPrefilter.canFind)
        }

        /// Whether `e` meets every condition.
        func matches<E: SearchableEvent>(_ e: E, memo: inout FoldMemo) -> Bool {
            // Only an `Event` knows its files (see `matches(_:)` and `MergedEventStore`).
            if source != nil { return false }
            if let actor, !e.find(actor, in: .actor, memo: &memo) { return false }
            if let kind, !e.find(kind, in: .kind, memo: &memo) { return false }
            if let tag, !e.find(tag, in: .tags, memo: &memo) { return false }
            if let id, !e.find(id, in: .id, memo: &memo) { return false }
            if let cited, !e.find(cited, in: .sources, memo: &memo) { return false }
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
            if let source, !e.origins.contains(where: source.isFound(in:)) { return false }
            var memo = FoldMemo()
            return withoutSource.matches(e, memo: &memo)
        }

        private init(actor: FoldedText?, kind: FoldedText?, tag: FoldedText?, text: FoldedText?, id: FoldedText?,
                     cited: FoldedText?, prefilterWords: [FoldedText]) {
            self.id = id
            self.cited = cited
            self.actor = actor
            self.kind = kind
            self.tag = tag
            self.text = text
            self.source = nil
            self.prefilterWords = prefilterWords
        }

        /// The same conditions but the source.
        var withoutSource: Matcher {
            source == nil ? self : Matcher(actor: actor, kind: kind, tag: tag, text: text, id: id, cited: cited, prefilterWords: prefilterWords)
        }

        /// Whether only plain text is asked for (no actor, kind or tag), which the title
        /// and actor alone may prove (see `EventStore.matchesListedText`).
        var asksOnlyText: Bool { text != nil && actor == nil && kind == nil && tag == nil && source == nil && id == nil && cited == nil }
    }
}
