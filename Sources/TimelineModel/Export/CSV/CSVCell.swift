/// One CSV cell (RFC 4180), safe to open in a spreadsheet.
enum CSVCell {
    /// Appends `value` as a cell: control and invisible characters neutralised as in the
    /// text export (line breaks kept where `keepingNewlines`), a leading `=`, `+`, `-`, `@`,
    /// tab or carriage return defused with a `'` so no spreadsheet runs it as a formula,
    /// then quoted (quotes doubled) when it holds a comma, a quote or a line break.
    static func append(_ value: String, keepingNewlines: Bool = false, to out: inout [UInt8]) {
        var safe = SafeText.neutralise(value, keepingNewlines: keepingNewlines)
        safe.withUTF8 { appendSafe($0, to: &out) }
    }

    /// `append` for a value as a writer reads it: plain bytes from the file (which
    /// neutralising leaves as they are) are written without a `String`.
    static func append(_ value: TextValue, keepingNewlines: Bool = false, to out: inout [UInt8]) {
        if let plain = value.plainBytes {
            appendSafe(plain, to: &out)
        } else {
            append(value.string, keepingNewlines: keepingNewlines, to: &out)
        }
    }

    /// Appends text already neutralised: defused, and quoted when it must be.
    static func appendSafe(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let defuse = bytes.first.map(startsFormula) ?? false
        let quote = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if quote { out.append(0x22) }
        if defuse { out.append(0x27) }
        guard quote else {
            out.append(contentsOf: bytes)
            return
        }
        // Runs between quotes in one copy each; every quote doubled.
        var start = 0
        for (i, c) in bytes.enumerated() where c == 0x22 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
            out.append(0x22)
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        out.append(0x22)
    }

    /// `=`, `+`, `-`, `@`, tab, carriage return: what makes a spreadsheet read a formula.
    static func startsFormula(_ c: UInt8) -> Bool {
        c == 0x3D || c == 0x2B || c == 0x2D || c == 0x40 || c == 0x09 || c == 0x0D
    }
}
