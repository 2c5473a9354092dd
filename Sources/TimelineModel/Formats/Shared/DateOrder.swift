/// The order of day and month in numeric dates (`11/02/2017`), as the user names it with
/// `--date-order dmy|mdy`: a date whose parts could be either is never guessed, and a
/// spreadsheet saved by a US or a European locale should not need editing to say which.
/// A column's own header (`Date (DD/MM/YYYY)`) still says it for that column.
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day, month, year: `02/11/2017` is 2 November.
    case dmy
    /// Month, day, year: `11/02/2017` is 2 November.
    case mdy

    var dayFirst: Bool { self == .dmy }

    /// What the export's "Read as" line says of dates read in this order.
    var note: String {
        (dayFirst ? "dates day first, DD/MM/YYYY" : "dates month first, MM/DD/YYYY") + ", as --date-order \(rawValue) says"
    }
}
