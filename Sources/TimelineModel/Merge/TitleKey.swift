/// A title's bytes as the store gives them, hashed to 128 bits by two seeded multiply–xorshift
/// lanes run side by side: kept by our JSON reader's first pass while the title's bytes are
/// at hand (`FirstPassFacts`), so that the merge finds a title it has folded before by its
/// key (`TitleKeyMemo`), without reading the title's bytes again.
///
/// Two different titles share a key with odds of about 2⁻⁹⁵ a pair as the memo keeps it (the
/// seed is new each run). Even then nothing is hidden: the later title is given the earlier
/// one's folded hash and so joins that title group, where the walk compares the titles as
/// text before it folds anything (`TitleGroupWalk`). A shared key can only make a merge miss
/// a duplicate, never fold two different happenings.
struct TitleKey: Sendable, Equatable {
    var low: UInt64
    var high: UInt64

    /// The key of a title whose event the first pass could not keep (never looked up).
    static let none = TitleKey(low: 0, high: 0)

    init(low: UInt64, high: UInt64) {
        (self.low, self.high) = (low, high)
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) {
        let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
        let k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        let n = bytes.count
        // Two lanes with their own multipliers and seeds: independent chains, so the
        // processor runs them side by side.
        var a = seed ^ (UInt64(n) &* k1)
        var b = (seed &* k2 ^ 0x5851_F42D_4C95_7F2D) ^ (UInt64(n) &* k2)
        var i = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            a = (a ^ w) &* k1
            a ^= a >> 29
            b = (b ^ w) &* k2
            b ^= b >> 31
            i += 8
        }
        let tail = SeededHash.tail(raw, after: i)
        a = (a ^ tail) &* k1
        a ^= a >> 32
        a = a &* 0xD6E8_FEB8_6659_FD93
        a ^= a >> 32
        b = (b ^ tail) &* k2
        b ^= b >> 29
        b = b &* 0x94D0_49BB_1331_11EB
        b ^= b >> 32
        (low, high) = (a, b)
    }
}

/// Each distinct title folded and hashed once, found again by its `TitleKey`: a merge's files
/// repeat their titles (a log says the same few things many times, and files of one
/// incident say the same things), and finding a key costs one look in a table where folding
/// costs reading the title's bytes again and folding them. One memo serves every file a core
/// reads (`TimelineMerge.meetableTitles`). The hash given is the folded title's low 32 bits,
/// all the title groups use (`TimelineMerge.titleGroups`).
struct TitleKeyMemo {
    /// A kept title: its key's low half (its lowest bit set: 0 marks an empty slot), and the
    /// key's high half's upper 32 bits beside the folded hash's low 32 bits.
    private struct Slot {
        var low: UInt64 = 0
        var highAndFolded: UInt64 = 0
    }

    private var slots: [Slot] = []
    private var used = 0
    /// At most this many titles kept; the slots are at least twice the titles kept, from
    /// `firstSlots`, doubled as they fill (a table no bigger than the titles need stays in
    /// the processor's cache).
    private static let kept = 1 << 17
    private static let firstSlots = 1 << 12

    /// The low 32 bits of the hash of the folded title whose key is `key`: `fold()`'s, or
    /// the one it gave for the same key before.
    mutating func foldedHash(_ key: TitleKey, _ fold: () -> UInt64) -> UInt64 {
        if slots.isEmpty { slots = Array(repeating: Slot(), count: Self.firstSlots) }
        let low = key.low | 1
        let high = key.high & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var i = Self.place(low) & mask
        let found: UInt64? = slots.withUnsafeBufferPointer { s in
            while s[i].low != 0 {
                if s[i].low == low, s[i].highAndFolded & 0xFFFF_FFFF_0000_0000 == high {
                    return s[i].highAndFolded & 0xFFFF_FFFF
                }
                i = (i + 1) & mask
            }
            return nil
        }
        if let found { return found }
        let folded = fold() & 0xFFFF_FFFF
        if used < Self.kept {
            slots[i] = Slot(low: low, highAndFolded: high | folded)
            used += 1
            if 2 * used > slots.count { grow() }
        }
        return folded
    }

    /// Where a key whose low half (as kept) is `low` is looked for first: the bits above the
    /// one always set.
    private static func place(_ low: UInt64) -> Int {
        Int(truncatingIfNeeded: low >> 1)
    }

    /// Twice the slots, each kept title placed again by its key.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: 2 * old.count)
        let mask = slots.count - 1
        for slot in old where slot.low != 0 {
            var i = Self.place(slot.low) & mask
            while slots[i].low != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
