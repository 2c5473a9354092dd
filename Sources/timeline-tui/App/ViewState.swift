import TimelineModel

/// Everything the viewer shows, as a value: `update` makes the next one from a message,
/// `render` draws it. No terminal in here.
struct ViewState: Sendable {
    /// Changed only by a reload (a new state) or by following (`grow`), which moves every
    /// position kept here with it.
    private(set) var timeline: Timeline
    /// The file as the user named it (for the default export name).
    let sourceName: String

    /// The zones `z` cycles through, each with its formatter, and the one shown. Changed
    /// only through `showZone`, which lays the list out again.
    private(set) var displayZones: DisplayZones
    var zones: [Zone] { displayZones.zones }
    /// The display zone.
    var zone: Zone { displayZones.zone }
    /// The model's formatter for the display zone: the same times the export prints.
    /// Read through the zone shown, so it cannot belong to another zone.
    var formatter: TimeFormatter { displayZones.formatter }

    /// The filter asked for, as typed (`kind:statement`), empty for none. Set with
    /// `applyFilter`, which recomputes what is shown (at once, or in the background).
    private(set) var filter = ""
    /// The filter `shown` is the answer to: `filter` once its answer is in. Until then the
    /// screen shows this last true answer and says it is filtering.
    private(set) var shownFilterText = ""
    /// The search asked for, as typed, empty for none.
    var search = ""

    /// Indices into `timeline.events` of the events shown (the filter applied).
    private(set) var shown: [Int] = []
    /// Changes whenever `shown` does, so that an answer computed for an older list is
    /// known as such.
    private(set) var shownVersion = 0
    /// The list's rows in `zone` for the events shown from `windowStart` to `windowEnd`:
    /// all of them up to `windowLimit` events, else a window around the selection, so a
    /// million events open as fast as a thousand.
    private(set) var rows: [ListRow] = []
    /// For each position in `windowStart..<windowEnd`, its row in `rows`.
    private(set) var rowOfEvent: [Int] = []
    private(set) var windowStart = 0
    private(set) var windowEnd = 0
    /// Most events laid out at once.
    var windowLimit = 1000
    /// Positions in `shown` of the events matching `matchedSearch`.
    private(set) var matches: [Int] = []
    /// The search `matches` are the answer to: `search` once its answer is in; until then
    /// the last true answer, shown as such. A query that narrows it (one more letter
    /// typed) looks only among its matches.
    private(set) var matchedSearch = ""
    /// The filter `shown` was found for, as the model reads it.
    private(set) var shownFilter = FilterExpression.everything
    /// Above this many events, searching and filtering run in the background (a million
    /// events take a few hundred milliseconds): typing at the search prompt searches when
    /// the keys pause, and the screen says `searching…` until the answer is in.
    var liveSearchLimit = 200_000
    /// The search and the filter being worked on in the background, if any.
    var runningSearch: String?
    /// What the running background search found so far (`searchProgress`).
    var partialSearch: PartialSearch?
    var runningFilter: String?
    /// Where to select the first match from once the answer to the search comes, and say
    /// how many there are (Enter was pressed before it came); nil when not waited for.
    var announceSearchFrom: Int?

    /// Names the `Z` prompt completes, once loaded (by the `loadZoneNames` effect).
    var zoneNames: [String]?
    /// How long the detail pane's and the help's texts are (see `PaneMeasure`).
    var measure: PaneMeasure

