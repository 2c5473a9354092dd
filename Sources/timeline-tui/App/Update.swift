import Foundation
import TimelineModel

/// The next state after `message`: pure (no file read or written, no waiting), so tests
/// drive it with key sequences and effect results. What must happen outside is asked for
/// in `effect`; its outcome comes back as another message.
func update(_ state: ViewState, _ message: Message) -> ViewState {
    var s = state
    s.effect = nil
    switch message {
    case .key(let key):
        s.press(key)
    case .keysPaused:
        s.keysPaused()
    case .fileChanged where s.following:
        s.fileGrew()
    case .fileChanged(let path, let removed):
        s.message = "\(path) \(removed ? "was removed" : "changed on disk"): still showing what was loaded."
    case .screenIsASCIIOnly(let notice):
        s.asciiOnly = true
        s.message = notice + (s.message.map { " " + $0 } ?? "")
    case .exportTargetExists(let path, let format):
        s.askOverwrite(path, format: format)
    case .exported(let path, let count, let format):
        // In the lane view only text is written as lanes: say which the file holds.
        let what = switch s.lanes {
        case nil: format.name
        case let lanes? where format.name == ExportFormat.text.name: "lanes by \(lanes == .actor ? "actor" : "file")"
        case _?: "\(format.name) (lanes are text only)"
        }
        s.message = "Exported \(count) event\(count == 1 ? "" : "s") to \(path) as \(what)."
    case .reloaded(let fresh) where !s.reloading && s.following:
        // Read again while following a file that cannot be read by its end.
        s.followRunning = false
        s.followed(fresh)
    case .reloaded(let fresh):
        let (following, end) = (s.following, s.followsEnd)
        s = s.carriedOver(to: fresh)
        // Following goes on from the file as read now.
        s.following = following
        s.followsEnd = following && end
        if s.followsEnd { s.select(s.shown.count - 1) }
    case .reloadFailed where !s.reloading && s.following:
        s.followRunning = false  // a line still being written: the next change reads it whole
    case .reloadFailed(let reason):
        s.reloading = false
        s.message = "Not reloaded: \(reason). Still showing what was loaded."
    case .followed(let job, let bytesRead, let outcome):
        s.followed(job, bytesRead: bytesRead, outcome)
    case .copied(let what, let characters):
        s.message = "Copied \(what) (\(characters) characters) to the clipboard (OSC 52)."
    case .copyFailed(let reason):
        s.message = "Not copied: \(reason)."
    case .bookmarksSaved:
        break
    case .bookmarksNotSaved(let reason):
        s.message = "Bookmarks not saved: \(reason). They stay while the viewer is open."
    case .exportFailed(let reason):
        s.message = "Not exported: \(reason)."
    case .zoneLoaded(let typed, let entry):
        s.zoneLoaded(typed: typed, entry)
    case .zoneNamesLoaded(let names):
        s.zoneNames = names
        if let p = s.prompt, p.purpose == .zone {
            s.prompt?.completions = ZoneCompletion.candidates(for: p.text, in: names)
        }
    case .searched(let job, let found):
        s.receive(job, found: found)
    case .searchProgress(let job, let found, let searched, let total):
        s.receiveProgress(job, found: found, searched: searched, of: total)
    case .filtered(let job, let shown):
        s.receive(job, shown: shown)
    case .duplicatesFolded(let folded):
        s.duplicatesFolded(folded)
    case .searchIndexBuilt(let index, let version):
        s.searchIndexBuilt(index, version: version)
    }
    // A look at the followed file asked for while another was running.
    if s.followAgain, !s.followRunning, s.effect == nil, s.following { s.askFollow() }
    s.askSearchIndexIfWanted()
    return s
}

/// The next state after `key` (see `update(_:_:)` for messages).
func update(_ state: ViewState, _ key: Key) -> ViewState {
    update(state, .key(key))
}

