import TimelineModel

extension ViewState {
    /// A key while a prompt is open: edit its text, or finish it with Enter or Esc.
    mutating func answerPrompt(_ key: Key) {
        guard var p = prompt else { return }
        if case .confirmOverwrite(let path, let format) = p.purpose {
            switch key {
            case .character("y"), .character("Y"):
                prompt = nil
                effect = .export(path: path, format: format, overwrite: true)
            case .character("n"), .character("N"), .escape, .ctrl("c"):
                prompt = nil
                message = "Not exported: \(path) left as it was."
            default:
                message = "Please answer y or n."
            }
            return
        }
        switch key {
        case .character(let c):
            p.text.append(c)
        case .backspace, .delete:
            if !p.text.isEmpty { p.text.removeLast() }
        case .tab where p.purpose == .zone:
            p.text = ZoneCompletion.complete(p.text)
        case .tab:
            guard case .exportFormat = p.purpose else { return }
            // The format names in turn, from the one typed.
            let names = ExportFormat.all.map(\.name)
            let now = names.firstIndex(of: p.text.trimmingCharacters(in: .whitespaces)) ?? -1
            p.text = names[(now + 1) % names.count]
        case .escape, .ctrl("c"), .ctrl("g"):
            cancel(p)
            return
        case .enter:
            prompt = nil
            finish(p)
            return
        default:
            return
        }
        prompt = p
        edited(p)
    }

    /// Live effects of typing: incremental search, zone completions.
    private mutating func edited(_ p: Prompt) {
        switch p.purpose {
        case .search(_, let from):
            search = p.text
            if shown.count > liveSearchLimit {
                searchPending = true
            } else {
                findTyped(from: from)
            }
        case .zone:
            prompt?.completions = ZoneCompletion.candidates(for: p.text)
        default:
            break
        }
    }

    /// Searches for what is typed so far and selects the first match from `from` on.
    private mutating func findTyped(from: Int) {
        searchPending = false
        research(typing: true)
        if let first = matches.first(where: { $0 >= from }) ?? matches.first {
            select(first)
        } else {
            select(from)
        }
    }

    /// Runs the search typed while keys came quickly (see `liveSearchLimit`); the loop
    /// calls it when no key has come for a moment. False when there was none to run.
    /// Fewer than three characters wait for Enter: they match most of a huge file, and
    /// checking every match takes seconds.
    mutating func searchIfPaused() -> Bool {
        guard searchPending, let p = prompt, case .search(_, let from) = p.purpose else {
            searchPending = false
            return false
        }
        guard search.count >= 3 else { return false }
        findTyped(from: from)
        return true
    }

    private mutating func cancel(_ p: Prompt) {
        searchPending = false
        prompt = nil
        if case .search(let query, let from) = p.purpose {
            search = query
            research()
            select(from)
        }
    }

    private mutating func finish(_ p: Prompt) {
        switch p.purpose {
        case .search(_, let from):
            if searchPending { findTyped(from: from) }
            if search.isEmpty { return }
            message = matches.isEmpty
                ? "No match for “\(search)”."
                : "\(matches.count) match\(matches.count == 1 ? "" : "es") for “\(search)”: n next, N previous."
        case .filter:
            applyFilter(p.text)
            message = filter.isEmpty ? "Filter cleared." : "\(shown.count) of \(events.count) events match “\(filter)”."
        case .zone:
            let name = p.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return }
            // The rule of --tz and of a file's zones; Tab completes a partial name.
            guard let z = Zone(identifier: name) else {
                message = "Unknown zone “\(name)”: try a name such as Europe/Paris (Tab completes)."
                return
            }
            let entry = displayZones.entry(for: z) ?? DisplayZones.Entry(zone: z, timeline: timeline)
            showZone { $0.show(entry) }
            message = "Times in \(zoneDescription)."
        case .exportPath:
            let path = p.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { message = "Not exported: no file name."; return }
            // The name's ending chooses the format (`notes.md`); otherwise ask.
            if let format = ExportFormat.forPath(path) {
                effect = .export(path: path, format: format, overwrite: false)
            } else {
                prompt = Prompt(purpose: .exportFormat(path: path), text: ExportFormat.text.name)
            }
        case .exportFormat(let path):
            let name = p.text.trimmingCharacters(in: .whitespaces)
            guard let format = ExportFormat.named(name) else {
                message = "Not exported: no format called “\(SafeText.neutralise(name))”."
                return
            }
            effect = .export(path: path, format: format, overwrite: false)
        case .confirmOverwrite:
            break
        }
    }

    /// Called by the loop when an export target exists: ask before overwriting.
    mutating func askOverwrite(_ path: String, format: ExportFormat) {
        prompt = Prompt(purpose: .confirmOverwrite(path: path, format: format), text: "")
    }
}
