extension InputFormat {
    /// Any JSON Lines log (see `JSONLogReader`): permissive, asked after the formats with
    /// specific signs.
    static let jsonLog = InputFormat.records(
        name: "jsonl-log", title: "JSON Lines log", permissive: true,
        declines: { JSONLogReader.declines($0) }, reader: { JSONLogReader.reader($0, file: $1, options: $2) })
}
