import Dispatch
import Synchronization

/// Work in pieces that one core offers and another joins if it is free by then: a merge's
/// two sides (`TimelineMerge.merge`: the shared ids on one core, the title groups on the
/// other) take unequal times, and when the ids are done first that core helps with the
/// groups' last step (`TimelineMerge.titleGroups`' reads) instead of waiting.
///
/// Nothing ever waits for the helper to come: the two sides may run one after the other
/// on one core (`concurrentPerform` promises no second thread), so a helper that finds no
/// offer yet just goes. The offering core runs pieces until none is left, then waits only
/// for the pieces the helper is running. Each piece runs once, on one core.
final class SharedPieces: @unchecked Sendable {
    private let isOffered = Atomic<Bool>(false)
    /// Set before `isOffered`, read only after it is seen set.
    private var piece: ((Int) -> Void)?
    private var next = NextJob(count: 0)
    private let finished = DispatchGroup()

    /// Runs `piece(0..<count)` here, with the help of a core that calls `help()` meanwhile,
    /// and returns once every piece has run. Called once.
    func offer(count: Int, _ piece: @escaping (Int) -> Void) {
        self.piece = piece
        next = NextJob(count: count)
        for _ in 0..<count { finished.enter() }
        isOffered.store(true, ordering: .releasing)
        run()
        finished.wait()
    }

    /// Runs pieces of the offer, if there is one yet, until none is left.
    func help() {
        guard isOffered.load(ordering: .acquiring) else { return }
        run()
    }

    private func run() {
        while let k = next.take() {
            piece?(k)
            finished.leave()
        }
    }
}
