/// Times as the generated files write them.
extension TextBytes {
    /// `t` (seconds since 1970) in one of our JSON file's forms.
    mutating func time(_ t: Int, milliseconds ms: Int, _ form: SyntheticEvent.Form) {
        switch form {
        case .exact:
            clock(t, seconds: true)
            byte(0x2E)
            int(ms, width: 3)
            byte(0x5A)
        case .second(let offset):
            clock(t + offset, seconds: true)
            zone(offset)
        case .minute(let offset):
            clock(t + offset, seconds: false)
            zone(offset)
        case .day:
            date((t - 4 * 3600) / 86_400)
        }
    }

    /// `2017-11-02`, `days` after 1970-01-01 (proleptic Gregorian, Howard Hinnant's
    /// `civil_from_days`). Written here rather than taken from TimelineModel, so the
    /// generator builds without the model (fast, and when the model does not build) and
    /// does not share its code with what it is used to check.
    mutating func date(_ days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        int(yoe + era * 400 + (month <= 2 ? 1 : 0), width: 4)
        byte(0x2D)
        int(month, width: 2)
        byte(0x2D)
        int(doy - (153 * mp + 2) / 5 + 1, width: 2)
    }

    /// `2017-11-02T22:35:43` (or without the seconds) for a local time in seconds.
    mutating func clock(_ local: Int, seconds: Bool) {
        date(local / 86_400)
        let s = local % 86_400
        byte(0x54)
        int(s / 3600, width: 2)
        byte(0x3A)
        int(s / 60 % 60, width: 2)
        if seconds {
            byte(0x3A)
            int(s % 60, width: 2)
        }
    }

    /// `Z`, or `-04:00` for an offset in seconds.
    mutating func zone(_ offset: Int) {
        if offset == 0 { byte(0x5A); return }
        byte(offset < 0 ? 0x2D : 0x2B)
        int(abs(offset) / 3600, width: 2)
        byte(0x3A)
        int(abs(offset) / 60 % 60, width: 2)
    }
}
