/// A quick look at a whole event's bytes before reading it: its raw JSON folded character
/// by character (ASCII lower-cased eight bytes at a time, other characters through a table
/// filled as they are met, simple escapes decoded). A word is found in a field only if it
/// is found in this view of the event holding it, so an event whose view lacks the word is
/// skipped without being read; the others are read and matched exactly.
///
/// Unknown fields are searched as compact JSON, escapes as written: when an event has a
/// backslash, a second view keeps its escapes as they are.
///
/// Only for words whose folded form is ASCII (`etat`, `@twittergov`) and holds none of
/// JSON's `{}[]:,"` (compact JSON drops the spaces around those): a character folds
/// alone as it does after a letter (`é` → `e`, a combining accent → nothing), so the ASCII
/// a field folds to is all in the view, in order. What the view cannot tell (a `\u`
/// escape, bytes that are not UTF-8, a character whose folding takes the letter before it
/// along) makes the event one to read.
struct RawTextPrefilter {
    /// The view of the last event built.
    private var view: UnsafeMutableBufferPointer<UInt8>
    /// The words looked for, and the index in each of its rarest letter.
    let words: [FoldedText]
    private let anchors: [Int]
    /// Folded forms of characters U+0080 to U+2FFF (accented letters, punctuation such as
    /// ’ — « »): a length byte (255: not folded yet, 254: cannot be told) and up to seven
    /// bytes, eight bytes a character. Others are kept in `longer`.
    private var table: [UInt8]
    private static let tableEnd: UInt32 = 0x3000
    private var longer: [UInt32: [UInt8]?] = [:]
    /// Scalars that fold to no ASCII (most CJK and emoji, « ’).
    private let plain = PlainScalars()
    private var length = 0
    /// Whether the last view built met a backslash.
    private var sawEscape = false

    /// A view for finding `words` (see `canFind`).
    init(words: [FoldedText]) {
        self.words = words
        anchors = words.map { $0.bytes.withUnsafeBufferPointer(Self.anchor) }
        view = .allocate(capacity: 4096)
        table = [UInt8](repeating: 0, count: Int(Self.tableEnd - 0x80) * 8)
        for k in stride(from: 0, to: table.count, by: 8) { table[k] = 255 }
    }

    /// Frees the buffer (a `RawTextPrefilter` is one search's, on one thread).
    func release() { view.deallocate() }

    /// Whether every word in `words` (folded, ASCII) is found in the view of `raw`; true
    /// also when the view cannot be made.
    mutating func mayContain(in raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard build(raw, decoding: true) else { return true }
        if containsWords() { return true }
        guard sawEscape else { return false }
        return !build(raw, decoding: false) || containsWords()
    }

    /// The words of `words` that may be in `raw`, as bits (bit `k` for `words[k]`): those
    /// found in its view, every word when the view cannot be made. One view serves all the
    /// words, so a filter expression costs one look an event.
    mutating func presentWords(in raw: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let all: UInt64 = words.count >= 64 ? ~0 : (1 << UInt64(words.count)) - 1
        guard build(raw, decoding: true) else { return ~0 }
        var found: UInt64 = 0
        for k in words.indices where contains(k) { found |= 1 << UInt64(k) }
        guard found != all, sawEscape else { return found | ~all }
        guard build(raw, decoding: false) else { return ~0 }
        for k in words.indices where found & (1 << UInt64(k)) == 0 && contains(k) { found |= 1 << UInt64(k) }
        return found | ~all
    }

    /// The view is folded already: a plain byte search, its rarest letter found by the C
    /// library's (vectorised) `memchr`.
    private func containsWords() -> Bool {
        words.indices.allSatisfy(contains)
    }

