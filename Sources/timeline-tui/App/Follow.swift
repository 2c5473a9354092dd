import TimelineModel

/// `F` (and `--follow`): follow a growing file like `less +F`. Each change the runtime's
/// file watch notices reads the file again (`reload`); new events appear and the selection
/// stays on the last one until a key moves it (`G` goes back to the end). A file replaced
/// by a rename is read at its new inode; a file that shrank is said to be truncated and
/// what was shown stays; a file that does not read (a line still being written) waits for
/// the next change.
extension ViewState {
    /// `F`: start or stop following.
    mutating func toggleFollow() {
        following.toggle()
        guard following else { message = "Stopped following the file."; return }
        followsEnd = true
        select(shown.count - 1)
        effect = .reload
        message = "Following the file: new events appear as it grows (T stops; a move stays put, G goes back to the end)."
    }

    /// The file changed on disk while following: read it again.
    mutating func fileGrew() {
        effect = .reload
    }

    /// The file read again while following.
    mutating func followed(_ fresh: ViewState) {
        guard fresh.events.count >= events.count else {
            message = "The file was truncated (\(fresh.events.count) events, were \(events.count)): still showing what was read; R reads it as it is."
            return
        }
        let added = fresh.events.count - events.count
        let end = followsEnd
        self = carriedOver(to: fresh)
        following = true
        followsEnd = end
        if end { select(shown.count - 1) }
        message = added > 0 ? "Following: \(added) new event\(added == 1 ? "" : "s") (\(events.count) in all)." : "Following: \(events.count) events."
    }
}
