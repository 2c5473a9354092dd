import Foundation

/// Scanning a big file on two threads: the second half is read speculatively from a
/// likely event boundary while the first half is read as usual. Its result is taken only
/// when the first half arrives exactly at that boundary and the second half found no
/// problem at all; otherwise the first thread simply reads on, so that every message and
/// event number is the same as a one-thread read.
extension TimelineScan {
    /// Files smaller than this are read on one thread.
    static let halvesThreshold = 4 << 20

    /// `events` elements, from the cursor (on the first one) to the closing `]`.
    mutating func scanElementsInHalves(_ c: inout JSONCursor, index: inout Int) throws(SyntaxError) {
        let middle = c.pos + (count - c.pos) / 2
        guard count - c.pos >= TimelineScan.halvesThreshold,
              let split = elementBoundary(after: middle, lineLike: c.pos) ?? elementBoundary(after: middle, lineLike: nil)
        else {
            _ = try scanElements(&c, index: &index, stopAt: -1)
            return
        }
        let bytes = self.bytes
        let seed = ids.seed
        let (measuring, assumedZone, merging, progress) = (meter != nil, assumedZone, mergeFacts?.reading, progress.progress)
        let keepsValues = valueSpans?.measuresText
        let second = SecondHalf<(scan: TimelineScan, end: Int)?> {
            var scan = TimelineScan(bytes: bytes, idSeed: seed, measuring: measuring)
            scan.assumedZone = assumedZone
            scan.mergeFacts = merging.map(FirstPassFacts.init)
            scan.valueSpans = keepsValues.map { EventValueSpans(measuringText: $0) }
            scan.progress = ProgressNote(progress, from: split)
            var cursor = JSONCursor(base: bytes.base, start: split, end: bytes.count, endName: "file")
            cursor.assumedZone = assumedZone
            var local = 0
            do throws(SyntaxError) {
                guard try !scan.scanElements(&cursor, index: &local, stopAt: -1), cursor.problems.isEmpty,
                      cursor.warnings.isEmpty
                else { return nil }
            } catch {
                return nil
            }
            return (scan, cursor.pos)
        }
        let reached: Bool
        do throws(SyntaxError) {
            reached = try scanElements(&c, index: &index, stopAt: split)
        } catch {
            _ = second.wait()
            throw error
        }
        guard reached else {
            _ = second.wait()
            return
        }
        if let (scan, end) = second.wait() {
            adopt(scan, firstIndex: index)
            index += scan.records.count
            c.pos = end
            return
        }
        _ = try scanElements(&c, index: &index, stopAt: -1)
    }

    /// JSON Lines, split at a line end near the middle.
    mutating func scanLinesInHalves(headerFirst: Bool) {
        var index = 0
        var first = true
        guard count - start >= TimelineScan.halvesThreshold,
              let newline = memchr(base + (start + count) / 2, 0x0A, count - (start + count) / 2)
        else {
            scanLines(from: start, to: count, headerFirst: headerFirst, index: &index, first: &first)
            return
        }
        let split = UnsafeRawPointer(newline).assumingMemoryBound(to: UInt8.self) - base + 1
        let bytes = self.bytes
        let depth = eventDepth
        let seed = ids.seed
        let (measuring, assumedZone, merging, progress) = (meter != nil, assumedZone, mergeFacts?.reading, progress.progress)
        let keepsValues = valueSpans?.measuresText
        let second = SecondHalf<(scan: TimelineScan, end: Int)?> {
            var scan = TimelineScan(bytes: bytes, idSeed: seed, measuring: measuring)
            scan.assumedZone = assumedZone
            scan.mergeFacts = merging.map(FirstPassFacts.init)
            scan.valueSpans = keepsValues.map { EventValueSpans(measuringText: $0) }
            scan.progress = ProgressNote(progress, from: split)
            scan.eventDepth = depth
            var local = 0
            var noHeader = false
            scan.scanLines(from: split, to: bytes.count, headerFirst: false, index: &local, first: &noHeader)
            return scan.problems.isEmpty && scan.warnings.isEmpty ? (scan, bytes.count) : nil
        }
        scanLines(from: start, to: split, headerFirst: headerFirst, index: &index, first: &first)
        if !first, problems.count <= JSONLimits.maxProblems, let (scan, _) = second.wait() {
            adopt(scan, firstIndex: index)
            return
        }
        _ = second.wait()
        if problems.count <= JSONLimits.maxProblems {
            scanLines(from: split, to: count, headerFirst: headerFirst, index: &index, first: &first)
        }
    }

