/// Files that are not UTF-8 text at all, told apart before (UTF-16) or after (a binary
/// file) the formats have declined them, so that the message says what the file is in
/// one line instead of every format's reason.
enum NotText {
    /// A UTF-16 file (a byte-order mark `FF FE` or `FE FF`: what Windows tools such as
    /// PowerShell's `Out-File` write): no reader can take it, and every one would call it
    /// invalid UTF-8 at its first byte.
    static func utf16Problem(_ bytes: FileBytes, file: String) -> Problem? {
        guard bytes.count >= 2 else { return nil }
        let (a, b) = (bytes.base[0], bytes.base[1])
        guard (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF) else { return nil }
        let order = a == 0xFF ? "UTF-16LE" : "UTF-16BE"
        return Problem(file: file, place: SourcePlace(line: 1, column: 1), path: "",
                       message: "is \(order) text (it starts with the byte-order mark \(hex(a)) \(hex(b))); timeline-tui reads UTF-8: convert it with iconv -f \(order) -t UTF-8")
    }

    /// A file with a NUL byte in the part detection reads: a binary file (an executable,
    /// an archive, a database). The place is the first NUL's.
    static func binaryProblem(_ bytes: FileBytes, file: String) -> Problem? {
        let length = min(bytes.count, FileSample.length)
        guard length > 0, let hit = memchr(bytes.base, 0, length) else { return nil }
        let offset = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - bytes.base
        let place = ProblemLocator(base: bytes.base, count: bytes.count, bomLength: 0).places(for: [offset])[offset]
        return Problem(file: file, place: place, path: "",
                       message: "is a binary file, not a timeline (a NUL byte here); timeline-tui reads text: JSON, CSV and logs (the formats of --input-format)")
    }

    /// A zip archive (`PK\u{3}\u{4}`): what Mattermost's `mmctl export create` and Slack's
    /// workspace export give. The timelines are the files inside, and the message says which.
    static func zipProblem(_ bytes: FileBytes, file: String) -> Problem? {
        guard bytes.count >= 4, bytes.base[0] == 0x50, bytes.base[1] == 0x4B, bytes.base[2] == 0x03, bytes.base[3] == 0x04 else { return nil }
        return Problem(file: file, place: nil, path: "",
                       message: "is a zip archive; unzip it and open the files inside (a Mattermost export's posts are in import.jsonl; "
                           + "a Slack export's channels open with a glob: DIR/*/*.json)")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
