import Dispatch
import Synchronization
import Testing
@testable import TimelineModel

/// A merge's two sides share the title groups' reads (`SharedPieces`): each piece runs once,
/// whoever runs it, and a helper never waits for an offer (both sides may run on one core).
@Suite struct SharedPiecesTests {
    /// How many times each piece ran.
    final class Runs: Sendable {
        let counts = Mutex([Int](repeating: 0, count: 200))
        func ran(_ k: Int) { counts.withLock { $0[k] += 1 } }
        var all: [Int] { counts.withLock { $0 } }
    }

    @Test func eachPieceRunsOnceWithAHelperOnAnotherCore() {
        for _ in 0..<50 {
            let shared = SharedPieces()
            let runs = Runs()
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 {
                    shared.help()
                } else {
                    shared.offer(count: 200) { runs.ran($0) }
                }
            }
            #expect(runs.all.allSatisfy { $0 == 1 })
        }
    }

    @Test func aHelperThatComesFirstGoesWithoutWaiting() {
        let shared = SharedPieces()
        shared.help()
        let runs = Runs()
        shared.offer(count: 10) { runs.ran($0) }
        shared.help()
        #expect(runs.all.prefix(10).allSatisfy { $0 == 1 } && runs.all.dropFirst(10).allSatisfy { $0 == 0 })
    }
}
