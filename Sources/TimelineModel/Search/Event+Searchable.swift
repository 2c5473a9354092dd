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
