/// The start of a file, as the readers look at it to decide whether they take it.
struct FileSample {
    /// How much of a file detection reads.
    static let length = 65_536

    /// The first line that is not blank, without its line end (and without a BOM).
    let firstLine: String
    /// That line as a JSON value, when it is one.
    let firstLineJSON: JSONValue?
    /// That line's cells as CSV, when it has a comma.
    let csvHeader: [String]?
    /// The first character that is not white space is `{` or `[`.
    let startsLikeJSON: Bool
    /// The sample as text (invalid UTF-8 shown as U+FFFD).
    let text: String
    /// The sample's bytes (without a BOM), for `contains`.
    private let bytes: [UInt8]

    /// The start of a file read into memory.
    init(_ file: FileBytes) {
        self.init(Array(UnsafeBufferPointer(start: file.base, count: min(file.count, Self.length))))
    }

    init(_ prefix: [UInt8]) {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        text = String(decoding: bytes, as: UTF8.self)
        self.bytes = Array(bytes)
        var line = ""
        var lineBytes: ArraySlice<UInt8> = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var candidate = bytes[start..<end]
            if candidate.last == 0x0D { candidate = candidate.dropLast() }
            if candidate.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                lineBytes = candidate
                line = String(decoding: candidate, as: UTF8.self)
                break
            }
            start = end + 1
        }
        firstLine = line
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let at = bytes.firstIndex { !blank($0) }
        let firstByte = at.map { bytes[$0] }
        // `[` opens a JSON array only when a JSON value or `]` follows: `[pid: 8|app: 0]`
        // (uwsgi), `[INFO]` or `[Tue Nov 14 …]` begin a log line, not JSON.
        let afterBracket = at.flatMap { bytes[($0 + 1)...].firstIndex { !blank($0) } }
        startsLikeJSON = firstByte == 0x7B
            || (firstByte == 0x5B && afterBracket.map { bytes[$0] == 0x5D || Self.opensJSONValue(bytes[$0...]) } ?? true)
        // A line that is one object ends in `}`: a one-line document cut by the sample's
        // end (`jq -c`'s layout) is not parsed to fail 64 KB later.
        if lineBytes.first == 0x7B, lineBytes.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) == 0x7D {
            var p = JSONValueParser(bytes: Array(lineBytes))
            p.allowsRepeatedFields = true
            firstLineJSON = try? p.parseWhole()
        } else {
            firstLineJSON = nil
        }
        if !startsLikeJSON, line.contains(",") {
            var scanner = CSVScanner(bytes: Array(lineBytes))
            csvHeader = (try? scanner.next())?.cells.map { $0.text.trimmingWhitespace }
        } else {
            csvHeader = nil
        }
    }

    /// Whether the sample holds `needle` (a field name in quotes: ASCII), byte for byte:
    /// every format asks this several times of the same 64 KB, and a byte search is what
    /// the question needs (an ASCII needle is found in the bytes exactly where it is in
    /// `text`).
    func contains(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            bytes.withUnsafeBytes { hay in
                guard let h = hay.baseAddress, let p = n.baseAddress, n.count <= hay.count else { return n.isEmpty }
                // Each place of the first byte (`memchr`), then the rest compared.
                var at = 0
                let last = hay.count - n.count
                while at <= last, let hit = memchr(h + at, Int32(p[0]), last - at + 1) {
                    let i = UnsafeRawPointer(hit) - h
                    if memcmp(h + i, p, n.count) == 0 { return true }
                    at = i + 1
                }
                return false
            }
        }
    }

    /// The sample's lines (a line's `\r` before its `\n` left out), found byte by byte: a
    /// split of the text by characters took a 64 KB sample 7 ms.
    var lines: [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                let end = i > start && utf8[utf8.index(before: i)] == 0x0D ? utf8.index(before: i) : i
                lines.append(text[start..<end])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        let last = text[start...]
        lines.append(last.hasSuffix("\r") ? last.dropLast() : last)
        return lines
    }

    /// The keys of the first line's object, when it is one.
    var firstKeys: [String] {
        if case .object(let members)? = firstLineJSON { return members.map(\.key) }
        return []
    }

    /// The CSV header in lower case, for case-insensitive column names.
    var lowercasedHeader: [String] { csvHeader?.map { $0.lowercased() } ?? [] }

    /// Whether `bytes` begin with what begins a JSON value: `{`, `[`, `"`, a digit, `-`, or
    /// the words `true`, `false`, `null` (`[trace]`, `[notice]` begin log lines).
    static func opensJSONValue(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case 0x7B, 0x5B, 0x22, 0x2D, 0x30...0x39: return true
        default: return ["true", "false", "null"].contains { bytes.starts(with: $0.utf8) }
        }
    }
}
