/// The columns of every Unicode scalar, U+0000–U+10FFFF, as the C library's `wcwidth`
/// counts them under a UTF-8 locale: what ncursesw adds up to place the cursor, and what
/// tmux and most terminals draw. Read from glibc by `scripts/gen-width-table` (the runs are
/// in `WidthTable+Runs.swift`); `WidthTableTests` compares every scalar with the running
/// C library.
///
/// A pure table rather than calling `wcwidth`: the C function depends on the process
/// locale (it answers −1 for all non-ASCII until a UTF-8 locale is set), and the model
/// and `render` must measure the same without a terminal or global state.
enum WidthTable {
    /// The columns of the scalar `v`: 0, 1 or 2, or −1 when the C library does not print
    /// it (controls, surrogates, noncharacters, code points unassigned in its Unicode).
    @inline(__always)
    static func columns(_ v: UInt32) -> Int {
        if v < 0x300 {
            // ASCII, Latin-1 and Latin Extended: one column but for the controls
            // (NUL is 0 for `wcwidth`, the others −1).
            if v >= 0xA0 || (v >= 0x20 && v < 0x7F) { return 1 }
            return v == 0 ? 0 : -1
        }
        return runs.withUnsafeBufferPointer { r in
            // The last run starting at or before `v`.
            let key = v << 2 | 3
            var low = 0
            var high = r.count
            while low < high {
                let mid = (low &+ high) >> 1
                if r[mid] <= key { low = mid &+ 1 } else { high = mid }
            }
            let c = Int(r[low &- 1] & 3)
            return c == 3 ? -1 : c
        }
    }
}
