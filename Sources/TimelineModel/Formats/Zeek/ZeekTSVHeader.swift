/// The `#` lines that start a Zeek TSV log: how its values are written and what they are.
///
///     #separator \x09
///     #set_separator	,
///     #empty_field	(empty)
///     #unset_field	-
///     #path	conn
///     #fields	ts	uid	id.orig_h	…
///     #types	time	string	addr	…
struct ZeekTSVHeader: Sendable {
    var separator: UInt8 = 0x09
    var setSeparator: [UInt8] = [0x2C]
    var emptyField: [UInt8] = Array("(empty)".utf8)
    var unsetField: [UInt8] = Array("-".utf8)
    /// The log's name (`conn`): the events' kind.
    var path: String?
    var fields: [String] = []
    var types: [String] = []
    /// Where the first line after the header starts, and its number.
    var end: (offset: Int, line: Int) = (0, 1)

    /// The header at the start of `bytes`.
    init(_ bytes: FileBytes) {
        var offset = RecordFile.firstLine(bytes)
        var line = 1
        while offset < bytes.count, bytes.base[offset] == 0x23 {
            let end = RecordFile.lineEnd(bytes, from: offset)
            var stop = end
            if stop > offset && bytes.base[stop - 1] == 0x0D { stop -= 1 }
            let text = Array(UnsafeBufferPointer(start: bytes.base + offset, count: stop - offset))
            read(text)
            offset = end + 1
            line += 1
        }
        end = (min(offset, bytes.count), line)
    }

    /// One `#name value` line: `#separator` is followed by a space and its escaped byte,
    /// the others by the separator.
    private mutating func read(_ line: [UInt8]) {
        let separatorPrefix = Array("#separator ".utf8)
        if line.starts(with: separatorPrefix) {
            let value = ZeekTSVHeader.unescape(line[separatorPrefix.count...])
            if value.count == 1 { separator = value[0] }
            return
        }
        let parts = line.split(separator: separator, omittingEmptySubsequences: false).map(Array.init)
        guard let name = parts.first.map({ String(decoding: $0, as: UTF8.self) }) else { return }
        let values = parts.dropFirst()
        switch name {
        case "#set_separator": if let v = values.first { setSeparator = ZeekTSVHeader.unescape(v[...]) }
        case "#empty_field": if let v = values.first { emptyField = v }
        case "#unset_field": if let v = values.first { unsetField = v }
        case "#path": path = values.first.map { String(decoding: $0, as: UTF8.self) }
        case "#fields": fields = values.map { String(decoding: $0, as: UTF8.self) }
        case "#types": types = values.map { String(decoding: $0, as: UTF8.self) }
        default: break
        }
    }

    /// Zeek's escapes undone: `\xHH` is that byte (the separator, a control, a byte that
    /// is not ASCII), `\\` a backslash.
    static func unescape(_ text: ArraySlice<UInt8>) -> [UInt8] {
        guard text.contains(0x5C) else { return Array(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == 0x5C, i + 3 < text.endIndex, text[i + 1] == 0x78, let hi = hexDigit(text[i + 2]), let lo = hexDigit(text[i + 3]) {
                out.append(hi << 4 | lo)
                i += 4
            } else if c == 0x5C, i + 1 < text.endIndex, text[i + 1] == 0x5C {
                out.append(0x5C)
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }
}

/// A hexadecimal digit's value.
private func hexDigit(_ c: UInt8) -> UInt8? {
    switch c {
    case 0x30...0x39: c - 0x30
    case 0x41...0x46: c - 0x41 + 10
    case 0x61...0x66: c - 0x61 + 10
    default: nil
    }
}
