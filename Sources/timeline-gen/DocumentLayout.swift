import ArgumentParser

/// How the JSON document is laid out: the shapes other tools write the same events in.
/// Only white space and line ends differ; every layout holds the same JSON value.
enum DocumentLayout: String, CaseIterable, ExpressibleByArgument {
    /// One event a line, the comma at the end of the line (what `timeline-gen` always wrote).
    case lines
    /// The whole document on one line, as `jq -c` writes it.
    case minified
    /// Indented by two spaces, one field a line, as `jq .` writes it.
    case pretty
    /// One event a line, the comma at the start of the next line.
    case leadingComma = "leading-comma"
    /// `lines` with CRLF line ends (as written on Windows); the JSON Lines file too.
    case crlf

    /// What goes before the first event, after the timeline's own fields.
    var opening: String {
        switch self {
        case .minified, .pretty: ",\"events\":["
        case .lines, .leadingComma: ",\n\"events\":[\n"
        case .crlf: ",\r\n\"events\":[\r\n"
        }
    }

    /// What goes between two events.
    var separator: StaticString {
        switch self {
        case .minified, .pretty: ","
        case .lines: ",\n"
        case .leadingComma: "\n,"
        case .crlf: ",\r\n"
        }
    }

    /// What closes the document.
    var closing: String {
        switch self {
        case .minified, .pretty: "]}\n"
        case .lines, .leadingComma: "\n]}\n"
        case .crlf: "\r\n]}\r\n"
        }
    }

    /// The end of a JSON Lines line.
    var lineEnd: StaticString { self == .crlf ? "\r\n" : "\n" }
}
