extension InputFormat {
    /// Google Cloud status `incidents.json` (see `GoogleCloudStatusReader`).
    static let googleCloudStatus = InputFormat.foreign(
        name: "gcp-status", title: "Google Cloud status incidents",
        declines: { GoogleCloudStatusReader.declines($0) }, read: { GoogleCloudStatusReader.read($0, file: $1, options: $2) })
}
