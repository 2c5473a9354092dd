/// A line of `docker compose logs` saved to a file: the service's name, padded with spaces,
/// a bar, then what the container wrote (`web-1    | 2024-04-25T05:32:35.584725130Z  *
/// Serving Flask app`). With `--timestamps` (`-t`) Docker's own time (UTC, nanoseconds)
/// starts the message: the line is then a text log's line whose actor is the service.
/// Without it the lines carry no time of their own, and the file is refused with the way
/// out.
struct ComposeLine {
    /// `web-1`, `redis-1`.
    var service: String
    /// After the bar and its space.
    var message: Substring

    init?(_ line: String) {
        // Bytes, not Characters: it is asked of every line of every text log.
        let u = line.utf8
        var i = u.startIndex
        func isNameByte(_ b: UInt8) -> Bool {
            b &- 0x61 < 26 || b &- 0x41 < 26 || b &- 0x30 < 10 || b == 0x2D || b == 0x5F || b == 0x2E
        }
        guard let first = u.first, first &- 0x61 < 26 || first &- 0x41 < 26 || first &- 0x30 < 10 else { return nil }
        while i < u.endIndex, isNameByte(u[i]) { i = u.index(after: i) }
        let nameEnd = i
        guard i < u.endIndex, u[i] == 0x20 else { return nil }
        while i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
        guard i < u.endIndex, u[i] == 0x7C else { return nil }
        i = u.index(after: i)
        if i < u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
        service = String(line[..<nameEnd])
        message = line[i...]
    }

    /// Why a file of such lines without their times is not read, and what to do.
    static let noTimes = "its lines are docker compose logs without their times; save them with docker compose logs --timestamps"
}