    /// Positions in the timeline of the bookmarked events (`M`).
    var bookmarks: Set<Int> = []
    /// Where the bookmarks are kept (`FILE.marks.json`); nil when they are not (standard
    /// input, the bundled incident).
    var bookmarksFile: String?
    /// Following the file as it grows (`F`, `--follow`).
    var following = false
    /// While following: the selection stays on the last event (until a key moves it).
    var followsEnd = false
    /// A look at the followed file is being taken; another is wanted once it is done.
    var followRunning = false
    var followAgain = false
    /// `R` was pressed and the file is being read again (the screen says so).
    var reloading = false
    /// The filter run again in the background on a file read again (`R`): its answer
    /// does not replace what the reload said.
    var refilter: String?
    /// Whether the timeline came from files that can be read again and followed (not
    /// standard input or the bundled incident).
    var readsFiles = true
    /// Whether the terminal reports the mouse (wheel, clicks); off, its own selection works.
    var mouseReporting = true
    /// A count typed before a key (`5` of `5j`), until the key comes.
    var count: Int?
    /// Position in `shown` of the selected event.
    var selected = 0
    /// First list row on screen.
    var listTop = 0
    var detailOpen = false
    var detailTop = 0
    /// Columns the detail pane is scrolled sideways (`h` `l`), to read a long URL.
    var detailLeft = 0
    var helpOpen = false
    var helpTop = 0
    var relative = false
    /// The lane view (`l`): a lane per actor or per file; nil for the list.
    var lanes: LaneLayout.Grouping?
    /// Index into `timeline.events` of the event relative times count from.
    var mark: Int?
    var prompt: Prompt?
    /// The path the last export was asked for, offered again by `e`.
    var lastExportPath: String?
    /// A sentence for the status line until the next key (at start: the file's warnings).
    var message: String?
    var width: Int
    var height: Int
    /// The terminal shows ASCII only (no UTF-8 locale): the screen is drawn in ASCII.
    var asciiOnly = false
    /// What the loop must do after this update.
    var effect: Effect?
    /// The timeline's searchable text folded, once built (see `SearchIndexing`).
    var searchIndex: SearchIndex?
    /// Above this many events the search index is built (below, a search takes a few
    /// milliseconds without it).
    var searchIndexFrom = 200_000
    /// Changes whenever the timeline is replaced (not when it grows by following): an
    /// index built for an older one is known as such.
    var timelineVersion = 0
    /// The `timelineVersion` the index was last asked for at.
    var searchIndexAsked: Int?

    init(timeline: Timeline, sourceName: String, zones extra: [Zone] = [], local: Zone = .local,
         width: Int = 80, height: Int = 24, measure: PaneMeasure = .unmeasured) {
        self.timeline = timeline
        self.sourceName = sourceName
        self.measure = measure
        // A zone given with --tz is the one asked for: shown first.
        displayZones = DisplayZones(timeline: timeline, extra: extra, local: local)
        self.width = width
        self.height = height
        install(shown: Array(events.indices), for: "", query: .everything)
        message = WarningsMessage.text(timeline.warnings, merged: timeline.origins.count > 1)
        // Why a log is shown in UTC when its times carry offsets (`Read as` in exports).
        if message == nil, let note = timeline.zoneNote { message = note.prefix(1).uppercased() + note.dropFirst() + "." }
        // Merged files shown before their duplicate check: it starts with the viewer.
        if timeline.duplicatesToFold { effect = .foldDuplicates }
        askSearchIndexIfWanted()
    }

    var events: EventList { timeline.events }

    /// The event selected, if any is shown.
    var selectedEvent: Event? {
        shown.isEmpty ? nil : events[shown[selected]]
    }

    /// How the other files of a merge wrote the selected event (`EventList.copies(at:)`).
    var selectedCopies: [Event] {
        shown.isEmpty ? [] : events.copies(at: shown[selected])
    }

    /// Indices into `timeline.events` of the events shown (what `e` exports).
    var shownIndices: [Int] { shown }

    /// The events shown, in order.
    var shownEvents: [Event] { shown.map { events[$0] } }

    /// The event relative times count from: the mark, else the first event.
    var origin: Event? {
        if let mark { return events[mark] }
        return events.first
    }

    // MARK: Recomputing what depends on filter, zone and search

    /// Shows times in the zone of `change` and lays the list out in it: the one way the
    /// display zone changes.
    mutating func showZone(_ change: (inout DisplayZones) -> Void) {
        change(&displayZones)
        relayout()
    }

    /// Asks for the events matching `typed` (the `f` prompt's text, empty for all): found
    /// at once on a small timeline, else in the background (`filter` effect), the list
    /// showing the last true answer meanwhile. Times in it are read in the zone shown now.
    /// A filter that cannot be read changes nothing and throws the place of the problem.
    mutating func applyFilter(_ typed: String) throws(FilterSyntaxError) {
        let query = try EventQuery.expression(typed, timeline: timeline, formatter: formatter)
        apply(query, typed: typed)
    }