extension ViewState {
    /// A key, a click, a wheel turn or a resize.
    mutating func press(_ key: Key) {
        if case .resize(let w, let h) = key {
            width = w
            height = h
            scrollToSelection()
            clampDetail()
            return
        }
        if prompt != nil {
            answerPrompt(key)
            return
        }
        message = nil
        // A count before a key, as in less and vim: `5j`, `10G` (the 10th event).
        if !helpOpen, case .character(let c) = key, c.isASCII, let d = c.wholeNumberValue, d > 0 || count != nil {
            count = min((count ?? 0) * 10 + d, 99_999_999)
            message = "\(count ?? d)"
            return
        }
        let times = count
        count = nil
        if times != nil, key == .escape { return }
        switch key {
        case .wheelUp, .wheelDown:
            let step = key == .wheelUp ? -3 : 3
            if helpOpen {
                scrollHelp(step)
            } else if detailOpen {
                scrollDetail(step)
            } else {
                select(selected + step)
            }
            return
        case .click where helpOpen:
            return
        case .click(_, let y):
            let r = listTop + y - ViewState.headerRows
            if y >= ViewState.headerRows, y < ViewState.headerRows + listHeight, r < rows.count,
               case .event(let n) = rows[r] {
                select(n)
            }
            return
        default:
            break
        }
        let context: KeyBindings.Context = helpOpen ? .help : detailOpen ? .detail : .list
        guard let action = KeyBindings.action(for: key, in: context) else {
            if !helpOpen { message = "\(key.name): no such key. Press ? for help." }
            return
        }
        if following, !helpOpen {
            // A key that moves the selection leaves the end; G goes back to it.
            switch action {
            case .last: followsEnd = true
            case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .first, .previousEvent, .nextEvent,
                 .nextMatch, .previousMatch, .nextBookmark, .previousBookmark, .goToTime: followsEnd = false
            default: break
            }
        }
        if helpOpen { performInHelp(action) } else { perform(action, count: times) }
    }
}

extension ViewState {
    /// Selects the event at `position` among those shown (clamped) and scrolls to it.
    mutating func select(_ position: Int) {
        guard !shown.isEmpty else { return }
        let p = min(max(0, position), shown.count - 1)
        if p != selected { detailTop = 0; detailLeft = 0 }
        selected = p
        scrollToSelection()
    }

    /// Keeps the detail pane's scroll within its text, down and sideways.
    mutating func clampDetail() {
        guard selectedEvent != nil else { detailTop = 0; detailLeft = 0; return }
        detailTop = min(max(0, detailTop), max(0, measure.detailLines(self) - detailHeight))
        detailLeft = min(max(0, detailLeft), measure.detailHiddenColumns(self))
    }

