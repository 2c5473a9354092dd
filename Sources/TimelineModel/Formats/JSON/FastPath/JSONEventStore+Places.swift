extension JSONEventStore {
    /// Where the events' objects start, counted from the file's bytes in one pass: the
    /// loader counts no lines on its way (see `Event.place`), so a message naming an event
    /// (an id used in two files) counts them here, for the few it names.
    func places(at positions: [Int]) -> [Int: SourcePlace] {
        let bom = bytes.count >= 3 && bytes.base[0] == 0xEF && bytes.base[1] == 0xBB && bytes.base[2] == 0xBF ? 3 : 0
        let locator = ProblemLocator(base: bytes.base, count: bytes.count, bomLength: bom)
        let offsets = positions.filter(records.indices.contains).map { records[$0].offset }
        let found = locator.places(for: offsets)
        var result: [Int: SourcePlace] = [:]
        for p in positions where records.indices.contains(p) {
            result[p] = found[records[p].offset]
        }
        return result
    }
}
