/// The four hex digits of a JSON `\u` escape, for both JSON readers (our cursor and the
/// value parser of other tools' files).
enum JSONHex {
    /// The value of the four hex digits at `at` (before `end`), or nil.
    @inline(__always)
    static func four(_ base: UnsafePointer<UInt8>, at: Int, end: Int) -> UInt32? {
        guard at + 4 <= end else { return nil }
        var v: UInt32 = 0
        for i in at..<(at + 4) {
            let c = base[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }
}
