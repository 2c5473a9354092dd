/// One CSV cell (RFC 4180), safe to open in a spreadsheet.
enum CSVCell {
    /// Appends `value` as a cell: control and invisible characters neutralised as in the
    /// text export (line breaks kept where `keepingNewlines`), a leading `=`, `+`, `-`, `@`,
    /// tab or carriage return defused with a `'` so no spreadsheet runs it as a formula,
    /// then quoted (quotes doubled) when it holds a comma, a quote or a line break.
    static func append<Out: ByteSink>(_ value: String, keepingNewlines: Bool = false, to out: inout Out) {
        var safe = SafeText.neutralise(value, keepingNewlines: keepingNewlines)
        safe.withUTF8 { appendSafe($0, to: &out) }
    }

    /// `append` for a value as a writer reads it: plain bytes from the file (which
    /// neutralising leaves as they are) are written without a `String`.
    static func append<Out: ByteSink>(_ value: TextValue, keepingNewlines: Bool = false, to out: inout Out) {
        if case .bytes(let plain) = value, let quote = plainQuoting(plain) {
            appendSafe(plain, quote: quote, to: &out)
        } else {
            append(value.string, keepingNewlines: keepingNewlines, to: &out)
        }
    }

    /// Appends text already neutralised: defused, and quoted when it must be.
    static func appendSafe<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        appendSafe(bytes, quote: needsQuotes(bytes), to: &out)
    }

    /// `appendSafe` when whether `bytes` need quotes is known.
    static func appendSafe<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, quote: Bool, to out: inout Out) {
        let defuse = bytes.first.map(startsFormula) ?? false
        if quote { out.append(0x22) }
        if defuse { out.append(0x27) }
        guard quote else {
            out.append(contentsOf: bytes)
            return
        }
        appendDoublingQuotes(bytes, to: &out)
        out.append(0x22)
    }

    /// Appends `bytes` with every quote doubled (the inside of a quoted cell): the runs
    /// between quotes in one copy each, found eight bytes at a time.
    static func appendDoublingQuotes<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        var start = 0
        var i = 0
        if let base = bytes.baseAddress {
            while i < bytes.count {
                if i &+ 8 <= bytes.count {
                    let flags = has(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), 0x22) & highs
                    guard flags != 0 else {
                        i &+= 8
                        continue
                    }
                    // The lowest flag is a real quote.
                    i &+= flags.trailingZeroBitCount >> 3
                } else if base[i] != 0x22 {
                    i &+= 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i &+ 1 &- start))
                out.append(0x22)
                i &+= 1
                start = i
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// Whether `bytes` hold a comma, a quote, a line feed or a carriage return (RFC 4180's
    /// reasons to quote a cell), eight bytes at a time.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i &+ 8 <= bytes.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte flagged may be a false hit only above a real one: any flag means look.
            if (has(w, 0x2C) | has(w, 0x22) | has(w, 0x0A) | has(w, 0x0D)) & highs != 0 { break }
            i &+= 8
        }
        while i < bytes.count {
            let c = base[i]
            if c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { return true }
            i &+= 1
        }
        return false
    }

    /// Eight bytes at a time: the high bit of each byte of `w` that equals `c` set (and
    /// perhaps of a byte above a real one, by a borrow: a flag means "look byte by byte").
    @inline(__always)
    static func has(_ w: UInt64, _ c: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = w ^ (ones &* UInt64(c))
        return (x &- ones) & ~x
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return: what makes a spreadsheet read a formula.
    static func startsFormula(_ c: UInt8) -> Bool {
        c == 0x3D || c == 0x2B || c == 0x2D || c == 0x40 || c == 0x09 || c == 0x0D
    }
}
