import Foundation

/// The abbreviations (`EDT`, `CET`) of a zone, read from its TZif file in the system's tz
/// database, because Foundation on Linux only offers `GMT-4`.
///
/// Best effort: when the file is missing or unreadable there are no abbreviations and the
/// zone is shown by its UTC offset alone.
struct ZoneAbbreviations: Sendable {
    /// Transition times (ascending) and the index of the local-time type starting at each.
    private var times: [Int64] = []
    private var typeAtTime: [UInt8] = []
    /// Local-time types: UTC offset and abbreviation (nil when numeric, such as `+0530`).
    private var typeOffsets: [Int32] = []
    private var typeNames: [String?] = []

    /// The system's tz database: `TZDIR`, else /usr/share/zoneinfo (see `ZoneDatabase`).
    static var databaseFolder: String {
        ZoneDatabase.folder
    }

    /// Whether the tz database has a zone file (TZif) named `name`; nil when there is no
    /// database folder to ask.
    static func databaseHas(_ name: String) -> Bool? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: databaseFolder, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        guard isSafeName(name) else { return false }
        ZoneDatabase.reads?.note(databaseFolder + "/" + name)
        guard let file = FileHandle(forReadingAtPath: databaseFolder + "/" + name) else { return false }
        defer { try? file.close() }
        return (try? file.read(upToCount: 4)) == Data("TZif".utf8)
    }

    init(identifier: String) {
        guard Self.isSafeName(identifier) else { return }
        guard let data = ZoneDatabase.contents(of: identifier), data.count < 1_000_000 else { return }
        parse([UInt8](data))
    }

    /// The abbreviation in force at `seconds` whose offset is `offset`.
    func abbreviation(at seconds: Int64, offset: Int) -> String? {
        guard !typeOffsets.isEmpty else { return nil }
        var type: Int? = nil
        if let last = times.lastIndex(where: { $0 <= seconds }) {
            type = Int(typeAtTime[last])
        }
        if let t = type, t < typeOffsets.count, Int(typeOffsets[t]) == offset { return typeNames[t] }
        // Past the table (or before it): the most recent type with the same offset.
        for i in typeOffsets.indices.reversed() where Int(typeOffsets[i]) == offset {
            return typeNames[i]
        }
        return nil
    }

    private static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("/") && !name.contains("..")
            && name.utf8.allSatisfy { c in
                (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
                    || c == 0x2F || c == 0x5F || c == 0x2D || c == 0x2B
            }
    }

    /// Reads a TZif file (RFC 8536), preferring the 64-bit data of version 2 and later.
    private mutating func parse(_ b: [UInt8]) {
        func u32(_ at: Int) -> UInt32? {
            guard at >= 0, at + 4 <= b.count else { return nil }
            return UInt32(b[at]) << 24 | UInt32(b[at + 1]) << 16 | UInt32(b[at + 2]) << 8 | UInt32(b[at + 3])
        }
        func header(_ at: Int) -> (isut: Int, isstd: Int, leap: Int, time: Int, type: Int, char: Int)? {
            guard at + 44 <= b.count, b[at] == 0x54, b[at + 1] == 0x5A, b[at + 2] == 0x69, b[at + 3] == 0x66,
                  let a = u32(at + 20), let c = u32(at + 24), let d = u32(at + 28), let e = u32(at + 32),
                  let f = u32(at + 36), let g = u32(at + 40)
            else { return nil }
            return (Int(a), Int(c), Int(d), Int(e), Int(f), Int(g))
        }
        guard let h1 = header(0) else { return }
        var at = 44
        var h = h1
        var timeSize = 4
        if b[4] >= 0x32 {
            // Skip the 32-bit block to the 64-bit one.
            at += h1.time * 4 + h1.time + h1.type * 6 + h1.char + h1.leap * 8 + h1.isstd + h1.isut
            guard let h2 = header(at) else { return }
            h = h2
            at += 44
            timeSize = 8
        }
        let need = h.time * timeSize + h.time + h.type * 6 + h.char
        guard h.type > 0, h.type <= 256, at + need <= b.count else { return }
        for i in 0..<h.time {
            let p = at + i * timeSize
            if timeSize == 8 {
                guard let hi = u32(p), let lo = u32(p + 4) else { return }
                times.append(Int64(bitPattern: UInt64(hi) << 32 | UInt64(lo)))
            } else {
                guard let v = u32(p) else { return }
                times.append(Int64(Int32(bitPattern: v)))
            }
        }
        at += h.time * timeSize
        typeAtTime = Array(b[at..<(at + h.time)])
        at += h.time
        let charsAt = at + h.type * 6
        let chars = Array(b[charsAt..<(charsAt + h.char)])
        for i in 0..<h.type {
            let p = at + i * 6
            guard let off = u32(p) else { return }
            typeOffsets.append(Int32(bitPattern: off))
            let idx = Int(b[p + 5])
            var name: String? = nil
            if idx < chars.count {
                let end = chars[idx...].firstIndex(of: 0) ?? chars.count
                let s = String(decoding: chars[idx..<end], as: UTF8.self)
                // Numeric "abbreviations" (+0530, -03) add nothing to the offset shown beside them.
                if let first = s.utf8.first, first != 0x2B, first != 0x2D, !s.isEmpty { name = s }
            }
            typeNames.append(name)
        }
    }
}
