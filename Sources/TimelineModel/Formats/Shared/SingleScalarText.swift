/// Whether every character of a line is one Unicode scalar that no neighbour joins (ASCII,
/// Latin letters like é, « », ’, kana and CJK ideographs like 障害): then a reader may walk
/// the line's bytes and find the same words, values and columns as a walk over its
/// characters. A line with a combining mark, an emoji sequence, a flag or Hangul jamo is
/// walked by characters.
enum SingleScalarText {
    /// `utf8`: the text's bytes; `scalars`: the same text's scalars.
    static func holds(_ utf8: UnsafeBufferPointer<UInt8>, _ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        var ascii = true
        for b in utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return true }
        return scalars.allSatisfy { isAlone($0.value) }
    }

    /// A scalar that is a whole character whatever is beside it: none of these is a
    /// combining mark, a joiner, a prepend, a variation selector, a regional indicator or a
    /// Hangul jamo, and none is canonically equivalent to an ASCII character.
    static func isAlone(_ v: UInt32) -> Bool {
        v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
            || (0x3040...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v)
    }
}
