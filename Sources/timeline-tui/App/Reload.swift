import TimelineModel

/// `R`: the file read again by the runtime (`reload` effect), and what the user had kept
/// from the old one carried over where the events still exist, matched by id: the
/// selection, bookmarks, the T+0 mark; and the filter, search, zone, relative times and
/// lanes. Several merged files are all read again, and their duplicates checked again.
extension ViewState {
    /// Takes `fresh` (the file read again, shown in this state's zone) in place of this
    /// state, carrying over what the user had set.
    func carriedOver(to fresh: ViewState) -> ViewState {
        var s = fresh
        // Another timeline: its own index (asked for by `fresh` if it is being built).
        s.timelineVersion = timelineVersion + 1
        s.searchIndex = nil
        s.searchIndexAsked = s.effect == .buildSearchIndex ? s.timelineVersion : nil
        s.width = width
        s.height = height
        s.measure = measure
        s.asciiOnly = asciiOnly
        s.mouseReporting = mouseReporting
        s.relative = relative
        s.lanes = lanes
        s.readsFiles = readsFiles
        s.lastExportPath = lastExportPath
        s.bookmarksFile = bookmarksFile
        // Most events are where they were (the file changed at its end): look there first.
        func position(of id: String, was old: Int? = nil) -> Int? {
            if let old, old < s.events.count, s.events[old].id == id { return old }
            return EventFilter(id: id).indices(in: s.events).first { s.events[$0].id == id }
        }
        s.bookmarks = Set(bookmarks.sorted().compactMap { position(of: events[$0].id, was: $0) })
        s.mark = mark.flatMap { position(of: events[$0].id, was: $0) }
        if !filter.isEmpty {
            try? s.applyFilter(filter)
            if s.runningFilter == filter { s.refilter = filter }
        }
        if let id = selectedEvent?.id, let p = position(of: id, was: shown[selected]) {
            s.select(s.shown.firstIndex { $0 >= p } ?? max(0, s.shown.count - 1))
        }
        if !search.isEmpty {
            s.search = search
            // With a filter running in the background, the search follows its answer.
            if s.effect == nil { s.requestSearch(typing: false) }
        }
        s.relayout()
        let lost = bookmarks.count - s.bookmarks.count
        s.message = "Reloaded: \(s.events.count) events (were \(events.count))"
            + (lost > 0 ? "; \(lost) bookmark\(lost == 1 ? "" : "s") of events no longer there dropped" : "") + "."
            // What the files read say of themselves: warnings, files skipped (`--skip-bad`).
            + (fresh.message.map { " " + $0 } ?? "")
        return s
    }
}

/// Why the file could not be read again (one sentence, neutralised).
struct ReloadFailure: Error, Sendable {
    let reason: String
}
