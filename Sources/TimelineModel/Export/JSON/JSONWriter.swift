/// `--format json`: the timeline in our own format (docs/FORMAT.md), lossless — reading
/// the file back gives the same timeline: the same text export, ids, times as written,
/// precision, extra fields. This is how a merged or imported timeline is saved.
///
/// Pretty enough to read and to diff: the timeline's fields one a line, then one event a
/// line. Only the filter of the view applies; zone, relative times and details change how
/// a timeline is shown, not what it holds, so they leave this format alone.
struct JSONWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        var header: [UInt8] = Array("{\n  ".utf8)
        OurJSONEvent.appendTimelineFields(view.timeline, separator: Array(",\n  ".utf8), to: &header)
        header.append(contentsOf: Array(",\n  \"events\": [".utf8))
        let events = view.timeline.events
        let bodies = view.pieces { indices, previous in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 700)
            var first = previous == nil
            for i in indices {
                out.append(contentsOf: first ? [0x0A] : [0x2C, 0x0A])
                first = false
                out.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
                events.appendOurJSON(at: i, to: &out)
            }
            return out
        }
        let footer: [UInt8] = Array((view.indices.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8)
        return [header] + bodies + [footer]
    }
}

/// `--format jsonl`: our own format as JSON Lines — the timeline's fields on the first
/// line, then one event a line (docs/FORMAT.md). Lossless, like `JSONWriter`.
struct JSONLinesWriter {
    let view: ExportView

    func parts() -> [[UInt8]] {
        var header: [UInt8] = [0x7B]
        OurJSONEvent.appendTimelineFields(view.timeline, separator: [0x2C], to: &header)
        header.append(contentsOf: [0x7D, 0x0A])
        let events = view.timeline.events
        let bodies = view.pieces { indices, _ in
            var out: [UInt8] = []
            out.reserveCapacity(indices.count * 700)
            for i in indices {
                events.appendOurJSON(at: i, to: &out)
                out.append(0x0A)
            }
            return out
        }
        return [header] + bodies
    }
}
