extension InputFormat {
    /// Statuspage API v2 incidents (see `StatuspageReader`).
    static let statuspage = InputFormat.foreign(
        name: "statuspage", title: "Statuspage incidents",
        declines: StatuspageReader.declines, read: StatuspageReader.read)
}
