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

    /// The one-test check of a three-byte scalar that the export's measuring decodes CJK
    /// with (`isCommonThreeByteScalar`) says yes only where the decoder reads three valid
    /// bytes.
    @Test func theCommonThreeByteCheckAgreesWithTheDecoder() {
        var taken = 0
        for lead in UInt8(0x80)...0xFF {
            for b1 in Self.edges { for b2 in Self.edges {
                let bytes: [UInt8] = [lead, b1, b2, 0x41]
                let w = UInt32(lead) | UInt32(b1) << 8 | UInt32(b2) << 16 | 0x41 << 24
                guard JSONCursor.isCommonThreeByteScalar(w) else { continue }
                taken += 1
                let decoded = bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0.baseAddress!, at: 0, end: 4) }
                #expect(decoded?.length == 3, "\(bytes)")
            } }
        }
        #expect(taken > 100)
    }

    /// Strings of CJK with a two- or three-byte sequence at every edge in the middle: the reader
    /// shows what Swift's decoder shows, and warns exactly when a byte is not valid. One file
    /// a lead byte, one event a string (a file each took seconds in all): each event's title,
    /// and the warnings naming exactly the titles that are not valid.
    @Test func aLoadedTitleReadsEveryThreeByteEdgeAsSwiftDoes() throws {
        let inString = Self.edges.filter { $0 >= 0x20 }
        var wrong: [String] = []
        for lead in UInt8(0xC0)...0xEF {
            var titles: [[UInt8]] = []
            for b1 in inString { for b2 in inString { titles.append(Array("漢".utf8) + [lead, b1, b2] + Array("字当番".utf8)) } }
            var file = Array(#"{"title": "t", "events": ["#.utf8)
            for (k, title) in titles.enumerated() {
                file += Array(#"\#(k == 0 ? "" : ","){"id": "e\#(k)", "time": "2017-11-02T18:00Z", "title": ""#.utf8) + title + Array(#""}"#.utf8)
            }
            file += Array("]}".utf8)
            let timeline = try TimelineLoader.load(bytes: file, name: "edge.json")
            let shown = Dictionary(uniqueKeysWithValues: timeline.events.map { ($0.id, $0.title) })
            var invalid: Set<String> = []
            for (k, title) in titles.enumerated() {
                if String(validating: title, as: UTF8.self) == nil { invalid.insert("events[\(k)].title") }
                if shown["e\(k)"] != String(decoding: title, as: UTF8.self) { wrong.append("\(title)") }
            }
            let warned = Set(timeline.warnings.map(\.path))
            if warned != invalid { wrong.append("lead \(lead): warnings for \(warned.symmetricDifference(invalid).sorted().prefix(5))") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
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
