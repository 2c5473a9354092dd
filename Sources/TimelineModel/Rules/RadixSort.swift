/// A stable least-significant-digit radix sort on a 64-bit key: the one sort behind the
/// event order (time keys) and the repeated-id check (hash keys). Equal keys keep their
/// order, which is what keeps events at the same instant in file order.
enum RadixSort {
    /// `items` sorted by `key`, looking only at its low `keyBits` bits, `digitBits` a pass.
    ///
    /// Every pass's counts are made in one read of the items, and a pass whose digit is
    /// the same for all items (the high bits of close times) is skipped: it would move
    /// nothing.
    static func sorted<Item>(
        _ items: [Item], keyBits: Int, digitBits: Int, key: (Item) -> UInt64
    ) -> [Item] {
        let n = items.count
        guard n > 1, keyBits > 0 else { return items }
        let passes = (keyBits + digitBits - 1) / digitBits
        let radix = 1 << digitBits
        let mask = UInt64(radix - 1)
        var counts = [Int](repeating: 0, count: passes * radix)
        counts.withUnsafeMutableBufferPointer { c in
            items.withUnsafeBufferPointer { source in
                for e in source {
                    var k = key(e)
                    for p in 0..<passes {
                        c[p &* radix &+ Int(k & mask)] &+= 1
                        k >>= UInt64(digitBits)
                    }
                }
            }
        }
        var from = items
        var to = items
        for p in 0..<passes {
            let shift = UInt64(p * digitBits)
            let moves = counts.withUnsafeMutableBufferPointer { c -> Bool in
                let digit = UnsafeMutableBufferPointer(rebasing: c[(p * radix)..<((p + 1) * radix)])
                var total = 0
                for d in digit.indices {
                    let m = digit[d]
                    if m == n { return false }
                    digit[d] = total
                    total &+= m
                }
                from.withUnsafeBufferPointer { f in
                    to.withUnsafeMutableBufferPointer { t in
                        for e in f {
                            let d = Int((key(e) >> shift) & mask)
                            t[digit[d]] = e
                            digit[d] &+= 1
                        }
                    }
                }
                return true
            }
            if moves { swap(&from, &to) }
        }
        return from
    }
}
