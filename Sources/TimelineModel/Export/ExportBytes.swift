import Foundation

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

/// A part of an export's body: big memory of its own, filled at a pointer by one
/// `ExportBytes`, then written (`ExportOutlet`) and handed back to be filled again.
final class ExportPart: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    /// The bytes filled, from `base`.
    var count = 0
    /// Whether `base` came from `posix_memalign` (freed by `free`), not `allocate`.
    private let aligned: Bool

    /// Room for `capacity` bytes, asked to live in huge pages where the system gives them
    /// (only a hint: nothing changes but the cost of first touching the room).
    init(capacity: Int) {
        self.capacity = capacity
        #if os(Linux)
        let huge = 2 << 20
        var room: UnsafeMutableRawPointer?
        if capacity >= huge, posix_memalign(&room, huge, capacity) == 0, let room {
            _ = madvise(room, capacity & ~(huge - 1), MADV_HUGEPAGE)
            base = room.bindMemory(to: UInt8.self, capacity: capacity)
            aligned = true
            return
        }
        #endif
        base = .allocate(capacity: Swift.max(capacity, 1))
        aligned = false
    }

    /// A part holding `bytes` (a header, a footer).
    convenience init(copying bytes: [UInt8]) {
        self.init(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { b in
            if let from = b.baseAddress { base.update(from: from, count: b.count) }
        }
        count = bytes.count
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    deinit {
        if aligned { free(base) } else { base.deallocate() }
    }
}

/// The bytes of an export's body as a writer makes them: appended at a pointer straight
/// into big parts, each handed on when full. An array's append checks its buffer is not
/// shared and calls into the runtime to do so, every byte: for the hundreds of small
/// appends an event takes, that was a tenth of a writer's time; and a chunk copied into
/// the part when full was a copy of every byte written. Parts are big and asked to live in
/// huge pages: a million events make hundreds of megabytes, and taking them from the
/// system 4 KiB at a time cost a tenth again. Not to be copied.
struct ExportBytes: ByteSink {
    /// The part being filled (`base`, `capacity` are its own, kept here for the appends).
    private var part: ExportPart
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// The parts filled before, when not handed to an outlet.
    private var full: [ExportPart] = []
    private let partSize: Int
    /// Where full parts go when the export is written as it is made (see `ExportOutlet`),
    /// and this body's slot there; nil: kept in `full`.
    private let outlet: ExportOutlet?
    private let slot: Int

    /// 4 MiB: two huge pages; a few of them go round, written and filled again, in the
    /// processor's biggest cache.
    static let partSize = 4 << 20

    init(partSize: Int = ExportBytes.partSize, outlet: ExportOutlet? = nil, slot: Int = 0) {
        self.partSize = Swift.max(partSize, 16)
        self.outlet = outlet
        self.slot = slot
        part = outlet?.spare(capacity: self.partSize) ?? ExportPart(capacity: self.partSize)
        base = part.base
        capacity = part.capacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { nextPart(room: 1) }
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let from = bytes.baseAddress, n > 0 else { return }
        if n > capacity &- count { nextPart(room: n) }
        let to = base + count
        if n <= 32 {
            Self.copyShort(from, to, n)
        } else {
            to.update(from: from, count: n)
        }
        count &+= n
    }

    /// Copies `n` bytes, at most 32: short runs (keys, separators, digits, ids, times) as
    /// loads and stores that overlap, cheaper than a call to memcpy or a byte loop.
    @inline(__always)
    static func copyShort(_ from: UnsafePointer<UInt8>, _ to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        let source = UnsafeRawPointer(from)
        let target = UnsafeMutableRawPointer(to)
        if n > 16 {
            // The first sixteen and the last sixteen.
            let a = source.loadUnaligned(as: UInt64.self)
            let b = source.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let c = source.loadUnaligned(fromByteOffset: n &- 16, as: UInt64.self)
            let d = source.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            target.storeBytes(of: a, as: UInt64.self)
            target.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            target.storeBytes(of: c, toByteOffset: n &- 16, as: UInt64.self)
            target.storeBytes(of: d, toByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 8 {
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

    /// The part so far handed on (when it holds anything), and a part with room for at
    /// least `room` bytes to fill.
    private mutating func nextPart(room: Int) {
        if count > 0 {
            part.count = count
            give(part)
        }
        let size = Swift.max(partSize, room)
        part = outlet?.spare(capacity: size) ?? ExportPart(capacity: size)
        base = part.base
        capacity = part.capacity
        count = 0
    }

    /// A full part to the outlet, or kept.
    private mutating func give(_ filled: ExportPart) {
        if let outlet { outlet.hand(filled, slot: slot) } else { full.append(filled) }
    }

    /// Every byte appended, as parts to write one after another (none when they went to
    /// an outlet, which is then told this body is over).
    mutating func parts() -> [[UInt8]] {
        if count > 0 {
            part.count = count
            give(part)
            count = 0
            part = ExportPart(capacity: 0)
            base = part.base
            capacity = 0
        }
        outlet?.finish(slot: slot)
        defer { full = [] }
        return full.map { Array($0.bytes) }
    }
}
