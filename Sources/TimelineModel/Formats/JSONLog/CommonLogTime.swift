/// The time of the Common Log Format, as nginx's `$time_local` and Apache's `%t` write
/// it: `02/Jul/2019:13:42:11 +0000` (day, English month, year, time, and always the
/// offset). Read to the second, in the offset written.
enum CommonLogTime {
    static func parse(_ text: String) -> WrittenTime? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// `BSDSyslogLine.months`, each name's three bytes in one number (a month is told
    /// without making a string of it).
    private static let months = BSDSyslogLine.months.map { $0.utf8.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }

    /// `parse` of the text's UTF-8 bytes.
    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> WrittenTime? {
        // dd/Mon/yyyy:HH:MM:SS +hhmm
        guard b.count == 26, b[2] == 0x2F, b[6] == 0x2F, b[11] == 0x3A, b[14] == 0x3A, b[17] == 0x3A, b[20] == 0x20,
              b[21] == 0x2B || b[21] == 0x2D else { return nil }
        func number(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for i in at..<(at + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        let month = UInt32(b[3]) | UInt32(b[4]) << 8 | UInt32(b[5]) << 16
        guard let m = Self.months.firstIndex(of: month), let d = number(0, 2), let y = number(7, 4),
              let h = number(12, 2), let mi = number(15, 2), let s = number(18, 2),
              let oh = number(22, 2), let om = number(24, 2), h < 24, mi < 60, s < 61, oh < 24, om < 60 else { return nil }
        let date = CivilDate(year: y, month: m + 1, day: d)
        guard date.isValid else { return nil }
        let offset = (oh * 3600 + om * 60) * (b[21] == 0x2D ? -1 : 1)
        return WrittenTime(date: date, clock: .init(hour: h, minute: mi, second: s, hasSeconds: true, nanoseconds: 0, fractionDigits: 0),
                           offsetSeconds: offset)
    }
}
