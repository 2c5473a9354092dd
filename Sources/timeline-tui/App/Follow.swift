import TimelineModel

/// `F` (and `--follow`): follow a growing file like `less +F`. Each change the runtime's
/// file watch notices asks for the lines appended since (`follow` effect, read away from
/// the loop); the new events are put in place without reading the file again, and the
/// selection stays on the last one until a key moves it (`G` goes back to the end). A
/// file replaced by a rename is reopened, one written again from its start (the bytes
/// read are no longer there, whatever its size) is read whole; a file that shrank is said
/// to be truncated and what was shown stays; a line still being written waits for its end. Several merged files
/// are followed together: when one changes they are all read again and merged (`R`), the
/// selection kept on the end.
extension ViewState {
    /// `F`: start or stop following.
    mutating func toggleFollow() {
        guard readsFiles || following else {
            message = "Nothing to follow: \(sourceName) is not a file that can grow."
            return
        }
        following.toggle()
        guard following else { message = "Stopped following the file."; return }
        followsEnd = true
        select(shown.count - 1)
        askFollow()
        let files = timeline.origins.count
        message = files > 1
            // Short enough for an 80-column status line, with the position before it.
            ? "Following the \(files) files as they grow, merged (F stops; G: the end)."
            : "Following the file as it grows (F stops; G goes back to the end)."
    }

    /// The file changed on disk while following: read what was appended.
    mutating func fileGrew() {
        askFollow()
    }

    /// Asks for a look at the file, or for another once the one running is done.
    mutating func askFollow() {
        guard !followRunning else { followAgain = true; return }
        followRunning = true
        followAgain = false
        effect = .follow(FollowJob(bytesRead: timeline.bytesRead, filterTyped: shownFilterText, filter: shownFilter,
                                   search: matchedSearch))
    }

    /// What a look at the file found.
    mutating func followed(_ job: FollowJob, bytesRead: Int?, _ outcome: FollowOutcome) {
        followRunning = false
        if case .grew = outcome {} else if let bytesRead { fileRead(to: bytesRead) }
        defer { if followAgain && effect == nil && following { askFollow() } }
        guard following else { return }
        switch outcome {
        case .nothing:
            break
        case .grew(let grown, let added, let shownAdded, let searchAdded, let warnings):
            grow(to: grown, added: added, shownAdded: shownAdded, searchAdded: searchAdded, job: job)
            let n = added.count
            message = "Following: \(n) new event\(n == 1 ? "" : "s") (\(events.count) in all)."
                + (WarningsMessage.text(warnings).map { " " + $0 } ?? "")
        case .badLines(let problems):
            let first = problems.first.map { SafeText.neutralise($0.description) } ?? ""
            message = "New lines not shown: \(first)" + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "") + "."
        case .truncated(let size):
            message = "The file was truncated (\(size) bytes, \(timeline.bytesRead.map { "were \($0)" } ?? "shorter")): kept what was read; R rereads."
        case .reopened(let fresh):
            readWhole(fresh)
            message = "The file was replaced: reopened, \(events.count) events."
        case .rewritten(let fresh):
            readWhole(fresh)
            message = "The file was written again from its start: read whole, \(events.count) events."
        case .reread(let fresh):
            followed(fresh)
        }
    }

    /// The followed file read whole again (replaced or rewritten): what the user set is
    /// carried over, following goes on, on the end if it was.
    private mutating func readWhole(_ fresh: ViewState) {
        let end = followsEnd
        self = carriedOver(to: fresh)
        following = true
        followsEnd = end
        if end { select(shown.count - 1) }
    }

    /// The file read again whole while following (a JSON document).
    mutating func followed(_ fresh: ViewState) {
        guard fresh.events.count >= events.count else {
            let n = fresh.events.count
            message = "The file was truncated (\(n) event\(n == 1 ? "" : "s"), were \(events.count)): kept what was read; R rereads."
            return
        }
        let added = fresh.events.count - events.count
        let end = followsEnd
        let said = message
        self = carriedOver(to: fresh)
        following = true
        followsEnd = end
        if end { select(shown.count - 1) }
        // Nothing new (the first look at merged files): what was said stays.
        message = added > 0 ? "Following: \(added) new event\(added == 1 ? "" : "s") (\(events.count) in all)." : said ?? "Following: \(events.count) events."
    }
}