    /// Shows the events of `query` (read from `typed`).
    mutating func apply(_ query: FilterExpression, typed: String) {
        filter = typed
        let narrowing = !shownFilter.isEverything && query.narrows(shownFilter)
        if query.isEverything {
            runningFilter = nil
            install(shown: Array(events.indices), for: typed, query: query)
        } else if events.count <= liveSearchLimit {
            install(shown: query.indices(in: events, among: narrowing ? shown : nil), for: typed, query: query)
        } else if runningFilter != typed {
            runningFilter = typed
            effect = .filter(FilterJob(typed: typed, expression: query, among: narrowing ? shown : nil, eventCount: events.count))
        }
    }

    /// Shows every event.
    mutating func clearFilter() {
        apply(.everything, typed: "")
    }

    /// Takes the answer to a background filter; an answer to a filter no longer asked for
    /// is dropped (and the one asked for started, if it is not running).
    mutating func receive(_ job: FilterJob, shown found: [Int]) {
        if runningFilter == job.typed { runningFilter = nil }
        guard job.typed == filter, job.eventCount == events.count else {
            if filter != shownFilterText || job.eventCount != events.count, runningFilter == nil, let query = try? EventQuery.expression(filter, timeline: timeline, formatter: formatter) {
                apply(query, typed: filter)
            }
            return
        }
        install(shown: found, for: job.typed, query: job.expression)
        // The filter the user had, run again on the file read again: what `R` said stays.
        if refilter == job.typed { refilter = nil; return }
        message = filter.isEmpty ? "Filter cleared." : "\(shown.count) of \(events.count) events match “\(filter)”."
    }

    /// Shows `new` (the answer to the filter `typed`), keeping the selected event selected
    /// when it is still shown; the search is then looked for among them.
    private mutating func install(shown new: [Int], for typed: String, query: FilterExpression) {
        let keep = shown.isEmpty ? nil : shown[selected]
        shown = new
        shownFilter = query
        shownFilterText = typed
        shownVersion += 1
        if let keep {
            selected = shown.firstIndex(where: { $0 >= keep }) ?? max(0, shown.count - 1)
        } else {
            selected = 0
        }
        relayout()
        matches = []
        matchedSearch = ""
        requestSearch(typing: false)
    }

    /// Takes `found` (positions in the timeline, ascending) as the matches of `query`.
    mutating func installMatches(_ found: [Int], for query: String) {
        matches = shownPositions(of: found)
        matchedSearch = query
    }

    /// Where events of the timeline (ascending, every one shown) are in the list.
    func shownPositions(of found: [Int]) -> [Int] {
        // Both ascending, and every match is shown: one walk finds their positions.
        var positions: [Int] = []
        positions.reserveCapacity(found.count)
        var j = 0
        for index in found {
            while shown[j] < index { j += 1 }
            positions.append(j)
        }
        return positions
    }

    /// Recomputes the rows (after a zone or filter change).
    mutating func relayout() {
        layOutWindow()
        scrollToSelection()
    }

    /// Lays out the events around the selection, keeping the selected row where it was on
    /// screen.
    private mutating func layOutWindow() {
        let n = shown.count
        selected = min(max(0, selected), max(0, n - 1))
        let oldOffset = (windowStart..<windowEnd).contains(selected) && !rowOfEvent.isEmpty
            ? rowOfEvent[selected - windowStart] - listTop : nil
        let start = n <= windowLimit ? 0 : max(0, min(selected - windowLimit / 2, n - windowLimit))
        let end = min(n, start + windowLimit)
        // One event more in front, for the gap before the first one; its rows are dropped.
        let from = max(0, start - 1)
        var laid = ListRow.layout(events, shown: Array(shown[from..<end]), formatter: formatter)
        if from < start, let first = laid.firstIndex(of: .event(0)) { laid.removeFirst(first + 1) }
        rows = laid.map { row in
            if case .event(let k) = row { return .event(k + from) }
            return row
        }
        windowStart = start
        windowEnd = end
        rowOfEvent = Array(repeating: 0, count: end - start)
        for (r, row) in rows.enumerated() { if case .event(let k) = row { rowOfEvent[k - start] = r } }
        if let oldOffset, n > 0 { listTop = rowOfEvent[selected - start] - oldOffset }
    }

