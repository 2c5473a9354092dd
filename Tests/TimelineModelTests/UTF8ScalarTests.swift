import Testing
@testable import TimelineModel

/// The one UTF-8 decoder against Swift's own, on every lead byte followed by bytes at the
/// edges of every range the rules name: the scalar and its length when valid, and how many
/// bytes one U+FFFD stands for when not.
@Suite struct UTF8ScalarTests {
    /// The second byte decides the ranges (E0 A0–BF, ED 80–9F, F0 90–BF, F4 80–8F); after
    /// it, what matters is whether a byte continues or not.
    static let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE1, 0xF1, 0xFF]
    static let later: [UInt8] = [0x41, 0x80, 0xBF, 0xC0]

    @Test func agreesWithSwiftsDecoder() {
        var wrong: [String] = []
        for lead in UInt8(0x80)...0xFF {
            for b1 in Self.edges { for b2 in Self.later { for b3 in Self.later {
                let bytes = [lead, b1, b2, b3]
                let swift = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
                bytes.withUnsafeBufferPointer { p in
                    let base = p.baseAddress!
                    if let (v, n) = UTF8Scalar.decode(base, at: 0, end: 4) {
                        // The scalar is Swift's first, and the rest decodes as Swift's rest.
                        let rest = Array(String(decoding: bytes[n...], as: UTF8.self).unicodeScalars)
                        if swift.first?.value != v || Array(swift.dropFirst()) != rest { wrong.append("\(bytes)") }
                    } else {
                        let n = UTF8Scalar.invalidLength(base, at: 0, end: 4)
                        let rest = Array(String(decoding: bytes[n...], as: UTF8.self).unicodeScalars)
                        if swift.first != "\u{FFFD}" || Array(swift.dropFirst()) != rest { wrong.append("invalid \(bytes)") }
                    }
                }
                if wrong.count > 10 { break }
            } } }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func aSequenceCutByTheEndIsInvalid() {
        let bytes: [UInt8] = [0xE6, 0x97, 0xA5]  // 日
        bytes.withUnsafeBufferPointer { p in
            #expect(UTF8Scalar.decode(p.baseAddress!, at: 0, end: 3)?.value == 0x65E5)
            #expect(UTF8Scalar.decode(p.baseAddress!, at: 0, end: 2) == nil)
            #expect(UTF8Scalar.invalidLength(p.baseAddress!, at: 0, end: 2) == 2)
        }
    }
}
