import Foundation

/// Case- and accent-insensitive matching: `etat` finds `État`, `twittergov` finds
/// `@TwitterGov`.
public struct FoldedText: Sendable, Hashable {
    /// The folded UTF-8 bytes (lower case, accents removed).
    public let bytes: [UInt8]
    /// Whether `bytes` are all ASCII.
    let isASCII: Bool

    /// `text` folded.
    public init(_ text: String) {
        bytes = Self.fold(text)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `text`, folded the same way, contains this.
    public func isFound(in text: String) -> Bool {
        if bytes.isEmpty { return true }
        var ascii = true
        for c in text.utf8 where c >= 0x80 { ascii = false; break }
        if ascii {
            // No allocation: compare with the haystack lower-cased on the fly.
            return text.utf8.withContiguousStorageIfAvailable { Self.find(bytes, in: $0) }
                ?? Self.find(bytes, in: Array(text.utf8))
        }
        return Self.find(bytes, in: Self.fold(text))
    }

    static func fold(_ text: String) -> [UInt8] {
        var ascii = true
        for c in text.utf8 where c >= 0x80 { ascii = false; break }
        if ascii { return text.utf8.map(lower) }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return Array(folded.utf8)
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c + 0x20 : c
    }

    static func find<C: RandomAccessCollection>(_ needle: [UInt8], in hay: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let n = needle.count
        guard hay.count >= n else { return false }
        let first = needle[0]
        var i = hay.startIndex
        let last = hay.endIndex - n
        while i <= last {
            if lower(hay[i]) == first {
                var j = 1
                while j < n && lower(hay[i + j]) == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