    /// Does `action`; `count` (typed before the key) repeats a move, or with `g`/`G`
    /// names the event to go to (`10G`: the 10th shown).
    mutating func perform(_ action: Action, count: Int? = nil) {
        let n = count ?? 1
        let page = max(1, (detailOpen ? detailHeight : listHeight) - 1)
        let half = max(1, (detailOpen ? detailHeight : listHeight) / 2)
        switch action {
        case .moveUp: detailOpen ? scrollDetail(-n) : select(selected - n)
        case .moveDown: detailOpen ? scrollDetail(n) : select(selected + n)
        case .pageUp: detailOpen ? scrollDetail(-page * n) : select(selected - eventsIn(rows: page) * n)
        case .pageDown: detailOpen ? scrollDetail(page * n) : select(selected + eventsIn(rows: page) * n)
        case .halfPageUp: detailOpen ? scrollDetail(-half * n) : select(selected - eventsIn(rows: half) * n)
        case .halfPageDown: detailOpen ? scrollDetail(half * n) : select(selected + eventsIn(rows: half) * n)
        case .first where count != nil && !detailOpen, .last where count != nil && !detailOpen:
            select(n - 1)
            if n > shown.count { message = "Only \(shown.count) event\(shown.count == 1 ? "" : "s") shown: went to the last." }
        case .first: detailOpen ? scrollDetail(-Int.max / 2) : select(0)
        case .last: detailOpen ? scrollDetail(Int.max / 2) : select(shown.count - 1)
        case .toggleDetail:
            guard selectedEvent != nil else { message = "No event to show."; return }
            detailOpen.toggle()
            detailTop = 0
            detailLeft = 0
            scrollToSelection()
        case .scrollLeft, .scrollRight:
            detailLeft += (action == .scrollLeft ? -1 : 1) * max(4, (width - 2) / 2)
            clampDetail()
        case .previousEvent: select(selected - n)
        case .nextEvent: select(selected + n)
        case .search:
            prompt = Prompt(purpose: .search(previousQuery: search, previousSelection: selected), text: "")
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .filter:
            prompt = Prompt(purpose: .filter, text: filter)
        case .clearFilter:
            guard !filter.isEmpty else { message = "No filter to clear."; return }
            clearFilter()
            message = "Filter cleared: all \(events.count) events shown."
        case .closeOrClear:
            if detailOpen {
                detailOpen = false
                scrollToSelection()
            } else if !search.isEmpty {
                clearSearch()
                message = "Search cleared." + (filter.isEmpty ? "" : " The filter stays: c clears it.")
            } else if !filter.isEmpty {
                message = "No search to clear. The filter “\(filter)” stays: c clears it (or f, then an empty line)."
            } else {
                message = "Press q to quit, ? for help."
            }
        case .cycleZone:
            showZone { $0.showNext() }
            message = "Times in \(zoneDescription)."
        case .chooseZone:
            prompt = Prompt(purpose: .zone, text: "")
            if let zoneNames {
                prompt?.completions = zoneNames
            } else {
                effect = .loadZoneNames
            }
        case .toggleRelative:
            relative.toggle()
            if relative, let o = origin {
                message = "Relative times from \(mark == nil ? "the first event" : "the mark") (\(formatter.time(of: o)))."
            } else if !relative {
                message = "Relative times off."
            }
        case .toggleLanes:
            lanes = lanes == nil ? (timeline.origins.count > 1 ? .source : .actor) : nil
            message = lanes.map { "Lanes by \($0 == .actor ? "actor" : "file"): L switches, l goes back to the list." }
                ?? "The list again."
        case .toggleLaneGrouping:
            lanes = (lanes ?? .source).toggled
            message = "Lanes by \(lanes == .actor ? "actor" : "file")."
        case .setMark:
            guard !shown.isEmpty else { return }
            if mark == shown[selected] {
                mark = nil
                message = relative ? "Mark removed: relative times from the first event." : "Mark removed."
            } else {
                mark = shown[selected]
                message = relative ? "Marked: relative times now count from this event."
                                   : "Marked as T+0: press r to show times relative to it."
            }
        case .copy:
            guard !shown.isEmpty else { message = "No event to copy."; return }
            effect = .copy(index: shown[selected], wholeDetail: detailOpen)
        case .follow: toggleFollow()
        case .reload:
            guard readsFiles else { message = "Not reloaded: \(sourceName) is not a file that can be read again."; return }
            guard !reloading else { message = "Still reloading…"; return }
            reloading = true
            effect = .reload
            message = "Reloading…"
        case .toggleMouse:
            mouseReporting.toggle()
            effect = .mouse(on: mouseReporting)
            message = mouseReporting ? "Mouse on: the wheel scrolls, a click selects (^T: off)."
                : "Mouse off: the terminal's own selection works (^T: on)."
        case .toggleBookmark: toggleBookmark()
        case .nextBookmark: jumpToBookmark(forward: true)
        case .previousBookmark: jumpToBookmark(forward: false)
        case .listBookmarks: listBookmarks()
        case .goToTime:
            prompt = Prompt(purpose: .time, text: "")
        case .export:
            prompt = Prompt(purpose: .exportPath, text: lastExportPath ?? defaultExportPath, suggested: true)
            if lanes != nil { message = "The lanes as text, a column per lane." }
        case .help:
            helpOpen = true
            helpTop = 0
        case .closeHelp:
            helpOpen = false
        case .quit:
            effect = .quit
        }
    }

