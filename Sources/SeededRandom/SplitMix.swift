/// SplitMix64: a tiny, fast, seedable generator, so the same seed always gives the same
/// events, the same generated file and the same test inputs.
///
/// One copy for the generator (`timeline-gen`) and the test suites (through `TestSupport`).
/// It is its own target because `TestSupport` imports Swift Testing (for the tags), which an
/// executable such as `timeline-gen` must not link, and because it is not part of the product.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0 ..< bound`.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// True with probability `perMille`/1000.
    public mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// One of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
