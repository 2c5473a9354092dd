/// Answering from one piece: a word found in a kind of value, and a whole expression, as
/// a bit per event of the piece (`e`-th event: bit `e & 63` of word `e >> 6`).
extension SearchIndexPiece {
    /// Bits with every event of the piece set (or none).
    func bits(all: Bool) -> [UInt64] {
        var b = [UInt64](repeating: all ? ~0 : 0, count: (count + 63) / 64)
        if all, count % 64 != 0 { b[b.count - 1] = (1 << UInt64(count % 64)) - 1 }
        return b
    }

    /// Sets in `bits` the events with `needle` (folded) in a value of `field`; an empty
    /// needle is found in every value, so in the events that have one.
    func find(_ needle: [UInt8], in field: SearchIndex.Field, into bits: inout [UInt64]) {
        let f = field.rawValue
        texts[f].withUnsafeBufferPointer { hay in
            starts[f].withUnsafeBufferPointer { starts in
                bits.withUnsafeMutableBufferPointer { bits in
                    guard needle.isEmpty else {
                        needle.withUnsafeBufferPointer { Self.find($0, hay, starts, &bits) }
                        return
                    }
                    for e in 0..<(starts.count - 1) where starts[e + 1] > starts[e] {
                        bits[e >> 6] |= 1 << UInt64(e & 63)
                    }
                }
            }
        }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, _ hay: UnsafeBufferPointer<UInt8>,
                             _ starts: UnsafeBufferPointer<UInt32>, _ bits: inout UnsafeMutableBufferPointer<UInt64>) {
        guard let base = hay.baseAddress, let w = needle.baseAddress else { return }
        let events = starts.count - 1
        let length = hay.count
        let n = needle.count
        // The needle's rarest byte is looked for with the C library's `memchr`, and the
        // needle compared around each one found.
        let a = RawTextPrefilter.anchor(needle)
        let anchor = Int32(w[a])
        var from = 0
        var e = 0
        while from < length {
            // The anchor at `from + a` or later, with room for the needle around it.
            guard length - from >= n,
                  let found = memchr(base + from + a, anchor, length - from - n + 1) else { break }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - a
            guard memcmp(base + start, w, n) == 0 else {
                from = start + 1
                continue
            }
            let at = UInt32(truncatingIfNeeded: start)
            // The event holding `at`: the last whose values start at or before it, found by
            // galloping from the last one (hits come in order).
            var step = 1
            while e + step < events && starts[e + step] <= at { e += step; step *= 2 }
            var hi = min(e + step, events)
            while e + 1 < hi {
                let mid = (e + hi) / 2
                if starts[mid] <= at { e = mid } else { hi = mid }
            }
            bits[e >> 6] |= 1 << UInt64(e & 63)
            // The event is found: on to the next one.
            from = Int(starts[e + 1])
            e += 1
            if e >= events { break }
        }
    }

    /// The events of the piece matching `node`; `instantRange`: the positions an
    /// `after:`/`before:` keeps, told once for the search.
    func evaluate(_ node: ExpressionMatcher.Node, times: (ExpressionMatcher.Node) -> Range<Int>) -> [UInt64] {
        switch node {
        case .term(let m, _):
            return term(m)
        case .not(let inner):
            var b = evaluate(inner, times: times)
            let all = bits(all: true)
            for k in b.indices { b[k] = ~b[k] & all[k] }
            return b
        case .all(let parts):
            var b = bits(all: true)
            for p in parts {
                let other = evaluate(p, times: times)
                var any: UInt64 = 0
                for k in b.indices { b[k] &= other[k]; any |= b[k] }
                if any == 0 { break }
            }
            return b
        case .any(let parts):
            var b = bits(all: false)
            for p in parts {
                let other = evaluate(p, times: times)
                for k in b.indices { b[k] |= other[k] }
            }
            return b
        case .after, .before:
            let kept = times(node)
            var b = bits(all: false)
            for (e, p) in positions.enumerated() where kept.contains(Int(p)) { b[e >> 6] |= 1 << UInt64(e & 63) }
            return b
        }
    }

    /// The events meeting every condition of `m` (each found in its kinds of value).
    private func term(_ m: EventFilter.Matcher) -> [UInt64] {
        var conditions: [(FoldedText, [SearchIndex.Field])] = []
        if let w = m.source { conditions.append((w, [.origins])) }
        if let w = m.actor { conditions.append((w, [.actor])) }
        if let w = m.kind { conditions.append((w, [.kind])) }
        if let w = m.tag { conditions.append((w, [.tags])) }
        if let w = m.id { conditions.append((w, [.id])) }
        if let w = m.cited { conditions.append((w, [.sources])) }
        if let w = m.text { conditions.append((w, [.prose, .actor, .kind, .id, .tags, .sources])) }
        var b = bits(all: true)
        for (word, fields) in conditions {
            var found = bits(all: false)
            for f in fields { find(word.bytes, in: f, into: &found) }
            var any: UInt64 = 0
            for k in b.indices { b[k] &= found[k]; any |= b[k] }
            if any == 0 { break }
        }
        return b
    }
}
