import Foundation

/// A list of event positions cut into consecutive pieces to be formatted at the same time,
/// a few a core; each piece knows the event listed before it, so its first rows get the gap
/// and day heading they have in the whole list, and the pieces written one after another
/// read exactly as the list formatted in one go.
///
/// Lists shorter than `minimumPiece` twice over stay whole: a small file starts no thread.
struct ExportPieces {
    /// One run of consecutive positions, and the position listed just before it.
    struct Piece {
        var indices: ArraySlice<Int>
        var previous: Int?
    }

    /// Below this many events a piece is not worth a thread.
    static var minimumPiece: Int { 16_384 }

    let pieces: [Piece]

    /// `perCore`: pieces a core (at most eight cores' worth).
    init(_ indices: [Int], perCore: Int = 4, cores: @autoclosure () -> Int = ProcessInfo.processInfo.activeProcessorCount) {
        let most = indices.count / Self.minimumPiece
        // Asking for the cores costs more than formatting a small file: only when needed.
        guard most > 1 else {
            self.init(indices, count: 1)
            return
        }
        // Four pieces a core, so that a core slowed by other work hands its share over.
        self.init(indices, count: min(perCore * max(cores(), 1), 8 * perCore, most))
    }

    /// `indices` cut into `count` pieces of nearly equal length.
    init(_ indices: [Int], count: Int) {
        let total = indices.count
        let count = max(1, min(count, total))
        var pieces: [Piece] = []
        var start = indices.startIndex
        var previous: Int? = nil
        for k in 0..<count {
            let length = total * (k + 1) / count - total * k / count
            guard k < count - 1, length > 0 else {
                pieces.append(Piece(indices: indices[start...], previous: previous))
                break
            }
            let lastOfPiece = indices.index(start, offsetBy: length - 1)
            let end = indices.index(after: lastOfPiece)
            pieces.append(Piece(indices: indices[start..<end], previous: previous))
            previous = indices[lastOfPiece]
            start = end
        }
        self.pieces = pieces
    }

    /// These pieces with each cut moved forward to the first position `startsPiece`
    /// accepts (given the positions before and at the cut); a piece that finds none before
    /// the next one's start joins it. `indices` are the positions these pieces were cut from.
    func cut(_ indices: [Int], where startsPiece: (_ before: Int, _ at: Int) -> Bool) -> ExportPieces {
        guard let first = pieces.first, pieces.count > 1 else { return self }
        var starts = [first.indices.startIndex]
        for (n, piece) in pieces.enumerated().dropFirst() {
            let limit = n + 1 < pieces.count ? pieces[n + 1].indices.startIndex : indices.endIndex
            var k = max(piece.indices.startIndex, starts.last! + 1)
            while k < limit && !startsPiece(indices[k - 1], indices[k]) { k += 1 }
            if k < limit { starts.append(k) }
        }
        var moved: [Piece] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : indices.endIndex
            moved.append(Piece(indices: indices[start..<end], previous: n == 0 ? first.previous : indices[start - 1]))
        }
        return ExportPieces(pieces: moved)
    }

    private init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// `work` applied to every piece, the pieces after the first on threads of their own;
    /// the results in order.
    func map<T: Sendable>(_ work: (Piece) -> T) -> [T] {
        enumerated { work($1) }
    }

    /// `map` with each piece's number.
    func enumerated<T: Sendable>(_ work: (Int, Piece) -> T) -> [T] {
        guard pieces.count > 1 else { return pieces.enumerated().map(work) }
        let pieces = self.pieces
        return withoutActuallyEscaping(work) { work in
            ConcurrentWork(count: pieces.count) { k in work(k, pieces[k]) }.run()
        }
    }
}

/// `count` jobs run at the same time, each writing only its own result slot; the slots are
/// read once every job has finished (`concurrentPerform` returns only then).
final class ConcurrentWork<T: Sendable>: @unchecked Sendable {
    private let job: (Int) -> T
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int, job: @escaping (Int) -> T) {
        self.job = job
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func run() -> [T] {
        DispatchQueue.concurrentPerform(iterations: slots.count) { k in
            self.slots[k] = self.job(k)
        }
        return slots.map { $0! }
    }
}
