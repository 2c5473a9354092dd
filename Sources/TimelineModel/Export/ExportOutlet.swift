import Foundation

/// Where an export goes as it is made (`ExportFormat.write(_:to:)`): the bytes, in order,
/// to a function that writes them (a file, standard output), and whether every write
/// succeeded. Without one, a writer returns its whole output as parts.
final class ExportStream: @unchecked Sendable {
    /// Writes the bytes; false when they could not be written (the rest is dropped).
    let emit: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    /// Set once by whoever is writing (an `ExportOutlet` lets one thread write at a time),
    /// read when the export is over.
    private(set) var failed = false

    init(emit: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool) {
        self.emit = emit
    }

    /// Writes `bytes` unless a write already failed.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !failed, !bytes.isEmpty else { return }
        if !emit(bytes) { failed = true }
    }
}

/// The parts of an export made in pieces on several cores (`ExportView.pieceParts`),
/// written in order as soon as everything before them is written: slot 0 is what comes
/// before the pieces (a header), then a slot a piece, then what comes after (a footer).
///
/// The first unfinished piece's parts are written as they fill; a later piece's wait
/// until the pieces before it are done. So an export of a million events holds a piece
/// or two in memory, not the whole output, and the parts written are handed back
/// (`spare`) to be filled again: memory already touched, not fresh pages the system must
/// clear (for 700 MB of Timesketch JSON Lines, a tenth of the export's time).
final class ExportOutlet: @unchecked Sendable {
    private let stream: ExportStream
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var waiting: [[ExportPart]]
    private var finished: [Bool]
    private var head = 0
    private var writing = false
    private var spares: [ExportPart] = []

    /// At most this many written parts are kept for reuse.
    static let keptSpares = 8

    init(slots: Int, stream: ExportStream) {
        self.stream = stream
        waiting = Array(repeating: [], count: slots)
        finished = Array(repeating: false, count: slots)
    }

    /// `bytes`, the next of `slot` (a header, a footer).
    func hand(_ bytes: [UInt8], slot: Int) {
        hand(ExportPart(copying: bytes), slot: slot)
    }

    /// `part`, the next bytes of `slot`.
    func hand(_ part: ExportPart, slot: Int) {
        lock.lock()
        waiting[slot].append(part)
        let drains = !writing
        writing = true
        lock.unlock()
        if drains { drain() }
    }

    /// `slot` has no more parts.
    func finish(slot: Int) {
        lock.lock()
        finished[slot] = true
        let drains = !writing
        writing = true
        lock.unlock()
        if drains { drain() }
    }

    /// An empty part with room for at least `capacity` bytes, written before, if any.
    func spare(capacity: Int) -> ExportPart? {
        lock.lock()
        defer { lock.unlock() }
        guard let k = spares.lastIndex(where: { $0.capacity >= capacity }) else { return nil }
        return spares.remove(at: k)
    }

    /// Writes every part that is next in order, until none is ready; one thread at a time
    /// (`writing`), the lock left while a part is written.
    private func drain() {
        while true {
            lock.lock()
            var next: ExportPart? = nil
            while head < waiting.count {
                if !waiting[head].isEmpty {
                    next = waiting[head].removeFirst()
                    break
                }
                guard finished[head] else { break }
                head += 1
            }
            guard let part = next else {
                writing = false
                lock.unlock()
                return
            }
            lock.unlock()
            stream.write(part.bytes)
            part.count = 0
            lock.lock()
            if spares.count < Self.keptSpares { spares.append(part) }
            lock.unlock()
        }
    }
}
