import Foundation

/// The directives of a W3C extended log (`#Software:`, `#Version:`, `#Date:`, `#Fields:`):
/// each `#Fields:` line names the values of the lines after it, up to the next one (IIS
/// writes a new block when the server restarts, its fields maybe changed), and the
/// `#Date:` before it gives the day of a log whose fields hold a `time` and no `date`.
/// Found once, in a pass over the lines that start with `#`, so that any line can be
/// read on its own.
struct W3CLogDirectives: Sendable {
    /// A `#Fields:` line: where it ends (the lines after it are under it), its names, and
    /// the `#Date:` written before it (`2000-10-09 16:44:49`), if any.
    struct Block: Sendable {
        var start: Int
        var line: Int
        var fields: [String]
        var date: String?
        /// The offset a `#GMT-Offset:` above gives the times (`-0800`, Oracle Web Cache), as
        /// `-08:00`.
        var offset: String?
    }

    private(set) var blocks: [Block] = []
    /// Where the first line that is not a directive or blank starts, and its line.
    private(set) var firstEntry: (offset: Int, line: Int)

    init(_ bytes: FileBytes) {
        var offset = RecordFile.firstLine(bytes)
        var line = 1
        var date: String?
        var gmtOffset: String?
        var first: (offset: Int, line: Int)?
        while offset < bytes.count {
            let end = RecordFile.lineEnd(bytes, from: offset)
            let text = Self.text(bytes, offset, end)
            if text.hasPrefix("#") {
                if let value = Self.value(of: "#Date:", in: text) ?? Self.value(of: "#Start-Date:", in: text) {
                    date = value
                } else if let value = Self.value(of: "#GMT-Offset:", in: text) {
                    gmtOffset = Self.offset(value)
                } else if let value = Self.value(of: "#Fields:", in: text) {
                    blocks.append(Block(start: end + 1, line: line + 1, fields: value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init),
                                        date: date, offset: gmtOffset))
                }
            } else if first == nil, !text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                first = (offset, line)
            }
            offset = end + 1
            line += 1
        }
        firstEntry = first ?? (bytes.count, line)
    }

    /// The block the line at `offset` is under; nil before the first `#Fields:`.
    func block(at offset: Int) -> Block? {
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : blocks[low - 1]
    }

    /// `-0800` as `-08:00`; nil for anything else.
    static func offset(_ value: String) -> String? {
        let u = Array(value.utf8)
        guard u.count == 5, u[0] == 0x2B || u[0] == 0x2D, u[1...].allSatisfy({ $0 &- 0x30 <= 9 }) else { return nil }
        return String(value.prefix(3)) + ":" + String(value.suffix(2))
    }

    /// The line `offset..<end` as text, without a carriage return before its end.
    static func text(_ bytes: FileBytes, _ offset: Int, _ end: Int) -> String {
        var stop = end
        if stop > offset && bytes.base[stop - 1] == 0x0D { stop -= 1 }
        return String(decoding: UnsafeBufferPointer(start: bytes.base + offset, count: stop - offset), as: UTF8.self)
    }

    /// What follows `name` on a directive line (`#Date: 2002-05-02 17:42:15`), trimmed; IIS's
    /// sample files add a `// comment` after some, which is not the value.
    static func value(of name: String, in line: String) -> String? {
        guard line.hasPrefix(name) else { return nil }
        var v = line.dropFirst(name.count)
        if let comment = v.range(of: "  //") { v = v[..<comment.lowerBound] }
        return String(v).trimmingWhitespace
    }
}
