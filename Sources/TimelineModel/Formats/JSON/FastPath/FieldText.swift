/// The searchable text of one event as places in a file, for `EventFilter.Matcher`.
struct FieldText: SearchableEvent {
    let cursor: JSONCursor
    let fields: EventFields

    /// Whether `needle` is found in the string `token` (false when there is none).
    func find(_ needle: FoldedText, in token: StringToken?, cache: inout FoldMemo) -> Bool {
        guard let token else { return false }
        if token.needsDecoding {
            var text = cursor.string(token)
            return text.withUTF8 { needle.isFound(inUTF8: $0, cache: &cache) }
        }
        return needle.isFound(inUTF8: UnsafeBufferPointer(start: cursor.base + token.start, count: token.count), cache: &cache)
    }

    /// Whether `needle` is found in one of the unknown fields' names or values (as compact
    /// JSON, as `ExtraField.json` holds them).
    func findInExtras(_ needle: FoldedText, cache: inout FoldMemo) -> Bool {
        for extra in fields.extraPlaces {
            if find(needle, in: extra.name, cache: &cache) { return true }
            var json = cursor.compactJSON(extra.value)
            if json.withUTF8({ needle.isFound(inUTF8: $0, cache: &cache) }) { return true }
        }
        return false
    }

    func find(_ needle: FoldedText, in field: SearchField, memo: inout FoldMemo) -> Bool {
        let f = fields
        switch field {
        case .title: return find(needle, in: f.title, cache: &memo)
        case .actor: return find(needle, in: f.actor, cache: &memo)
        case .kind: return find(needle, in: f.kind, cache: &memo)
        case .id: return find(needle, in: f.id, cache: &memo)
        case .text: return find(needle, in: f.text, cache: &memo)
        case .quote: return find(needle, in: f.quoteText, cache: &memo)
        case .tags: return f.tagTokens.contains { find(needle, in: $0, cache: &memo) }
        // Names and URLs alike, as the tokens were collected.
        case .sources:
            return f.sourceTokens.contains { find(needle, in: $0.name, cache: &memo) || find(needle, in: $0.url, cache: &memo) }
        case .extraFields: return findInExtras(needle, cache: &memo)
        }
    }
}
