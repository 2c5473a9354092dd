/// Finds a folded word in a buffer of folded text, the C library's way: `memchr` for the
/// word's rarest byte when that byte is rare (`zzqx`: its `q`), glibc's `memmem` when every
/// byte of it is common (`etat`: a `memchr` for its `a` would stop every few bytes).
struct WordScan {
    private typealias MemMem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    /// `memmem`, a GNU function the Swift module of the C library does not declare.
    private static let memmem: MemMem? = dlsym(nil, "memmem").map { unsafeBitCast($0, to: MemMem.self) }

    private let word: UnsafeBufferPointer<UInt8>
    /// The rarest byte's index in `word`.
    private let anchor: Int
    private let usesMemmem: Bool

    init(_ word: UnsafeBufferPointer<UInt8>) {
        self.word = word
        anchor = RawTextPrefilter.anchor(word)
        usesMemmem = word.count > 1 && Self.memmem != nil && RawTextPrefilter.isCommon(word[anchor])
    }

    /// Where the word next starts in `base[from..<length]`, nil when it does not.
    @inline(__always)
    func next(in base: UnsafePointer<UInt8>, from: Int, length: Int) -> Int? {
        let n = word.count
        let w = word.baseAddress!
        if usesMemmem {
            guard length - from >= n, let hit = Self.memmem!(base + from, length - from, w, n) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var from = from
        let a = anchor
        let byte = Int32(w[a])
        while length - from >= n {
            // The anchor at `from + a` or later, with room for the word around it.
            guard let found = memchr(base + from + a, byte, length - from - n + 1) else { return nil }
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - a
            if memcmp(base + start, w, n) == 0 { return start }
            from = start + 1
        }
        return nil
    }
}
