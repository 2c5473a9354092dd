import TimelineModel

/// Bookmarks: any number of events marked with `M`, visited with `u` / `U` (as in lnav),
/// listed with `'`, shown in the gutter, and kept in a sidecar file by the runtime
/// (`saveBookmarks` effect). Independent of the T+0 mark (`m`).
extension ViewState {
    /// Whether the event at `index` (in the timeline) is bookmarked.
    func isBookmarked(_ index: Int) -> Bool { bookmarks.contains(index) }

    /// The ids of the bookmarked events, in timeline order (what the sidecar keeps).
    var bookmarkedIds: [String] { bookmarks.sorted().map { events[$0].id } }

    /// `M`: sets or clears the bookmark of the selected event, and asks for it to be kept.
    mutating func toggleBookmark() {
        guard !shown.isEmpty else { message = "No event to bookmark."; return }
        let index = shown[selected]
        if bookmarks.remove(index) == nil {
            bookmarks.insert(index)
            message = "Bookmarked (\(bookmarks.count)): u next, U previous, ' lists them."
        } else {
            message = "Bookmark removed (\(bookmarks.count) left)."
        }
        if let bookmarksFile {
            effect = .saveBookmarks(path: bookmarksFile, ids: bookmarkedIds)
        } else {
            message = (message ?? "") + " Not kept after the viewer closes (no file of bookmarks)."
        }
    }

    /// `u` / `U`: the next / previous bookmarked event shown, wrapping round.
    mutating func jumpToBookmark(forward: Bool) {
        let positions = shown.indices.filter { bookmarks.contains(shown[$0]) }
        guard !positions.isEmpty else {
            message = bookmarks.isEmpty ? "No bookmarks: M sets one." : "No bookmarked event among those the filter shows."
            return
        }
        if let next = forward ? positions.first(where: { $0 > selected }) : positions.last(where: { $0 < selected }) {
            select(next)
            message = "Bookmark \(positions.firstIndex(of: next)! + 1) of \(positions.count)."
        } else {
            select(forward ? positions[0] : positions[positions.count - 1])
            message = "Bookmark \(forward ? 1 : positions.count) of \(positions.count) (wrapped)."
        }
    }

    /// `'`: the bookmarks in one line: their times and titles.
    mutating func listBookmarks() {
        guard !bookmarks.isEmpty else { message = "No bookmarks: M sets one."; return }
        let items = bookmarks.sorted().map { i -> String in
            let e = events[i]
            return formatter.time(of: e) + " " + SafeText.neutralise(e.title)
        }
        message = "\(items.count) bookmark\(items.count == 1 ? "" : "s") (u / U visit): " + items.joined(separator: " · ")
    }

    /// Takes the bookmarks read from the sidecar (positions in the timeline).
    mutating func restoreBookmarks(_ positions: [Int], from file: String?) {
        bookmarks = Set(positions)
        bookmarksFile = file
    }
}
