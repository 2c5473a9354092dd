import TimelineModel

/// The merged files' labels as a narrow column shows them: whole when they fit, else cut
/// so that no two read the same. Ten files from one generator (`100000-seed1` …
/// `100000-seed10`) differ at their end, so cutting their ends (`100000-s…` ten times)
/// would tell nothing; their ends are kept instead (`…00-seed10`). The list's source
/// column and the lanes by file use this one rule; the detail pane and `f source:` take
/// the whole label.
enum SourceLabels {
    /// Each of `labels` (already neutralised) in at most `width` columns, in the same
    /// order: whole when it fits; else its start and `…` when the starts tell them apart,
    /// else `…` and its end when the ends do, else what follows the start they all share,
    /// else its start, `…` and the shortest end that makes it unique. Only when nothing in `width` tells two apart are they cut
    /// at their start.
    static func short(_ labels: [String], width: Int) -> [String] {
        guard width > 1, labels.contains(where: { Printable.width($0) > width }) else {
            return labels.map { head($0, width) }
        }
        let heads = labels.map { head($0, width) }
        if distinct(heads, labels) { return heads }
        let tails = labels.map { tail($0, width) }
        if distinct(tails, labels) { return tails }
        // The start all share left out (`incident-edge-…`, `incident-pager-…`).
        let shared = commonStart(labels)
        if shared > 0 {
            let middles = labels.map { label -> String in
                guard Printable.width(label) > width else { return label }
                return "…" + head(String(label.dropFirst(shared)), width - 1)
            }
            if distinct(middles, labels) { return middles }
        }
        // Start and end: as much end as needed, the rest start.
        for end in 1..<width - 1 {
            let both = labels.map { label -> String in
                guard Printable.width(label) > width else { return label }
                let kept = suffix(label, end)
                return prefix(label, width - 1 - Printable.width(kept)) + "…" + kept
            }
            if distinct(both, labels) { return both }
        }
        return heads
    }

    /// The label of `origin` as `short` gives it among the timeline's files.
    static func shortLabel(_ origin: String, among origins: [String], width: Int) -> String {
        let safe = origins.map { SafeText.neutralise($0) }
        guard let k = origins.firstIndex(of: origin) else { return head(SafeText.neutralise(origin), width) }
        return short(safe, width: width)[k]
    }

    /// How many characters every label starts with alike.
    private static func commonStart(_ labels: [String]) -> Int {
        guard var shared = labels.first.map(Array.init) else { return 0 }
        for label in labels.dropFirst() {
            let chars = Array(label)
            var k = 0
            while k < min(shared.count, chars.count), shared[k] == chars[k] { k += 1 }
            shared = Array(shared.prefix(k))
        }
        return shared.count
    }

    /// True when labels that differ are shown differently.
    private static func distinct(_ shown: [String], _ labels: [String]) -> Bool {
        var seen: [String: String] = [:]
        for (s, l) in zip(shown, labels) {
            if let other = seen[s], other != l { return false }
            seen[s] = l
        }
        return true
    }

    private static func head(_ label: String, _ width: Int) -> String {
        Printable.width(label) <= width ? label : prefix(label, width - 1) + "…"
    }

    private static func tail(_ label: String, _ width: Int) -> String {
        Printable.width(label) <= width ? label : "…" + suffix(label, width - 1)
    }

    /// The longest start of `text` in `width` columns, whole characters.
    private static func prefix(_ text: String, _ width: Int) -> String {
        var out = ""
        var used = 0
        for c in text {
            let w = Printable.width(String(c))
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return out
    }

    /// The longest end of `text` in `width` columns, whole characters.
    private static func suffix(_ text: String, _ width: Int) -> String {
        var out: [Character] = []
        var used = 0
        for c in text.reversed() {
            let w = Printable.width(String(c))
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return String(out.reversed())
    }
}
