/// A stable least-significant-digit radix sort on a 64-bit key: the sort behind the event
/// order (time keys, each half of a big list on its own core) and a merge's shared ids and
/// titles (hash keys). Equal keys keep their order, which is what keeps events at the same
/// instant in file order.
enum RadixSort {
    /// `items` sorted by `key`, looking only at its low `keyBits` bits, `digitBits` a pass,
    /// in place: the scratch is left unfilled (each pass writes every place of it before
    /// any is read), so a merge's million hashes are not copied twice first.
    ///
    /// Every pass's counts are made in one read of the items, and a pass whose digit is
    /// the same for all items (the high bits of close times) is skipped: it would move
    /// nothing.
    static func sort<Item: BitwiseCopyable>(
        _ items: inout [Item], keyBits: Int, digitBits: Int, key: (Item) -> UInt64
    ) {
        let n = items.count
        guard n > 1 else { return }
        var scratch = [Item](unsafeUninitializedCapacity: n) { _, made in made = n }
        let inScratch = items.withUnsafeMutableBufferPointer { r in
            scratch.withUnsafeMutableBufferPointer { s in
                sort(r, scratch: s, keyBits: keyBits, digitBits: digitBits, key: key)
            }
        }
        if inScratch { swap(&items, &scratch) }
    }

    /// Sorts `items` as `sort(_:keyBits:digitBits:key:)` does, passing them to and fro with
    /// `scratch` (as long, its contents unused): memory the caller made, so that a sort on
    /// another thread allocates nothing (what a worker thread allocates and frees stays in
    /// its `malloc` arena, counted in the peak memory). True when the answer ended in `scratch`.
    static func sort<Item>(
        _ items: UnsafeMutableBufferPointer<Item>, scratch: UnsafeMutableBufferPointer<Item>,
        keyBits: Int, digitBits: Int, key: (Item) -> UInt64
    ) -> Bool {
        let n = items.count
        guard n > 1, keyBits > 0 else { return false }
        let passes = (keyBits + digitBits - 1) / digitBits
        let radix = 1 << digitBits
        let mask = UInt64(radix - 1)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: passes * radix)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        for e in items {
            var k = key(e)
            for p in 0..<passes {
                counts[p &* radix &+ Int(k & mask)] &+= 1
                k >>= UInt64(digitBits)
            }
        }
        var (from, to) = (items, scratch)
        var inScratch = false
        for p in 0..<passes {
            let shift = UInt64(p * digitBits)
            let digit = UnsafeMutableBufferPointer(rebasing: counts[(p * radix)..<((p + 1) * radix)])
            var total = 0
            var moves = true
            for d in digit.indices {
                let m = digit[d]
                if m == n {
                    moves = false
                    break
                }
                digit[d] = total
                total &+= m
            }
            guard moves else { continue }
            for e in from {
                let d = Int((key(e) >> shift) & mask)
                to[digit[d]] = e
                digit[d] &+= 1
            }
            swap(&from, &to)
            inScratch.toggle()
        }
        return inScratch
    }
}
