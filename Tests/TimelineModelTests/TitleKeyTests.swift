import Testing
@testable import TimelineModel

/// The key our JSON's first pass keeps of each title (`TitleKey`) and the memo that finds a
/// title folded before by it (`TitleKeyMemo`): every title gets exactly its own fold's hash.
@Suite struct TitleKeyTests {
    static func key(_ text: String, seed: UInt64) -> TitleKey {
        var t = text
        return t.withUTF8 { TitleKey($0, seed: seed) }
    }

    /// Equal bytes give equal keys; a title and the same title one byte longer, shorter or
    /// changed (at every place and length up to 40) do not, nor do 200,000 distinct titles.
    @Test func distinctTitlesHaveDistinctKeys() {
        let seed = UInt64.random(in: .min ... .max)
        #expect(Self.key("Compte désactivé", seed: seed) == Self.key("Compte désactivé", seed: seed))
        #expect(Self.key("", seed: seed) == Self.key("", seed: seed))
        var keys = Set<[UInt64]>()
        for length in 0...40 {
            let base = [UInt8](repeating: 0x61, count: length)
            keys.insert(Self.words(base, seed))
            for at in 0..<length {
                var changed = base
                changed[at] = 0x62
                keys.insert(Self.words(changed, seed))
            }
            keys.insert(Self.words(base + [0], seed))
        }
        // Each length 0...40: the title, each one-byte change, and the title with a zero byte after it.
        #expect(keys.count == (0...40).reduce(0) { $0 + $1 + 2 })
        var many = Set<[UInt64]>()
        for k in 0..<200_000 { many.insert(Self.words(Array("Event \(k) happened".utf8), seed)) }
        #expect(many.count == 200_000)
    }

    static func words(_ bytes: [UInt8], _ seed: UInt64) -> [UInt64] {
        let key = bytes.withUnsafeBufferPointer { TitleKey($0, seed: seed) }
        return [key.low, key.high]
    }

    /// The memo gives the fold's hash (its low 32 bits) for every key, folds a key it keeps
    /// only once, and stays right past the titles it keeps and the tables it grows through.
    @Test func aKeySeenBeforeGivesItsFoldsHash() {
        let seed = UInt64.random(in: .min ... .max)
        var memo = TitleKeyMemo()
        var folds = 0
        let distinct = 150_000
        for round in 0..<2 {
            for k in 0..<distinct {
                let key = Self.key("état \(k) du service", seed: seed)
                let hash = memo.foldedHash(key) {
                    folds += 1
                    return UInt64(k) << 40 | UInt64(k) &* 2_654_435_761
                }
                #expect(hash == (UInt64(k) &* 2_654_435_761) & 0xFFFF_FFFF, "round \(round): \(k)")
            }
        }
        // The first 131,072 titles are kept: only the others are folded again.
        #expect(folds == distinct + (distinct - (1 << 17)))
    }

    /// With real titles: each title found by its key has the hash folding it gives, and
    /// titles that differ only as folding forgives (case, spaces) have keys of their own
    /// and the same hash.
    @Test func aTitleFoundByItsKeyHashesAsItsFold() {
        let hasher = SeededHash()
        var scratch: [UInt8] = []
        func folded(_ title: String) -> UInt64 {
            var t = title
            return t.withUTF8 { MergeFacts.titleHash($0, hasher, &scratch) } & 0xFFFF_FFFF
        }
        var memo = TitleKeyMemo()
        let long = String(repeating: "Long title ", count: 60)
        for round in 0..<3 {
            for title in MergeFastPathTests.titles + [long, long.uppercased(), "  Compte   DÉSACTIVÉ "] {
                let hash = memo.foldedHash(Self.key(title, seed: hasher.seed)) { folded(title) }
                #expect(hash == folded(title), "round \(round): \(title)")
            }
        }
        #expect(Self.key(long, seed: hasher.seed) != Self.key(long.uppercased(), seed: hasher.seed))
        #expect(folded(long) == folded(long.uppercased()))
    }
}
