import Foundation

/// What a quick look at a record's bytes (`RecordFileStore.rawBytes`, searched by
/// `RawTextPrefilter` before an event is read) can rule out, for a format whose events
/// hold the text of their record: a word missing from a record's bytes is missing from its
/// event, unless the event got it elsewhere. A format says where that can be (`madeText`);
/// a word found there, and a word the ids the store makes could hold, is not looked for.
///
/// What the readers change besides, and how a look stays sound:
/// - titles are cut and their spaces collapsed (`EventTitle`): a word with spaces is
///   looked for as its pieces between spaces;
/// - a CSV cell kept as an extra field is searched as a JSON string, its controls as
///   escapes (`\t`): a record with a control character other than a line break is read,
///   not looked at; a line break in a cell, `\n` or `\r` in its JSON, may hold the start of
///   a word (`nfoo` in `a\nfoo`), so in a CSV file a word starting with `n` or `r` is
///   looked for without that letter;
/// - in a JSON Lines file a record is its line; in a CSV file, the bytes up to the next
///   event's record (a row skipped between them only adds bytes).
struct RecordQuickLook: Sendable {
    /// Text an event may hold that its record does not show, folded: the header's column
    /// names (extra fields' names), `(no title)`, level names put for numbers.
    let madeText: [FoldedText]
    /// The stem of the ids the store makes, `<stem>:<line>`, folded.
    let idStem: [UInt8]
    /// Whether a JSON array of numbers may be read as text (journald's message that is
    /// not UTF-8): a record holding one is read, not looked at.
    let numberArraysAreText: Bool
    /// Whether a record may hold line breaks (a quoted one in a CSV cell).
    let lineBreaks: Bool

    init(madeText: [String], file: String, numberArraysAreText: Bool = false, lineBreaks: Bool = false) {
        self.madeText = (madeText + [EventTitle.none]).map(FoldedText.init)
        idStem = FoldedText(RecordFile.stem(file) + ":").bytes
        self.numberArraysAreText = numberArraysAreText
        self.lineBreaks = lineBreaks
    }

    /// The words a record's bytes must hold for its event to meet a filter asking for
    /// every one of `words`: each word, or its pieces between spaces, but those that text
    /// made by the reader or an id made by the store could hold.
    func words(_ words: [FoldedText]) -> [FoldedText] {
        var kept: [FoldedText] = []
        for word in words where !word.bytes.contains(0x5C) {
            for piece in word.bytes.split(separator: 0x20) {
                var p = Array(piece)
                if lineBreaks && (p.first == 0x6E || p.first == 0x72) { p.removeFirst() }
                if p.isEmpty { continue }
                if madeText.contains(where: { FoldedText.find(p, in: $0.bytes) }) || mayBeInMadeId(p) { continue }
                // The words looked for are folded ASCII already (`RawTextPrefilter.canFind`).
                let folded = FoldedText(String(decoding: p, as: UTF8.self))
                if !kept.contains(folded) { kept.append(folded) }
            }
        }
        return kept
    }

    /// Whether `piece` could be found in an id `<stem>:<line>` (or `<stem>:<line>-<k>`, made
    /// when that one is taken): in the stem, or a tail of the stem followed by digits, or
    /// digits and dashes alone.
    private func mayBeInMadeId(_ piece: [UInt8]) -> Bool {
        let idText: (UInt8) -> Bool = { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
        // Where the digits start: every byte after it is a digit or a dash.
        var tail = piece.count
        while tail > 0 && idText(piece[tail - 1]) { tail -= 1 }
        if tail == 0 { return true }
        let head = Array(piece[..<tail])
        if tail == piece.count { return FoldedText.find(head, in: idStem) }
        return idStem.count >= head.count && Array(idStem.suffix(head.count)) == head
    }

    /// `bytes` as a quick look may use them: without the line end, and nil when they hold
    /// a control character (a line break, unless `lineBreaks`; see the type's comment).
    func lookable(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard let base = bytes.baseAddress else { return nil }
        var n = bytes.count
        while n > 0 && (base[n - 1] == 0x0A || base[n - 1] == 0x0D) { n -= 1 }
        if numberArraysAreText {
            var i = 0
            while i < n, let hit = memchr(base + i, 0x5B, n - i) {
                var j = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
                while j < n && base[j] == 0x20 { j += 1 }
                if j < n && ((base[j] >= 0x30 && base[j] <= 0x39) || base[j] == 0x2D) { return nil }
                i = j
            }
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte under 0x20 or equal to 0x7F: (b - 0x20) borrows, or b + 1 reaches 0x80 (ASCII only).
            let under = (w &- ones &* 0x20) & ~w & highs
            let del = ((w ^ (ones &* 0x7F)) &- ones) & ~(w ^ (ones &* 0x7F)) & highs
            if under | del != 0 {
                // Look byte by byte: a line break may be allowed.
                for k in i..<i + 8 where !allowed(base[k]) { return nil }
            }
            i += 8
        }
        while i < n {
            if !allowed(base[i]) { return nil }
            i += 1
        }
        return UnsafeBufferPointer(start: base, count: n)
    }

    @inline(__always) private func allowed(_ b: UInt8) -> Bool {
        (b >= 0x20 && b != 0x7F) || (lineBreaks && (b == 0x0A || b == 0x0D))
    }
}
