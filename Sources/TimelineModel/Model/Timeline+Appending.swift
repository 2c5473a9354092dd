extension Timeline {
    /// This timeline with `new` added (events read from lines appended to its file, see
    /// `FileTail`; sorted among themselves), and the positions they took, ascending.
    ///
    /// The loaded events are not rebuilt: the result keeps them in their store and puts the
    /// new ones beside it (`GrownEventStore`), each where the sorting rule places it (an
    /// appended event that sorts before the end lands in order; ties keep file order).
    public func appending(_ new: [Event], warnings more: [Problem] = [], bytesRead: Int? = nil) -> (timeline: Timeline, added: [Int]) {
        let base: any EventStore
        var oldTail: [Event] = []
        var oldBefore: [Int] = []
        if let grown = events.store as? GrownEventStore {
            base = grown.base
            oldTail = grown.tail
            oldBefore = grown.basesBefore
        } else {
            base = events.store
        }
        // How many loaded events sort at or before each new one.
        let newBefore = new.map { e -> Int in
            var lo = 0
            var hi = base.count
            if hi > 0, base.sortInstant(at: hi - 1) <= e.sortInstant { return hi }
            while lo < hi {
                let mid = (lo + hi) / 2
                if base.sortInstant(at: mid) <= e.sortInstant { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        // Merge the two sorted tails; on a tie the one read first (the old tail) first.
        var tail: [Event] = []
        var before: [Int] = []
        var added: [Int] = []
        tail.reserveCapacity(oldTail.count + new.count)
        var i = 0
        var j = 0
        while i < oldTail.count || j < new.count {
            let takeNew = i == oldTail.count || (j < new.count && new[j].sortInstant < oldTail[i].sortInstant)
            if takeNew {
                added.append(newBefore[j] + tail.count)
                tail.append(new[j])
                before.append(newBefore[j])
                j += 1
            } else {
                tail.append(oldTail[i])
                before.append(oldBefore[i])
                i += 1
            }
        }
        var t = self
        t.events = EventList(store: GrownEventStore(base: base, tail: tail, basesBefore: before))
        t.warnings += more
        if let bytesRead { t.bytesRead = bytesRead }
        return (t, added)
    }
}
