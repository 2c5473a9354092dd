/// Reading a file in two parts at once: the part after a record boundary is read into a
/// builder of its own (`secondPart()`), then appended to this one's events (`append`), as
/// if one builder had read the whole file in order.
extension TimelineBuilder {
    /// An empty builder for the same file whose events can be appended to this one's
    /// (ids hashed alike).
    func secondPart() -> TimelineBuilder {
        var part = TimelineBuilder(file: file)
        part.ids = IdList(seed: ids.seed)
        return part
    }

    /// Appends what `part` (made by `secondPart()`) noted, its events after these.
    mutating func append(_ part: TimelineBuilder) {
        let shift = count
        for var r in part.read.records {
            r.fileIndex += Int32(shift)
            read.records.append(r)
        }
        read.problems += part.read.problems
        read.warnings += part.read.warnings
        read.warningsOnce.append(part.read.warningsOnce)
        read.offsets.append(part.read.offsets)
        for zone in part.read.dateZones where !read.dateZones.contains(zone) { read.dateZones.append(zone) }
        for var check in part.read.zonedEnds {
            check.index += shift
            read.zonedEnds.append(check)
        }
        ids.append(contentsOf: part.ids, shiftedBy: shift)
        hasServiceIds = hasServiceIds || part.hasServiceIds
        for (i, given) in part.events.given { events.given[i + shift] = given }
        events.appendWritten(part.events, after: shift)
        events.lines += part.events.lines
        drafts += part.drafts
    }
}
