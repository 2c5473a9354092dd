extension InputFormat {
    /// W3C extended log files (IIS; see `W3CLogReader`): told by their first directive.
    static let w3cLog = InputFormat.records(
        name: "w3c-log", title: "W3C extended log",
        declines: W3CLogReader.declines,
        reader: { W3CLogReader.reader($0, file: $1, options: $2) })
}
