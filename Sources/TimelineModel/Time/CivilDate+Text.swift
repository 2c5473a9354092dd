extension CivilDate {
    /// English month name, 1 = January.
    public static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : "month \(month)"
    }

    /// `2017-11-02`: the year in at least four digits, month and day in two. Takes the
    /// parts rather than a date so that a date that does not exist (`2017-02-30`) can be
    /// named in a message.
    static func isoText(year: Int, month: Int, day: Int) -> String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
