import Foundation

/// The titles and actors a first pass made from several fields of a record (an access
/// log's request and status, an audit record's fields), kept as bytes for the listings of
/// their events (`ListedLine`), so that the export copies them as it copies a text log's
/// titles instead of reading each record again.
///
/// One entry an event: the title's length and the actor's, the title's columns and the
/// actor's (two bytes each, little-endian; a column count's top bit says whether the text
/// wraps by bytes, `VerbatimLineText.wrapsByBytes`), then the title's bytes and the actor's.
/// The columns are measured once, as the entry is made: a listing shows them as they are. Written by one thread while its part of the
/// file loads (listings keep where their entry starts), only read after: its bytes then
/// stay where they are until it is freed (the export's lines point into them).
final class MadeTitles: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// Entries longer than this are not kept (a listing's title and actor are each under 1 KB).
    static let longest = 1023

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// Starts an entry: where it starts (to give `finish` or `drop`).
    func start() -> Int {
        reserve(Self.header)
        count += Self.header
        return count - Self.header
    }

    /// The bytes before an entry's title.
    static let header = 8

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    func append<C: Collection<UInt8>>(contentsOf bytes: C) {
        reserve(bytes.count)
        for b in bytes {
            base[count] = b
            count += 1
        }
    }

    /// The title written so far of the entry begun at `entry`.
    func titleSoFar(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + entry + Self.header, count: count - entry - Self.header)
    }

    /// Ends the entry begun at `entry`, whose title was written up to `titleEnd` and its
    /// actor after it; false (the entry dropped) when either is too long.
    func finish(_ entry: Int, titleEnd: Int) -> Bool {
        let title = titleEnd - entry - Self.header, actor = count - titleEnd
        guard title <= Self.longest, actor <= Self.longest else {
            drop(entry)
            return false
        }
        base[entry] = UInt8(title & 0xFF)
        base[entry + 1] = UInt8(title >> 8)
        base[entry + 2] = UInt8(actor & 0xFF)
        base[entry + 3] = UInt8(actor >> 8)
        return true
    }

    /// Forgets the entry begun at `entry` and all after it.
    func drop(_ entry: Int) { count = entry }

    /// Measures the title and actor of the entry at `entry` and keeps their columns in it;
    /// false when a line cannot show them as they are (`VerbatimTextMeter`).
    func measure(_ entry: Int, meter: inout VerbatimTextMeter) -> Bool {
        let at = UnsafePointer(base + entry)
        let title = Self.title(at)
        guard !title.isEmpty, let t = meter.measure(title) else { return false }
        var actor: VerbatimTextMeter.Measure?
        if let a = Self.actor(at) {
            guard let m = meter.measure(a) else { return false }
            actor = m
        }
        func put(_ m: VerbatimTextMeter.Measure?, at k: Int) {
            let v = (m?.columns ?? 0) | (m?.wrapsByBytes ?? true ? 0x8000 : 0)
            base[entry + k] = UInt8(v & 0xFF)
            base[entry + k + 1] = UInt8(v >> 8)
        }
        guard t.columns < 0x8000, (actor?.columns ?? 0) < 0x8000 else { return false }
        put(t, at: 4)
        put(actor, at: 6)
        return true
    }

    /// The title of the entry at `entry`.
    func title(_ entry: Int) -> UnsafeBufferPointer<UInt8> { Self.title(UnsafePointer(base + entry)) }

    /// The actor of the entry at `entry`; nil when it has none.
    func actor(_ entry: Int) -> UnsafeBufferPointer<UInt8>? { Self.actor(UnsafePointer(base + entry)) }

    /// The title of the entry that starts at `entry`.
    static func title(_ entry: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: entry + header, count: Int(entry[0]) | Int(entry[1]) << 8)
    }

    /// The actor of the entry that starts at `entry`; nil when it has none.
    static func actor(_ entry: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let n = Int(entry[2]) | Int(entry[3]) << 8
        guard n > 0 else { return nil }
        return UnsafeBufferPointer(start: entry + header + (Int(entry[0]) | Int(entry[1]) << 8), count: n)
    }

    /// The text of a line showing the entry that starts at `entry` (`measure` measured it).
    static func text(_ entry: UnsafePointer<UInt8>) -> VerbatimLineText {
        let title = Int(entry[4]) | Int(entry[5]) << 8, actor = Int(entry[6]) | Int(entry[7]) << 8
        return VerbatimLineText(actor: Self.actor(entry), actorWidth: actor & 0x7FFF, title: Self.title(entry),
                                titleWidth: title & 0x7FFF, wrapsByBytes: title & actor & 0x8000 != 0)
    }

    private func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        var grown = capacity * 2
        while grown < count + n { grown *= 2 }
        // `realloc` grows a big block in place (its pages remapped, not copied): the load's
        // peak memory holds the titles once.
        base = realloc(base, grown)!.assumingMemoryBound(to: UInt8.self)
        capacity = grown
    }
}
