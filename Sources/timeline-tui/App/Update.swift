import Foundation
import TimelineModel

/// The next state after `key`: pure, so tests drive it with key sequences.
func update(_ state: ViewState, _ key: Key) -> ViewState {
    var s = state
    s.effect = nil
    if case .resize(let w, let h) = key {
        s.width = w
        s.height = h
        s.scrollToSelection()
        s.clampDetail()
        return s
    }
    if s.prompt != nil {
        s.answerPrompt(key)
        return s
    }
    s.message = nil
    if s.helpOpen {
        s.handleHelp(key)
        return s
    }
    switch key {
    case .wheelUp, .wheelDown:
        let step = key == .wheelUp ? -3 : 3
        if s.detailOpen { s.detailTop += step; s.clampDetail() } else { s.select(s.selected + step) }
        return s
    case .click(_, let y):
        let r = s.listTop + y - ViewState.headerRows
        if y >= ViewState.headerRows, y < ViewState.headerRows + s.listHeight, r < s.rows.count,
           case .event(let n) = s.rows[r] {
            s.select(n)
        }
        return s
    default:
        break
    }
    guard let action = KeyBindings.action(for: key, in: s.detailOpen ? .detail : .list) else {
        if case .ctrl = key { return s }
        s.message = "\(key.name): no such key. Press ? for help."
        return s
    }
    s.perform(action)
    return s
}

extension ViewState {
    /// Selects the event at `position` among those shown (clamped) and scrolls to it.
    mutating func select(_ position: Int) {
        guard !shown.isEmpty else { return }
        let p = min(max(0, position), shown.count - 1)
        if p != selected { detailTop = 0 }
        selected = p
        scrollToSelection()
    }

    /// Keeps the detail pane's scroll within its text.
    mutating func clampDetail() {
        guard let e = selectedEvent else { detailTop = 0; return }
        let lines = DetailPane.lines(e, state: self, width: width).count
        detailTop = min(max(0, detailTop), max(0, lines - detailHeight))
    }

    mutating func perform(_ action: Action) {
        let page = max(1, (detailOpen ? detailHeight : listHeight) - 1)
        switch action {
        case .moveUp: detailOpen ? scrollDetail(-1) : select(selected - 1)
        case .moveDown: detailOpen ? scrollDetail(1) : select(selected + 1)
        case .pageUp: detailOpen ? scrollDetail(-page) : select(selected - eventsIn(rows: page))
        case .pageDown: detailOpen ? scrollDetail(page) : select(selected + eventsIn(rows: page))
        case .first: detailOpen ? scrollDetail(-Int.max / 2) : select(0)
        case .last: detailOpen ? scrollDetail(Int.max / 2) : select(shown.count - 1)
        case .toggleDetail:
            guard selectedEvent != nil else { message = "No event to show."; return }
            detailOpen.toggle()
            detailTop = 0
            scrollToSelection()
        case .previousEvent: select(selected - 1)
        case .nextEvent: select(selected + 1)
        case .search:
            prompt = Prompt(purpose: .search(previousQuery: search, previousSelection: selected), text: "")
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .filter:
            prompt = Prompt(purpose: .filter, text: filter)
        case .closeOrClear:
            if detailOpen {
                detailOpen = false
                scrollToSelection()
            } else if !filter.isEmpty || !search.isEmpty {
                search = ""
                applyFilter("")
                message = "Filter and search cleared."
            } else {
                message = "Press q to quit, ? for help."
            }
        case .cycleZone:
            showZone { $0.showNext() }
            message = "Times in \(zoneDescription)."
        case .chooseZone:
            prompt = Prompt(purpose: .zone, text: "")
            prompt?.completions = ZoneCompletion.candidates(for: "")
        case .toggleRelative:
            relative.toggle()
            if relative, let o = origin {
                message = "Relative times from \(mark == nil ? "the first event" : "the mark") (\(formatter.time(of: o)))."
            }
        case .setMark:
            guard !shown.isEmpty else { return }
            if mark == shown[selected] {
                mark = nil
                message = "Mark removed: relative times from the first event."
            } else {
                mark = shown[selected]
                relative = true
                message = "Marked: relative times now count from this event."
            }
        case .export:
            prompt = Prompt(purpose: .exportPath, text: defaultExportPath)
        case .help:
            helpOpen = true
            helpTop = 0
        case .quit:
            effect = .quit
        }
    }

    /// `America/New_York UTC−04:00 EDT`: the display zone and its offset at the selection.
    var zoneDescription: String {
        let at = selectedEvent?.time.instant ?? events.first?.time.instant ?? Instant(seconds: 0)
        let abbreviation = zone.abbreviation(at: at).map { " " + $0 } ?? ""
        return "\(zone.identifier) \(TimeFormatter.offsetText(formatter.offset(at: at)))\(abbreviation)"
    }

    /// `2017-11-03.txt` for `fixtures/2017-11-03.json`: next to where the viewer was started.
    var defaultExportPath: String {
        var base = (sourceName as NSString).lastPathComponent
        if let r = base.range(of: " (bundled)") { base.removeSubrange(r) }
        for ext in [".jsonl", ".json"] where base.hasSuffix(ext) { base.removeLast(ext.count) }
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
        guard !matches.isEmpty else { message = "No match for “\(search)”."; return }
        let next = forward ? matches.first { $0 > selected } : matches.last { $0 < selected }
        if let next {
            select(next)
        } else {
            select(forward ? matches[0] : matches[matches.count - 1])
            message = forward ? "Search wrapped to the top." : "Search wrapped to the bottom."
        }
    }

    mutating func handleHelp(_ key: Key) {
        switch key {
        case .escape, .character("?"), .enter: helpOpen = false
        case .character("q"): effect = .quit
        case .up, .character("k"), .wheelUp: helpTop = max(0, helpTop - 1)
        case .down, .character("j"), .wheelDown: helpTop += 1
        case .pageUp, .character("b"): helpTop = max(0, helpTop - (height - 4))
        case .pageDown, .character(" "): helpTop += height - 4
        case .home, .character("g"): helpTop = 0
        default: break
        }
        helpTop = min(helpTop, max(0, HelpScreen.lines(width: width).count - (height - 3)))
    }
}
