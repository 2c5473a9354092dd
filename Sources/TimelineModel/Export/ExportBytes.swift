/// Where a writer appends bytes: an array (small pieces, scratch) or `ExportBytes` (a body).
/// Writers' helpers (`CSVCell`, `JSONText`, `WebText`, `ExportTimes`) take either.
protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteSink {
    /// Appends a literal's UTF-8 (`"true"`, `#","url":"#`).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// Appends `text`'s UTF-8.
    @inline(__always)
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends `v` as two decimal digits (`07`).
    @inline(__always)
    mutating func appendTwoDigits(_ v: Int) {
        append(UInt8(0x30 + v / 10 % 10))
        append(UInt8(0x30 + v % 10))
    }
}

/// The bytes of an export's body as a writer makes them: appended at a pointer into one
/// chunk of memory reused for the whole body (it stays in the processor's cache), each
/// full chunk copied at once to the end of a big part. An array's append checks its
/// buffer is not shared and calls into the runtime to do so, every byte: for the hundreds
/// of small appends an event takes, that was a tenth of a writer's time. Parts are big and
/// asked to live in huge pages: a million events make hundreds of megabytes, and taking
/// them from the system 4 KiB at a time cost a tenth again. Not to be copied.
struct ExportBytes: ByteSink {
    /// The chunk's memory, freed with the last copy of this value.
    private final class Room {
        let base: UnsafeMutablePointer<UInt8>
        init(capacity: Int) { base = .allocate(capacity: capacity) }
        deinit { base.deallocate() }
    }

    /// 256 KiB: a part's worth, small enough to stay in the cache nearest the core.
    static let chunkSize = 1 << 18

    private let room: Room
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    /// The part being filled, and those before it.
    private var part: [UInt8] = []
    private var full: [[UInt8]] = []
    private let partSize: Int
    /// Where full parts go when the export is written as it is made (see `ExportOutlet`),
    /// and this body's slot there; nil: kept in `full`.
    private let outlet: ExportOutlet?
    private let slot: Int

    /// 16 MiB: eight huge pages.
    static let partSize = 16 << 20

    init(chunkSize: Int = ExportBytes.chunkSize, partSize: Int = ExportBytes.partSize, outlet: ExportOutlet? = nil, slot: Int = 0) {
        capacity = max(chunkSize, 16)
        room = Room(capacity: capacity)
        base = room.base
        self.partSize = partSize
        self.outlet = outlet
        self.slot = slot
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { flush() }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let from = bytes.baseAddress, n > 0 else { return }
        if n > capacity &- count {
            flush()
            // Bigger than a chunk: straight onto the part.
            guard n <= capacity else { return appendToPart(bytes) }
        }
        let to = base + count
        if n <= 16 {
            Self.copyShort(from, to, n)
        } else {
            to.update(from: from, count: n)
        }
        count &+= n
    }

    /// Copies `n` bytes, at most 16: short runs (keys, separators, digits, ids) as two
    /// loads and two stores that overlap, cheaper than a call to memcpy or a byte loop.
    @inline(__always)
    static func copyShort(_ from: UnsafePointer<UInt8>, _ to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let source = UnsafeRawPointer(from)
        let target = UnsafeMutableRawPointer(to)
        if n >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: n &- 4, as: UInt32.self)
        } else {
            for k in 0..<n { to[k] = from[k] }
        }
    }

    /// The chunk so far onto the end of the part; the chunk starts again empty.
    private mutating func flush() {
        guard count > 0 else { return }
        appendToPart(UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    /// `bytes` onto the end of the part, or of a new one when it has no room.
    private mutating func appendToPart(_ bytes: UnsafeBufferPointer<UInt8>) {
        if part.capacity - part.count < bytes.count {
            if !part.isEmpty { give(part) }
            let size = Swift.max(partSize, bytes.count)
            part = outlet?.spare(capacity: size) ?? Self.newPart(size)
        }
        part.append(contentsOf: bytes)
    }

    /// A full part to the outlet, or kept.
    private mutating func give(_ full: [UInt8]) {
        if let outlet { outlet.hand(full, slot: slot) } else { self.full.append(full) }
    }

    /// An empty array with room for `capacity` bytes, in huge pages where the system
    /// gives them (only a hint: nothing changes but the cost of first touching the room).
    private static func newPart(_ capacity: Int) -> [UInt8] {
        var part: [UInt8] = []
        part.reserveCapacity(capacity)
        #if os(Linux)
        let huge = 2 << 20
        let room = part.capacity
        part.withUnsafeMutableBufferPointer { buffer in
            guard let start = buffer.baseAddress.map(UInt.init(bitPattern:)) else { return }
            let from = (start + UInt(huge - 1)) & ~UInt(huge - 1)
            let to = (start + UInt(room)) & ~UInt(huge - 1)
            if to > from { _ = madvise(UnsafeMutableRawPointer(bitPattern: from), Int(to - from), MADV_HUGEPAGE) }
        }
        #endif
        return part
    }

    /// Every byte appended, as parts to write one after another (none when they went to
    /// an outlet, which is then told this body is over).
    mutating func parts() -> [[UInt8]] {
        flush()
        if !part.isEmpty { give(part) }
        part = []
        outlet?.finish(slot: slot)
        return full
    }
}
