/// Room for a value a writer makes before it writes it (a date, a list, a message), filled
/// and emptied again for every value of a million events: appended at a pointer, without
/// the reference counting and uniqueness checks an array does at every append and every
/// `removeAll`. Owned by one writer's loop, which frees it (`deallocate`) when done; not
/// to be copied.
struct ScratchBytes: ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The bytes appended since the last `removeAll`.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let from = bytes.baseAddress, n > 0 else { return }
        if n > capacity &- count { grow(to: count + n) }
        if n <= 32 { ExportBytes.copyShort(from, base + count, n) } else { (base + count).update(from: from, count: n) }
        count &+= n
    }

    /// Empty again, the room kept.
    @inline(__always)
    mutating func removeAll() {
        count = 0
    }

    /// Frees the room; the value is not to be used after.
    func deallocate() {
        base.deallocate()
    }

    private mutating func grow(to needed: Int) {
        let bigger = max(needed, capacity * 2)
        let room = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        room.update(from: base, count: count)
        base.deallocate()
        base = room
        capacity = bigger
    }
}
