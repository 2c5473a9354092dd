/// A stable least-significant-digit radix sort on a 64-bit key: the one sort behind the
/// event order (time keys) and the repeated-id check (hash keys). Equal keys keep their
/// order, which is what keeps events at the same instant in file order.
enum RadixSort {
    /// `items` sorted by `key`, looking only at its low `keyBits` bits, `digitBits` a pass.
    static func sorted<Item>(
        _ items: [Item], keyBits: Int, digitBits: Int, key: (Item) -> UInt64
    ) -> [Item] {
        var from = items
        var to = items
        let mask = UInt64(1) << UInt64(digitBits) - 1
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        var shift = 0
        while shift < keyBits {
            for k in counts.indices { counts[k] = 0 }
            for e in from { counts[Int((key(e) >> UInt64(shift)) & mask)] += 1 }
            var total = 0
            for k in counts.indices {
                let n = counts[k]
                counts[k] = total
                total += n
            }
            for e in from {
                let k = Int((key(e) >> UInt64(shift)) & mask)
                to[counts[k]] = e
                counts[k] += 1
            }
            swap(&from, &to)
            shift += digitBits
        }
        return from
    }
}
