/// Text from a file made safe for formats read as HTML or Markdown (TimelineJS, Markdown):
/// escaped so it can never become markup, and links only to the web.
enum WebText {
    /// `text` with control and invisible characters neutralised (`SafeText`) and `&`, `<`,
    /// `>`, `"` and `'` written as entities: it reads as text in an element or an attribute.
    static func html(_ text: String, keepingNewlines: Bool = false) -> String {
        let safe = SafeText.neutralise(text, keepingNewlines: keepingNewlines)
        guard safe.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return safe
        }
        var out: [UInt8] = []
        out.reserveCapacity(safe.utf8.count + 16)
        for c in safe.utf8 {
            switch c {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `html(value)`: plain bytes from the file (which `SafeText` leaves as they
    /// are) escaped as they are, without a `String`.
    static func appendHTML<Out: ByteSink>(_ value: TextValue, to out: inout Out) {
        if !appendHTML(plain: value, to: &out) { out.append(utf8: html(value.string)) }
    }

    /// `appendHTML(value)` when `value` is bytes from the file that are plain (what
    /// `plainBytes` gives), found in the same pass as the first byte needing an entity;
    /// false, having written nothing, otherwise.
    static func appendHTML<Out: ByteSink>(plain value: TextValue, to out: inout Out) -> Bool {
        guard let (b, first) = plainEntity(value) else { return false }
        appendHTML(b, entityAt: first, to: &out)
        return true
    }

    /// The bytes of `value` and where their first byte needing an entity is, when they
    /// are the file's and plain (`plainEntityScan`); nil otherwise. Simple text is plain
    /// already (the first pass found it so): only the entity is looked for, eight bytes at
    /// a time whatever they are.
    @inline(__always)
    static func plainEntity(_ value: TextValue) -> (bytes: UnsafeBufferPointer<UInt8>, entityAt: Int)? {
        switch value {
        case .simple(let b): return (b, firstEntity(b))
        case .bytes(let b): return plainEntityScan(b).map { (b, $0) }
        case .text: return nil
        }
    }

    /// Where the first byte of `bytes` needing an entity is (`count` for none).
    static func firstEntity(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var i = 0
        while i < end {
            if i &+ 8 <= end {
                let flags = entityFlags(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if flags == 0 {
                    i &+= 8
                    continue
                }
                // Straight to the first byte in the ranges: none before it needs an entity.
                i &+= flags.trailingZeroBitCount &>> 3
            }
            let c = base[i]
            if c == 0x26 || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x27 { return i }
            i &+= 1
        }
        return end
    }

    /// `appendHTML(bytes:)` of `bytes` whose first byte needing an entity is at `first`
    /// (`plainEntityScan`): those before it copied at once.
    static func appendHTML<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, entityAt first: Int, to out: inout Out) {
        guard let base = bytes.baseAddress else { return }
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: first))
        if first < bytes.count { appendHTML(bytes: UnsafeBufferPointer(start: base + first, count: bytes.count &- first), to: &out) }
    }

    /// For UTF-8 from the file: nil when it is not plain (`DisplayWidth.plainWidth` would
    /// say nil: `SafeText` may change it), else where its first byte needing an entity is
    /// (`count` for none). One pass for what `plainBytes` and `appendHTML(bytes:)` each
    /// read: eight bytes at a time through printable ASCII, a scalar at a time beyond.
    static func plainEntityScan(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let end = bytes.count
        var first = end
        var i = 0
        while i < end {
            if i &+ 8 <= end {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Eight printable ASCII bytes (as `DisplayWidth.simpleWidth` tests them), and
                // none needing an entity or one found already.
                let del = w ^ (ones &* 0x7F)
                if (w | ((w &- ones &* 0x20) & ~w) | ((del &- ones) & ~del)) & highs == 0
                    && (first < end || !mayNeedEntity(w)) {
                    i &+= 8
                    continue
                }
            }
            let c = base[i]
            if c < 0x80 {
                guard c >= 0x20 && c != 0x7F else { return nil }
                if first == end && (c == 0x26 || c == 0x3C || c == 0x3E || c == 0x22 || c == 0x27) { first = i }
                i &+= 1
                continue
            }
            guard let length = DisplayWidth.plainScalarLength(base, at: i, end: end) else { return nil }
            i &+= length
        }
        return first
    }

    /// Appends neutralised UTF-8 `bytes` with `&`, `<`, `>`, `"` and `'` as entities.
    static func appendHTML<Out: ByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while true {
            // The run up to the next byte needing an entity copied at once, then the entity.
            let rest = UnsafeBufferPointer(start: base + start, count: bytes.count &- start)
            let k = firstEntity(rest)
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: k))
            guard k < rest.count else { return }
            appendEntity(rest[k], to: &out)
            start &+= k &+ 1
        }
    }

    /// Whether one of the eight bytes of `w` may need an entity: an ASCII byte in
    /// `"`–`'` or `<`–`>`, the ranges that hold `"`, `&`, `'`, `<` and `>` (and `#`, `$`,
    /// `%`, `=`, which are then looked at one by one and kept).
    @inline(__always)
    static func mayNeedEntity(_ w: UInt64) -> Bool {
        entityFlags(w) != 0
    }

    /// The top bit of each byte of `w` in those ranges, set exactly (no sum carries into
    /// the next byte): the bytes below the lowest flag need no entity.
    @inline(__always)
    static func entityFlags(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = w & 0x7F7F_7F7F_7F7F_7F7F
        // As `MarkdownText.escapeFlags`: top bits set for bytes from `lo` and above `hi`.
        let from22 = y &+ ones &* (0x80 - 0x22), above27 = y &+ ones &* (0x7F - 0x27)
        let from3C = y &+ ones &* (0x80 - 0x3C), above3E = y &+ ones &* (0x7F - 0x3E)
        return ((from22 & ~above27) | (from3C & ~above3E)) & ~w & 0x8080_8080_8080_8080
    }

    @inline(__always)
    private static func appendEntity<Out: ByteSink>(_ c: UInt8, to out: inout Out) {
        switch c {
        case 0x26: out.append("&amp;")
        case 0x3C: out.append("&lt;")
        case 0x3E: out.append("&gt;")
        case 0x22: out.append("&quot;")
        default: out.append("&#39;")
        }
    }

    /// For a URL's UTF-8: appends `prefix` then
    /// `html(link(url))` and returns true when `link` gives a target; false, having written
    /// nothing, when it does not or when the bytes cannot tell (a non-ASCII character right
    /// after the scheme, which `link` reads as one character with the slash).
    /// Without `entities`, `&` and `'` are kept as they are: `link(url)` itself (Markdown).
    static func appendLinkTarget<Out: ByteSink>(
        _ url: UnsafeBufferPointer<UInt8>, prefix: StaticString, entities: Bool = true, to out: inout Out
    ) -> Bool {
        guard let base = url.baseAddress, url.count > 7 else { return false }
        func lower(_ i: Int) -> UInt8 { base[i] >= 0x41 && base[i] <= 0x5A ? base[i] | 0x20 : base[i] }
        // `http://` or `https://` in any case, then an ASCII byte.
        guard lower(0) == 0x68, lower(1) == 0x74, lower(2) == 0x74, lower(3) == 0x70 else { return false }
        let colon = lower(4) == 0x73 ? 5 : 4
        guard url.count > colon + 3, base[colon] == 0x3A, base[colon + 1] == 0x2F, base[colon + 2] == 0x2F,
              base[colon + 3] < 0x80
        else { return false }
        out.append(prefix)
        let hex: StaticString = "0123456789ABCDEF"
        // Runs of bytes kept as they are in one copy each.
        var start = 0
        var i = 0
        let end = url.count
        while i < end {
            if i &+ 8 <= end && keptInLink(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i &+= 8
                continue
            }
            let b = base[i]
            if keepsInLink(b) {
                i &+= 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i &- start))
            i &+= 1
            start = i
            switch b {
            case 0x26 where entities: out.append("&amp;")
            case 0x27 where entities: out.append("&#39;")
            case 0x26, 0x27: out.append(b)
            default:
                out.append(0x25)
                out.append(hex.utf8Start[Int(b >> 4)])
                out.append(hex.utf8Start[Int(b & 0x0F)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: url.count &- start))
        return true
    }

    /// Whether a link target keeps all eight bytes of `w` as they are, when each is a
    /// letter, a digit, or one of `*+,-./:;?@_` (the bytes of most URLs; false proves
    /// nothing: the bytes are then looked at one by one).
    @inline(__always)
    static func keptInLink(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = w & 0x7F7F_7F7F_7F7F_7F7F
        // As `MarkdownText.escapeFlags`: top bits set for bytes from `lo` to `hi`.
        @inline(__always) func within(_ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (y &+ ones &* (0x80 - lo)) & ~(y &+ ones &* (0x7F - hi))
        }
        let underscore = y ^ (ones &* 0x5F)
        let isUnderscore = ~((underscore &+ ones &* 0x7F) | underscore)
        let kept = within(0x2A, 0x3B) | within(0x3F, 0x5A) | within(0x61, 0x7A) | isUnderscore
        return kept & ~w & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080
    }

    /// Whether a link target keeps `b` as it is: `!`, `#`–`%`, `*`–`;`, `=`, `?`–`Z`, `_`,
    /// `a`–`z`, `~` (one bit a byte below 0x80; what `link` keeps but `&` and `'`, which
    /// are entities in HTML).
    @inline(__always)
    static func keepsInLink(_ b: UInt8) -> Bool {
        let below64: UInt64 = 0xAFFF_FC3A_0000_0000
        let from64: UInt64 = 0x47FF_FFFE_87FF_FFFF
        if b < 64 { return below64 >> b & 1 != 0 }
        return b < 128 && from64 >> (b &- 64) & 1 != 0
    }

    /// `url` as a link target when it is a web address (`http:` or `https:`), with every
    /// byte that could end the target or be misread (spaces, quotes, brackets, parentheses,
    /// backslashes, controls, anything not ASCII) percent-encoded; nil for anything else
    /// (`javascript:`, `data:`, a relative path), which is then shown as text, not linked.
    static func link(_ url: String) -> String? {
        let lower = url.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in url.utf8 {
            switch b {
            case 0x21, 0x23...0x27, 0x2A...0x3B, 0x3D, 0x3F...0x5A, 0x5F, 0x61...0x7A, 0x7E:
                out.append(b)
            default:
                out.append(0x25)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
