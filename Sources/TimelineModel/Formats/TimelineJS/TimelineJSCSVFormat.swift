extension InputFormat {
    /// TimelineJS's Google Sheets template saved as CSV (`Year,Month,Day,Time,…,Headline,
    /// Text,…`), recognised so that the message names it; its reader is still to come.
    static let timelineJSCSV = InputFormat(
        name: "timelinejs-csv", title: "TimelineJS spreadsheet CSV",
        detect: { bytes, _ in TimelineJSReader.declinesCSV(FileSample(bytes)).map { .declines($0) } ?? .takes },
        reader: nil
    )
}
