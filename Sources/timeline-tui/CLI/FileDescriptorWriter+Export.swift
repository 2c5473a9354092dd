import TimelineModel

extension FileDescriptorWriter {
    /// Writes the export of `view` in `format` as it is made (`ExportFormat.write(_:to:)`):
    /// the first failure, or nil when everything was written.
    func write(_ format: ExportFormat, _ view: ExportView) -> Failure? {
        let failure = FirstFailure()
        _ = format.write(view) { buffer in
            failure.failure = write(buffer)
            return failure.failure == nil
        }
        return failure.failure
    }

    /// The failed write, set by the one thread writing at a time and read after.
    private final class FirstFailure: @unchecked Sendable {
        var failure: Failure?
    }
}
