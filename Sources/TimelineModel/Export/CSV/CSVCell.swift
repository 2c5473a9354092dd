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

    /// `append` for a value as a writer reads it: plain text (which neutralising leaves as
    /// it is) is written as its bytes, without making a neutralised `String`.
    static func append<Out: ByteSink>(_ value: TextValue, keepingNewlines: Bool = false, to out: inout Out) {
        switch value {
        case .simple(let plain):
            // Plain, and a checked JSON string's bytes: only a comma to look for.
            return appendSafe(plain, quoting: checkedStringQuoting(plain), to: &out)
        case .bytes(let plain):
            if let quoting = plainQuoting(plain) { return appendSafe(plain, quoting: quoting, to: &out) }
        case .text(var text):
            // Decoded text (a file's escapes: most often line breaks in a text).
            let done = text.withUTF8 { bytes -> Bool in
                guard let quoting = plainQuoting(bytes, lineFeeds: keepingNewlines) else { return false }
                appendSafe(bytes, quoting: quoting, to: &out)
                return true
            }
            if done { return }
        }
        append(value.string, keepingNewlines: keepingNewlines, to: &out)
    }

    /// How a cell's bytes are written: as they are, between quotes (a comma or a line
    /// break in them), or between quotes with their quotes doubled.
    enum Quoting: UInt8, Comparable {
        case none, quoted, doubled
        static func < (a: Quoting, b: Quoting) -> Bool { a.rawValue < b.rawValue }
    }

    /// Appends text already neutralised: defused, and quoted when it must be.
    static func appendSafe<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Out) {
        appendSafe(bytes, quoting: quoting(bytes), to: &out)
    }

    /// `appendSafe` when whether `bytes` need quotes is known (and not whether they hold one).
    static func appendSafe<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, quote: Bool, to out: inout Out) {
        appendSafe(bytes, quoting: quote ? .doubled : .none, to: &out)
    }

    /// `appendSafe` when how to quote `bytes` is known: quotes are looked for only when
    /// `quoting` says they may be there.
    @inline(__always)
    static func appendSafe<Out: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, quoting: Quoting, to out: inout Out) {
        let defuse = bytes.first.map(startsFormula) ?? false
        if quoting != .none { out.append(0x22) }
        if defuse { out.append(0x27) }
        switch quoting {
        case .none:
            out.append(contentsOf: bytes)
        case .quoted:
            out.append(contentsOf: bytes)
            out.append(0x22)
        case .doubled:
            appendDoublingQuotes(bytes, to: &out)
            out.append(0x22)
        }
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

    /// How `bytes` are quoted: `.doubled` when they hold a quote, `.quoted` when a comma, a
    /// line feed or a carriage return (RFC 4180's reasons to quote a cell), else `.none`.
    /// Eight bytes at a time; past the first reason to quote, only quotes are looked for.
    static func quoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Quoting {
        guard let base = bytes.baseAddress else { return .none }
        let highs: UInt64 = 0x8080_8080_8080_8080
        var quoting = Quoting.none
        var i = 0
        while i < bytes.count {
            if i &+ 8 <= bytes.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                var flags = has(w, 0x22)
                if quoting == .none { flags |= has(w, 0x2C) | has(w, 0x0A) | has(w, 0x0D) }
                flags &= highs
                guard flags != 0 else {
                    i &+= 8
                    continue
                }
                // The lowest flag is a real one.
                i &+= flags.trailingZeroBitCount >> 3
            }
            let c = base[i]
            if c == 0x22 { return .doubled }
            if c == 0x2C || c == 0x0A || c == 0x0D { quoting = .quoted }
            i &+= 1
        }
        return quoting
    }

    /// How a checked JSON string's bytes without escapes (`TextValue.bytes`: no quote and no
    /// control character in them) are quoted: between quotes when they hold a comma, the
    /// only reason to quote left. Eight bytes at a time.
    static func checkedStringQuoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Quoting {
        guard let base = bytes.baseAddress else { return .none }
        let highs: UInt64 = 0x8080_8080_8080_8080
        let n = bytes.count
        guard n >= 8 else {
            for i in 0..<n where base[i] == 0x2C { return .quoted }
            return .none
        }
        var i = 0
        while i &+ 8 < n {
            if has(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), 0x2C) & highs != 0 { return .quoted }
            i &+= 8
        }
        // The last eight bytes as one word (over some already seen), not a byte at a time.
        return has(UnsafeRawPointer(base + (n &- 8)).loadUnaligned(as: UInt64.self), 0x2C) & highs != 0 ? .quoted : .none
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