    /// Whether `words[k]` is in the view.
    private func contains(_ k: Int) -> Bool {
        words[k].bytes.withUnsafeBufferPointer { w in
            let n = w.count
            let a = anchors[k]
            let base = UnsafeRawPointer(view.baseAddress!)
            var from = a
            while length - from >= n - a {
                guard let hit = memchr(base + from, Int32(w[a]), length - from - (n - a) + 1) else { return false }
                let at = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + (at - a), w.baseAddress!, n) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// Letters from the most to the least common in English text and JSON field names.
    private static let common = Array(" etaoinsrhldcumfpgwybvkxjqz".utf8)

    /// The index in `word` of its rarest byte (a letter; other bytes count as middling).
    static func anchor(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = -1
        for (i, b) in word.enumerated() {
            let rank = common.firstIndex(of: b) ?? 12
            if rank > bestRank { (best, bestRank) = (i, rank) }
        }
        return best
    }

    /// Whether `word` can be looked for in a view.
    static func canFind(_ word: FoldedText) -> Bool {
        word.bytes.allSatisfy { $0 < 0x80 && !"{}[]:,\"".utf8.contains($0) }
    }

    /// Folds `raw` into `view`, with simple escapes decoded or kept as written; false when
    /// some of it cannot be folded this way.
    private mutating func build(_ raw: UnsafeBufferPointer<UInt8>, decoding: Bool) -> Bool {
        sawEscape = false
        if view.count < raw.count * 4 + 16 {
            view.deallocate()
            view = .allocate(capacity: raw.count * 4 + 16)
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let end = raw.count
        let out = view.baseAddress!
        var n = 0
        var i = 0
        guard let base = raw.baseAddress else { length = 0; return true }
        while i < end {
            if i + 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let b = w ^ (ones &* 0x5C)
                if ((b &- ones) & ~b | w) & highs == 0 {
                    // Plain ASCII without a backslash: lower-case all eight at once.
                    let atLeastA = w &+ ones &* (0x80 - 0x41)
                    let aboveZ = w &+ ones &* (0x80 - 0x5B)
                    let upper = atLeastA & ~aboveZ & highs
                    UnsafeMutableRawPointer(out + n).storeBytes(of: w | upper >> 2, as: UInt64.self)
                    n += 8
                    i += 8
                    continue
                }
            }
            let c = base[i]
            if c == 0x5C && decoding {
                sawEscape = true
                guard i + 1 < end else { return false }
                switch base[i + 1] {
                case 0x22, 0x5C, 0x2F: out[n] = base[i + 1]
                case 0x62: out[n] = 0x08
                case 0x66: out[n] = 0x0C
                case 0x6E: out[n] = 0x0A
                case 0x72: out[n] = 0x0D
                case 0x74: out[n] = 0x09
                default: return false
                }
                n += 1
                i += 2
            } else if c < 0x80 {
                out[n] = FoldedText.lower(c)
                n += 1
                i += 1
            } else {
                // Three- and four-byte characters (CJK, emoji, ’) are mostly plain: skipped
                // a run at a time. Two-byte ones (é, «) go through the table.
                let after = c >= 0xE1 ? plain.plainRun(base, from: i, end: end) : i
                if after > i {
                    // No ASCII comes of these: one byte that no word holds keeps the words
                    // on either side apart.
                    out[n] = 0x80
                    n += 1
                    i = after
                    continue
                }
                guard let (scalar, size) = UTF8Scalar.decode(base, at: i, end: end) else { return false }
                i += size
                if scalar < Self.tableEnd {
                    let k = Int(scalar - 0x80) &* 8
                    if table[k] == 255 { remember(scalar, at: k) }
                    let count = Int(table[k])
                    guard count <= 7 else { return false }
                    for j in 0..<count { out[n &+ j] = table[k &+ 1 &+ j] }
                    n += count
                } else {
                    if longer[scalar] == nil { longer[scalar] = Self.fold(scalar) }
                    guard let folded = longer[scalar]!, folded.count <= 16 else { return false }
                    for b in folded { out[n] = b; n += 1 }
                }
            }
        }
        length = n
        return true
    }

    private mutating func remember(_ scalar: UInt32, at k: Int) {
        guard let folded = Self.fold(scalar), folded.count <= 7 else { table[k] = 254; return }
        table[k] = UInt8(folded.count)
        for (j, b) in folded.enumerated() { table[k + 1 + j] = b }
    }

    /// How `scalar` folds after a letter; nil when it changes the letter (then the view
    /// cannot stand for the text).
    private static func fold(_ scalar: UInt32) -> [UInt8]? {
        guard let s = Unicode.Scalar(scalar) else { return nil }
        var text = "a"
        text.unicodeScalars.append(s)
        let folded = FoldedText.fold(text)
        guard folded.first == 0x61 else { return nil }
        return Array(folded.dropFirst())
    }
}
