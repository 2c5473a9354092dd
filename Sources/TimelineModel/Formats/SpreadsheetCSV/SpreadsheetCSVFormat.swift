extension InputFormat {
    /// A timeline kept in a spreadsheet, saved as CSV, and our own CSV export (see
    /// `SpreadsheetCSVReader`). Permissive: a header naming a time and an event is a weak
    /// sign, so the CSV formats of other tools (Timesketch, Plaso, TimelineJS) come first.
    static let spreadsheetCSV = InputFormat.records(
        name: "csv", title: "spreadsheet CSV", permissive: true,
        declines: { SpreadsheetCSVReader.declines($0) },
        reader: { SpreadsheetCSVReader.reader($0, file: $1, options: $2) }
    )
}
