import Synchronization

/// The merged store's reading order (`MergedEventStore.readingOrder`), made the first time a
/// search asks for it: an export never does, and a merge's list of a million positions is
/// not made for it.
///
/// Searches read it from every core, once each and then position by position
/// (`rawBytes(inReadingOrder:)`): once made it is read without a lock (the flag is set, with
/// release ordering, only after the list is stored).
final class MergedReadingOrder: @unchecked Sendable {
    private let made = Atomic<Bool>(false)
    private let making = Mutex<Void>(())
    /// Written once, under `making`, before `made` is set; read only after `made` is seen set.
    private var order: [Int32]?
    /// The same positions where a search reads them one by one without counting references.
    private var positions: UnsafeMutableBufferPointer<Int32>?
    private let make: @Sendable () -> [Int32]?

    init(_ make: @escaping @Sendable () -> [Int32]?) {
        self.make = make
    }

    /// The order, made on the first call (by whichever core asks first; the others wait).
    var value: [Int32]? {
        if made.load(ordering: .acquiring) { return order }
        return making.withLock { _ in
            if !made.load(ordering: .acquiring) {
                order = make()
                if let order {
                    let copy = UnsafeMutableBufferPointer<Int32>.allocate(capacity: order.count)
                    _ = copy.initialize(from: order)
                    positions = copy
                }
                made.store(true, ordering: .releasing)
            }
            return order
        }
    }

    /// The `i`-th position of the order (`i` itself when there is none).
    func position(_ i: Int) -> Int {
        if !made.load(ordering: .acquiring) { _ = value }
        return positions.map { Int($0[i]) } ?? i
    }

    deinit {
        positions?.deallocate()
    }
}