    /// Takes the second half's events (ids repeated across the halves are found later,
    /// with all the others).
    private mutating func adopt(_ other: TimelineScan, firstIndex: Int) {
        ids.append(contentsOf: other.ids)
        records.reserveCapacity(records.count + other.records.count)
        let shift = Int32(firstIndex)
        for var r in other.records {
            r.fileIndex += shift
            records.append(r)
        }
        places.append(contentsOf: other.places)
        if let facts = other.mergeFacts { mergeFacts?.append(contentsOf: facts) }
        if let spans = other.valueSpans { valueSpans?.append(contentsOf: spans) }
        offsets.append(other.offsets)
        for file in other.eventOrigins where !eventOrigins.contains(file) { eventOrigins.append(file) }
        for zone in other.eventDateZones where !eventDateZones.contains(zone) { eventDateZones.append(zone) }
        for var z in other.zonedEnds {
            z.index += firstIndex
            zonedEnds.append(z)
        }
    }

    /// The `{` of what looks like the next element after `from` (`}` `,` `{` with only
    /// whitespace between), searched for within 1 MB.
    ///
    /// With `lineLike` (the first element's `{`), only a `{` that starts a line the way the
    /// first element does (a line break, then the same indentation, then perhaps a comma)
    /// counts, when the first element starts a line at all: `},{` also separates the
    /// sources of one event, and a guess there is never reached by the first half, which
    /// then reads the whole file alone. Nil when there is no such `{` (or the first element
    /// shares its line).
    func elementBoundary(after from: Int, lineLike first: Int?) -> Int? {
        var indent = 0
        let model = first ?? 0
        if let first {
            var j = first
            while j > 0, base[j - 1] == 0x20 || base[j - 1] == 0x09 { j -= 1 }
            guard j > 0, base[j - 1] == 0x0A else { return nil }
            indent = first - j
        }
        var i = from
        let limit = min(count, from + (1 << 20))
        func skipSpace(_ j: inout Int) {
            while j < limit, base[j] == 0x20 || base[j] == 0x0A || base[j] == 0x0D || base[j] == 0x09 { j += 1 }
        }
        /// Whether the `{` at `k` starts a line indented like the first element, or follows
        /// a comma that does (one element a line with a leading comma).
        func startsLineLikeFirst(_ k: Int) -> Bool {
            guard first != nil else { return true }
            if isLineStart(k) { return true }
            var j = k
            while j > 0, base[j - 1] == 0x20 || base[j - 1] == 0x09 { j -= 1 }
            return j > 0 && base[j - 1] == 0x2C && isLineStart(j - 1)
        }
        /// Whether a line break and the first element's indentation come right before `j`.
        func isLineStart(_ j: Int) -> Bool {
            guard j - indent - 1 >= 0, base[j - indent - 1] == 0x0A else { return false }
            return memcmp(base + (j - indent), base + (model - indent), indent) == 0
        }
        while i < limit {
            if base[i] == 0x7D {
                var j = i + 1
                skipSpace(&j)
                if j < limit && base[j] == 0x2C {
                    j += 1
                    skipSpace(&j)
                    if j < limit && base[j] == 0x7B && startsLineLikeFirst(j) { return j }
                }
            }
            i += 1
        }
        return nil
    }
}
