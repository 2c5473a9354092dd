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
        let s = Substring(line)
        let name = s.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") })
        guard !name.isEmpty, name.first?.isLetter == true || name.first?.isNumber == true else { return nil }
        let afterName = s[name.endIndex...]
        let spaces = afterName.prefix(while: { $0 == " " })
        guard !spaces.isEmpty, afterName[spaces.endIndex...].hasPrefix("|") else { return nil }
        var message = afterName[spaces.endIndex...].dropFirst()
        if message.first == " " { message = message.dropFirst() }
        service = String(name)
        self.message = message
    }

    /// Why a file of such lines without their times is not read, and what to do.
    static let noTimes = "its lines are docker compose logs without their times; save them with docker compose logs --timestamps"
}
