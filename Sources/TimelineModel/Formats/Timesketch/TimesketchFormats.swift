extension InputFormat {
    /// Timesketch's CSV import format (see `TimesketchReader`).
    static let timesketchCSV = InputFormat.foreign(
        name: "timesketch-csv", title: "Timesketch CSV",
        declines: { TimesketchReader.declinesCSV($0) }, read: { TimesketchReader.readCSV($0, file: $1, options: $2) })

    /// Timesketch's JSONL import format (see `TimesketchReader`).
    static let timesketchJSONL = InputFormat.foreign(
        name: "timesketch-jsonl", title: "Timesketch JSONL",
        declines: { TimesketchReader.declinesJSONL($0) }, read: { TimesketchReader.readJSONL($0, file: $1, options: $2) })
}
