extension Zone {
    /// Whether the zones named `a` and `b` date the same days: the same zone, or two names
    /// of one offset that never changes (`UTC`, `Etc/UTC`). A merge keeps a later file's
    /// dates in its own zone (`Event.dateZone`) only when they are not the home zone's days.
    public static func sameDays(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        guard let za = Zone(identifier: a), let zb = Zone(identifier: b) else { return false }
        if za == zb { return true }
        let past = Instant(seconds: -(1 << 40))
        return za.nextTransition(after: past) == nil && zb.nextTransition(after: past) == nil
            && za.offset(at: past) == zb.offset(at: past)
    }
}
