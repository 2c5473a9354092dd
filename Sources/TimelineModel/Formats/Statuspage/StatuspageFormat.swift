extension InputFormat {
    /// Statuspage API v2 incidents (see `StatuspageReader`).
    static let statuspage = InputFormat.foreign(
        name: "statuspage", title: "Statuspage incidents",
        declines: { StatuspageReader.declines($0) }, read: { StatuspageReader.read($0, file: $1, options: $2) })
}
