import TimelineModel

/// Several files open with their events merged but the same happening in two files not
/// yet shown once: that check runs in the background (`foldDuplicates` effect), the header
/// says `folding duplicates…`, and its answer takes the timeline's place with the
/// selection, filter, search, bookmarks and mark kept (`takeFolded`).
extension ViewState {
    /// Whether the events shown are merged files' before their duplicate check.
    var foldingDuplicates: Bool { timeline.duplicatesToFold }

    /// The merged timeline with its duplicates shown once came.
    mutating func duplicatesFolded(_ folded: FoldedDuplicates) {
        guard foldingDuplicates else { return }
        takeFolded(folded)
        let n = folded.folded
        guard n > 0 else { return }
        let said = "\(n) event\(n == 1 ? "" : "s") found in another file too now shown once (\(events.count) events)."
        message = message.map { $0 + " " + said } ?? said
    }
}
