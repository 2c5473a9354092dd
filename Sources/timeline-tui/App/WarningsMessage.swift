import TimelineModel

/// What the status line says when the file loaded with warnings (invalid UTF-8 shown as
/// U+FFFD, an event left out), so the viewer never takes such a file silently:
/// `2 warnings: invalid UTF-8 shown as U+FFFD, first line 2 (events[0].title); see timeline-tui validate`.
/// The most useful words come first: a narrow status line cuts the end with `…`.
enum WarningsMessage {
    /// The message for `warnings` (the loader's `Timeline.warnings`), nil when there are none.
    /// `merged`: the warnings are of several files, so the first one's place names its file
    /// (`line 1 of app.log`), else a line number says nothing of where to look.
    static func text(_ warnings: [Problem], merged: Bool = false) -> String? {
        guard let first = warnings.first else { return nil }
        // The loader lists at most a thousand and then one line saying the rest are not.
        let capped = warnings.count > 1 && warnings[warnings.count - 1].message.hasPrefix("too many")
        let count = capped ? "Over \(warnings.count - 1) warnings: " : warnings.count == 1 ? "Warning: " : "\(warnings.count) warnings: "
        var place: [String] = []
        if let line = first.place?.line { place.append("line \(line)") }
        if merged, !first.file.isEmpty { place.append((place.isEmpty ? "in " : "of ") + (first.file.split(separator: "/").last.map(String.init) ?? first.file)) }
        if !first.path.isEmpty { place.append("(\(first.path))") }
        let at = place.isEmpty ? "" : (warnings.count == 1 ? ", " : ", first ") + place.joined(separator: " ")
        // The first warning's own words when it is not about invalid UTF-8 (a Plaso event
        // with no time, left out), so the status line never says the wrong thing.
        let what = first.message.hasPrefix("invalid UTF-8") ? "invalid UTF-8 shown as U+FFFD" : first.message
        // The path may hold a field name from the file.
        return SafeText.neutralise(count + what + at + "; see timeline-tui validate")
    }
}
