extension TimelineScan {
    /// Reads the JSON Lines in `from..<to`, numbering events from `index`. `first` is
    /// true until a non-blank line has been seen (the one that may hold timeline fields).
    mutating func scanLines(from: Int, to: Int, headerFirst: Bool, index: inout Int, first: inout Bool) {
        var lineStart = from
        while lineStart < to {
            let lineEnd: Int
            if let hit = memchr(base + lineStart, 0x0A, to - lineStart) {
                lineEnd = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            } else {
                lineEnd = to
            }
            var c = JSONCursor(base: base, start: lineStart, end: lineEnd, endName: "line")
            c.assumedZone = assumedZone
            lineStart = lineEnd + 1
            c.skipWhitespace()
            if c.atEnd { continue }
            let isHeader = first && headerFirst
            first = false
            do throws(SyntaxError) {
                if isHeader {
                    try scanHeaderLine(&c)
                } else {
                    guard c.byte(c.pos) == 0x7B else {
                        if let k = JSONKind(firstByte: c.byte(c.pos)) {
                            throw SyntaxError(offset: c.pos, message: "each line must be one event object, not \(k.withArticle)")
                        }
                        throw c.unexpected("an event object")
                    }
                    try takeEvent(&c, index: index)
                }
                c.skipWhitespace()
                if !c.atEnd { throw SyntaxError(offset: c.pos, message: "unexpected text after the object on this line") }
            } catch {
                c.problems.append(PendingProblem(offset: error.offset, path: error.path, message: error.message))
            }
            if !isHeader { index += 1 }
            progress.note(lineStart, after: index)
            problems.append(contentsOf: c.problems)
            if !c.warnings.isEmpty && warnings.count <= JSONLimits.maxProblems {
                warnings.append(contentsOf: c.warnings.prefix(JSONLimits.maxProblems + 1 - warnings.count))
            }
            if problems.count > JSONLimits.maxProblems {
                problems.append(PendingProblem(offset: lineEnd, path: "", message: "too many problems; stopped reading here"))
                return
            }
        }
    }

    private mutating func scanHeaderLine(_ c: inout JSONCursor) throws(SyntaxError) {
        if try c.beginObject(depth: 1) {
            repeat {
                let key = try c.readKey()
                if try c.readHeaderField(key, into: &header, depth: 2) { continue }
                c.report(key.quoteOffset, "events", "in JSON Lines the events follow one a line, not in \"events\"")
                try c.skipValue(depth: 2, in: "events")
            } while try c.nextField()
        }
    }
}
