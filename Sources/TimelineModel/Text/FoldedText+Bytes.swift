/// Matching on raw UTF-8 bytes (a field as it sits in a loaded file) without building a
/// `String` for it: the same answers as `FoldedText.isFound(in:)`, several times faster.
///
/// ASCII text is lower-cased on the fly. Text with other characters is folded piece by
/// piece: each run of non-ASCII bytes, together with the ASCII character on either side
/// (a combining accent belongs to the letter before it), is folded as a `String` once and
/// remembered in a `FoldMemo`; the ASCII between such pieces is lower-cased. Folding works
/// character by character and no character spans two ASCII bytes, so the pieces folded
/// apart give the text folded whole (the tests compare both on accented, emoji and
/// control-character text). A two-byte letter that folds the same whatever stands beside
/// it (é, ß, Greek: `TwoByteFolds`) is folded alone through a table. An ASCII word in text
/// whose other characters are all plain (`PlainScalars`: CJK, most emoji) is looked for in
/// the bytes as they are.
extension FoldedText {
    /// Whether the folded `text` contains this.
    func isFound(inUTF8 text: UnsafeBufferPointer<UInt8>, cache: inout FoldMemo) -> Bool {
        if bytes.isEmpty { return true }
        guard text.contains(where: { $0 >= 0x80 }) else { return Self.find(bytes, in: text) }
        if isASCII && cache.plain.allPlain(text) { return Self.find(bytes, in: text) }
        cache.fold(text)
        return Self.find(bytes, in: cache.folded)
    }
}

/// Folded pieces of text already seen, and a buffer to fold into; one per thread of a
/// search. Not shared: each search makes its own, so the model keeps no global state.
struct FoldMemo {
    /// Pieces of up to 7 bytes (most: `é` with its neighbours) by their bytes and length
    /// as a number.
    private var short: [UInt64: [UInt8]] = [:]
    private var long: [[UInt8]: [UInt8]] = [:]
    /// The last text folded by `fold(_:)`.
    private(set) var folded: [UInt8] = []
    /// Which scalars need no folding for an ASCII word (made when first needed: an
    /// `Event`'s matching makes a memo for each event and never asks).
    private(set) lazy var plain = PlainScalars()
    /// How the two-byte characters fold (made when first needed, as `plain`).
    private lazy var twoByte = TwoByteFolds()

    init() {}

    /// Folds `text` (containing some non-ASCII byte) into `folded`.
    mutating func fold(_ text: UnsafeBufferPointer<UInt8>) {
        folded.removeAll(keepingCapacity: true)
        let table = twoByte
        let end = text.count
        var i = 0
        // The last character written, where it starts in `text` and how many bytes it
        // wrote: a piece folded with its neighbours takes it back.
        var previous = -1
        var previousCount = 0
        while i < end {
            let c = text[i]
            guard c >= 0x80 else {
                folded.append(FoldedText.lower(c))
                (previous, previousCount) = (i, 1)
                i += 1
                continue
            }
            if c >= 0xC2 && c <= 0xDF && i + 1 < end && text[i + 1] & 0xC0 == 0x80 {
                let k = (Int(c - 0xC2) << 6 | Int(text[i + 1] & 0x3F)) &* 8
                if table.bytes[k] == 255 { table.remember(UInt32(c & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F), at: k) }
                let count = Int(table.bytes[k])
                if count <= 7 {
                    for j in 0..<count { folded.append(table.bytes[k &+ 1 &+ j]) }
                    (previous, previousCount) = (i, count)
                    i += 2
                    continue
                }
            }
            // The piece: the character before (already written: take it back), the
            // non-ASCII bytes (with single ASCII bytes between them), the ASCII byte after.
            var from = i
            if previous >= 0 {
                from = previous
                folded.removeLast(previousCount)
            }
            var j = i + 1
            while j < end {
                if text[j] >= 0x80 || (j + 1 < end && text[j + 1] >= 0x80) { j += 1 } else { break }
            }
            let to = min(j + 1, end)
            appendFolded(UnsafeBufferPointer(rebasing: text[from..<to]))
            // What the piece wrote cannot be taken back apart.
            previous = -1
            i = to
        }
    }

    private mutating func appendFolded(_ piece: UnsafeBufferPointer<UInt8>) {
        if piece.count <= 7 {
            var key: UInt64 = 0
            for b in piece.reversed() { key = key << 8 | UInt64(b) }
            key |= UInt64(piece.count) << 56
            if let f = short[key] { folded.append(contentsOf: f); return }
            let f = Self.foldPiece(piece)
            if short.count > 50_000 { short.removeAll() }
            short[key] = f
            folded.append(contentsOf: f)
        } else {
            let k = Array(piece)
            if let f = long[k] { folded.append(contentsOf: f); return }
            let f = Self.foldPiece(piece)
            if long.count > 50_000 { long.removeAll() }
            long[k] = f
            folded.append(contentsOf: f)
        }
    }

    private static func foldPiece(_ piece: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        FoldedText.fold(String(decoding: piece, as: UTF8.self))
    }
}

/// Folded forms of the two-byte characters (U+0080–U+07FF: é, ü, ß, «, Greek, Cyrillic)
/// that fold the same alone and beside a letter on either side, so need no neighbour:
/// eight bytes each, a length (255 not told yet, 254 needs its neighbours) and up to seven
/// bytes. One table a `FoldMemo`.
final class TwoByteFolds {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init() {
        bytes = .allocate(capacity: 30 * 64 * 8)
        bytes.initialize(repeating: 255)
    }

    deinit { bytes.deallocate() }

    /// Tells whether the two-byte `scalar` folds alone, and how, into slot `k`.
    func remember(_ scalar: UInt32, at k: Int) {
        bytes[k] = 254
        guard let s = Unicode.Scalar(scalar) else { return }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return
        default: break
        }
        let alone = FoldedText.fold(String(s))
        guard alone.count <= 7, FoldedText.fold("a" + String(s)) == [0x61] + alone,
              FoldedText.fold(String(s) + "a") == alone + [0x61] else { return }
        bytes[k] = UInt8(alone.count)
        for (j, b) in alone.enumerated() { bytes[k + 1 + j] = b }
    }
}
