extension InputFormat {
    /// psort's default "dynamic" CSV (see `PlasoDynamicReader`).
    static let plasoCSV = InputFormat.foreign(
        name: "plaso-csv", title: "Plaso dynamic CSV",
        declines: { PlasoDynamicReader.declines($0) }, read: { PlasoDynamicReader.read($0, file: $1, options: $2) })

    /// psort's `json_line` (see `PlasoJSONLineReader`).
    static let plasoJSONL = InputFormat.foreign(
        name: "plaso-jsonl", title: "Plaso json_line",
        declines: { PlasoJSONLineReader.declines($0) }, read: { PlasoJSONLineReader.read($0, file: $1, options: $2) })

    /// psort's legacy `l2tcsv` (see `PlasoL2tCSVReader`).
    static let plasoL2tCSV = InputFormat.foreign(
        name: "plaso-l2tcsv", title: "Plaso l2tcsv",
        declines: PlasoL2tCSVReader.declines, read: PlasoL2tCSVReader.read)
}
