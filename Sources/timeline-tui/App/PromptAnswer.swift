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
        case .tab where p.purpose == .zone:
            p.line.replace(with: ZoneCompletion.complete(p.text, in: zoneNames ?? []))
        case .tab:
            guard case .exportFormat = p.purpose else { return }
            // The format names in turn, from the one typed; the start of a name completes it.
            let names = ExportFormat.all.map(\.name)
            let typed = p.text.trimmingCharacters(in: .whitespaces)
            if !p.suggested, !names.contains(typed), let name = names.first(where: { $0.hasPrefix(typed) }) {
                p.line.replace(with: name)
            } else {
                let now = names.firstIndex(of: typed) ?? -1
                p.line.replace(with: names[(now + 1) % names.count])
            }
        case .escape, .ctrl("c"), .ctrl("g"):
            cancel(p)
            return
        case .enter:
            prompt = nil
            finish(p)
            return
        case .character(let c) where p.suggested:
            p.line.replace(with: String(c))
        default:
            guard p.line.edit(key) else { return }
        }
        p.suggested = false
        let changed = p.text != prompt?.text
        if changed { p.problem = nil }
        prompt = p
        if changed { edited(p) }
    }

    /// Live effects of typing: incremental search, zone completions.
    private mutating func edited(_ p: Prompt) {
        switch p.purpose {
        case .search(_, let from):
            searchTyped(p.text, from: from)
        case .zone:
            prompt?.completions = ZoneCompletion.candidates(for: p.text, in: zoneNames ?? [])
        default:
            break
        }
    }

    private mutating func cancel(_ p: Prompt) {
        prompt = nil
        if case .search(let query, let from) = p.purpose {
            searchCancelled(previous: query, from: from)
        }
    }

    private mutating func finish(_ p: Prompt) {
        switch p.purpose {
        case .search(_, let from):
            searchEntered(from: from)
        case .filter:
            do {
                try applyFilter(p.text)
            } catch {
                // Never a silent “0 matches”: the prompt stays open, pointing at the problem.
                var again = p
                again.problem = error
                again.line.moveCursor(to: error.column - 1)
                prompt = again
                return
            }
            if !filterAnswered {
                message = "Filtering “\(filter)”…"
            } else {
                message = filter.isEmpty ? "Filter cleared." : "\(shown.count) of \(events.count) events match “\(filter)”."
            }
        case .time:
            guard !p.text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            if let problem = goToTime(p.text) {
                var again = p
                again.problem = problem
                prompt = again
            }
        case .zone:
            let name = p.text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return }
            if let entry = displayZones.entries.first(where: { $0.zone.identifier == name }) {
                showZone { $0.show(entry) }
                message = "Times in \(zoneDescription)."
            } else {
                effect = .loadZone(name: name)
            }
        case .exportPath:
            let path = p.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { message = "Not exported: no file name."; return }
            lastExportPath = path
            // The name's ending chooses the format (`notes.md`); otherwise ask.
            if let format = ExportFormat.forPath(path) {
                effect = .export(path: path, format: format, overwrite: false)
            } else {
                prompt = Prompt(purpose: .exportFormat(path: path), text: ExportFormat.text.name, suggested: true)
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

    /// The zone typed at `Z`, read by the `loadZone` effect: show it, or say it is unknown.
    mutating func zoneLoaded(typed: String, _ entry: DisplayZones.Entry?) {
        guard let entry else {
            // `+25:00` looks like an offset: say what is wrong with it.
            message = Zone.offsetProblem(typed).map { "Not a zone: \($0)." }
                ?? "Unknown zone “\(typed)”: try a name such as Europe/Paris, or an offset such as +05:30 (Tab completes names)."
            return
        }
        showZone { $0.show(entry) }
        message = "Times in \(zoneDescription)."
    }

    /// The export target exists: ask before overwriting it.
    mutating func askOverwrite(_ path: String, format: ExportFormat) {
        prompt = Prompt(purpose: .confirmOverwrite(path: path, format: format), text: "")
    }
}
