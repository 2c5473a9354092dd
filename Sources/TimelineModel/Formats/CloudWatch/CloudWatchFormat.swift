extension InputFormat {
    /// The AWS CLI's CloudWatch Logs output (see `CloudWatchReader`).
    static let cloudWatch = InputFormat.foreign(
        name: "cloudwatch", title: "CloudWatch Logs events",
        declines: { CloudWatchReader.declines($0) }, read: { CloudWatchReader.read($0, file: $1, options: $2) })
}
