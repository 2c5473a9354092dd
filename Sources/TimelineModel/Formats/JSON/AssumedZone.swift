/// `--assume-zone` for our own format: a time written without a zone is read in it, and
/// only such a time (one with `Z` or an offset keeps it). Consulted only where a time
/// failed with `TimeParser.noZone`, so a file whose times all carry a zone pays nothing.
/// A class so that a cursor holds one pointer, nil when no zone is given.
final class AssumedZone: Sendable {
    let reading: TimeReading

    init?(_ reading: TimeReading) {
        guard reading.assumedZone != nil else { return nil }
        self.reading = reading
    }

    /// `text` (refused by `TimeParser` for having no zone) placed in the assumed zone;
    /// a DST gap or an unsettled overlap is refused with `TimeReading`'s sentence.
    func place(_ text: String) -> Result<EventTime, TimeParser.Failure> {
        guard case .success(let written) = WrittenTime.parse(text) else {
            return .failure(.init(message: TimeParser.noZone))
        }
        switch reading.place(written, text: text, what: "") {
        case .success(let time): return .success(time)
        case .failure(let f): return .failure(.init(message: String(f.message.drop(while: { $0 == " " }))))
        }
    }
}
