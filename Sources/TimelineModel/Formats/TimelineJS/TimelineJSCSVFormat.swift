extension InputFormat {
    /// TimelineJS's Google Sheets template saved as CSV (`Year,Month,Day,Time,…,Headline,
    /// Text,…`), read by `TimelineJSCSVReader`.
    static let timelineJSCSV = InputFormat.foreign(
        name: "timelinejs-csv", title: "TimelineJS spreadsheet CSV",
        declines: { TimelineJSReader.declinesCSV($0) },
        read: { TimelineJSCSVReader.read($0, file: $1, options: $2) }
    )
}
