import Foundation

/// Each distinct title of one file folded and hashed once (`MergeFacts`): a file's titles
/// repeat (a log says the same few things many times), and finding a title already seen
/// by its bytes as written costs far less than folding it again. A title is found only
/// when its bytes are the same (compared, not trusted to a hash), so it gives exactly the
/// fold's hash. A file whose titles seldom repeat stops using it after a first stretch.
struct TitleHashMemo {
    private struct Slot {
        var raw: UInt64 = 0
        var folded: UInt64 = 0
        var start: Int32 = 0
        /// -1: an empty slot.
        var count: Int32 = -1
    }

    private let hasher: SeededHash
    private var slots: [Slot]
    private var arena: [UInt8] = []
    private var used = 0
    private var lookups = 0
    private var hits = 0
    private(set) var isOn = true

    /// At most this many titles kept, of at most `longest` bytes; the slots are at least
    /// twice the titles kept, from `firstSlots`, doubled as they fill (a table no bigger
    /// than the titles need stays in the processor's cache).
    private static let kept = 1 << 16
    private static let firstSlots = 1 << 12
    private var slotCount = 0
    private static let longest = 512
    /// After this many titles, the memo stays only if at least a quarter were found in it.
    private static let trial = 16_384

    init(hasher: SeededHash) {
        self.hasher = hasher
        slots = []
    }

    /// The hash of `title` folded: `fold(title, scratch)`, or the one it gave for the same
    /// bytes before (`scratch`: the fold's room, the caller's).
    mutating func foldedHash(_ title: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                             _ fold: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> UInt64) -> UInt64 {
        guard isOn, title.count <= Self.longest, let base = title.baseAddress else { return fold(title, &scratch) }
        if slots.isEmpty {
            slotCount = Self.firstSlots
            slots = Array(repeating: Slot(), count: slotCount)
        }
        lookups += 1
        if lookups == Self.trial, hits < Self.trial / 4 {
            isOn = false
            slots = []
            arena = []
            return fold(title, &scratch)
        }
        let raw = hasher.hash(title)
        let mask = slotCount - 1
        var i = Int(truncatingIfNeeded: raw) & mask
        let found: UInt64? = slots.withUnsafeBufferPointer { s in
            arena.withUnsafeBufferPointer { a in
                while s[i].count >= 0 {
                    let slot = s[i]
                    if slot.raw == raw, Int(slot.count) == title.count,
                       title.count == 0 || memcmp(a.baseAddress! + Int(slot.start), base, title.count) == 0 {
                        return slot.folded
                    }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
        if let found {
            hits += 1
            return found
        }
        let folded = fold(title, &scratch)
        if used < Self.kept {
            slots[i] = Slot(raw: raw, folded: folded, start: Int32(arena.count), count: Int32(title.count))
            arena.append(contentsOf: title)
            used += 1
            if 2 * used > slotCount { grow() }
        }
        return folded
    }

    /// Twice the slots, each kept title placed again by its hash.
    private mutating func grow() {
        let old = slots
        slotCount *= 2
        slots = Array(repeating: Slot(), count: slotCount)
        let mask = slotCount - 1
        for slot in old where slot.count >= 0 {
            var i = Int(truncatingIfNeeded: slot.raw) & mask
            while slots[i].count >= 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
