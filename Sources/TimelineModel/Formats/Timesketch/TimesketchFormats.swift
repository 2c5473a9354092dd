extension InputFormat {
    /// Timesketch's CSV import format (see `TimesketchReader`).
    static let timesketchCSV = InputFormat.records(
        name: "timesketch-csv", title: "Timesketch CSV",
        declines: { TimesketchReader.declinesCSV($0) }, reader: { TimesketchReader.csvReader($0, file: $1, options: $2) })

    /// Timesketch's JSONL import format (see `TimesketchReader`).
    static let timesketchJSONL = InputFormat.records(
        name: "timesketch-jsonl", title: "Timesketch JSONL",
        declines: { TimesketchReader.declinesJSONL($0) }, reader: { TimesketchReader.jsonlReader($0, file: $1, options: $2) })
}