    /// Lays out again from position `first` in `shown` (inside the window, which reaches
    /// the end of the list) to the end, keeping the rows before it: new events at the end
    /// of a followed file cost their own rows, not the window's.
    private mutating func layOutEnd(from first: Int) {
        let n = shown.count
        let keep = rowOfEvent[first - 1 - windowStart] + 1
        rows.removeSubrange(keep...)
        rowOfEvent.removeSubrange((first - windowStart)...)
        // The event before, for the gap or heading before the first; its rows are dropped.
        let from = first - 1
        var laid = ListRow.layout(events, shown: Array(shown[from..<n]), formatter: formatter)
        if let row = laid.firstIndex(of: .event(0)) { laid.removeFirst(row + 1) }
        for row in laid {
            if case .event(let k) = row {
                rowOfEvent.append(rows.count)
                rows.append(.event(k + from))
            } else {
                rows.append(row)
            }
        }
        windowEnd = n
    }

    /// The first position in `list` (ascending) holding `value` or more.
    static func lowerBound(of value: Int, in list: [Int]) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether the selection came near an edge of the window that is not the list's edge.
    private var selectionNearWindowEdge: Bool {
        guard !shown.isEmpty else { return false }
        let margin = 2 * max(listHeight, 10)
        return selected < windowStart || selected >= windowEnd
            || (windowStart > 0 && selected - windowStart < margin)
            || (windowEnd < shown.count && windowEnd - selected <= margin)
    }

    /// Asks for the matches of `search` among the events shown: found at once on a small
    /// timeline, else in the background (`search` effect) unless that search is running.
    /// `typing`: the search extends the last one, so it looks only among its matches.
    mutating func requestSearch(typing: Bool) {
        guard !search.isEmpty else {
            matches = []
            matchedSearch = ""
            partialSearch = nil
            // Nobody waits for its answer any more: the cores go back to the rest.
            if runningSearch != nil {
                runningSearch = nil
                effect = .stopSearch
            }
            return
        }
        guard search != matchedSearch || !typing else { return }
        let narrowing = typing && !matchedSearch.isEmpty
            && EventFilter(text: search).narrows(EventFilter(text: matchedSearch))
        let among = narrowing ? matches.map { shown[$0] } : shown.count == events.count ? nil : shown
        if shown.count <= liveSearchLimit {
            installMatches(timeline.search(search, among: among), for: search)
        } else if runningSearch != search {
            runningSearch = search
            partialSearch = nil
            effect = .search(SearchJob(query: search, among: among, shownVersion: shownVersion))
        }
    }

    /// Takes `grown` (this timeline with the events read from the file's new lines at
    /// `added`) in place of the timeline, every position kept here moved with its event:
    /// the list gets the new events the filter shows (`shownAdded`, found for the job's
    /// filter), the search the new matches; a filter or search changed meanwhile is asked
    /// again.
    mutating func grow(to grown: Timeline, added: [Int], shownAdded: [Int], searchAdded: [Int], job: FollowJob) {
        let moves = InsertedPositions(added)
        let selectedPosition = shown.isEmpty ? nil : moves.moved(shown[selected])
        let matched = moves.moved(matches.map { shown[$0] })
        let sameFilter = job.filterTyped == shownFilterText
        let (oldCount, oldWindowEnd) = (shown.count, windowEnd)
        timeline = grown
        shown = InsertedPositions.merged(moves.moved(shown), sameFilter ? shownAdded : [])
        shownVersion += 1
        bookmarks = Set(bookmarks.map(moves.moved))
        mark = mark.map(moves.moved)
        // The first position in the list that changed: rows before it stay as they are.
        let changed = sameFilter ? shownAdded.first.map { p in Self.lowerBound(of: p, in: shown) } ?? shown.count : 0
        if followsEnd || selectedPosition == nil {
            selected = max(0, shown.count - 1)
        } else if let p = selectedPosition {
            selected = min(Self.lowerBound(of: p, in: shown), max(0, shown.count - 1))
        }
        if !matchedSearch.isEmpty {
            let found = InsertedPositions.merged(matched, sameFilter && job.search == matchedSearch ? searchAdded : [])
            installMatches(found, for: matchedSearch)
        }
        if changed >= oldWindowEnd && oldWindowEnd < oldCount {
            // Every change is past the rows laid out.
        } else if oldWindowEnd == oldCount && changed > windowStart && windowEnd - windowStart < 2 * windowLimit {
            layOutEnd(from: changed)
        } else {
            layOutWindow()
        }
        scrollToSelection()
        if !sameFilter || filter != shownFilterText, let query = try? EventQuery.expression(filter, timeline: timeline, formatter: formatter) {
            runningFilter = nil
            apply(query, typed: filter)
        } else if job.search != matchedSearch || search != matchedSearch {
            requestSearch(typing: false)
        }
    }

