extension InputFormat {
    /// Timesketch's CSV import format (see `TimesketchReader`).
    static let timesketchCSV = InputFormat.foreign(
        name: "timesketch-csv", title: "Timesketch CSV",
        declines: TimesketchReader.declinesCSV, read: TimesketchReader.readCSV)

    /// Timesketch's JSONL import format (see `TimesketchReader`).
    static let timesketchJSONL = InputFormat.foreign(
        name: "timesketch-jsonl", title: "Timesketch JSONL",
        declines: TimesketchReader.declinesJSONL, read: TimesketchReader.readJSONL)
}
