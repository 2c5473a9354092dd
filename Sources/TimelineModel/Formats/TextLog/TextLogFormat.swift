extension InputFormat {
    /// A text log whose lines start with an ISO 8601 time (see `TextLogReader`).
    static let textLog = InputFormat.records(
        name: "text-log", title: "text log", permissive: true,
        declines: { TextLogReader.declines($0) }, reader: { TextLogReader.reader($0, file: $1, options: $2) })
}