    /// Takes `folded` (this merged timeline with the same happening in several files shown
    /// once) in place of the timeline, every position kept here moved with its event. The
    /// filter and search are asked again (a kept event now also holds its twins' files and
    /// may match `source:` where it did not), their moved answers shown until then.
    mutating func takeFolded(_ folded: FoldedDuplicates) {
        guard timeline.duplicatesToFold, folded.countBefore == events.count else { return }
        let selectedPosition = shown.isEmpty ? nil : folded.moved(shown[selected])
        let matched = folded.moved(matches.map { shown[$0] })
        timeline = folded.timeline
        timelineVersion += 1
        searchIndex = nil
        shown = folded.moved(shown)
        shownVersion += 1
        bookmarks = Set(bookmarks.map(folded.moved))
        mark = mark.map(folded.moved)
        if let p = selectedPosition { selected = min(Self.lowerBound(of: p, in: shown), max(0, shown.count - 1)) }
        if !matchedSearch.isEmpty { installMatches(matched, for: matchedSearch) }
        layOutWindow()
        scrollToSelection()
        runningFilter = nil
        runningSearch = nil
        if !filter.isEmpty, let query = try? EventQuery.expression(filter, timeline: timeline, formatter: formatter) {
            // The moved answer is not one to narrow from: the filter looks at every event.
            shownFilter = .everything
            apply(query, typed: filter)
        } else {
            requestSearch(typing: false)
        }
    }

    /// The followed file has been read to `bytes` (lines with problems skipped, or none new).
    mutating func fileRead(to bytes: Int) {
        timeline.bytesRead = bytes
    }

    // MARK: Geometry (shared with render)

    /// Smallest usable screen; below it the viewer says so and waits.
    static let minimumWidth = 30
    static let minimumHeight = 8
    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Rows above the list (title, zone line) and below it (status line).
    static let headerRows = 2
    var listHeight: Int {
        let available = max(1, height - Self.headerRows - 1)
        return detailOpen ? max(3, available / 3) : available
    }
    /// Rows of the detail pane's text (below its divider).
    var detailHeight: Int {
        max(1, height - Self.headerRows - 1 - listHeight - 1)
    }

    /// The day heading drawn over the list's top row when that day's own heading has
    /// scrolled off (nil when the top row is a heading, or the list starts there).
    var stickyDayHeading: String? {
        guard listTop > 0, listTop < rows.count else { return nil }
        if case .day = rows[listTop] { return nil }
        var r = listTop - 1
        while r >= 0 {
            if case .day(let text) = rows[r] { return text }
            r -= 1
        }
        // Laid out from a window's start: the day of the first event on screen.
        guard let n = rows[listTop...].lazy.compactMap({ row -> Int? in
            if case .event(let n) = row { return n }
            return nil
        }).first else { return nil }
        let e = events.listed(at: shown[n])
        return DayHeading.text(formatter.period(of: e)) + (formatter.homePeriodNote(of: e) ?? "")
    }

    /// Moves `listTop` so the selected event (and its heading, when it fits) is on screen.
    mutating func scrollToSelection() {
        selected = min(max(0, selected), max(0, shown.count - 1))
        if selectionNearWindowEdge { layOutWindow() }
        guard !rows.isEmpty else { listTop = 0; return }
        let r = shown.isEmpty ? 0 : rowOfEvent[selected - windowStart]
        if r < listTop {
            listTop = r
            // Show the day heading or gap just above, so context is not lost.
            if r > 0, case .day = rows[r - 1] { listTop = r - 1 }
        }
        if r >= listTop + listHeight { listTop = r - listHeight + 1 }
        listTop = min(max(0, listTop), max(0, rows.count - listHeight))
        if r < listTop { listTop = r }
        // The sticky day heading covers the top row: never the selected one.
        if r == listTop, stickyDayHeading != nil { listTop -= 1 }
    }
}
