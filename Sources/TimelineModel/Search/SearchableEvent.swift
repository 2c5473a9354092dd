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
