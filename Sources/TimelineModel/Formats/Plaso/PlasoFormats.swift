extension InputFormat {
    /// psort's default "dynamic" CSV (see `PlasoDynamicReader`).
    static let plasoCSV = InputFormat.records(
        name: "plaso-csv", title: "Plaso dynamic CSV",
        declines: { PlasoDynamicReader.declines($0) }, reader: { PlasoDynamicReader.reader($0, file: $1, options: $2) })

    /// psort's `json_line` (see `PlasoJSONLineReader`).
    static let plasoJSONL = InputFormat.records(
        name: "plaso-jsonl", title: "Plaso json_line",
        declines: { PlasoJSONLineReader.declines($0) }, reader: { PlasoJSONLineReader.reader($0, file: $1, options: $2) })

    /// psort's `json`: one object of events (see `PlasoJSONReader`).
    static let plasoJSON = InputFormat.records(
        name: "plaso-json", title: "Plaso json",
        declines: PlasoJSONReader.declines, reader: PlasoJSONReader.reader)

    /// psort's legacy `l2tcsv` (see `PlasoL2tCSVReader`).
    static let plasoL2tCSV = InputFormat.records(
        name: "plaso-l2tcsv", title: "Plaso l2tcsv",
        declines: PlasoL2tCSVReader.declines, reader: PlasoL2tCSVReader.reader)

    /// psort's `tln` and `l2ttln` (see `PlasoTLNReader`).
    static let plasoTLN = InputFormat.records(
        name: "plaso-tln", title: "Plaso tln",
        declines: PlasoTLNReader.declines, reader: PlasoTLNReader.reader)
}
