/// What Plaso writes for "no time" and the precision of its date and time classes.
enum PlasoTime {
    /// `0000-00-00T00:00:00+00:00` (dynamic), `00/00/0000` (l2tcsv), `Not set`.
    static func isNoTime(_ text: String) -> Bool {
        text.hasPrefix("0000-00-00") || text.hasPrefix("00/00/0000") || text == "Not set" || text == "N/A"
    }

    /// Digits of a second a dfdatetime class carries (`TimeElements` 0,
    /// `PosixTimeInMicroseconds` 6, `Filetime` 7); nil for a class that carries no time.
    static func fractionDigits(ofClass name: String) -> Int? {
        switch name {
        case "SemanticTime", "InvalidTime", "NotSet", "Never": nil
        case "TimeElementsInMilliseconds", "PosixTimeInMilliseconds", "JavaTime": 3
        case "TimeElementsInMicroseconds", "PosixTimeInMicroseconds", "WebKitTime", "GolangTime", "DotNetDateTime": 6
        case "Filetime": 7
        case "PosixTimeInNanoseconds", "TimeElementsInNanoseconds", "APFSTime": 9
        default: 0  // TimeElements, PosixTime, FATDateTime, HFSTime, CocoaTime, RFC2579… to the second
        }
    }
}