    /// `America/New_York UTC−04:00 EDT`: the display zone and its offset at the selection.
    var zoneDescription: String {
        // `UTC+05:30` says its offset already.
        if zone.isFixedOffset { return zone.identifier }
        let at = selectedEvent?.time.instant ?? events.first?.time.instant ?? Instant(seconds: 0)
        let abbreviation = zone.abbreviation(at: at).map { " " + $0 } ?? ""
        return "\(zone.identifier) \(TimeFormatter.offsetText(formatter.offset(at: at)))\(abbreviation)"
    }

    /// `2017-11-03.txt` for `fixtures/2017-11-03.json` (`edge.txt` for `edge.log`): next to
    /// where the viewer was started. A merge is named after its first file, as its title
    /// is (`2017-11-03.txt` for `2017-11-03.json newsroom.jsonl`), by that file's label.
    var defaultExportPath: String {
        var base = (sourceName as NSString).lastPathComponent
        if timeline.origins.count > 1, let first = timeline.origins.first {
            base = first.replacingOccurrences(of: "/", with: "_")
        }
        if let r = base.range(of: " (bundled)") { base.removeSubrange(r) }
        // The endings of timeline files, never `.txt`: the suggestion is never the file shown.
        for ext in [".jsonl", ".json", ".ndjson", ".csv", ".log"] where base.hasSuffix(ext) && base.count > ext.count {
            base.removeLast(ext.count)
            break
        }
        // `<stdin>` names no file: no `<stdin>.txt`.
        return (base.isEmpty || base == "<stdin>" ? "timeline" : base) + ".txt"
    }

    private mutating func scrollDetail(_ by: Int) {
        detailTop += by
        clampDetail()
    }

    /// How many events the next `rows` list rows hold (at least 1), for paging.
    private func eventsIn(rows count: Int) -> Int {
        var n = 0
        for r in rows.dropFirst(listTop).prefix(count) { if case .event = r { n += 1 } }
        return max(1, n)
    }

    private mutating func jumpToMatch(forward: Bool) {
        guard !search.isEmpty else { message = "No search: press / to search."; return }
        guard searchAnswered else {
            if runningSearch == search, let partial = partialSearch, partial.query == search, !partial.matches.isEmpty {
                // Among the matches found so far; no wrapping before the whole answer.
                let next = forward ? partial.matches.first { $0 > selected } : partial.matches.last { $0 < selected }
                if let next {
                    select(next)
                    partialSearch?.movedSelection = true
                } else {
                    message = "Still searching “\(search)”: no match \(forward ? "after" : "before") this one found yet."
                }
                return
            }
            message = runningSearch == search ? "Still searching “\(search)”…" : "“\(search)” not searched yet: press / and Enter."
            return
        }
        guard !matches.isEmpty else { message = "No match for “\(search)”."; return }
        let next = forward ? matches.first { $0 > selected } : matches.last { $0 < selected }
        if let next {
            select(next)
        } else {
            select(forward ? matches[0] : matches[matches.count - 1])
            message = forward ? "Search wrapped to the top." : "Search wrapped to the bottom."
        }
    }

    /// An action while the help is open: it scrolls or closes the help, nothing else.
    mutating func performInHelp(_ action: Action) {
        let page = max(1, height - 4)
        switch action {
        case .moveUp: scrollHelp(-1)
        case .moveDown: scrollHelp(1)
        case .pageUp: scrollHelp(-page)
        case .pageDown: scrollHelp(page)
        case .halfPageUp: scrollHelp(-page / 2)
        case .halfPageDown: scrollHelp(page / 2)
        case .first: scrollHelp(-Int.max / 2)
        case .last: scrollHelp(Int.max / 2)
        case .closeHelp: helpOpen = false
        default: break
        }
    }

    mutating func scrollHelp(_ by: Int) {
        helpTop = min(max(0, helpTop + by), max(0, measure.helpLines(width) - (height - 3)))
    }
}
