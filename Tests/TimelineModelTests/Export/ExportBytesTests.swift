import TestSupport
import Testing
@testable import TimelineModel

/// What the CSV, Timesketch and TimelineJS writers append their bytes to: whatever the
/// sizes of the appends against the part, the parts written one after
/// another are the bytes appended, in order; and CSV quoting found eight bytes at a time
/// doubles every quote wherever it falls.
@Suite struct ExportBytesTests {
    @Test func partsHoldEveryByteInOrderAcrossParts() {
        var random = SplitMix(seed: 12)
        var out = ExportBytes(partSize: 300)
        var expected: [UInt8] = []
        for n in 0..<2_000 {
            switch random.below(5) {
            case 0:
                let b = UInt8(truncatingIfNeeded: n)
                out.append(b)
                expected.append(b)
            case 1:
                out.append("&quot;")
                expected.append(contentsOf: Array("&quot;".utf8))
            default:
                // Empty, short, longer than 32 bytes, longer than a part.
                let lengths = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 63, 64, 65, 200, 301, 700]
                let length = lengths[random.below(lengths.count)]
                let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ n) }
                bytes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
                expected.append(contentsOf: bytes)
            }
        }
        let parts = out.parts()
        #expect(Array(parts.joined()) == expected)
        #expect(parts.count > 10)
        #expect(!parts.contains { $0.isEmpty })
    }

    /// A writer's scratch (dates, lists, messages made before they are written) holds what
    /// was appended since it was emptied, whatever the lengths, as it grows.
    @Test func scratchHoldsWhatWasAppendedAsItGrows() {
        var random = SplitMix(seed: 7)
        var scratch = ScratchBytes(capacity: 16)
        defer { scratch.deallocate() }
        var expected: [UInt8] = []
        for n in 0..<3_000 {
            if random.below(40) == 0 {
                scratch.removeAll()
                expected.removeAll()
            }
            if random.below(3) == 0 {
                let b = UInt8(truncatingIfNeeded: n)
                scratch.append(b)
                expected.append(b)
            } else {
                let bytes = (0..<random.below(40)).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ n) }
                bytes.withUnsafeBufferPointer { scratch.append(contentsOf: $0) }
                expected.append(contentsOf: bytes)
            }
            #expect(Array(scratch.bytes) == expected)
        }
    }

    @Test func nothingAppendedIsNoPart() {
        var out = ExportBytes()
        #expect(out.parts().isEmpty)
    }

    @Test func csvQuotesDoubledWhereverTheyFall() {
        for length in 0..<40 {
            for quoteAt in 0..<length {
                var text = Array(repeating: UInt8(ascii: "a"), count: length)
                text[quoteAt] = 0x22
                if quoteAt + 9 < length { text[quoteAt + 9] = 0x22 }
                var cell: [UInt8] = []
                text.withUnsafeBufferPointer { CSVCell.appendSafe($0, quote: true, to: &cell) }
                let doubled = text.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
                #expect(cell == [0x22] + doubled + [0x22], "length \(length), quote at \(quoteAt)")
            }
        }
    }
}
