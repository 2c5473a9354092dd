/// Tells, while the first pass has an actor's or a title's bytes at hand, whether a line
/// can show them as written and how many columns they take, so that the export copies
/// them without measuring them again (see `VerbatimLineText`).
///
/// As written means that `SafeText.neutralise` returns the text unchanged: printable ASCII
/// and scalars it never changes, plus a zero-width joiner right after an emoji part (👩‍💻).
/// The columns are `DisplayWidth.of` the text. Text is also marked when it holds only
/// scalars whose width the byte paths guess from their first two bytes
/// (`DisplayWidth.plainWidth`), the text `LineWrapping.appendSimpleLines` can wrap; other
/// text as written (🇫🇷, 👩‍💻, ❤️) is copied when it fits on its line and wrapped the
/// general way when not.
///
/// One a scan (a thread): what it learns about a scalar is kept in a table filled as
/// scalars are met. Text met later, from any thread, is measured with `measureAnywhere`.
struct VerbatimTextMeter {
    /// What is known of each scalar below `tableEnd`: 0 not looked up yet, else
    /// `known | columns | guessMissed | changed`.
    private var table: [UInt8]
    private static let tableEnd: UInt32 = 0x20000
    private static let known: UInt8 = 0x80
    /// The byte paths' guess of its width is wrong (a zero-width scalar, 🇫).
    private static let guessMissed: UInt8 = 0x04
    /// `SafeText` may change it (a control, a format character, a scalar the C library
    /// does not print).
    private static let changed: UInt8 = 0x08

    init() {
        table = [UInt8](repeating: 0, count: Int(Self.tableEnd))
    }

    /// The measure of text shown as written.
    struct Measure {
        var columns: Int
        /// Whether `LineWrapping.appendSimpleLines` wraps it (`DisplayWidth.plainWidth` is
        /// not nil).
        var wrapsByBytes: Bool
    }

    /// The measure of the valid UTF-8 `bytes`, or nil when `SafeText` would change them.
    mutating func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> Measure? {
        // Plain text, most of it, without touching the table.
        if let n = DisplayWidth.simpleWidth(bytes) { return Measure(columns: n, wrapsByBytes: true) }
        return table.withUnsafeMutableBufferPointer { Self.measure(bytes, table: $0) }
    }

    /// `measure` of text that `DisplayWidth.simpleWidth` does not take (the reading said
    /// so), straight from the table.
    mutating func measureNotSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Measure? {
        table.withUnsafeMutableBufferPointer { Self.measure(bytes, table: $0) }
    }

    /// `measure` for text met after loading (a file the viewer opened without measuring,
    /// see `ReadOptions.measuresListedText`), from any thread: the table of every scalar
    /// below `tableEnd`, made once when first needed.
    static func measureAnywhere(_ bytes: UnsafeBufferPointer<UInt8>) -> Measure? {
        if let n = DisplayWidth.simpleWidth(bytes) { return Measure(columns: n, wrapsByBytes: true) }
        return completeTable.withUnsafeBufferPointer { Self.measure(bytes, table: UnsafeMutableBufferPointer(mutating: $0)) }
    }

    /// Every scalar's code, so that `measure` never writes to it.
    private static let completeTable: [UInt8] = (0..<tableEnd).map { code($0) }

    /// The measure of `bytes` (text that `DisplayWidth.simpleWidth` does not take),
    /// looking scalars up in `table` and filling in those not yet known.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeMutableBufferPointer<UInt8>) -> Measure? {
        guard let base = bytes.baseAddress else { return Measure(columns: 0, wrapsByBytes: true) }
        var columns = 0
        var byBytes = true
        var previous: UInt32 = 0
        var i = 0
        let end = bytes.count
        while i < end {
            let c = base[i]
            if c < 0x80 {
                guard c >= 0x20 && c < 0x7F else { return nil }
                columns &+= 1
                previous = UInt32(c)
                i &+= 1
                continue
            }
            let v: UInt32
            let length: Int
            if i &+ 4 <= end, JSONCursor.isCommonThreeByteScalar(UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self)) {
                // Runs of CJK, kana and Hangul: decoded here rather than by the general decoder.
                v = UInt32(c & 0x0F) << 12 | UInt32(base[i &+ 1] & 0x3F) << 6 | UInt32(base[i &+ 2] & 0x3F)
                length = 3
            } else {
                guard let (d, n) = UTF8Scalar.decode(base, at: i, end: end) else { return nil }
                (v, length) = (d, n)
            }
            var code = v < tableEnd ? table[Int(v)] : Self.code(v)
            if code == 0 {
                code = Self.code(v)
                table[Int(v)] = code
            }
            if code & changed != 0 {
                // The one scalar `SafeText` keeps in context: a joiner inside an emoji.
                guard v == 0x200D, let p = Unicode.Scalar(previous), SafeText.isEmojiPart(p) else { return nil }
                byBytes = false
            } else if code & guessMissed != 0 {
                byBytes = false
            }
            columns &+= Int(code & 3)
            previous = v
            i &+= length
        }
        return Measure(columns: columns, wrapsByBytes: byBytes)
    }

    /// What the table keeps for the scalar `v` (not ASCII).
    private static func code(_ v: UInt32) -> UInt8 {
        guard let s = Unicode.Scalar(v) else { return known | changed }
        let columns = DisplayWidth.of(s)
        // `DisplayWidth.isWide` from the scalar rather than its first two bytes: three- and
        // four-byte scalars but U+1000–U+1FFF and U+2000–U+207F.
        let guess = v >= 0x800 && !(v >= 0x1000 && v < 0x2080) ? 2 : 1
        var code = known | UInt8(columns)
        if columns != guess { code |= guessMissed }
        if SafeText.mayChange(v) { code |= changed }
        return code
    }
}
