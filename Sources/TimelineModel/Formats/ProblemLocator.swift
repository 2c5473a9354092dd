/// Turns byte offsets into 1-based lines and columns for `PendingProblem.resolve` (columns count Unicode characters,
/// a leading byte-order mark not included). Used only when there are problems to report,
/// so the fast path never counts lines.
struct ProblemLocator {
    let base: UnsafePointer<UInt8>
    let count: Int
    let bomLength: Int

    /// Places for `offsets`, computed in one pass over the file.
    func places(for offsets: [Int]) -> [Int: SourcePlace] {
        var result: [Int: SourcePlace] = [:]
        var line = 1
        var lineStart = bomLength
        var scanned = bomLength
        var column = 1
        for target in Set(offsets).sorted() where target >= 0 {
            let to = min(target, count)
            if to < scanned {
                result[target] = SourcePlace(line: line, column: column)
                continue
            }
            var from = scanned
            var newLine = false
            while from < to, let hit = memchr(base + from, 0x0A, to - from) {
                let at = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                line += 1
                from = at + 1
                lineStart = from
                newLine = true
            }
            if newLine { column = 1 + characters(lineStart, to) } else { column += characters(scanned, to) }
            scanned = to
            result[target] = SourcePlace(line: line, column: column)
        }
        return result
    }

    /// Unicode scalars in `from..<to` (UTF-8 bytes that do not continue a sequence).
    private func characters(_ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if base[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
