/// An id of up to 15 bytes kept in 16 (its length in the last), so that a merge compares
/// the ids two files share without reading them in the files again; a longer id is
/// marked `tooLong` and read again.
struct ShortId: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let capacity = 15
    private static let tooLongMark: UInt64 = 0xFF << 56

    /// An id not kept (none read, or over 15 bytes).
    static let tooLong = ShortId(low: 0, high: tooLongMark)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.capacity else {
            self = .tooLong
            return
        }
        withUnsafeMutableBytes(of: &self) { raw in
            if let base = bytes.baseAddress { raw.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
            raw[15] = UInt8(bytes.count)
        }
    }

    var isKept: Bool { high & Self.tooLongMark != Self.tooLongMark }

    /// The id's bytes (only when `isKept`).
    var bytes: [UInt8] {
        withUnsafeBytes(of: self) { raw in Array(raw[0..<Int(raw[15])]) }
    }
}
