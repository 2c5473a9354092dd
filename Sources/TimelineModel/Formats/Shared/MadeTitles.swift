/// The titles and actors a first pass made from several fields of a record (an access
/// log's request and status, an audit record's fields), kept as bytes for the listings of
/// their events (`ListedLine`), so that the export copies them as it copies a text log's
/// titles instead of reading each record again.
///
/// One entry an event: the title's length and the actor's (two bytes each, little-endian),
/// then the title's bytes and the actor's. Written by one thread while its part of the
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
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Starts an entry: where it starts (to give `finish` or `drop`).
    func start() -> Int {
        reserve(4)
        count += 4
        return count - 4
    }

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

    /// Ends the entry begun at `entry`, whose title was written from `entry + 4` up to
    /// `titleEnd` and its actor after it; false (the entry dropped) when either is too long.
    func finish(_ entry: Int, titleEnd: Int) -> Bool {
        let title = titleEnd - entry - 4, actor = count - titleEnd
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

    /// The title of the entry at `entry`.
    func title(_ entry: Int) -> UnsafeBufferPointer<UInt8> { Self.title(UnsafePointer(base + entry)) }

    /// The actor of the entry at `entry`; nil when it has none.
    func actor(_ entry: Int) -> UnsafeBufferPointer<UInt8>? { Self.actor(UnsafePointer(base + entry)) }

    /// The title of the entry that starts at `entry`.
    static func title(_ entry: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: entry + 4, count: Int(entry[0]) | Int(entry[1]) << 8)
    }

    /// The actor of the entry that starts at `entry`; nil when it has none.
    static func actor(_ entry: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let n = Int(entry[2]) | Int(entry[3]) << 8
        guard n > 0 else { return nil }
        return UnsafeBufferPointer(start: entry + 4 + (Int(entry[0]) | Int(entry[1]) << 8), count: n)
    }

    private func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        var grown = capacity * 2
        while grown < count + n { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (moved, grown)
    }
}
